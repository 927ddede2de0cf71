/* words.h - the words of a matched span, for the value normalisers
 * (words.c). */
#ifndef NSP_WORDS_H
#define NSP_WORDS_H

#include <stddef.h>
#include <string.h>

typedef struct nsp_word {
  const char *s;
  size_t n;
  int num;    /* digits only */
  long value; /* when num */
} nsp_word;

/* Split into words: letters (with inner dots/apostrophes), digit runs, and
 * single symbols; white space (no-break spaces too) and commas separate.
 * At most max words. */
size_t nsp_split_words(const char *s, size_t n, nsp_word *w, size_t max);
/* "two" 2, "a" 1, "several" -1 (a vague count), -2 none; digits their value. */
int nsp_number_word(const nsp_word *w);
/* "first" or 1 .. "fourth" or 4; 0 none. */
int nsp_ordinal_word(const nsp_word *w);
/* One of the words is lit (lower-case ASCII), in any case. */
int nsp_words_have(const nsp_word *w, size_t nw, const char *lit);
/* The TimeML code of a part of the day: "morning" TMO, "afternoon" TAF,
 * "evening" TEV, "night" and "tonight" TNI; NULL for any other word. */
const char *nsp_daypart(const nsp_word *w);
/* A year spelled out in words ("nineteen ninety-six" 1996); 0 none. */
int nsp_spelled_year(const nsp_word *w, size_t nw);
/* Inline: the normalisers compare every word with many literals. */
static inline int nsp_lower_c(int c) { return (c >= 'A' && c <= 'Z') ? c + 32 : c; }

/* The word is lit (lower-case ASCII), in any case. */
static inline int nsp_weq(const nsp_word *w, const char *lit) {
  size_t i, n = strlen(lit);
  if (w->n != n)
    return 0;
  for (i = 0; i < n; i++)
    if (nsp_lower_c((unsigned char)w->s[i]) != lit[i])
      return 0;
  return 1;
}

#endif
