/* utf8.h - small UTF-8 helpers (utf8.c). */
#ifndef NSP_UTF8_H
#define NSP_UTF8_H

#include <stddef.h>
#include <stdint.h>

/* Decode one code point at s[0..n); returns its length (>= 1) or a negative
 * value for an invalid sequence (then *cp is untouched). */
int nsp_utf8_decode(const unsigned char *s, size_t n, int32_t *cp);
int nsp_utf8_encode(int32_t cp, char out[4]);
int nsp_is_space_cp(int32_t cp); /* any Unicode white space incl. NBSP */
/* Length of the white-space character at s (0 if none): inline for an
 * ASCII byte, which most calls see; utf8.c decodes the others. */
size_t nsp_space_len_utf8(const char *s, size_t n);
static inline size_t nsp_space_len(const char *s, size_t n) {
  unsigned char c;
  if (n == 0)
    return 0;
  c = (unsigned char)s[0];
  if (c < 0x80)
    return c == ' ' || (c >= 0x09 && c <= 0x0D);
  return nsp_space_len_utf8(s, n);
}

#endif
