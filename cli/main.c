/*
 * main.c - the newsparse command-line tool (CONTRACT.md).
 *
 * In: files, stdin, or JSON Lines records.  Out: the document JSON on
 * stdout; errors on stderr or, in --jsonl mode, as error records in place.
 * Uses only the public header; record.c decodes --jsonl records with jansson.
 *
 * --jsonl reads records in batches (bounded in count and bytes, so memory
 * does not grow with the input), parses a batch on --threads workers that
 * share one engine, and writes the results in input order: the output is
 * byte-identical whatever the thread count.
 */
#include "newsparse.h"
#include "record.h"

#include <errno.h>
#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define EXIT_OK 0
#define EXIT_IO 1
#define EXIT_USAGE 2
#define EXIT_RECORDS 3

#define BATCH_RECORDS 512
#define BATCH_BYTES ((size_t)32 * 1024 * 1024)

typedef struct config {
  const char *dct;
  const char **rule_files;
  size_t n_rule_files;
  int no_builtin;
  int jsonl;
  int threads;
  unsigned flags;
  const char **files;
  size_t n_files;
} config;

static void usage(FILE *f) {
  fputs("Usage: newsparse [OPTIONS] [FILE...]\n"
        "       newsparse --jsonl [OPTIONS] [FILE]\n"
        "\n"
        "Parse raw news text into structure (headline, dateline, byline,\n"
        "paragraphs, sentences, related links) and entities, as JSON.\n"
        "One FILE (or stdin): a JSON object; several FILEs: a JSON array.\n"
        "\n"
        "Options:\n"
        "  --jsonl             JSON Lines in ({\"id\", \"text\", \"dct\"} per line,\n"
        "                      from FILE or stdin), one compact object per line out\n"
        "  --dct DATE          reference date YYYY-MM-DD[Thh:mm[:ss]] for relative\n"
        "                      dates; a record's own \"dct\" wins over it\n"
        "  --rules FILE        add a rule file (repeatable)\n"
        "  --no-builtin-rules  use only the --rules files\n"
        "  --threads N         worker threads for --jsonl (output identical)\n"
        "  --no-related        do not detect the trailing related-links list\n"
        "  --strict-utf8       treat invalid UTF-8 as an error\n"
        "  --version           print versions and exit\n"
        "  --help              print this help and exit\n"
        "\n"
        "Exit status: 0 all parsed; 3 some --jsonl records (or files) gave\n"
        "errors; 2 usage error, bad --dct or a rule file that does not load;\n"
        "1 input/output error.\n",
        f);
}

/* ---- engine ------------------------------------------------------------------ */

static newsparse_engine *make_engine(const config *cfg) {
  newsparse_rules *rules = NULL;
  newsparse_engine *engine = NULL;
  newsparse_error err;
  size_t k;
  if (newsparse_rules_new(cfg->no_builtin ? NEWSPARSE_RULES_NO_BUILTIN : 0, NULL, &rules, &err)) {
    fprintf(stderr, "newsparse: built-in rules: %s\n", err.message);
    return NULL;
  }
  for (k = 0; k < cfg->n_rule_files; k++) {
    if (newsparse_rules_add_file(rules, cfg->rule_files[k], &err)) {
      fprintf(stderr, "newsparse: %s\n", err.message);
      newsparse_rules_free(rules);
      return NULL;
    }
  }
  if (newsparse_engine_new(rules, &engine, &err))
    fprintf(stderr, "newsparse: %s\n", err.message);
  newsparse_rules_free(rules);
  return engine;
}

/* ---- file mode ------------------------------------------------------------- */

static int read_all(FILE *f, strbuf *b) {
  char chunk[65536];
  size_t n;
  while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
    if (sb_put(b, chunk, n))
      return -1;
  if (!b->p && sb_reserve(b, 0))
    return -1;
  return ferror(f) ? -1 : 0;
}

/* Indent every line after the first by two spaces (array elements). */
static int put_indented(strbuf *out, const char *s, size_t n) {
  size_t i, run = 0;
  for (i = 0; i < n; i++) {
    if (s[i] == '\n') {
      if (sb_put(out, s + run, i + 1 - run) || sb_put(out, "  ", 2))
        return -1;
      run = i + 1;
    }
  }
  return sb_put(out, s + run, n - run);
}

static int run_files(const config *cfg, const newsparse_engine *engine) {
  newsparse_options opts;
  strbuf out = {0}, scratch = {0}, doc = {0};
  size_t k, n = cfg->n_files ? cfg->n_files : 1;
  int multi = cfg->n_files > 1, status = EXIT_OK;
  newsparse_options_init(&opts);
  opts.dct = cfg->dct;
  opts.flags = cfg->flags;
  if (multi)
    fputs("[\n", stdout);
  for (k = 0; k < n; k++) {
    const char *name = cfg->n_files ? cfg->files[k] : "-";
    FILE *f = strcmp(name, "-") == 0 ? stdin : fopen(name, "rb");
    newsparse_result *r = NULL;
    newsparse_error err;
    strbuf text = {0};
    int rc;
    if (!f) {
      fprintf(stderr, "newsparse: %s: %s\n", name, strerror(errno));
      free(out.p);
      free(scratch.p);
      free(doc.p);
      return EXIT_IO;
    }
    rc = read_all(f, &text);
    if (f != stdin)
      fclose(f);
    if (rc) {
      fprintf(stderr, "newsparse: %s: read error\n", name);
      free(text.p);
      free(out.p);
      free(scratch.p);
      free(doc.p);
      return EXIT_IO;
    }
    out.len = doc.len = 0;
    rc = newsparse_parse(engine, text.p, text.len, &opts, &r, &err);
    free(text.p);
    if (rc) {
      fprintf(stderr, "newsparse: %s: %s\n", name, err.message);
      status = EXIT_RECORDS;
      sb_puts(&doc, multi ? "{\n  \"file\": " : "{\n  ");
      if (multi) {
        append_json_string(&doc, name);
        sb_puts(&doc, ",\n  ");
      }
      sb_puts(&doc, "\"error\": {\"code\": ");
      append_json_string(&doc, status_code(rc));
      sb_puts(&doc, ", \"message\": ");
      append_json_string(&doc, err.message);
      sb_puts(&doc, "}\n}");
    } else {
      if (append_json(&doc, r, NEWSPARSE_JSON_PRETTY, &scratch)) {
        fprintf(stderr, "newsparse: out of memory\n");
        newsparse_result_free(r);
        free(out.p);
        free(scratch.p);
        free(doc.p);
        return EXIT_IO;
      }
      newsparse_result_free(r);
      if (multi) { /* splice "file" in as the first member */
        strbuf tmp = {0};
        sb_puts(&tmp, "{\n  \"file\": ");
        append_json_string(&tmp, name);
        sb_puts(&tmp, ",");
        sb_put(&tmp, doc.p + 1, doc.len - 1);
        free(doc.p);
        doc = tmp;
      }
    }
    if (multi) {
      sb_puts(&out, "  ");
      put_indented(&out, doc.p, doc.len);
      sb_puts(&out, k + 1 < n ? ",\n" : "\n");
    } else {
      sb_put(&out, doc.p, doc.len);
      sb_puts(&out, "\n");
    }
    if (fwrite(out.p, 1, out.len, stdout) != out.len) {
      fprintf(stderr, "newsparse: write error\n");
      status = EXIT_IO;
      break;
    }
  }
  if (multi && status != EXIT_IO)
    fputs("]\n", stdout);
  free(out.p);
  free(scratch.p);
  free(doc.p);
  if (fflush(stdout) != 0) {
    fprintf(stderr, "newsparse: write error\n");
    return EXIT_IO;
  }
  return status;
}

/* ---- --jsonl mode ------------------------------------------------------------ */

typedef struct record {
  char *line;
  size_t len;
  strbuf out; /* one output line, without the LF */
  int failed;
} record;

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
  record_work work = {{0}, {0}, NULL};
  for (;;) {
    size_t i;
    pthread_mutex_lock(&b->mu);
    i = b->next++;
    pthread_mutex_unlock(&b->mu);
    if (i >= b->n)
      break;
    b->recs[i].failed = cli_record(b->engine, b->cfg->flags, b->cfg->dct, b->recs[i].line,
                                   b->recs[i].len, &b->recs[i].out, &work);
  }
  record_work_free(&work);
  return NULL;
}

static int run_batch(batch *b, int threads) {
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
  return 0;
}

#define IN_BUFFER ((size_t)1 << 20)
static int run_jsonl(const config *cfg, const newsparse_engine *engine) {
  FILE *in = stdin;
  char *inbuf = NULL; /* a named file is read in large blocks (stdin as it comes) */
  batch b;
  char *line = NULL;
  size_t cap = 0, k;
  ssize_t got;
  int status = EXIT_OK, eof = 0;
  if (cfg->n_files == 1 && strcmp(cfg->files[0], "-") != 0) {
    in = fopen(cfg->files[0], "rb");
    if (!in) {
      fprintf(stderr, "newsparse: %s: %s\n", cfg->files[0], strerror(errno));
      return EXIT_IO;
    }
    /* a read per 4 KiB block costs more than it moves */
    if ((inbuf = malloc(IN_BUFFER)) != NULL)
      setvbuf(in, inbuf, _IOFBF, IN_BUFFER);
  }
  memset(&b, 0, sizeof b);
  b.cfg = cfg;
  b.engine = engine;
  b.recs = calloc(BATCH_RECORDS, sizeof *b.recs);
  if (!b.recs) {
    fprintf(stderr, "newsparse: out of memory\n");
    if (in != stdin)
      fclose(in);
    free(inbuf);
    return EXIT_IO;
  }
  pthread_mutex_init(&b.mu, NULL);
  while (!eof) {
    size_t bytes = 0;
    b.n = 0;
    while (b.n < BATCH_RECORDS && bytes < BATCH_BYTES) {
      got = getline(&line, &cap, in);
      if (got < 0) {
        eof = 1;
        break;
      }
      if (got > 0 && line[got - 1] == '\n')
        got--;
      if (got > 0 && line[got - 1] == '\r')
        got--;
      {
        ssize_t s = 0;
        while (s < got && (line[s] == ' ' || line[s] == '\t'))
          s++;
        if (s == got)
          continue; /* blank lines carry no record */
      }
      b.recs[b.n].line = line;
      b.recs[b.n].len = (size_t)got;
      line = NULL; /* the record owns it now */
      cap = 0;
      bytes += (size_t)got;
      b.n++;
    }
    if (ferror(in)) {
      fprintf(stderr, "newsparse: read error\n");
      status = EXIT_IO;
    }
    run_batch(&b, cfg->threads);
    for (k = 0; k < b.n; k++) {
      record *rec = &b.recs[k];
      if (rec->failed && status == EXIT_OK)
        status = EXIT_RECORDS;
      if (status != EXIT_IO && (fwrite(rec->out.p, 1, rec->out.len, stdout) != rec->out.len ||
                                fputc('\n', stdout) == EOF)) {
        fprintf(stderr, "newsparse: write error\n");
        status = EXIT_IO;
      }
      free(rec->line);
      rec->line = NULL;
    }
    if (status == EXIT_IO)
      break;
  }
  for (k = 0; k < BATCH_RECORDS; k++) {
    free(b.recs[k].out.p);
    free(b.recs[k].line);
  }
  free(b.recs);
  free(line);
  pthread_mutex_destroy(&b.mu);
  if (in != stdin)
    fclose(in);
  free(inbuf); /* after fclose, which may still use it */
  if (fflush(stdout) != 0 && status != EXIT_IO) {
    fprintf(stderr, "newsparse: write error\n");
    status = EXIT_IO;
  }
  return status;
}

/* ---- main ------------------------------------------------------------------- */

static void print_version(void) {
  char pcre[64];
  pcre2_config(PCRE2_CONFIG_VERSION, pcre);
  printf("newsparse %s (libnewsparse %s, Unicode %s, PCRE2 %s)\n", NEWSPARSE_VERSION_STRING,
         newsparse_version_string(), newsparse_unicode_version(), pcre);
}

static int parse_args(int argc, char **argv, config *cfg) {
  int i;
  for (i = 1; i < argc; i++) {
    const char *a = argv[i];
    if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) {
      usage(stdout);
      return -1;
    } else if (strcmp(a, "--version") == 0) {
      print_version();
      return -1;
    } else if (strcmp(a, "--jsonl") == 0) {
      cfg->jsonl = 1;
    } else if (strcmp(a, "--no-builtin-rules") == 0) {
      cfg->no_builtin = 1;
    } else if (strcmp(a, "--no-related") == 0) {
      cfg->flags |= NEWSPARSE_OPT_NO_RELATED;
    } else if (strcmp(a, "--strict-utf8") == 0) {
      cfg->flags |= NEWSPARSE_OPT_STRICT_UTF8;
    } else if (strcmp(a, "--dct") == 0 || strcmp(a, "--rules") == 0 ||
               strcmp(a, "--threads") == 0) {
      if (i + 1 >= argc) {
        fprintf(stderr, "newsparse: %s needs a value\n", a);
        return EXIT_USAGE;
      }
      if (a[2] == 'd') {
        cfg->dct = argv[++i];
      } else if (a[2] == 'r') {
        cfg->rule_files[cfg->n_rule_files++] = argv[++i];
      } else {
        char *end;
        long n = strtol(argv[++i], &end, 10);
        if (*end || n < 1 || n > 64) {
          fprintf(stderr, "newsparse: --threads takes a number from 1 to 64\n");
          return EXIT_USAGE;
        }
        cfg->threads = (int)n;
      }
    } else if (a[0] == '-' && a[1] != '\0') {
      fprintf(stderr, "newsparse: unknown option %s (see --help)\n", a);
      return EXIT_USAGE;
    } else {
      cfg->files[cfg->n_files++] = a;
    }
  }
  if (cfg->jsonl && cfg->n_files > 1) {
    fprintf(stderr, "newsparse: --jsonl reads one FILE or stdin\n");
    return EXIT_USAGE;
  }
  return EXIT_OK;
}

/* Check --dct once with the library's own parser: exit 2 before any work. */
static int dct_is_valid(const newsparse_engine *engine, const char *dct) {
  newsparse_options o;
  newsparse_result *r = NULL;
  newsparse_error err;
  int rc;
  newsparse_options_init(&o);
  o.dct = dct;
  rc = newsparse_parse(engine, "", 0, &o, &r, &err);
  newsparse_result_free(r);
  if (rc == NEWSPARSE_ERR_DATE) {
    fprintf(stderr, "newsparse: --dct: %s\n", err.message);
    return 0;
  }
  return 1;
}

int main(int argc, char **argv) {
  char *outbuf;
  config cfg;
  newsparse_engine *engine = NULL;
  int rc;
  memset(&cfg, 0, sizeof cfg);
  cfg.threads = 1;
  /* output leaves in large blocks (glibc ignores the size without a buffer) */
  outbuf = malloc((size_t)1 << 20);
  if (outbuf)
    setvbuf(stdout, outbuf, _IOFBF, (size_t)1 << 20);
  cfg.rule_files = calloc((size_t)argc, sizeof *cfg.rule_files);
  cfg.files = calloc((size_t)argc, sizeof *cfg.files);
  if (!cfg.rule_files || !cfg.files) {
    fprintf(stderr, "newsparse: out of memory\n");
    rc = EXIT_IO;
    goto out;
  }
  rc = parse_args(argc, argv, &cfg);
  if (rc != EXIT_OK) {
    if (rc < 0)
      rc = EXIT_OK; /* --help, --version */
    goto out;
  }
  engine = make_engine(&cfg);
  if (!engine) {
    rc = EXIT_USAGE;
    goto out;
  }
  if (cfg.dct && !dct_is_valid(engine, cfg.dct)) {
    rc = EXIT_USAGE;
    goto out;
  }
  rc = cfg.jsonl ? run_jsonl(&cfg, engine) : run_files(&cfg, engine);
out:
  newsparse_engine_free(engine);
  free(cfg.rule_files);
  free(cfg.files);
  if (fflush(stdout) != 0 && rc == EXIT_OK)
    rc = EXIT_IO;
  return rc; /* outbuf stays with stdout until the process ends */
}
