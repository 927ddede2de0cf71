/*
 * utf8.c - UTF-8 decoding and white-space classification.
 *
 * In: raw bytes.  Out: code points (strictly validated: no overlongs, no
 * surrogates, nothing above U+10FFFF) and white-space lengths used by the
 * structure and display stages.
 */
#include "utf8.h"

int nsp_utf8_decode(const unsigned char *s, size_t n, int32_t *cp) {
  unsigned c = s[0];
  int32_t v;
  size_t len, i;
  if (c < 0x80) {
    *cp = (int32_t)c;
    return 1;
  }
  if (c < 0xC2)
    return -1;
  if (c < 0xE0) {
    len = 2;
    v = (int32_t)(c & 0x1F);
  } else if (c < 0xF0) {
    len = 3;
    v = (int32_t)(c & 0x0F);
  } else if (c < 0xF5) {
    len = 4;
    v = (int32_t)(c & 0x07);
  } else {
    return -1;
  }
  if (n < len)
    return -1;
  for (i = 1; i < len; i++) {
    if ((s[i] & 0xC0) != 0x80)
      return -1;
    v = (v << 6) | (int32_t)(s[i] & 0x3F);
  }
  if ((len == 3 && (v < 0x800 || (v >= 0xD800 && v <= 0xDFFF))) ||
      (len == 4 && (v < 0x10000 || v > 0x10FFFF)))
    return -1;
  *cp = v;
  return (int)len;
}

int nsp_utf8_encode(int32_t cp, char out[4]) {
  if (cp < 0x80) {
    out[0] = (char)cp;
    return 1;
  }
  if (cp < 0x800) {
    out[0] = (char)(0xC0 | (cp >> 6));
    out[1] = (char)(0x80 | (cp & 0x3F));
    return 2;
  }
  if (cp < 0x10000) {
    out[0] = (char)(0xE0 | (cp >> 12));
    out[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
    out[2] = (char)(0x80 | (cp & 0x3F));
    return 3;
  }
  out[0] = (char)(0xF0 | (cp >> 18));
  out[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
  out[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
  out[3] = (char)(0x80 | (cp & 0x3F));
  return 4;
}

int nsp_is_space_cp(int32_t cp) {
  if (cp == ' ' || (cp >= 0x09 && cp <= 0x0D))
    return 1;
  if (cp < 0x85)
    return 0;
  return cp == 0x85 || cp == 0xA0 || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200A) ||
         cp == 0x2028 || cp == 0x2029 || cp == 0x202F || cp == 0x205F || cp == 0x3000;
}

size_t nsp_space_len_utf8(const char *s, size_t n) {
  int32_t cp;
  int l = nsp_utf8_decode((const unsigned char *)s, n, &cp);
  if (l > 0 && nsp_is_space_cp(cp))
    return (size_t)l;
  return 0;
}
