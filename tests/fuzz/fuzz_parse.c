/*
 * fuzz_parse.c - libFuzzer target: newsparse_parse with fuzzer-chosen
 * options on arbitrary bytes, then every accessor and the JSON writer.
 * The first byte picks option flags, the next ones a reference date.
 * The same input is also parsed into one result kept across all inputs
 * (newsparse_parse_into): its JSON must be the fresh result's.
 */
#include "newsparse.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

static newsparse_engine *engine;
static newsparse_result *reused;

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  static const char *const dcts[] = {NULL, "2025-03-05", "1996-08-30T10:00", "2025-02-30",
                                     "bad", "2000-01-01"};
  newsparse_options opts;
  newsparse_result *r = NULL;
  newsparse_error err;
  size_t i, n;
  int part;
  char *json;
  if (!engine && (newsparse_engine_new(NULL, &engine, &err) ||
                  newsparse_result_new(engine, &reused, &err)))
    abort();
  newsparse_options_init(&opts);
  if (size >= 2) {
    opts.flags = data[0] & NEWSPARSE_OPT_ALL;
    opts.dct = dcts[data[1] % 6];
    opts.match_limit = (data[0] & 0x80) ? 5000 : 0;
    data += 2;
    size -= 2;
  }
  {
    int rc = newsparse_parse(engine, (const char *)data, size, &opts, &r, &err);
    if (newsparse_parse_into(engine, (const char *)data, size, &opts, reused, &err) != rc)
      abort();
    if (rc != NEWSPARSE_OK)
      return 0;
  }
  for (part = NEWSPARSE_PART_HEADLINE; part <= NEWSPARSE_PART_ENTITY; part++) {
    n = newsparse_result_count(r, (newsparse_part)part);
    for (i = 0; i < n; i++) {
      newsparse_span o, m;
      const char *text;
      size_t len;
      if (newsparse_result_span(r, (newsparse_part)part, i, NEWSPARSE_TEXT_ORIGINAL, &o, &text) ||
          newsparse_result_span(r, (newsparse_part)part, i, NEWSPARSE_TEXT_NORMALIZED, &m, NULL))
        abort();
      newsparse_result_text(r, NEWSPARSE_TEXT_ORIGINAL, &len);
      if (o.start > o.end || o.end > len || strlen(text) > m.end - m.start + 1)
        abort();
    }
  }
  n = newsparse_result_to_json(r, NEWSPARSE_JSON_PRETTY, NULL, 0);
  json = malloc(n + 1);
  if (!json || newsparse_result_to_json(r, NEWSPARSE_JSON_PRETTY, json, n + 1) != n)
    abort();
  {
    char *again = malloc(n + 1);
    if (!again || newsparse_result_to_json(reused, NEWSPARSE_JSON_PRETTY, again, n + 1) != n ||
        memcmp(json, again, n) != 0)
      abort();
    free(again);
  }
  free(json);
  newsparse_result_free(r);
  return 0;
}
