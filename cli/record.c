/*
 * record.c - the --jsonl record handling of the newsparse CLI.
 *
 * In: one line of JSON Lines input.  Out: one line of output, decoded with
 * jansson and encoded by the library, with the record's "id" echoed as its
 * first member.  Every input gives exactly one output line: bad JSON, a
 * record that is not an object, a missing or non-string "text", a bad
 * "dct" or a parse failure become an error object in place.
 */
#include "record.h"

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

int cli_record(const newsparse_engine *engine, unsigned flags, const char *cli_dct,
               const char *line, size_t len, strbuf *out, strbuf *scratch) {
  json_error_t jerr;
  json_t *root, *id, *text, *dct;
  char *id_json = NULL;
  newsparse_options opts;
  newsparse_result *r = NULL;
  newsparse_error err;
  int rc;
  char msg[300];

  int failed = 0;
  out->len = 0;
  root = json_loadb(line, len, JSON_DECODE_ANY | JSON_ALLOW_NUL, &jerr);
  if (!root) {
    snprintf(msg, sizeof msg, "invalid JSON at column %d: %s", jerr.column, jerr.text);
    failed = error_record(out, NULL, "json", msg);
    return failed;
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
  if (!json_is_string(text)) {
    failed = error_record(out, id_json, "no-text",
                          text ? "\"text\" is not a string" : "the record has no \"text\"");
    goto done;
  }
  newsparse_options_init(&opts);
  opts.flags = flags;
  opts.dct = cli_dct;
  dct = json_object_get(root, "dct");
  if (dct && !json_is_null(dct)) {
    if (!json_is_string(dct)) {
      failed = error_record(out, id_json, "dct", "\"dct\" is not a string");
      goto done;
    }
    opts.dct = json_string_value(dct);
  }
  rc = newsparse_parse(engine, json_string_value(text), json_string_length(text), &opts, &r, &err);
  if (rc) {
    failed = error_record(out, id_json, status_code(rc), err.message);
    goto done;
  }
  sb_puts(out, "{\"id\":");
  sb_puts(out, id_json ? id_json : "null");
  sb_puts(out, ",");
  {
    size_t at = out->len; /* the document's '{' lands here: drop it */
    if (append_json(out, r, 0, scratch) || out->len < at + 2) {
      failed = error_record(out, id_json, "nomem", "out of memory writing JSON");
    } else {
      memmove(out->p + at, out->p + at + 1, out->len - at - 1);
      out->len--;
      out->p[out->len] = '\0';
    }
  }
  newsparse_result_free(r);
done:
  free(id_json);
  json_decref(root);
  return failed;
}
