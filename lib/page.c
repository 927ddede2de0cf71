/*
 * page.c - the article inside the text of a whole web page.
 *
 * In: the measured lines of a text (lines.c).  Out: whether the text is a
 * whole page, a "select all, copy" of everything a browser shows, and if
 * so the lines of its article (nsp_page).
 *
 * It decides as jusText and boilerpipe do on HTML, here on text alone and
 * in any language: each line is prose, furniture or undecided by its
 * length, its share of words that do not start with a capital or a digit
 * (prose runs on lower-case words; menus, link lists and headings are
 * Title Case), its final punctuation and list markers.  Undecided lines
 * take the side of their neighbours.  The article is then the run of lines
 * whose prose outweighs the furniture inside it most (each furniture line
 * costs FURNITURE_COST characters of prose: the best-scoring segment,
 * found in one pass).  A text is a page only when menu-like lines stand
 * before that run and around it and the run holds enough prose: an
 * article with a related list, or a results table, is none.
 */
#include "page.h"
#include "utf8.h"
#include "webcopy.h"

#include <string.h>
#ifdef NSP_PAGE_DEBUG
#include <stdio.h>
#endif

enum {
  SHORT_CHARS = 30,      /* shorter: undecided, decided by its neighbours */
  PROSE_CHARS = 100,     /* longer, and mostly lower-case words: prose */
  SENTENCE_CHARS = 70,   /* longer, lower-case words and a sentence end: prose */
  LIST_ITEM_CHARS = 200, /* a list item shorter than this is furniture */
  MENU_CHARS = 40,       /* a menu entry is shorter */
  FURNITURE_COST = 60,   /* a furniture line inside the article, in characters */
  MIN_PROSE = 500,       /* characters of prose an article has at least */
  MIN_PAGE_CHARS = 600,  /* the least a page holds: the prose and ten menu lines */
  MENU_BEFORE = 4,       /* menu lines before the article, at least */
  MENU_AROUND = 10,      /* menu lines before and after it, at least */
  HEADLINE_LOOKBACK = 8  /* non-blank lines before the prose a headline may be */
};

enum { UNDECIDED_SHORT = 3, UNDECIDED_NEAR = 4 };

/* Per cent of a line's words that start with a lower-case or a caseless
 * letter. */
static size_t lower_share(const nsp_line *l) {
  return l->words ? (l->words - l->cap_words) * 100 / l->words : 0;
}

/* A letter or digit on the line: ASCII ones, or a code point outside the
 * blocks of punctuation, symbols, arrows, box drawing and shapes
 * (U+2000-U+2BFF, U+3000-U+303F: rules and bullets of page layout). */
static int has_word_char(const char *t, const nsp_line *l) {
  size_t i = l->start;
  while (i < l->end) {
    unsigned char c = (unsigned char)t[i];
    int32_t cp;
    int len;
    if (c < 0x80) {
      if ((c >= '0' && c <= '9') || ((c | 32) >= 'a' && (c | 32) <= 'z'))
        return 1;
      i++;
      continue;
    }
    len = nsp_utf8_decode((const unsigned char *)t + i, l->end - i, &cp);
    if (len <= 0)
      return 1;
    if (cp >= 0xC0 && !(cp >= 0x2000 && cp <= 0x2BFF) && !(cp >= 0x3000 && cp <= 0x303F))
      return 1;
    i += (size_t)len;
  }
  return 0;
}

/* A line that is nothing but "[...]": an image's alternative text. */
static int bracketed(const char *t, const nsp_line *l) {
  return l->end - l->start >= 2 && t[l->start] == '[' && t[l->end - 1] == ']' &&
         memchr(t + l->start + 1, ']', l->end - l->start - 2) == NULL;
}

static int classify(const char *t, const nsp_line *l) {
  size_t low;
  if (l->blank)
    return NSP_PAGE_BLANK;
  if (!has_word_char(t, l) || bracketed(t, l) || (l->bullet && l->chars < LIST_ITEM_CHARS))
    return NSP_PAGE_FURNITURE;
  if (l->chars < SHORT_CHARS)
    return UNDECIDED_SHORT;
  low = lower_share(l);
  if (low >= 55 && (l->chars > PROSE_CHARS || (l->terminal && l->chars > SENTENCE_CHARS)))
    return NSP_PAGE_PROSE;
  return low >= 50 ? UNDECIDED_NEAR : NSP_PAGE_FURNITURE;
}

/* A menu entry, a section name or a link title: short, no sentence end,
 * few digits (a results line is none), a list marker or Title Case. */
static int menu_like(const char *t, const nsp_line *l) {
  size_t i, digits = 0;
  if (l->blank || l->chars >= MENU_CHARS || l->terminal)
    return 0;
  for (i = l->start; i < l->end; i++)
    digits += t[i] >= '0' && t[i] <= '9';
  if (digits * 10 > l->chars)
    return 0;
  return l->bullet || l->cap_words * 10 >= l->words * 6;
}

/* Undecided lines take their neighbours' side: a long one joins prose
 * next to it, a short one only prose on both sides.  Each pass is two
 * sweeps: backwards, the next decided role is kept in the high bits of
 * each line's byte; forwards, the last decided one is carried: linear. */
static void settle_pass(unsigned char *role, size_t n, int undecided, int need_both) {
  size_t k;
  int next = NSP_PAGE_FURNITURE, prev = NSP_PAGE_FURNITURE;
  for (k = n; k-- > 0;) {
    int r = role[k] & 15;
    role[k] = (unsigned char)(r | next << 4);
    if (r == NSP_PAGE_PROSE || r == NSP_PAGE_FURNITURE)
      next = r;
  }
  for (k = 0; k < n; k++) {
    int r = role[k] & 15, after = role[k] >> 4;
    if (r == undecided) {
      int p = prev == NSP_PAGE_PROSE, a = after == NSP_PAGE_PROSE;
      r = (need_both ? p && a : p || a) ? NSP_PAGE_PROSE : NSP_PAGE_FURNITURE;
    }
    role[k] = (unsigned char)r;
    if (r == NSP_PAGE_PROSE || r == NSP_PAGE_FURNITURE)
      prev = r;
  }
}

static void settle(unsigned char *role, size_t n) {
  settle_pass(role, n, UNDECIDED_NEAR, 0);
  settle_pass(role, n, UNDECIDED_SHORT, 1);
}

/* The run of lines where prose characters minus FURNITURE_COST per
 * furniture line sum highest (Kadane's maximum segment); its prose. */
static size_t best_run(const nsp_line *ln, const unsigned char *role, size_t n, size_t *first,
                       size_t *last) {
  long best = 0, cur = 0;
  size_t k, start = 0, prose = 0;
  *first = 1;
  *last = 0;
  for (k = 0; k < n; k++) {
    if (role[k] == NSP_PAGE_BLANK)
      continue;
    if (cur <= 0) {
      cur = 0;
      start = k;
    }
    cur += role[k] == NSP_PAGE_PROSE ? (long)ln[k].chars : -(long)FURNITURE_COST;
    if (cur > best) {
      best = cur;
      *first = start;
      *last = k;
    }
  }
  for (k = *first; k <= *last && k < n; k++)
    if (role[k] == NSP_PAGE_PROSE)
      prose += ln[k].chars;
  return prose;
}

void nsp_page_find(const char *text, const nsp_line *ln, size_t n, nsp_page *page) {
  size_t k, prose, before = 0, after = 0;
  unsigned char *role = page->role;
  page->is_page = 0;
  for (k = 0; k < n; k++) { /* a cheap first look: menus, and room for an article? */
    before += !ln[k].blank && ln[k].chars < MENU_CHARS && !ln[k].terminal &&
              (ln[k].bullet || ln[k].cap_words * 10 >= ln[k].words * 6);
    after += ln[k].chars;
  }
  if (before < MENU_AROUND || after < MIN_PAGE_CHARS) {
    for (k = 0; k < n; k++)
      role[k] = ln[k].blank ? NSP_PAGE_BLANK : NSP_PAGE_PROSE;
    return;
  }
  before = after = 0;
  for (k = 0; k < n; k++)
    role[k] = (unsigned char)classify(text, &ln[k]);
  settle(role, n);
  prose = best_run(ln, role, n, &page->first, &page->last);
  if (page->first > page->last || prose < MIN_PROSE)
    return;
  for (k = 0; k < n; k++)
    if (k < page->first)
      before += (size_t)menu_like(text, &ln[k]);
    else if (k > page->last)
      after += (size_t)menu_like(text, &ln[k]);
  page->is_page = before >= MENU_BEFORE && before + after >= MENU_AROUND;
#ifdef NSP_PAGE_DEBUG
  for (k = 0; k < n; k++)
    if (!ln[k].blank)
      fprintf(stderr, "%zu %d c=%zu w=%zu cap=%zu t=%d b=%zu %.60s\n", k, role[k], ln[k].chars,
              ln[k].words, ln[k].cap_words, ln[k].terminal, ln[k].bullet, text + ln[k].start);
  fprintf(stderr, "first %zu last %zu prose %zu before %zu after %zu\n", page->first, page->last,
          prose, before, after);
#endif
}

/* A headline candidate: one line of words, not a list item, no sentence
 * end, at least a few words' length. */
static int headline_like(const nsp_line *l) {
  return !l->blank && !l->bullet && !l->terminal && l->chars >= 20 && l->chars <= 200 &&
         l->words >= 3;
}

size_t nsp_page_headline(const char *text, const nsp_line *ln, const nsp_page *page) {
  size_t k = page->first, seen = 0, best = page->first, best_chars = 0;
  (void)text;
  while (k-- > 0 && seen < HEADLINE_LOOKBACK) {
    if (ln[k].blank)
      continue;
    seen++;
    if (headline_like(&ln[k]) && ln[k].chars > best_chars) {
      best = k;
      best_chars = ln[k].chars;
    }
  }
  return best;
}

/* Is byte offset a inside the headline, byline, dateline or published
 * line? */
static int in_part(const nsp_structure *st, size_t a) {
  return (st->has_headline && a >= st->headline.start && a < st->headline.end) ||
         (st->has_byline && a >= st->byline.start && a < st->byline.end) ||
         (st->has_dateline && a >= st->dateline.start && a < st->dateline.end) ||
         (st->has_published && a >= st->published.start && a < st->published.end);
}

int nsp_page_boilerplate(const char *text, const nsp_line *ln, size_t n, const nsp_page *page,
                         const char *const *kinds, size_t article_start, nsp_structure *st) {
  size_t k, para = 0, np = NSP_VEC_LEN(&st->paragraphs, nsp_para);
  for (k = 0; k < n; k++) {
    nsp_boilerplate b;
    if (ln[k].blank)
      continue;
    /* paragraphs in order: step past those that end before this line */
    while (para < np && NSP_VEC_AT(&st->paragraphs, nsp_para, para).span.end <= ln[k].start)
      para++;
    if (para < np && NSP_VEC_AT(&st->paragraphs, nsp_para, para).span.start <= ln[k].start)
      continue;
    if (in_part(st, ln[k].start) || (!page->is_page && !kinds[k]))
      continue;
    b.span.start = ln[k].start;
    b.span.end = ln[k].end;
    if (kinds[k])
      b.kind = kinds[k];
    else
      b.kind = k < article_start || (k > page->last && menu_like(text, &ln[k])) ? "nav" : "other";
    if (NSP_VEC_PUSH(&st->boilerplate, nsp_boilerplate, b))
      return NEWSPARSE_ERR_NOMEM;
  }
  return NEWSPARSE_OK;
}

int nsp_page_furniture(const char *text, const nsp_line *ln, size_t n, const nsp_word_roles *roles,
                       nsp_buf *scratch, nsp_page *page, const char ***kinds) {
  size_t k;
  int any = 0;
  if (nsp_buf_reserve(scratch, n * (sizeof(char *) + 1)))
    return -1;
  *kinds = (const char **)(void *)scratch->data; /* n pointers, then n role bytes */
  page->role = (unsigned char *)scratch->data + n * sizeof(char *);
  nsp_page_find(text, ln, n, page);
  nsp_webcopy_kinds(text, ln, n, roles, *kinds);
  for (k = 0; k < n; k++)
    if ((*kinds)[k]) {
      page->role[k] = NSP_PAGE_WEB;
      any = 1;
    }
  return any || page->is_page;
}
