/*
 * fuzz_jsonl.c - libFuzzer target: one --jsonl input line through the
 * CLI's record handling (cli/record.c).  Every input must give exactly one
 * output line that is a JSON object.
 */
#include "newsparse.h"
#include "record.h"

#include <jansson.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

static newsparse_engine *engine;

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  strbuf out = {0}, scratch = {0};
  newsparse_error err;
  json_t *j;
  if (!engine && newsparse_engine_new(NULL, &engine, &err))
    abort();
  if (memchr(data, '\n', size))
    return 0; /* the CLI splits lines before this point */
  cli_record(engine, 0, NULL, (const char *)data, size, &out, &scratch);
  if (!out.p || memchr(out.p, '\n', out.len))
    abort();
  j = json_loadb(out.p, out.len, 0, NULL);
  if (!json_is_object(j) || !json_object_get(j, "id"))
    abort();
  json_decref(j);
  free(out.p);
  free(scratch.p);
  return 0;
}
