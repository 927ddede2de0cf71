/*
 * webcopy.c - lines of a copied web page that are not the article's text.
 *
 * In: the measured lines of a text (lines.c) and a lookup of the lexicon
 * roles of words (the engine's web-* lexicons, 46-web.rules or a user's
 * file).  Out: a boilerplate kind per line, or NULL.
 *
 * What a reader sees decides, the words come from lexicons:
 * - a short line without a sentence end, made only of button words and
 *   function words and starting with a button word, is a button row:
 *   "Share", "Email this", "Listen to this article" (share),
 *   "Advertisement" (ad), "Sign up for our newsletter" (prompt); one word
 *   outside the lexicons ("Share prices fell") makes it text;
 * - a photo credit: a credit word before a colon ("Photo: ...", "Image
 *   credit: ..."), "(Photo by ...)", or names joined by slashes with an
 *   agency or a credit word among them ("Jane Doe/Reuters/Alamy", "AP
 *   Photo/John Roe");
 * - a caption: a caption word before a colon ("Pictured: ..."), or the line
 *   right above a credit;
 * - a teaser inside the body ("Read more: ...", "Recommended", "You may
 *   also like"), kind "other", only with prose after it: after the last
 *   prose it may head the related list.
 */
#include "webcopy.h"

#include <string.h>

enum {
  BUTTON_CHARS = 80,   /* a row of buttons or a prompt is shorter */
  BUTTON_WORDS = 10,   /* ... and has at most these words */
  CREDIT_CHARS = 120,  /* a credit line is shorter */
  CAPTION_CHARS = 300, /* a caption above a credit is shorter */
  LABEL_BYTES = 32     /* "Image credit:" ends within these bytes */
};

/* The kind of a teaser: "other", told apart by its address, as a teaser
 * after the last prose is none. */
static const char TEASER[] = "other";

/* The roles of the words a button, prompt or teaser line is made of. */
#define WEB_BUTTON (NSP_CUE_WEB_SHARE | NSP_CUE_WEB_AD | NSP_CUE_WEB_PROMPT | NSP_CUE_WEB_TEASER)

typedef struct word_tally {
  size_t words, other, share, ad, prompt, teaser;
  int first_is_web; /* the first word has a web role: "More on this story" is none */
} word_tally;

static uint32_t roles_of(const nsp_word_roles *r, const char *t, size_t a, size_t b) {
  return nsp_roles_of_word(r, t + a, b - a);
}

static int letter(unsigned char c) { return ((c | 32) >= 'a' && (c | 32) <= 'z') || c >= 0x80; }

/* The next word of [*i, e): its bounds, 0 when none is left. */
static int next_word(const char *t, size_t *i, size_t e, size_t *a, size_t *b) {
  while (*i < e && !letter((unsigned char)t[*i]))
    (*i)++;
  if (*i >= e)
    return 0;
  *a = *i;
  while (*i < e && (letter((unsigned char)t[*i]) || t[*i] == '\''))
    (*i)++;
  *b = *i;
  return 1;
}

static word_tally tally(const char *t, const nsp_line *l, const nsp_word_roles *r) {
  word_tally w;
  size_t i = l->start, a, b;
  memset(&w, 0, sizeof w);
  while (next_word(t, &i, l->end, &a, &b)) {
    uint32_t c = roles_of(r, t, a, b);
    if (!w.words)
      w.first_is_web = (c & WEB_BUTTON) != 0;
    w.words++;
    w.share += (c & NSP_CUE_WEB_SHARE) != 0;
    w.ad += (c & NSP_CUE_WEB_AD) != 0;
    w.prompt += (c & NSP_CUE_WEB_PROMPT) != 0;
    w.teaser += (c & NSP_CUE_WEB_TEASER) != 0;
    w.other += !(c & (WEB_BUTTON | NSP_CUE_FUNCTION));
  }
  return w;
}

/* Letters make most of the line's visible characters ("(A$ 1 = US$ 0.79)"
 * is a rate, not a button). */
static int mostly_letters(const char *t, const nsp_line *l) {
  size_t i, letters = 0, visible = 0;
  for (i = l->start; i < l->end; i++) {
    unsigned char c = (unsigned char)t[i];
    if (c == ' ' || (c >= 0x80 && c < 0xC0))
      continue; /* spaces and UTF-8 continuation bytes */
    visible++;
    letters += letter(c);
  }
  return letters * 10 >= visible * 6;
}

static const char *button_kind(const char *t, const nsp_line *l, const nsp_word_roles *r) {
  word_tally w;
  size_t i = l->start, a, b;
  if (l->chars > BUTTON_CHARS || l->words > BUTTON_WORDS || l->terminal ||
      !next_word(t, &i, l->end, &a, &b) || !(roles_of(r, t, a, b) & WEB_BUTTON) ||
      !mostly_letters(t, l))
    return NULL; /* the first word decides most lines with one look-up */
  w = tally(t, l, r);
  if (!w.words || w.other || !w.first_is_web)
    return NULL;
  if (w.teaser && w.teaser >= w.share && w.teaser >= w.ad && w.teaser >= w.prompt)
    return TEASER; /* "Read more", "You may also like" */
  if (w.share && w.share >= w.ad && w.share >= w.prompt)
    return "share";
  if (w.ad && w.ad >= w.prompt)
    return "ad";
  return w.prompt ? "prompt" : NULL;
}

/* A colon near the start, or an opening bracket: a label may lead. */
static int may_be_labelled(const char *t, const nsp_line *l) {
  size_t head = l->end - l->start < LABEL_BYTES ? l->end - l->start : LABEL_BYTES;
  return t[l->start] == '(' || memchr(t + l->start, ':', head) != NULL;
}

/* The first one or two words have this role and a colon follows them
 * ("Photo:", "Image credit:"); or "(Photo by". */
static int labelled(const char *t, const nsp_line *l, const nsp_word_roles *r, uint32_t role) {
  size_t i = l->start, a, b, k;
  for (k = 0; k < 2 && next_word(t, &i, l->end, &a, &b); k++) {
    size_t j = b;
    if (!(roles_of(r, t, a, b) & role))
      return 0;
    while (j < l->end && t[j] == ' ')
      j++;
    if (j < l->end && t[j] == ':')
      return 1;
    if (k == 0 && a > l->start && t[a - 1] == '(' && j + 2 < l->end && memcmp(t + j, "by", 2) == 0)
      return 1;
  }
  return 0;
}

/* "Jane Doe/Reuters/Alamy", "AP Photo/John Roe": names joined by
 * slashes (letters, spaces, dots, hyphens only), one of them an agency or
 * a credit word. */
static int slash_credit(const char *t, const nsp_line *l, const nsp_word_roles *r) {
  size_t i = l->start, a, b;
  if (l->chars > CREDIT_CHARS || !memchr(t + l->start, '/', l->end - l->start) ||
      nsp_is_url_at(t + l->start, l->end - l->start))
    return 0;
  for (a = l->start; a < l->end; a++)
    if (!letter((unsigned char)t[a]) && t[a] != ' ' && t[a] != '.' && t[a] != '-' && t[a] != '\'' &&
        t[a] != '/')
      return 0;
  while (next_word(t, &i, l->end, &a, &b))
    if (roles_of(r, t, a, b) & (NSP_CUE_WEB_AGENCY | NSP_CUE_WEB_CREDIT))
      return 1;
  return 0;
}

/* A line of prose: long, with a sentence end. */
static int prose(const nsp_line *l) { return l->chars >= 100 && l->terminal; }

void nsp_webcopy_kinds(const char *text, const nsp_line *ln, size_t n, const nsp_word_roles *roles,
                       const char **kind) {
  size_t k, prose_end = 0; /* the line after the last prose line; 0: none */
  for (k = n; k-- > 0;)
    if (prose(&ln[k])) {
      prose_end = k + 1;
      break;
    }
  for (k = 0; k < n; k++) {
    const nsp_line *l = &ln[k];
    unsigned char first = l->blank ? 0 : (unsigned char)text[l->start];
    kind[k] = NULL;
    /* text runs on: a line over CAPTION_CHARS, or one that starts in lower
     * case or with a digit, is none of these */
    if (l->blank || !roles || !roles->of || l->chars > CAPTION_CHARS ||
        (first >= 'a' && first <= 'z') || (first >= '0' && first <= '9'))
      continue;
    int label = may_be_labelled(text, l);
    if ((label && labelled(text, l, roles, NSP_CUE_WEB_CREDIT)) ||
        (!l->terminal && slash_credit(text, l, roles))) {
      kind[k] = "credit";
      /* the line right above a credit is its photo's caption */
      if (k > 0 && !ln[k - 1].blank && !kind[k - 1] && ln[k - 1].chars <= CAPTION_CHARS)
        kind[k - 1] = "caption";
    } else if (label && labelled(text, l, roles, NSP_CUE_WEB_CAPTION)) {
      kind[k] = "caption";
    } else {
      kind[k] = button_kind(text, l, roles);
      if (label && !kind[k] && labelled(text, l, roles, NSP_CUE_WEB_TEASER))
        kind[k] = TEASER; /* "Read more: Council delays vote" */
      /* a teaser sits inside the body: after the last prose it may head
       * the related list */
      if (kind[k] == TEASER && k + 1 >= prose_end)
        kind[k] = NULL;
    }
  }
}
