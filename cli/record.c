/*
 * record.c - the --jsonl record handling of the newsparse CLI.
 *
 * In: one line of JSON Lines input.  Out: its output in the configured
 * format, decoded by the lean reader (jsonl.c) or, for anything beyond
 * plain records, by jansson.  Every input line gives exactly one output:
 * bad JSON, a record that is not an object, a missing or non-string
 * "text", a bad "dct" or a parse failure become an error record in place,
 * with the line number so that it can be traced without a readable id.
 */
#include "record.h"

#include "jsonl.h"
#include "render.h"

#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void record_work_free(record_work *w) {
  sb_free(&w->text);
  sb_free(&w->dct);
  sb_free(&w->scratch);
  newsparse_result_free(w->result);
  memset(w, 0, sizeof *w);
}

static char *copy(const char *s, size_t n) {
  char *c = malloc(n + 1);
  if (c) {
    memcpy(c, s, n);
    c[n] = '\0';
  }
  return c;
}

/* The id as text for TSV/CSV and HTML: a string's value, else its JSON. */
static char *id_text(const char *id, size_t id_len) {
  json_t *j;
  char *s;
  if (!id)
    return copy("", 0);
  j = json_loadb(id, id_len, JSON_DECODE_ANY, NULL);
  if (j && json_is_string(j))
    s = copy(json_string_value(j), json_string_length(j));
  else
    s = copy(id, id_len);
  json_decref(j);
  return s;
}

static void error_out(const config *cfg, record *rec, const char *id, size_t id_len,
                      const char *code, const char *message) {
  doc_key key = {"id", id, id_len, NULL};
  char *title;
  int rc = 0;
  rec->failed = 1;
  rec->out.len = 0;
  switch (cfg->format) {
  case FORMAT_TSV:
  case FORMAT_CSV:
    title = id_text(id, id_len);
    rc = sb_puts(&rec->err, "newsparse: line ");
    if (!rc) {
      char num[32];
      snprintf(num, sizeof num, "%zu", rec->line_no);
      rc = sb_puts(&rec->err, num) || sb_puts(&rec->err, id ? " (id " : " (no id") ||
           sb_puts(&rec->err, id && title ? title : "") || sb_puts(&rec->err, "): ") ||
           sb_puts(&rec->err, code) || sb_puts(&rec->err, ": ") || sb_puts(&rec->err, message) ||
           sb_puts(&rec->err, "\n");
    }
    free(title);
    break;
  case FORMAT_HTML:
    title = id_text(id, id_len);
    rc = render_html_error(&rec->out, title ? title : "", code, message);
    free(title);
    break;
  default:
    rc = render_json_error(&rec->out, &key, rec->line_no, code, message, 0) ||
         sb_putc(&rec->out, '\n');
  }
  if (rc) { /* out of memory: the shortest error record that says so */
    rec->out.len = 0;
    sb_puts(&rec->out,
            "{\"id\":null,\"error\":{\"code\":\"nomem\",\"message\":\"out of memory\"}}\n");
  }
}

/* The output of a parsed document in the configured format. */
static int document_out(const config *cfg, record *rec, const char *id, size_t id_len,
                        size_t text_len, record_work *work) {
  doc_key key = {"id", id, id_len, NULL};
  char *title;
  int rc;
  rec->out.len = 0;
  /* room for the usual JSON (about four times the text): rendered once */
  if (text_len < ((size_t)-1 - 4096) / 5 && work->scratch.cap < 5 * text_len + 4096 &&
      sb_reserve(&work->scratch, 5 * text_len + 4096))
    return -1;
  if (cfg->format == FORMAT_JSONL)
    return render_json(&rec->out, work->result, &key, 0, &work->scratch) ||
           sb_putc(&rec->out, '\n');
  title = id_text(id, id_len);
  if (!title)
    return -1;
  rc = cfg->format == FORMAT_HTML ? render_html_doc(&rec->out, work->result, title)
                                  : render_rows(&rec->out, work->result, cfg->format, title);
  free(title);
  return rc;
}

/* Parse and write one record whose members are known. */
static void parse_record(const newsparse_engine *engine, const config *cfg, const char *dct,
                         const char *dct_source, const char *id, size_t id_len, const char *text,
                         size_t text_len, record *rec, record_work *work) {
  newsparse_options opts;
  newsparse_error err;
  int rc;
  newsparse_options_init(&opts);
  opts.flags = cfg->flags;
  opts.dct = dct;
  opts.dct_source = dct_source;
  if (cfg->max_bytes)
    opts.max_bytes = cfg->max_bytes;
  /* one result per thread, parsed into record after record: its memory
   * is reused instead of allocated anew for each document */
  rc = work->result ? NEWSPARSE_OK : newsparse_result_new(engine, &work->result, &err);
  if (!rc)
    rc = newsparse_parse_into(engine, text, text_len, &opts, work->result, &err);
  if (rc)
    error_out(cfg, rec, id, id_len, newsparse_status_name(rc), err.message);
  else if (document_out(cfg, rec, id, id_len, text_len, work))
    error_out(cfg, rec, id, id_len, "nomem", "out of memory writing the output");
}

/* A line the lean reader does not take: jansson decodes it, or says why
 * it is no record. */
static void full_record(const config *cfg, const newsparse_engine *engine, record *rec,
                        record_work *work) {
  json_error_t jerr;
  json_t *root, *id, *text, *dct;
  char *id_json = NULL;
  char msg[300];
  root = json_loadb(rec->line, rec->len, JSON_DECODE_ANY | JSON_ALLOW_NUL, &jerr);
  if (!root) {
    /* the last line, cut off where the input ended: a truncated file */
    int cut = rec->unended && jerr.position >= (int)rec->len;
    snprintf(msg, sizeof msg, "%s at column %d: %s",
             cut ? "the input ends inside this record (truncated?)" : "invalid JSON", jerr.column,
             jerr.text);
    error_out(cfg, rec, NULL, 0, cut ? "truncated-line" : "json", msg);
    return;
  }
  if (!json_is_object(root)) {
    error_out(cfg, rec, NULL, 0, "not-object", "the record is not a JSON object");
    json_decref(root);
    return;
  }
  id = json_object_get(root, "id");
  if (id)
    id_json = json_dumps(id, JSON_ENCODE_ANY | JSON_COMPACT);
  text = json_object_get(root, "text");
  dct = json_object_get(root, "dct");
  if (!json_is_string(text))
    error_out(cfg, rec, id_json, id_json ? strlen(id_json) : 0, "no-text",
              text ? "\"text\" is not a string" : "the record has no \"text\"");
  else if (dct && !json_is_null(dct) && !json_is_string(dct))
    error_out(cfg, rec, id_json, id_json ? strlen(id_json) : 0, "dct", "\"dct\" is not a string");
  else
    parse_record(engine, cfg, json_is_string(dct) ? json_string_value(dct) : cfg->dct,
                 json_is_string(dct) ? "record" : NULL, id_json, id_json ? strlen(id_json) : 0,
                 json_string_value(text), json_string_length(text), rec, work);
  free(id_json);
  json_decref(root);
}

void record_run(const newsparse_engine *engine, const config *cfg, record *rec, record_work *work) {
  jsonl_record plain;
  rec->failed = 0;
  rec->out.len = 0;
  rec->err.len = 0;
  if (rec->too_long) {
    char msg[160];
    snprintf(msg, sizeof msg, "the line is longer than a record of --max-bytes %zu can be",
             cfg->max_bytes ? cfg->max_bytes : NEWSPARSE_DEFAULT_MAX_BYTES);
    error_out(cfg, rec, NULL, 0, "limit", msg);
    return;
  }
  if (jsonl_read_plain(rec->line, rec->len, &plain, &work->text, &work->dct))
    parse_record(engine, cfg, plain.dct ? plain.dct : cfg->dct, plain.dct ? "record" : NULL,
                 plain.id, plain.id_len, plain.text, plain.text_len, rec, work);
  else
    full_record(cfg, engine, rec, work);
}
