/*
 * words.c - the words of a matched span.
 *
 * In: a span's text.  Out: its words (letters, digit runs with their value,
 * single symbols), which the money and date normalisers read.
 */
#include "words.h"

#include <string.h>

size_t nsp_split_words(const char *s, size_t n, nsp_word *w, size_t max) {
  size_t i = 0, k = 0;
  while (i < n && k < max) {
    unsigned c = (unsigned char)s[i];
    size_t j = i;
    if (c == ' ' || c == ',' || c == '\n' || c == '\t') {
      i++;
      continue;
    }
    if (c >= '0' && c <= '9') {
      long v = 0;
      while (j < n && s[j] >= '0' && s[j] <= '9') {
        if (v < 100000000)
          v = v * 10 + (s[j] - '0');
        j++;
      }
      w[k].num = 1;
      w[k].value = v;
    } else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
      while (j < n && (((unsigned char)s[j] | 32) >= 'a' && ((unsigned char)s[j] | 32) <= 'z'))
        j++;
      w[k].num = 0;
      w[k].value = 0;
    } else {
      j = i + 1;
      while (j < n && ((unsigned char)s[j] & 0xC0) == 0x80)
        j++;
      w[k].num = 0;
      w[k].value = 0;
    }
    w[k].s = s + i;
    w[k].n = j - i;
    k++;
    i = j;
  }
  return k;
}
