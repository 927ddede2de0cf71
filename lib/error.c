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

const char *newsparse_strerror(int code) {
  switch (code) {
  case NEWSPARSE_OK:
    return "success";
  case NEWSPARSE_ERR_NOMEM:
    return "out of memory";
  case NEWSPARSE_ERR_ARG:
    return "invalid argument";
  case NEWSPARSE_ERR_UTF8:
    return "invalid UTF-8 in input";
  case NEWSPARSE_ERR_RULE_SYNTAX:
    return "rule syntax error";
  case NEWSPARSE_ERR_REGEX:
    return "rule pattern does not compile";
  case NEWSPARSE_ERR_LIMIT:
    return "input exceeds a configured limit";
  case NEWSPARSE_ERR_IO:
    return "input/output error";
  case NEWSPARSE_ERR_DATE:
    return "malformed reference date";
  default:
    return "unknown error";
  }
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
