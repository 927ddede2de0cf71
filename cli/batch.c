/*
 * batch.c - --jsonl mode: JSON Lines in, one output per non-blank line out.
 *
 * In: a FILE or stdin.  Out: each record's output on stdout, in input
 * order, and the exit status.  Records are read in batches bounded in
 * count and bytes (so memory does not grow with the input), parsed on
 * --threads workers sharing one engine, and written in input order: the
 * output is byte-identical whatever the thread count.
 */
#include "run.h"

#include "lines.h"
#include "progress.h"
#include "record.h"
#include "render.h"

#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define BATCH_RECORDS 512
#define BATCH_BYTES ((size_t)4 * 1024 * 1024)
/* an output buffer grown past this is given back after its batch */
#define KEEP_OUTPUT ((size_t)1 << 20)

typedef struct batch {
  const config *cfg;
  const newsparse_engine *engine;
  record *recs;
  size_t n;
  size_t next; /* next record to take, guarded by mu */
  pthread_mutex_t mu;
} batch;

static void *worker(void *arg) {
  batch *b = arg;
  record_work work;
  memset(&work, 0, sizeof work);
  for (;;) {
    size_t i;
    pthread_mutex_lock(&b->mu);
    i = b->next++;
    pthread_mutex_unlock(&b->mu);
    if (i >= b->n)
      break;
    record_run(b->engine, b->cfg, &b->recs[i], &work);
  }
  record_work_free(&work);
  return NULL;
}

static void run_batch(batch *b, int threads) {
  pthread_t tid[64];
  int t, started = 0;
  b->next = 0;
  for (t = 1; t < threads && t < 64; t++) {
    if (pthread_create(&tid[started], NULL, worker, b) != 0)
      break; /* fewer threads still produce every record */
    started++;
  }
  worker(b);
  for (t = 0; t < started; t++)
    pthread_join(tid[t], NULL);
}

static int blank(const char *s, size_t n) {
  size_t i;
  for (i = 0; i < n; i++)
    if (s[i] != ' ' && s[i] != '\t')
      return 0;
  return 1;
}

/* The longest line a record within --max-bytes can take: JSON escapes
 * write a byte as up to six. */
static size_t line_bound(const config *cfg) {
  size_t max = cfg->max_bytes ? cfg->max_bytes : NEWSPARSE_DEFAULT_MAX_BYTES;
  return max > ((size_t)-1 - 65536) / 6 ? (size_t)-1 : max * 6 + 65536;
}

/* Read up to a batch of records; -1 on a read error. */
static int read_batch(line_reader *lr, const config *cfg, batch *b, size_t *line_no, int *eof) {
  size_t bytes = 0, keep = line_bound(cfg);
  b->n = 0;
  while (b->n < BATCH_RECORDS && bytes < BATCH_BYTES) {
    record *rec = &b->recs[b->n];
    int rc = line_reader_next(lr, keep, &rec->line, &rec->len, &rec->too_long);
    if (rc <= 0) {
      *eof = 1;
      return rc;
    }
    ++*line_no;
    rec->unended = !lr->ended_with_lf;
    if (!rec->too_long && blank(rec->line, rec->len)) {
      free(rec->line);
      rec->line = NULL;
      continue; /* blank lines carry no record */
    }
    rec->line_no = *line_no;
    bytes += rec->len;
    b->n++;
  }
  return 0;
}

/* Write a batch in input order; EXIT_IO on a write error. */
static int write_batch(batch *b, progress *pg, int *failed_any) {
  size_t k, errors = 0;
  unsigned long long bytes = 0;
  int status = EXIT_OK;
  for (k = 0; k < b->n; k++) {
    record *rec = &b->recs[k];
    if (rec->failed) {
      *failed_any = 1;
      errors++;
    }
    if (rec->err.len)
      fputs(rec->err.p, stderr);
    if (status == EXIT_OK && rec->out.len &&
        fwrite(rec->out.p, 1, rec->out.len, stdout) != rec->out.len)
      status = EXIT_IO;
    bytes += rec->len;
    free(rec->line);
    rec->line = NULL;
    if (rec->out.cap > KEEP_OUTPUT)
      sb_free(&rec->out);
  }
  progress_add(pg, b->n, errors, bytes);
  return status;
}

static int open_input(const config *cfg) {
  int fd;
  if (cfg->n_files == 0 || strcmp(cfg->files[0], "-") == 0)
    return 0;
  fd = open(cfg->files[0], O_RDONLY);
  if (fd < 0)
    fprintf(stderr, "newsparse: %s: %s\n", cfg->files[0], strerror(errno));
  return fd;
}

int run_jsonl(const config *cfg, const newsparse_engine *engine) {
  line_reader lr;
  progress pg;
  batch b;
  size_t k, line_no = 0;
  int status = EXIT_OK, eof = 0, failed_any = 0, fd = open_input(cfg);
  strbuf head = {0};
  if (fd < 0)
    return EXIT_IO;
  memset(&b, 0, sizeof b);
  b.cfg = cfg;
  b.engine = engine;
  b.recs = calloc(BATCH_RECORDS, sizeof *b.recs);
  if (!b.recs || line_reader_open(&lr, fd)) {
    fprintf(stderr, "newsparse: out of memory\n");
    free(b.recs);
    if (fd > 0)
      close(fd);
    return EXIT_IO;
  }
  pthread_mutex_init(&b.mu, NULL);
  progress_start(&pg, cfg->progress);
  if (cfg->format == FORMAT_HTML)
    render_html_head(&head);
  else if (cfg->format == FORMAT_TSV || cfg->format == FORMAT_CSV)
    render_rows_header(&head, cfg->format, "id");
  if (head.len && fwrite(head.p, 1, head.len, stdout) != head.len)
    status = EXIT_IO;
  while (!eof && status == EXIT_OK) {
    if (read_batch(&lr, cfg, &b, &line_no, &eof) < 0) {
      fprintf(stderr, "newsparse: line %zu: read error: %s\n", line_no + 1, strerror(errno));
      status = EXIT_IO;
    }
    run_batch(&b, cfg->threads);
    if (write_batch(&b, &pg, &failed_any) != EXIT_OK)
      status = EXIT_IO;
  }
  if (cfg->format == FORMAT_HTML && status != EXIT_IO) {
    head.len = 0;
    render_html_tail(&head);
    if (fwrite(head.p, 1, head.len, stdout) != head.len)
      status = EXIT_IO;
  }
  progress_end(&pg);
  for (k = 0; k < BATCH_RECORDS; k++) {
    sb_free(&b.recs[k].out);
    sb_free(&b.recs[k].err);
    free(b.recs[k].line);
  }
  free(b.recs);
  sb_free(&head);
  pthread_mutex_destroy(&b.mu);
  line_reader_close(&lr);
  if (fd > 0)
    close(fd);
  if (fflush(stdout) != 0 || ferror(stdout)) {
    fprintf(stderr, "newsparse: write error\n");
    return EXIT_IO;
  }
  if (status != EXIT_OK)
    return status; /* a read error, reported where it happened */
  return failed_any ? EXIT_RECORDS : EXIT_OK;
}
