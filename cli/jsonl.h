/* jsonl.h - a lean reader for plain --jsonl records (jsonl.c). */
#ifndef NSP_CLI_JSONL_H
#define NSP_CLI_JSONL_H

#include "strbuf.h"

#include <stddef.h>

/* The members of a record the CLI uses.  Pointers point into the line or
 * into the caller's buffers; a NULL pointer means the member is absent. */
typedef struct jsonl_record {
  const char *id; /* the id's JSON text, compact as jansson writes it */
  size_t id_len;
  const char *text; /* decoded UTF-8; may hold NUL from \u0000 */
  size_t text_len;
  const char *dct; /* decoded, NUL-terminated; NULL when absent or null */
} jsonl_record;

/*
 * Read one line as {"id": ..., "text": "...", "dct": "..."} with any other
 * members of plain values.  Returns 1 with *rec filled when the line is
 * valid JSON of that plain shape; 0 for anything else (nested values,
 * escaped keys, a repeated member, a real-number id, invalid JSON or
 * UTF-8), which the caller hands to a full JSON parser for the result or
 * the error message.  `text` and `dct` are scratch buffers for decoded
 * strings, reused across calls.
 */
int jsonl_read_plain(const char *line, size_t len, jsonl_record *rec, strbuf *text, strbuf *dct);

#endif
