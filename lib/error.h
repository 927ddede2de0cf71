/* error.h - filling a newsparse_error (error.c). */
#ifndef NSP_ERROR_H
#define NSP_ERROR_H

#include "newsparse.h"

#include <stddef.h>

#if defined(__GNUC__)
#define NSP_PRINTF(f, a) __attribute__((format(printf, f, a)))
#else
#define NSP_PRINTF(f, a)
#endif
int nsp_fail(newsparse_error *err, int code, const char *fmt, ...) NSP_PRINTF(3, 4);
int nsp_fail_at(newsparse_error *err, int code, size_t line, size_t column, size_t offset,
                const char *fmt, ...) NSP_PRINTF(6, 7);
void nsp_error_clear(newsparse_error *err);

#endif
