/*
 * sentences.c - sentence boundaries inside one paragraph.
 *
 * In: the normalised text and a paragraph span (or all the paragraphs of a
 * structure).  Out: sentence spans appended to a vector.  A boundary is . ! or ? (plus closing
 * quotes and brackets) followed by white space and a capital, digit or opening quote, unless the
 * word before the stop is an abbreviation (Mr., Feb., Gov., Okla.: lexicons), an initial (J.), or a
 * dotted abbreviation (U.S.) followed by a word that does not usually start a sentence.  Decimals
 * (3.5) never split.
 */
#include "bytes.h"
#include "lines.h"
#include "structure.h"
#include "utf8.h"

#include <string.h>

static int is_opening(const char *t, size_t i, size_t e) {
  unsigned c = (unsigned char)t[i];
  if (c == '"' || c == '\'' || c == '(' || c == '[')
    return 1;
  if (i + 2 < e && c == 0xE2 && (unsigned char)t[i + 1] == 0x80 &&
      ((unsigned char)t[i + 2] == 0x9C || (unsigned char)t[i + 2] == 0x98))
    return 1;
  return 0;
}

/* May a sentence start at i?  Capital, digit or opening quote. */
static int starts_sentence(const char *t, size_t i, size_t e) {
  unsigned c = (unsigned char)t[i];
  if (c >= '0' && c <= '9')
    return 1;
  if (is_opening(t, i, e))
    return 1;
  return nsp_letter_case(t + i, e - i) > 0;
}

/* Has the 8-byte word a '.', '!' or '?'? */
static int has_stop8(const char *t) {
  uint64_t x = nsp_load8(t);
  return nsp_any_eq8(x, '.') || nsp_any_eq8(x, '!') || nsp_any_eq8(x, '?');
}

#if defined(__SSE2__)
#include <emmintrin.h>
/* has_stop8 for sixteen bytes. */
static int has_stop16(const char *t) {
  __m128i x = _mm_loadu_si128((const __m128i *)(const void *)t);
  return _mm_movemask_epi8(_mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8('.')),
                                                     _mm_cmpeq_epi8(x, _mm_set1_epi8('!'))),
                                        _mm_cmpeq_epi8(x, _mm_set1_epi8('?')))) != 0;
}
#endif

/* After the stops from i: closing quotes and brackets; returns their end. */
static size_t after_closers(const char *t, size_t j, size_t e) {
  for (;;) {
    if (j < e && (t[j] == '"' || t[j] == '\'' || t[j] == ')' || t[j] == ']')) {
      j++;
      continue;
    }
    if (j + 2 < e && (unsigned char)t[j] == 0xE2 && (unsigned char)t[j + 1] == 0x80 &&
        ((unsigned char)t[j + 2] == 0x9D || (unsigned char)t[j + 2] == 0x99)) {
      j += 3;
      continue;
    }
    return j;
  }
}

/* Is the single dot at i, in the sentence from s, the end of an initial
 * ("J. Smith") or of an abbreviation that a name or a number follows at k
 * ("Gen. Smith", "No. 5", "Okla. Gov."), and so no sentence end?  The
 * abbreviations are lexicons (47-abbreviations.rules): `abbreviation`
 * words in any case, `title-abbreviation` words only capitalised ("Ill."
 * is Illinois, "ill." ends "he was ill."); a dotted word ("U.S.", "a.m.")
 * is one too.  Before a digit the dot never ends a sentence ("no. 225");
 * before a word that opens sentences (a function word or an honorific:
 * "... in the U.S. The next ...", "... in Tulsa, Okla. He said") it does. */
static int abbreviation_dot(const char *t, size_t s, size_t i, size_t k, size_t e,
                            const nsp_word_roles *roles) {
  /* the word before the stop, at most 24 bytes back: longer words are no
   * abbreviations, and a line of dots stays linear */
  size_t w = i, ne = k;
  uint32_t r;
  int dotted;
  while (w > s && i - w < 24 && !nsp_space_len(t + w - 1, 1) && t[w - 1] != '(' && t[w - 1] != '"')
    w--;
  if (i - w == 1 && nsp_letter_case(t + w, 1) > 0)
    return 1; /* an initial: "J. Smith" */
  dotted = i > w && memchr(t + w, '.', i - w) != NULL;
  if (!dotted) {
    r = nsp_roles_of_word(roles, t + w, i - w);
    if (!(r & (NSP_CUE_ABBREVIATION | NSP_CUE_TITLE_ABBR)))
      return 0;
    if (t[k] >= '0' && t[k] <= '9')
      return 1; /* "no. 225", "Fig. 3" */
    if (!(r & NSP_CUE_ABBREVIATION) && nsp_letter_case(t + w, i - w) <= 0)
      return 0; /* "he was ill. The", "she said no. Then" */
  }
  while (ne < e && !nsp_space_len(t + ne, e - ne) && t[ne] != ',')
    ne++;
  return !(nsp_letter_case(t + k, e - k) > 0 &&
           (nsp_roles_of_word(roles, t + k, ne - k) & (NSP_CUE_FUNCTION | NSP_CUE_HONORIFIC)));
}

static int push_sentence(nsp_buf *out, size_t start, size_t end) {
  nsp_span sp;
  sp.start = start;
  sp.end = end;
  return NSP_VEC_PUSH(out, nsp_span, sp);
}

int nsp_sentences_split(const char *t, nsp_span para, const nsp_word_roles *roles, nsp_buf *out) {
  size_t i = para.start, e = para.end, s = para.start;
  while (i < e) {
    size_t j, ws, k;
    char c;
#if defined(__SSE2__)
    while (i + 16 <= e && !has_stop16(t + i))
      i += 16;
#endif
    while (i + 8 <= e && !has_stop8(t + i))
      i += 8; /* most of a paragraph is no sentence end */
    if (i >= e)
      break;
    c = t[i];
    if (c != '.' && c != '!' && c != '?') {
      i++;
      continue;
    }
    j = i + 1;
    while (j < e && (t[j] == '.' || t[j] == '!' || t[j] == '?'))
      j++;
    j = after_closers(t, j, e);
    ws = nsp_space_len(t + j, e - j);
    if (!ws || j >= e) {
      i = j > i ? j : i + 1;
      continue;
    }
    k = j;
    while (k < e && (ws = nsp_space_len(t + k, e - k)) != 0)
      k += ws;
    if (k >= e || !starts_sentence(t, k, e) ||
        (c == '.' && j == i + 1 && abbreviation_dot(t, s, i, k, e, roles))) {
      i = k;
      continue;
    }
    if (push_sentence(out, s, j))
      return NEWSPARSE_ERR_NOMEM;
    s = i = k;
  }
  if (e > s && push_sentence(out, s, e))
    return NEWSPARSE_ERR_NOMEM;
  return NEWSPARSE_OK;
}

int nsp_sentences_of_paragraphs(const char *t, const nsp_word_roles *roles, nsp_structure *st) {
  size_t np = NSP_VEC_LEN(&st->paragraphs, nsp_para), p;
  for (p = 0; p < np; p++) {
    nsp_para *pp = &NSP_VEC_AT(&st->paragraphs, nsp_para, p);
    pp->first_sentence = NSP_VEC_LEN(&st->sentences, nsp_span);
    if (nsp_sentences_split(t, pp->span, roles, &st->sentences))
      return NEWSPARSE_ERR_NOMEM;
    pp = &NSP_VEC_AT(&st->paragraphs, nsp_para, p); /* the vector may have moved */
    pp->n_sentences = NSP_VEC_LEN(&st->sentences, nsp_span) - pp->first_sentence;
  }
  return NEWSPARSE_OK;
}
