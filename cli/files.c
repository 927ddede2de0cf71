/*
 * files.c - FILE mode: each FILE (or stdin) is one document.
 *
 * In: the FILE names.  Out: one JSON object for one FILE, a JSON array for
 * several (each object with "file" first), or JSON Lines, TSV/CSV rows or
 * an HTML page; and the exit status.  A FILE that cannot be read gives an
 * error item in its place and the others are still parsed, so the output
 * is always complete: an array is always closed.
 */
#include "run.h"

#include "render.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

/* Read a whole FILE ("-": stdin).  On failure *why says why. */
static int read_file(const char *name, strbuf *b, const char **why) {
  char chunk[65536];
  size_t n;
  struct stat st;
  int is_stdin = strcmp(name, "-") == 0;
  FILE *f = is_stdin ? stdin : fopen(name, "rb");
  *why = NULL;
  if (!f) {
    *why = strerror(errno);
    return -1;
  }
  if (fstat(fileno(f), &st) == 0 && S_ISDIR(st.st_mode)) {
    *why = "is a directory";
  } else {
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
      if (sb_put(b, chunk, n)) {
        *why = "out of memory";
        break;
      }
    if (!*why && ferror(f))
      *why = strerror(errno ? errno : EIO);
    if (!*why && !b->p && sb_reserve(b, 0))
      *why = "out of memory";
  }
  if (!is_stdin)
    fclose(f);
  return *why ? -1 : 0;
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

typedef struct file_run {
  const config *cfg;
  const newsparse_engine *engine;
  newsparse_options opts;
  int multi;
  strbuf doc, scratch, out, key_json;
} file_run;

/* The output of one FILE: its document, or its error, in the format. */
static int one_file(file_run *fr, const char *name, size_t k, int *status) {
  const config *cfg = fr->cfg;
  strbuf text = {0};
  newsparse_result *r = NULL;
  newsparse_error err;
  doc_key key = {"file", NULL, 0, name};
  const char *why, *code = NULL, *message = NULL;
  int pretty = cfg->format == FORMAT_JSON, rc = 0;
  fr->doc.len = fr->key_json.len = 0;
  if (sb_json_string(&fr->key_json, name, strlen(name)))
    return -1;
  key.json = fr->key_json.p;
  key.json_len = fr->key_json.len;
  if (read_file(name, &text, &why)) {
    fprintf(stderr, "newsparse: %s: %s\n", name, why);
    *status = EXIT_IO;
    code = "io";
    message = why;
    if (!fr->multi) {
      sb_free(&text);
      return 0; /* one FILE: nothing to write but the message */
    }
  } else if ((rc = newsparse_parse(fr->engine, text.p, text.len, &fr->opts, &r, &err)) != 0) {
    fprintf(stderr, "newsparse: %s: %s\n", name, err.message);
    if (*status == EXIT_OK)
      *status = EXIT_RECORDS;
    code = newsparse_status_name(rc);
    message = err.message;
  }
  sb_free(&text);
  switch (cfg->format) {
  case FORMAT_TSV:
  case FORMAT_CSV:
    rc = r ? render_rows(&fr->doc, r, cfg->format, name) : 0;
    break;
  case FORMAT_HTML:
    rc = r ? render_html_doc(&fr->doc, r, fr->multi ? name : NULL)
           : render_html_error(&fr->doc, name, code, message);
    break;
  default:
    rc = r ? render_json(&fr->doc, r, fr->multi || cfg->format == FORMAT_JSONL ? &key : NULL,
                         pretty, &fr->scratch)
           : render_json_error(&fr->doc, fr->multi || cfg->format == FORMAT_JSONL ? &key : NULL, 0,
                               code, message, pretty);
  }
  newsparse_result_free(r);
  if (rc)
    return -1;
  fr->out.len = 0;
  if (cfg->format == FORMAT_JSON && fr->multi)
    rc = sb_puts(&fr->out, "  ") || put_indented(&fr->out, fr->doc.p, fr->doc.len) ||
         sb_puts(&fr->out, k + 1 < cfg->n_files ? ",\n" : "\n");
  else
    rc = sb_put(&fr->out, fr->doc.p, fr->doc.len) ||
         ((cfg->format == FORMAT_JSON || cfg->format == FORMAT_JSONL) && sb_putc(&fr->out, '\n'));
  if (rc)
    return -1;
  return fr->out.len == 0 || fwrite(fr->out.p, 1, fr->out.len, stdout) == fr->out.len ? 0 : -1;
}

static int put(const char *s) { return fputs(s, stdout) < 0 ? -1 : 0; }

int run_files(const config *cfg, const newsparse_engine *engine) {
  file_run fr;
  strbuf head = {0};
  size_t k, n = cfg->n_files ? cfg->n_files : 1;
  int status = EXIT_OK, failed = 0;
  memset(&fr, 0, sizeof fr);
  fr.cfg = cfg;
  fr.engine = engine;
  fr.multi = cfg->n_files > 1;
  newsparse_options_init(&fr.opts);
  fr.opts.dct = cfg->dct;
  fr.opts.flags = cfg->flags;
  if (cfg->max_bytes)
    fr.opts.max_bytes = cfg->max_bytes;
  if (cfg->format == FORMAT_HTML)
    failed = render_html_head(&head) || put(head.p);
  else if (cfg->format == FORMAT_TSV || cfg->format == FORMAT_CSV)
    failed = render_rows_header(&head, cfg->format, "file") || put(head.p);
  else if (cfg->format == FORMAT_JSON && fr.multi)
    failed = put("[\n");
  for (k = 0; k < n && !failed; k++)
    failed = one_file(&fr, cfg->n_files ? cfg->files[k] : "-", k, &status);
  if (!failed && cfg->format == FORMAT_JSON && fr.multi)
    failed = put("]\n");
  if (!failed && cfg->format == FORMAT_HTML) {
    head.len = 0;
    failed = render_html_tail(&head) || put(head.p);
  }
  sb_free(&head);
  sb_free(&fr.doc);
  sb_free(&fr.scratch);
  sb_free(&fr.out);
  sb_free(&fr.key_json);
  if (failed || fflush(stdout) != 0) {
    fprintf(stderr, "newsparse: write error\n");
    return EXIT_IO;
  }
  return status;
}
