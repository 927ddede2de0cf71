/*
 * strbuf.c - the CLI's output buffers.
 *
 * In: bytes and strings.  Out: a growing, NUL-terminated buffer; JSON
 * string literals escaped as RFC 8259 asks (control characters as \u00XX),
 * so that everything the CLI writes around the library's JSON is valid.
 */
#include "strbuf.h"

#include <stdlib.h>
#include <string.h>

int sb_reserve(strbuf *b, size_t extra) {
  if (extra > (size_t)-1 / 2 - b->len)
    return -1;
  if (b->len + extra + 1 > b->cap) {
    size_t cap = b->cap ? b->cap : 4096;
    char *np;
    while (cap < b->len + extra + 1)
      cap *= 2;
    np = realloc(b->p, cap);
    if (!np)
      return -1;
    b->p = np;
    b->cap = cap;
  }
  return 0;
}

int sb_put(strbuf *b, const char *s, size_t n) {
  if (sb_reserve(b, n))
    return -1;
  if (n)
    memcpy(b->p + b->len, s, n);
  b->len += n;
  b->p[b->len] = '\0';
  return 0;
}

int sb_puts(strbuf *b, const char *s) { return sb_put(b, s, strlen(s)); }

int sb_putc(strbuf *b, char c) { return sb_put(b, &c, 1); }

size_t sb_utf8_len(const unsigned char *s, size_t n) {
  size_t need, k;
  unsigned cp;
  if (s[0] < 0xC2 || s[0] > 0xF4)
    return 0;
  need = s[0] < 0xE0 ? 2 : s[0] < 0xF0 ? 3 : 4;
  if (n < need)
    return 0;
  cp = s[0] & (0x7F >> need);
  for (k = 1; k < need; k++) {
    if ((s[k] & 0xC0) != 0x80)
      return 0;
    cp = (cp << 6) | (s[k] & 0x3F);
  }
  if ((need == 3 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))) ||
      (need == 4 && (cp < 0x10000 || cp > 0x10FFFF)))
    return 0;
  return need;
}

int sb_json_string(strbuf *b, const char *s, size_t n) {
  static const char hex[] = "0123456789abcdef";
  const unsigned char *u = (const unsigned char *)s;
  size_t i = 0, run = 0;
  if (sb_putc(b, '"'))
    return -1;
  while (i < n) {
    unsigned char c = u[i];
    char esc[7] = {'\\', 0, 0, 0, 0, 0, 0};
    size_t elen = 2, l;
    if (c >= 0x20 && c != '"' && c != '\\' && c < 0x80) {
      i++;
      continue;
    }
    if (c >= 0x80 && (l = sb_utf8_len(u + i, n - i)) > 0) {
      i += l;
      continue;
    }
    if (sb_put(b, s + run, i - run))
      return -1;
    if (c >= 0x80) {
      if (sb_put(b, "\xEF\xBF\xBD", 3))
        return -1;
    } else {
      switch (c) {
      case '"':
        esc[1] = '"';
        break;
      case '\\':
        esc[1] = '\\';
        break;
      case '\n':
        esc[1] = 'n';
        break;
      case '\r':
        esc[1] = 'r';
        break;
      case '\t':
        esc[1] = 't';
        break;
      default:
        esc[1] = 'u';
        esc[2] = '0';
        esc[3] = '0';
        esc[4] = hex[c >> 4];
        esc[5] = hex[c & 15];
        elen = 6;
      }
      if (sb_put(b, esc, elen))
        return -1;
    }
    run = ++i;
  }
  if (sb_put(b, s + run, n - run))
    return -1;
  return sb_putc(b, '"');
}

void sb_free(strbuf *b) {
  free(b->p);
  b->p = NULL;
  b->len = b->cap = 0;
}
