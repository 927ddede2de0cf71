/* record.h - one --jsonl record in, its output out (record.c). */
#ifndef NSP_CLI_RECORD_H
#define NSP_CLI_RECORD_H

#include "newsparse.h"
#include "options.h"
#include "strbuf.h"

#include <stddef.h>

/* Buffers one thread reuses from record to record. */
typedef struct record_work {
  strbuf text, dct, scratch; /* decoded strings; the library's JSON */
  newsparse_result *result;  /* parsed into again and again; NULL until first used */
} record_work;
void record_work_free(record_work *w);

/* One input line and what it gives. */
typedef struct record {
  char *line; /* the line without its LF; NULL when too_long */
  size_t len;
  size_t line_no; /* 1-based physical line number, blank lines counted */
  int too_long;   /* the line was longer than the reader keeps */
  int unended;    /* the input ended inside this line (no line feed) */
  strbuf out;     /* what goes to stdout for it (with its LF) */
  strbuf err;     /* what goes to stderr for it (TSV/CSV errors) */
  int failed;     /* an error record */
} record;

/*
 * Parse one record ({"id", "text", "dct"}) and write its output in the
 * configured format: the document with "id" first, rows, or an HTML
 * article; an error record {"id", "line", "error"} (or, in TSV/CSV, a
 * message for stderr) when the line is not a usable record or its text
 * cannot be parsed.  Thread-safe for different records and work buffers.
 */
void record_run(const newsparse_engine *engine, const config *cfg, record *rec, record_work *work);

#endif
