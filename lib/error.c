/*
 * error.c - status messages and filling of newsparse_error.
 *
 * In: a status code and a printf-style detail.  Out: the caller's
 * newsparse_error filled (when given) and the code returned, so that error
 * paths read `return nsp_fail(err, CODE, "...")`.
 */
#include "error.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

/* Every status: its short name (the CLI's error records use it) and its
 * message, indexed by -code. */
static const struct {
  const char *name, *message;
} statuses[] = {{"ok", "success"},
                {"nomem", "out of memory"},
                {"argument", "invalid argument"},
                {"utf8", "invalid UTF-8 in input"},
                {"rule-syntax", "rule syntax error"},
                {"regex", "rule pattern does not compile"},
                {"limit", "input exceeds a configured limit"},
                {"io", "input/output error"},
                {"dct", "malformed reference date"}};

const char *newsparse_strerror(int code) {
  if (code > 0 || (size_t)-code >= sizeof statuses / sizeof *statuses)
    return "unknown error";
  return statuses[-code].message;
}

const char *newsparse_status_name(int code) {
  if (code > 0 || (size_t)-code >= sizeof statuses / sizeof *statuses)
    return "unknown";
  return statuses[-code].name;
}

void nsp_error_clear(newsparse_error *err) {
  if (err) {
    err->code = NEWSPARSE_OK;
    err->line = err->column = err->offset = 0;
    err->message[0] = '\0';
  }
}

static int vfail(newsparse_error *err, int code, size_t line, size_t column, size_t offset,
                 const char *fmt, va_list ap) {
  if (err) {
    err->code = code;
    err->line = line;
    err->column = column;
    err->offset = offset;
    if (fmt)
      vsnprintf(err->message, sizeof err->message, fmt, ap);
    else
      snprintf(err->message, sizeof err->message, "%s", newsparse_strerror(code));
  }
  return code;
}

int nsp_fail(newsparse_error *err, int code, const char *fmt, ...) {
  va_list ap;
  int r;
  va_start(ap, fmt);
  r = vfail(err, code, 0, 0, 0, fmt, ap);
  va_end(ap);
  return r;
}

int nsp_fail_at(newsparse_error *err, int code, size_t line, size_t column, size_t offset,
                const char *fmt, ...) {
  va_list ap;
  int r;
  va_start(ap, fmt);
  r = vfail(err, code, line, column, offset, fmt, ap);
  va_end(ap);
  return r;
}
