/*
 * utf8.c - UTF-8 decoding and white-space classification.
 *
 * In: raw bytes.  Out: code points (utf8proc's strict validation: no
 * overlongs, no surrogates, nothing above U+10FFFF; ASCII without a call)
 * and white-space lengths used by the structure and display stages.
 */
#include "utf8.h"

#include <utf8proc.h>

int nsp_utf8_decode(const unsigned char *s, size_t n, int32_t *cp) {
  utf8proc_int32_t v;
  utf8proc_ssize_t l;
  if (s[0] < 0x80) {
    *cp = (int32_t)s[0];
    return 1;
  }
  l = utf8proc_iterate(s, (utf8proc_ssize_t)n, &v);
  if (l < 0 || v < 0)
    return -1;
  *cp = v;
  return (int)l;
}

int nsp_utf8_encode(int32_t cp, char out[4]) {
  return (int)utf8proc_encode_char(cp, (utf8proc_uint8_t *)out);
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
