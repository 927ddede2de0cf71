/*
 * fuzz_jsonl.c - libFuzzer target: one --jsonl input line through the
 * CLI's record handling (cli/record.c).  Every input must give exactly one
 * output line that is a JSON object, and whatever the lean reader
 * (cli/jsonl.c) accepts, jansson must accept and decode the same way.
 */
#include "jsonl.h"
#include "newsparse.h"
#include "record.h"

#include <jansson.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

static newsparse_engine *engine;

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* The lean reader against jansson on one line. */
static void same_as_jansson(const char *line, size_t len) {
  record_work w;
  jsonl_record rec;
  memset(&w, 0, sizeof w);
  json_t *root, *text, *dct, *id;
  if (!jsonl_read_plain(line, len, &rec, &w.text, &w.dct)) {
    record_work_free(&w);
    return;
  }
  root = json_loadb(line, len, JSON_DECODE_ANY | JSON_ALLOW_NUL, NULL);
  if (!json_is_object(root))
    abort();
  text = json_object_get(root, "text");
  if (!json_is_string(text) || json_string_length(text) != rec.text_len ||
      memcmp(json_string_value(text), rec.text, rec.text_len) != 0)
    abort();
  dct = json_object_get(root, "dct");
  if (json_is_string(dct) ? !rec.dct || strcmp(rec.dct, json_string_value(dct)) != 0
                          : rec.dct != NULL)
    abort();
  id = json_object_get(root, "id");
  if (id) {
    char *d = json_dumps(id, JSON_ENCODE_ANY | JSON_COMPACT);
    if (!d || !rec.id || strlen(d) != rec.id_len || memcmp(d, rec.id, rec.id_len) != 0)
      abort();
    free(d);
  } else if (rec.id) {
    abort();
  }
  json_decref(root);
  record_work_free(&w);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  record_work work;
  record rec;
  config cfg;
  newsparse_error err;
  json_t *j;
  char *line;
  if (!engine && newsparse_engine_new(NULL, &engine, &err))
    abort();
  if (memchr(data, '\n', size))
    return 0; /* the CLI splits lines before this point */
  same_as_jansson((const char *)data, size);
  memset(&work, 0, sizeof work);
  memset(&rec, 0, sizeof rec);
  memset(&cfg, 0, sizeof cfg);
  cfg.format = FORMAT_JSONL;
  line = malloc(size + 1);
  if (!line)
    abort();
  memcpy(line, data, size);
  line[size] = '\0';
  rec.line = line;
  rec.len = size;
  rec.line_no = 7;
  record_run(engine, &cfg, &rec, &work);
  /* one line, ending in its LF */
  if (!rec.out.p || rec.out.len == 0 || rec.out.p[rec.out.len - 1] != '\n' ||
      memchr(rec.out.p, '\n', rec.out.len - 1))
    abort();
  j = json_loadb(rec.out.p, rec.out.len - 1, JSON_ALLOW_NUL, NULL); /* ids may hold \u0000 */
  if (!json_is_object(j) || !json_object_get(j, "id") ||
      (rec.failed && json_integer_value(json_object_get(j, "line")) != 7))
    abort();
  json_decref(j);
  free(line);
  sb_free(&rec.out);
  sb_free(&rec.err);
  record_work_free(&work);
  return 0;
}
