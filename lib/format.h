/* format.h - a small snprintf for the values the library writes (a base
 * header; format.c). */
#ifndef NSP_FORMAT_H
#define NSP_FORMAT_H

#include <stddef.h>

/* snprintf for %s, %.Ns, %c, %d, %ld, %lld (with an optional zero-padded
 * width: %02d, %04ld) and %%; any other conversion is handed to
 * vsnprintf.  Writes at most size - 1 bytes and a NUL (size > 0) and
 * returns the length the whole text needs.  Values are written with it
 * because the C library's printf costs a thousand instructions a call. */
int nsp_format(char *out, size_t size, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 3, 4)))
#endif
    ;

#endif
