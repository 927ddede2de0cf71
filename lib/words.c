/*
 * words.c - the words of a matched span.
 *
 * In: a span's text.  Out: its words (letters, digit runs with their value,
 * single symbols), which the money and date normalisers read; the
 * numbers that words spell ("two", "third", "nineteen eighty-four").
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
    if (c == 0xC2 && i + 1 < n && (unsigned char)s[i + 1] == 0xA0) {
      i += 2; /* a no-break space: "1:39\u00A0am" */
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

int nsp_number_word(const nsp_word *w) {
  static const char *const nums[] = {"zero",  "one",   "two",  "three", "four",   "five",  "six",
                                     "seven", "eight", "nine", "ten",   "eleven", "twelve"};
  int k;
  if (w->num)
    return (int)w->value;
  if (nsp_weq(w, "a") || nsp_weq(w, "an"))
    return 1;
  if (nsp_weq(w, "several") || nsp_weq(w, "few"))
    return -1; /* a vague count: the unit is known, the number not */
  for (k = 0; k < 13; k++)
    if (nsp_weq(w, nums[k]))
      return k;
  return -2;
}

int nsp_ordinal_word(const nsp_word *w) {
  if (nsp_weq(w, "first") || (w->num && w->value == 1))
    return 1;
  if (nsp_weq(w, "second") || (w->num && w->value == 2))
    return 2;
  if (nsp_weq(w, "third") || (w->num && w->value == 3))
    return 3;
  if (nsp_weq(w, "fourth") || (w->num && w->value == 4))
    return 4;
  return 0;
}

int nsp_spelled_year(const nsp_word *w, size_t nw) {
  static const char *const units[] = {"zero", "one", "two",   "three", "four",
                                      "five", "six", "seven", "eight", "nine"};
  static const char *const tens[] = {"",      "ten",   "twenty",  "thirty", "forty",
                                     "fifty", "sixty", "seventy", "eighty", "ninety"};
  size_t k, j;
  for (k = 0; k < nw; k++) {
    int century = 0, rest = 0;
    if (nsp_weq(&w[k], "nineteen"))
      century = 1900;
    else if (nsp_weq(&w[k], "eighteen"))
      century = 1800;
    else if (nsp_weq(&w[k], "two") && k + 1 < nw && nsp_weq(&w[k + 1], "thousand")) {
      century = 2000;
      k++;
    } else {
      continue;
    }
    for (j = k + 1; j < nw && j <= k + 3; j++) {
      size_t u;
      for (u = 1; u < 10; u++)
        if (nsp_weq(&w[j], tens[u]))
          rest += (int)u * 10;
      for (u = 1; u < 10; u++)
        if (nsp_weq(&w[j], units[u]))
          rest += (int)u;
    }
    return century + rest;
  }
  return 0;
}

const char *nsp_daypart(const nsp_word *w) {
  if (nsp_weq(w, "morning"))
    return "TMO";
  if (nsp_weq(w, "afternoon"))
    return "TAF";
  if (nsp_weq(w, "evening"))
    return "TEV";
  if (nsp_weq(w, "night") || nsp_weq(w, "tonight"))
    return "TNI";
  return NULL;
}

int nsp_words_have(const nsp_word *w, size_t nw, const char *lit) {
  size_t k;
  for (k = 0; k < nw; k++)
    if (nsp_weq(&w[k], lit))
      return 1;
  return 0;
}
