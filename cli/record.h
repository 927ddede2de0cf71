/* record.h - one --jsonl record in, one output line out (record.c). */
#ifndef NSP_CLI_RECORD_H
#define NSP_CLI_RECORD_H

#include "newsparse.h"

#include <stddef.h>

typedef struct strbuf {
  char *p;
  size_t len, cap;
} strbuf;

int sb_put(strbuf *b, const char *s, size_t n);
int sb_puts(strbuf *b, const char *s);
int sb_reserve(strbuf *b, size_t extra);
/* Append the result's JSON, reusing `scratch` so it is written once. */
int append_json(strbuf *out, const newsparse_result *r, unsigned flags, strbuf *scratch);
int append_json_string(strbuf *out, const char *s);
const char *status_code(int status);

/* Buffers one thread reuses from record to record. */
typedef struct record_work {
  strbuf text, dct;         /* decoded strings of the lean reader */
  newsparse_result *result; /* parsed into again and again; NULL until first used */
} record_work;
void record_work_free(record_work *w);

/*
 * Handle one JSON Lines record: {"id", "text", "dct"}.  Writes the output
 * line (without LF) to *out: the document object with "id" first, or
 * {"id", "error": {"code", "message"}}.  Returns 1 when the record failed.
 * Thread-safe for different out and work buffers.
 */
int cli_record(const newsparse_engine *engine, unsigned flags, const char *dct, const char *line,
               size_t len, strbuf *out, record_work *work);

#endif
