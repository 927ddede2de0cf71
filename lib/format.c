/*
 * format.c - a small snprintf (format.h).
 *
 * In: a buffer, its size, a format and its arguments.  Out: the text, cut
 * to the buffer like snprintf, and the length it needs.  Only what the
 * value writers use is done here; the rest goes to vsnprintf.
 */
#include "format.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

typedef struct sink {
  char *out;
  size_t size, len;
} sink;

static void put(sink *k, const char *s, size_t n) {
  if (k->len + 1 < k->size) {
    size_t room = k->size - 1 - k->len;
    memcpy(k->out + k->len, s, n < room ? n : room);
  }
  k->len += n;
}

/* v in decimal, at least `width` digits (zero-padded). */
static void put_number(sink *k, long long v, int width) {
  char digits[24];
  size_t n = 0;
  unsigned long long u = v < 0 ? 0ull - (unsigned long long)v : (unsigned long long)v;
  do {
    digits[sizeof digits - 1 - n++] = (char)('0' + u % 10);
    u /= 10;
  } while (u);
  while ((int)n < width && n < sizeof digits - 1)
    digits[sizeof digits - 1 - n++] = '0';
  if (v < 0)
    put(k, "-", 1);
  put(k, digits + sizeof digits - n, n);
}

/* A conversion this file does not do: the whole format goes to vsnprintf. */
static int fallback(char *out, size_t size, const char *fmt, va_list ap) {
  return vsnprintf(out, size, fmt, ap);
}

int nsp_format(char *out, size_t size, const char *fmt, ...) {
  sink k;
  va_list ap, again;
  const char *p = fmt;
  k.out = out;
  k.size = size;
  k.len = 0;
  va_start(ap, fmt);
  va_copy(again, ap);
  while (*p) {
    const char *pct = strchr(p, '%');
    int width = 0, longs = 0, precision = -1;
    if (!pct) {
      put(&k, p, strlen(p));
      break;
    }
    put(&k, p, (size_t)(pct - p));
    p = pct + 1;
    if (*p == '%') {
      put(&k, "%", 1);
      p++;
      continue;
    }
    if (*p == '0')
      while (*p >= '0' && *p <= '9')
        width = width * 10 + (*p++ - '0');
    if (*p == '.') {
      precision = 0;
      for (p++; *p >= '0' && *p <= '9'; p++)
        precision = precision * 10 + (*p - '0');
    }
    while (*p == 'l')
      longs++, p++;
    if (*p == 'd' && precision < 0) {
      put_number(&k,
                 longs == 0   ? (long long)va_arg(ap, int)
                 : longs == 1 ? (long long)va_arg(ap, long)
                              : va_arg(ap, long long),
                 width);
    } else if (*p == 's' && !width && !longs) {
      const char *s = va_arg(ap, const char *);
      size_t n = strlen(s);
      put(&k, s, precision >= 0 && (size_t)precision < n ? (size_t)precision : n);
    } else if (*p == 'c' && !width && !longs && precision < 0) {
      char c = (char)va_arg(ap, int);
      put(&k, &c, 1);
    } else {
      int n;
      va_end(ap);
      n = fallback(out, size, fmt, again);
      va_end(again);
      return n;
    }
    p++;
  }
  va_end(ap);
  va_end(again);
  if (size)
    out[k.len < size ? k.len : size - 1] = '\0';
  return (int)k.len;
}
