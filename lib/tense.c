/*
 * tense.c - the tense of the clause around a date.
 *
 * In: the document's tokens with their lexicon cues (the tagger's output:
 * tense-future, future-before-to, tense-past and past-perfect words from
 * 23-tense.rules or a user's rule file) and the span of a date.  Out: +1
 * future, -1 past, 0 unknown.  It decides the direction of dates written
 * without a year or a week ("Friday", "noon Thursday", "March 3").
 *
 * A future cue before the date wins ("will meet on Monday", "is set to",
 * "plans"), unless a past perfect stands right before it ("had been due to
 * expire Friday"); otherwise a past form anywhere in the clause ("was",
 * "broke", "ago") makes it past.  Participles ("is held", "will be
 * sold", "lower-than-expected") say nothing of the time, so only simple
 * past forms are cues.  The clause ends at
 * . , ; ! ? and line breaks, and at most 16 words before the date and 12
 * after it.
 */
#include "tense.h"
#include "rules.h"
#include "tokens.h"
#include "wordlist.h"

#include <string.h>

enum { BEFORE_WORDS = 16, AFTER_WORDS = 12 };

static int ends_clause(const nsp_doc *d, const nsp_token *t) {
  char c = d->norm.data[t->start];
  return (t->flags & NSP_TOK_PUNCT) && (c == '.' || c == ',' || c == ';' || c == '!' || c == '?');
}

/* A line break between two tokens ends the clause too. */
static int break_between(const nsp_doc *d, const nsp_token *a, const nsp_token *b) {
  return memchr(d->norm.data + a->end, '\n', b->start - a->end) != NULL;
}

/* "he'll", "they'll": the contraction of "will" (one token). */
static int ends_with_ll(const nsp_doc *d, const nsp_token *t) {
  const char *k = d->tokens.keys.data + t->lkey_off;
  return t->lkey_len > 3 && memcmp(k + t->lkey_len - 3, "'ll", 3) == 0;
}

/* A future cue at token i ("will", "he'll", or "is" of "is to", "set" of
 * "set to"): +1, or -1 when a past perfect stands in the two words before
 * it ("had been due", "had planned"), 0 for none. */
static int future_at(const nsp_doc *d, const nsp_token *tok, const nsp_cues *cues, size_t i,
                     size_t first, size_t n) {
  int future = (cues[i] & NSP_CUE_TENSE_FUTURE) || ends_with_ll(d, &tok[i]) ||
               ((cues[i] & NSP_CUE_FUTURE_TO) && i + 1 < n &&
                nsp_word_is(d->tokens.keys.data + tok[i + 1].lkey_off, tok[i + 1].lkey_len, "to"));
  size_t k;
  if (!future || (i > 0 && tok[i - 1].end == tok[i].start && d->norm.data[tok[i - 1].start] == '-'))
    return 0; /* none, or inside a compound: "lower-than-expected" */
  for (k = i; k > first && k + 2 > i; k--)
    if (cues[k - 1] & NSP_CUE_PAST_PERFECT)
      return -1;
  return 1;
}

int nsp_clause_tense(const nsp_doc *d, size_t s, size_t e) {
  const nsp_token *tok = (const nsp_token *)(const void *)d->tokens.toks.data;
  const nsp_cues *cues = (const nsp_cues *)(const void *)d->cues.data;
  size_t n = NSP_VEC_LEN(&d->tokens.toks, nsp_token), at = nsp_token_at(tok, n, s), first = at, i;
  int tense = 0;
  if (d->cues.len < n * sizeof(nsp_cues))
    return 0; /* no cues: the tagger did not run */
  while (first > 0 && at - first < BEFORE_WORDS && !ends_clause(d, &tok[first - 1]) &&
         !(first < n && break_between(d, &tok[first - 1], &tok[first])))
    first--;
  for (i = first; i < at; i++) { /* before the date */
    int f = future_at(d, tok, cues, i, first, n);
    if (f > 0)
      return 1;
    if (f < 0 || (cues[i] & NSP_CUE_TENSE_PAST))
      tense = -1;
  }
  for (i = first = nsp_token_at(tok, n, e); !tense && i < n && i < first + AFTER_WORDS; i++) {
    if (ends_clause(d, &tok[i]) || (i > 0 && break_between(d, &tok[i - 1], &tok[i])))
      break;
    if ((cues[i] & NSP_CUE_TENSE_PAST))
      tense = -1;
  }
  return tense;
}
