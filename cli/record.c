/*
 * record.c - the --jsonl record handling of the newsparse CLI.
 *
 * In: one line of JSON Lines input.  Out: one line of output, decoded by
 * the lean reader (jsonl.c) or, for anything beyond plain records, by
 * jansson, and encoded by the library, with the record's "id" echoed as
 * its first member.  Every input gives exactly one output line: bad JSON, a
 * record that is not an object, a missing or non-string "text", a bad
 * "dct" or a parse failure become an error object in place.
 */
#include "record.h"

#include "jsonl.h"

#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

const char *status_code(int st) {
  switch (st) {
  case NEWSPARSE_ERR_NOMEM:
    return "nomem";
  case NEWSPARSE_ERR_UTF8:
    return "utf8";
  case NEWSPARSE_ERR_LIMIT:
    return "limit";
  case NEWSPARSE_ERR_DATE:
    return "dct";
  case NEWSPARSE_ERR_ARG:
    return "argument";
  default:
    return "parse";
  }
}

int sb_reserve(strbuf *b, size_t extra) {
  if (b->len + extra + 1 > b->cap) {
    size_t cap = b->cap ? b->cap : 4096;
    char *np;
    while (cap < b->len + extra + 1)
      cap *= 2;
    np = realloc(b->p, cap);
    if (!np)
      return -1;
    b->p = np;
    b->cap = cap;
  }
  return 0;
}

int sb_put(strbuf *b, const char *s, size_t n) {
  if (sb_reserve(b, n))
    return -1;
  memcpy(b->p + b->len, s, n);
  b->len += n;
  b->p[b->len] = '\0';
  return 0;
}

int sb_puts(strbuf *b, const char *s) { return sb_put(b, s, strlen(s)); }

/* Append the result's JSON; reuses `scratch` so a steady stream of
 * documents serialises once each. */
int append_json(strbuf *out, const newsparse_result *r, unsigned flags, strbuf *scratch) {
  size_t need = newsparse_result_to_json(r, flags, scratch->p, scratch->cap);
  if (need == 0)
    return -1;
  if (need >= scratch->cap) {
    scratch->len = 0;
    if (sb_reserve(scratch, need))
      return -1;
    need = newsparse_result_to_json(r, flags, scratch->p, scratch->cap);
    if (need == 0)
      return -1;
  }
  return sb_put(out, scratch->p, need);
}

int append_json_string(strbuf *out, const char *s) {
  json_t *j = json_string(s);
  char *d;
  int rc;
  if (!j)
    return sb_puts(out, "\"\"");
  d = json_dumps(j, JSON_ENCODE_ANY | JSON_COMPACT);
  json_decref(j);
  if (!d)
    return -1;
  rc = sb_puts(out, d);
  free(d);
  return rc;
}

static int error_record(strbuf *out, const char *id_json, const char *code, const char *message) {
  out->len = 0;
  sb_puts(out, "{\"id\":");
  sb_puts(out, id_json ? id_json : "null");
  sb_puts(out, ",\"error\":{\"code\":");
  append_json_string(out, code);
  sb_puts(out, ",\"message\":");
  append_json_string(out, message);
  sb_puts(out, "}}");
  return 1;
}

void record_work_free(record_work *w) {
  free(w->text.p);
  free(w->dct.p);
  newsparse_result_free(w->result);
  memset(w, 0, sizeof *w);
}

/* The output line of a parsed document: {"id":ID, then the document's
 * members, written straight after it (its '{' becomes the ','). */
static int document_record(strbuf *out, const char *id, size_t id_len, const newsparse_result *r,
                           size_t text_len) {
  size_t at, need;
  out->len = 0;
  if (sb_put(out, "{\"id\":", 6) || sb_put(out, id ? id : "null", id ? id_len : 4))
    return -1;
  /* room for the usual output (about four times the text), so that it is
   * rendered once */
  if (text_len < ((size_t)-1 - 4096) / 5 && sb_reserve(out, 5 * text_len + 4096))
    return -1;
  at = out->len;
  need = newsparse_result_to_json(r, 0, out->p + at, out->cap - at);
  if (need == 0)
    return -1;
  if (need >= out->cap - at) {
    if (sb_reserve(out, need))
      return -1;
    need = newsparse_result_to_json(r, 0, out->p + at, out->cap - at);
    if (need == 0 || need >= out->cap - at)
      return -1;
  }
  if (need < 3 || out->p[at] != '{' || out->p[at + 1] == '}')
    return -1;
  out->p[at] = ',';
  out->len = at + need;
  out->p[out->len] = '\0';
  return 0;
}

/* Parse and write one record whose members are known. */
static int parse_record(const newsparse_engine *engine, unsigned flags, const char *dct,
                        const char *id, size_t id_len, const char *text, size_t text_len,
                        strbuf *out, record_work *work) {
  newsparse_options opts;
  newsparse_error err;
  char *id_copy;
  int rc, failed = 0;
  newsparse_options_init(&opts);
  opts.flags = flags;
  opts.dct = dct;
  /* one result per thread, parsed into record after record: its memory
   * is reused instead of allocated anew for each document */
  rc = work->result ? NEWSPARSE_OK : newsparse_result_new(engine, &work->result, &err);
  if (!rc)
    rc = newsparse_parse_into(engine, text, text_len, &opts, work->result, &err);
  if (!rc && document_record(out, id, id_len, work->result, text_len) == 0)
    return 0;
  id_copy = id ? malloc(id_len + 1) : NULL;
  if (id_copy) {
    memcpy(id_copy, id, id_len);
    id_copy[id_len] = '\0';
  }
  failed = error_record(out, id_copy, rc ? status_code(rc) : "nomem",
                        rc ? err.message : "out of memory writing JSON");
  free(id_copy);
  return failed;
}

int cli_record(const newsparse_engine *engine, unsigned flags, const char *cli_dct,
               const char *line, size_t len, strbuf *out, record_work *work) {
  json_error_t jerr;
  json_t *root, *id, *text, *dct;
  char *id_json = NULL;
  jsonl_record rec;
  int failed = 0;
  char msg[300];

  out->len = 0;
  if (jsonl_read_plain(line, len, &rec, &work->text, &work->dct))
    return parse_record(engine, flags, rec.dct ? rec.dct : cli_dct, rec.id, rec.id_len, rec.text,
                        rec.text_len, out, work);
  /* anything else, errors included, goes through jansson */
  root = json_loadb(line, len, JSON_DECODE_ANY | JSON_ALLOW_NUL, &jerr);
  if (!root) {
    snprintf(msg, sizeof msg, "invalid JSON at column %d: %s", jerr.column, jerr.text);
    return error_record(out, NULL, "json", msg);
  }
  if (!json_is_object(root)) {
    failed = error_record(out, NULL, "not-object", "the record is not a JSON object");
    json_decref(root);
    return failed;
  }
  id = json_object_get(root, "id");
  if (id)
    id_json = json_dumps(id, JSON_ENCODE_ANY | JSON_COMPACT);
  text = json_object_get(root, "text");
  dct = json_object_get(root, "dct");
  if (!json_is_string(text))
    failed = error_record(out, id_json, "no-text",
                          text ? "\"text\" is not a string" : "the record has no \"text\"");
  else if (dct && !json_is_null(dct) && !json_is_string(dct))
    failed = error_record(out, id_json, "dct", "\"dct\" is not a string");
  else
    failed = parse_record(engine, flags, json_is_string(dct) ? json_string_value(dct) : cli_dct,
                          id_json, id_json ? strlen(id_json) : 0, json_string_value(text),
                          json_string_length(text), out, work);
  free(id_json);
  json_decref(root);
  return failed;
}
