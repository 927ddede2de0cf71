/*
 * structure.c - the structure stage: headline, byline, dateline,
 * paragraphs and the trailing related list.
 *
 * In: the normalised text (LF line ends).  Out: nsp_structure with spans in
 * normalised offsets.  Decisions use the evidence a reader would: position,
 * blank lines, line length, final punctuation, capitalisation, list markers
 * and URLs.  Time is linear in the number of lines.
 *
 * Order of work: measure lines (lines.c); mark a copied web page's own
 * lines and, in a whole page's text, find the article (page.c, webcopy.c);
 * take the related list from the end; take headline, byline and dateline
 * from the top; split what is left into paragraphs (blank lines, first-line indents, or line breaks
 * after a sentence end that is short of the wrap width); split paragraphs into sentences
 * (sentences.c).
 */
#include "structure.h"
#include "calendar.h"
#include "lines.h"
#include "page.h"
#include "utf8.h"

#include <string.h>

typedef struct ctx {
  const char *t;
  size_t len;
  nsp_line *ln;
  size_t n;
  nsp_structure *st;
  const unsigned char *role;   /* a whole page's line roles (page.c), or NULL */
  const nsp_word_roles *roles; /* lexicon roles of words (abbreviations), or NULL */
} ctx;

static int is_digit(int c) { return c >= '0' && c <= '9'; }
static int atoi_n(const char *s, size_t n) {
  int v = 0;
  while (n--)
    v = v * 10 + (*s++ - '0');
  return v;
}
static int ci_eq(const char *a, const char *b, size_t n) {
  size_t i;
  for (i = 0; i < n; i++) {
    int x = (unsigned char)a[i], y = (unsigned char)b[i];
    if (x >= 'A' && x <= 'Z')
      x += 32;
    if (y >= 'A' && y <= 'Z')
      y += 32;
    if (x != y)
      return 0;
  }
  return 1;
}

static size_t skip_space(const char *t, size_t i, size_t e) {
  size_t w;
  while (i < e && (w = nsp_space_len(t + i, e - i)) != 0)
    i += w;
  return i;
}

/* A word [i, j) of letters, dots, apostrophes and hyphens. */
static size_t word_end(const char *t, size_t i, size_t e) {
  while (i < e) {
    unsigned c = (unsigned char)t[i];
    if (c == ' ' || c == ',' || c == '(' || c == ')' || c == '\t' || nsp_space_len(t + i, e - i) ||
        c == ':' || c == ';')
      break;
    i++;
  }
  return i;
}

static int all_caps_word(const char *t, size_t i, size_t j) {
  int letters = 0;
  for (; i < j; i++) {
    int lc = nsp_letter_case(t + i, j - i);
    if (lc < 0)
      return 0;
    if (lc > 0)
      letters++;
  }
  return letters > 0;
}

static int is_dash_at(const char *t, size_t i, size_t e, size_t *len) {
  if (i + 1 < e && t[i] == '-' && t[i + 1] == '-') {
    *len = 2;
    return 1;
  }
  if (i < e && t[i] == '-') {
    *len = 1;
    return 1;
  }
  if (i + 2 < e && (unsigned char)t[i] == 0xE2 && (unsigned char)t[i + 1] == 0x80 &&
      ((unsigned char)t[i + 2] == 0x93 || (unsigned char)t[i + 2] == 0x94)) {
    *len = 3;
    return 1;
  }
  return 0;
}

/* Date after a dateline place: "March 3", "Feb. 26, 1987", "1996-08-30",
 * "3 March 2025".  Returns the end offset or 0. */
static size_t dateline_date(const char *t, size_t i, size_t e, nsp_date *d) {
  size_t j = word_end(t, i, e), k;
  int m = nsp_month_from_name(t + i, j - i), day = 0, year = 0;
  if (m) {
    k = skip_space(t, j, e);
    if (k == j || k >= e || !is_digit((unsigned char)t[k]))
      return 0;
    while (k < e && is_digit((unsigned char)t[k]) && day < 100)
      day = day * 10 + (t[k++] - '0');
    if (k < e &&
        !(t[k] == ',' || t[k] == ' ' || t[k] == '(' || nsp_space_len(t + k, e - k) || t[k] == '-'))
      return 0;
    j = k;
    if (k + 1 < e && t[k] == ',') {
      size_t y0 = skip_space(t, k + 1, e), y = y0;
      while (y < e && is_digit((unsigned char)t[y]))
        y++;
      if (y - y0 == 4 && (y == e || !is_digit((unsigned char)t[y]))) {
        year = (t[y0] - '0') * 1000 + (t[y0 + 1] - '0') * 100 + (t[y0 + 2] - '0') * 10 +
               (t[y0 + 3] - '0');
        j = y;
      }
    }
  } else if (j - i == 10 && is_digit((unsigned char)t[i]) && t[i + 4] == '-' && t[i + 7] == '-') {
    year = (t[i] - '0') * 1000 + (t[i + 1] - '0') * 100 + (t[i + 2] - '0') * 10 + (t[i + 3] - '0');
    m = (t[i + 5] - '0') * 10 + (t[i + 6] - '0');
    day = (t[i + 8] - '0') * 10 + (t[i + 9] - '0');
  } else if (j > i && j - i <= 2 && is_digit((unsigned char)t[i])) {
    k = skip_space(t, j, e);
    day = atoi_n(t + i, j - i);
    j = word_end(t, k, e);
    m = nsp_month_from_name(t + k, j - k);
    if (!m)
      return 0;
  } else {
    return 0;
  }
  if (!nsp_date_valid(year, m, day))
    return 0;
  d->year = year;
  d->month = m;
  d->day = day;
  return j;
}

/*
 * A dateline at the start of [s, e): PLACE[, REGION][,] [DATE] [(AGENCY)]
 * followed by a dash separator or the end of the line.  PLACE is in
 * capitals ("NEW YORK", "ST. LOUIS"); a Title Case place needs a date.
 * Sets *dl_end (end of the dateline span) and *body (where text resumes,
 * e at the end of line).  Returns 1 on a match.
 */
/* The place of a dateline from s: up to five words in capitals (lower-case
 * connectors allowed: "RIO de JANEIRO") or Title Case; its end, 0 when
 * there is none; *caps 0 when some word is Title Case. */
static size_t dateline_place(const char *t, size_t s, size_t e, int *words, int *caps) {
  size_t i = s, j, place_end = s;
  *words = 0;
  *caps = 1;
  while (i < e && *words < 5) {
    j = word_end(t, i, e);
    if (j == i)
      break;
    if (nsp_month_from_name(t + i, j - i) && *words > 0)
      break;
    if (all_caps_word(t, i, j)) {
      /* ok */
    } else if (nsp_letter_case(t + i, j - i) > 0) {
      *caps = 0;
    } else if (*words > 0 && j - i <= 3 && nsp_letter_case(t + i, j - i) < 0) {
      /* "RIO de JANEIRO" style connectors are allowed in lower case */
    } else {
      break;
    }
    ++*words;
    place_end = j;
    i = j;
    if (i < e && t[i] == ' ')
      i++;
    else
      break;
  }
  return *words && place_end - s >= 2 ? place_end : 0;
}

/* After the place at i: ", Calif.", ", March 3", ", Calif., March 3" or
 * " March 3".  Returns where the dateline ends; *have_date, *d. */
static size_t dateline_tail(const char *t, size_t i, size_t e, int *have_date, nsp_date *d) {
  size_t k, k2;
  if (i < e && t[i] == ',') {
    k = skip_space(t, i + 1, e);
    if ((k2 = dateline_date(t, k, e, d)) != 0) {
      *have_date = 1;
      return k2;
    }
    k2 = word_end(t, k, e);
    if (k2 > k && nsp_letter_case(t + k, k2 - k) > 0 && k2 - k <= 12) {
      i = k2;
      if (i < e && t[i] == ',') {
        k = skip_space(t, i + 1, e);
        if ((k2 = dateline_date(t, k, e, d)) != 0) {
          *have_date = 1;
          return k2;
        }
      }
    }
    return i;
  }
  k = skip_space(t, i, e);
  if (k > i && (k2 = dateline_date(t, k, e, d)) != 0) {
    *have_date = 1;
    return k2;
  }
  return i;
}

/* Prose after "PLACE - " with neither a date nor an agency: "WASHINGTON -
 * The Senate voted".  A line in capitals on both sides of the dash is a
 * headline: "U.S. MARKETS - STOCKS FALL". */
static int prose_follows(const char *t, size_t j, size_t e, int words) {
  size_t k, upper = 0, lower = 0;
  for (k = j; k < e; k++) {
    int lc = nsp_letter_case(t + k, e - k);
    upper += lc > 0;
    lower += lc < 0;
  }
  return !(lower <= upper || words > 3);
}

static int match_dateline(const char *t, size_t s, size_t e, size_t *dl_end, size_t *body,
                          nsp_date *date) {
  size_t i, j, end, dash;
  int words, caps, have_date = 0, have_agency = 0;
  nsp_date d = {0, 0, 0, 0};
  if (!(i = dateline_place(t, s, e, &words, &caps)))
    return 0;
  end = i = dateline_tail(t, i, e, &have_date, &d);
  j = skip_space(t, i, e);
  if (j < e && t[j] == '(') { /* (Reuters) */
    size_t k = j + 1;
    while (k < e && t[k] != ')' && k - j < 40)
      k++;
    if (k < e && t[k] == ')' && k > j + 1 && nsp_letter_case(t + j + 1, e - j - 1) > 0) {
      have_agency = 1;
      i = k + 1;
      j = skip_space(t, i, e);
    }
  }
  if (!caps && !have_date && !have_agency)
    return 0;   /* a Title Case place needs a date or an agency: "Washington (CNN) --" */
  if (j >= e) { /* the dateline is the whole line */
    if (!have_date)
      return 0;
    *dl_end = end;
    *body = e;
    *date = d;
    return 1;
  }
  if (!is_dash_at(t, j, e, &dash) || (j == i && !have_agency))
    return 0;
  j += dash;
  if (j < e && !nsp_space_len(t + j, e - j))
    return 0;
  if (!have_date && !have_agency && !prose_follows(t, j, e, words))
    return 0;
  *dl_end = end;
  *body = skip_space(t, j, e);
  *date = d;
  return 1;
}

static int line_all_caps(const nsp_line *l) {
  return l->upper_letters >= 2 && l->lower_letters == 0;
}

static int first_is_lower(ctx *c, const nsp_line *l) {
  size_t i = l->start + l->bullet;
  while (i < l->end && !nsp_letter_case(c->t + i, l->end - i) &&
         !is_digit((unsigned char)c->t[i]) && (unsigned char)c->t[i] < 0x80 && c->t[i] != ' ')
    i++; /* skip opening quotes and brackets */
  return i < l->end && nsp_letter_case(c->t + i, l->end - i) < 0;
}

static char last_char(ctx *c, const nsp_line *l) { return c->t[l->end - 1]; }

static int is_byline(ctx *c, const nsp_line *l) {
  const char *t = c->t + l->start;
  size_t n = l->end - l->start, k;
  if (l->blank || n < 5 || n > 120 || l->words > 16 || !ci_eq(t, "by", 2))
    return 0;
  k = skip_space(t, 2, n);
  if (k == 2 || k >= n || nsp_letter_case(t + k, n - k) <= 0)
    return 0;
  return !l->terminal || l->words <= 8;
}

/* A short line naming an agency or a role under a byline: "Associated
 * Press", "Reuters", "Staff Writer". */
static int is_affiliation(ctx *c, const nsp_line *l) {
  if (l->blank || l->words > 4 || l->chars > 40 || l->terminal || l->bullet || l->url_end ||
      l->cap_words < l->words)
    return 0;
  return !is_byline(c, l);
}

static int dateline_at(ctx *c, const nsp_line *l, size_t *dl_end, size_t *body, nsp_date *d) {
  if (l->blank)
    return 0;
  return match_dateline(c->t, l->start, l->end, dl_end, body, d);
}

/* A separator line: "* * *", "___", "-----", "# # #", "•", a rule of
 * box-drawing characters; punctuation and symbols only, no letter or
 * digit.  It parts paragraphs as a blank line does and is none itself, nor
 * a related item. */
static int is_separator(ctx *c, const nsp_line *l) {
  const unsigned char *t = (const unsigned char *)c->t;
  size_t i = l->start, marks = 0;
  while (i < l->end) {
    int32_t cp = t[i];
    int n = t[i] < 0x80 ? 1 : nsp_utf8_decode(t + i, l->end - i, &cp);
    if (n < 0)
      return 0;
    if (cp != ' ' && cp != '\t') {
      int ascii_mark = cp > ' ' && cp < 0x7f && !(cp >= '0' && cp <= '9') &&
                       !((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z');
      /* the middle dot, dashes and bullets, box drawing and shapes */
      if (!ascii_mark && cp != 0xb7 && !(cp >= 0x2010 && cp <= 0x2027) &&
          !(cp >= 0x2500 && cp <= 0x26ff))
        return 0;
      marks++;
    }
    i += (size_t)n;
  }
  return marks > 0;
}

/* Letters in a line: counted ones, or bytes of other scripts (CJK has no
 * case).  "-- 30 --" and "1-0" have none. */
static int has_letters(ctx *c, const nsp_line *l) {
  size_t i;
  if (l->upper_letters + l->lower_letters)
    return 1;
  for (i = l->start; i < l->end; i++)
    if ((unsigned char)c->t[i] >= 0x80)
      return 1;
  return 0;
}

/* A line that could be a title: short, with letters, no final full stop
 * unless in capitals, no trailing comma, not starting in lower case. */
static int title_like(ctx *c, const nsp_line *l) {
  char z;
  if (l->blank || l->chars > 200 || l->words > 30 || l->words == 0 || !has_letters(c, l) ||
      is_separator(c, l))
    return 0;
  z = last_char(c, l);
  if (z == ',' || z == ';')
    return 0;
  if (l->terminal && !line_all_caps(l)) {
    if (nsp_ends_sentence(c->t, l->start, l->end) && z == '.')
      return 0;
    if (l->words > 16)
      return 0;
  }
  return !first_is_lower(c, l);
}

/* The next line with text, passing over a web copy's buttons and credits. */
static size_t next_nonblank(ctx *c, size_t i) {
  while (i < c->n && (c->ln[i].blank || (c->role && c->role[i] == NSP_PAGE_WEB)))
    i++;
  return i;
}

static int headline_evidence(ctx *c, size_t i, size_t j) {
  const nsp_line *L = &c->ln[i], *N = &c->ln[j];
  size_t a, b;
  nsp_date d;
  if (!title_like(c, L) || L->bullet)
    return 0;
  if (L->terminal && last_char(c, L) != '.' && j == i + 1)
    return 0; /* "Why now?" straight into text: more likely prose */
  if (is_byline(c, N) || dateline_at(c, N, &a, &b, &d))
    return 1;
  if (j > i + 1)
    return 1; /* a title line set apart by blank lines */
  if (first_is_lower(c, N))
    return 0;
  if (line_all_caps(L) && !line_all_caps(N))
    return 1;
  if (L->words >= 2 && L->cap_words * 10 >= L->words * 7 && N->cap_words * 10 < N->words * 7)
    return 1;
  return L->chars * 10 < N->chars * 6;
}

/* ---- related list ------------------------------------------------------- */

static int is_related_header(ctx *c, const nsp_line *l) {
  static const char *const cues[] = {
      "related",         "read more",      "see also",    "more from", "more on",
      "more stories",    "also in",        "top stories", "latest",    "recommended",
      "further reading", "you may also",   "most read",   "more news", "other stories",
      "read next",       "what to read",   "more in",     "trending",  "popular",
      "in other news",   "more headlines", "also read",   "more:"};
  const char *t = c->t + l->start;
  size_t n = l->end - l->start, k;
  if (l->blank || l->bullet || l->chars > 40 || l->words > 6 || l->url_end)
    return 0;
  for (k = 0; k < sizeof cues / sizeof cues[0]; k++) {
    size_t m = strlen(cues[k]);
    if (n >= m && ci_eq(t, cues[k], m) && (n == m || !nsp_letter_case(t + m, n - m)))
      return 1;
  }
  /* another "Xxx:" header must name what it lists: "Latest headlines:" */
  if (t[n - 1] == ':' && l->words <= 4) {
    static const char *const nouns[] = {"stories", "story",    "news",     "headlines",
                                        "links",   "articles", "coverage", "reading",
                                        "reports", "videos",   "features", "more"};
    size_t i = 0;
    while (i < n) {
      size_t j = i;
      while (j < n && t[j] != ' ' && t[j] != ':')
        j++;
      for (k = 0; k < sizeof nouns / sizeof nouns[0]; k++)
        if (j - i == strlen(nouns[k]) && ci_eq(t + i, nouns[k], j - i))
          return 1;
      i = j + 1;
    }
  }
  return 0;
}

static int is_url_line(const nsp_line *l) {
  return !l->blank && l->url_end && l->url_start == l->start + l->bullet && l->words == 1;
}

/* The title and URL of a related-list line. */
static void item_spans(ctx *c, const nsp_line *l, nsp_span *title, nsp_span *url) {
  const char *t = c->t;
  size_t s = l->start + l->bullet, e = l->end;
  url->start = url->end = 0;
  if (t[s] == '[') {
    size_t k = s + 1;
    while (k + 1 < e && !(t[k] == ']' && t[k + 1] == '('))
      k++;
    if (k + 1 < e && t[e - 1] == ')') {
      title->start = s + 1;
      title->end = k;
      url->start = k + 2;
      url->end = e - 1;
      return;
    }
  }
  if (l->url_end && l->url_start > s) {
    size_t te = l->url_start, ue = l->url_end;
    url->start = l->url_start;
    if (t[te - 1] == '(' || t[te - 1] == '<') {
      te--;
      if (ue > url->start && (t[ue - 1] == ')' || t[ue - 1] == '>'))
        ue--;
    }
    url->end = ue;
    for (;;) { /* drop separators between title and URL */
      size_t back = 1, dl;
      while (te > s && nsp_space_len(t + te - 1, 1))
        te--;
      while (back < 3 && te - back > s && ((unsigned char)t[te - back] & 0xC0) == 0x80)
        back++;
      if (te > s &&
          (t[te - 1] == '|' || t[te - 1] == ':' || t[te - 1] == '-' || t[te - 1] == '>')) {
        te--;
        continue;
      }
      if (te >= s + 3 && is_dash_at(t, te - 3, te, &dl) && dl == 3) {
        te -= 3;
        continue;
      }
      break;
    }
    te = nsp_trim_end(t, s, te);
    title->start = s;
    title->end = te;
    return;
  }
  title->start = s;
  title->end = e;
}

/* Find the related list at the end of lines [from, to]; returns the first
 * line of the list (its header, if any) or c->n when there is none. */
static size_t find_related(ctx *c, size_t from, size_t to) {
  size_t k = to + 1, first_item = c->n, items = 0, marked = 0, header = c->n;
  size_t pending_url = c->n, i;
  if (to < from || to >= c->n)
    return c->n;
  while (k > from) {
    const nsp_line *l = &c->ln[k - 1];
    k--;
    if (l->blank || is_separator(c, l))
      continue;
    if (is_url_line(l)) {
      if (pending_url != c->n)
        break; /* two URLs in a row: not a list of titles */
      pending_url = k;
      continue;
    }
    if (is_related_header(c, l)) {
      header = k;
      break;
    }
    if (!title_like(c, l) && !(l->url_end && l->url_start > l->start + l->bullet))
      break;
    if (l->url_end || l->bullet || pending_url != c->n)
      marked++;
    pending_url = c->n;
    first_item = k;
    items++;
  }
  if (items == 0)
    return c->n;
  if (header == c->n) {
    /* no header: a bare list needs two items, and the text before it must
     * end like prose, so that a run of short closing lines is not taken */
    size_t before;
    if (items < 2)
      return c->n;
    before = first_item;
    while (before > from && (c->ln[before - 1].blank || is_separator(c, &c->ln[before - 1])))
      before--;
    if (before == from)
      return c->n; /* nothing but titles: no body to follow */
    if (marked < items && !c->ln[before - 1].terminal && !line_all_caps(&c->ln[before - 1]))
      return c->n;
    if (marked == 0 && items < 3 && before == first_item)
      return c->n;
  }
  for (i = first_item; i <= to; i++) {
    const nsp_line *l = &c->ln[i];
    nsp_related r;
    size_t u;
    if (l->blank || is_url_line(l) || is_separator(c, l))
      continue;
    item_spans(c, l, &r.span, &r.url);
    u = i + 1; /* a URL on the line under the title */
    if (r.url.end == 0 && u <= to && is_url_line(&c->ln[u])) {
      r.url.start = c->ln[u].url_start;
      r.url.end = c->ln[u].url_end;
    }
    if (r.span.end > r.span.start && NSP_VEC_PUSH(&c->st->related, nsp_related, r))
      return (size_t)-1;
  }
  return header != c->n ? header : first_item;
}

/* ---- paragraphs ---------------------------------------------------------- */

static int add_para(ctx *c, size_t s, size_t e) {
  nsp_para p;
  if (e <= s)
    return NEWSPARSE_OK;
  p.span.start = s;
  p.span.end = e;
  p.first_sentence = p.n_sentences = 0;
  return NSP_VEC_PUSH(&c->st->paragraphs, nsp_para, p);
}

/* Is the body hard-wrapped?  Yes when line breaks inside blocks mostly
 * fall mid-sentence.  *width receives the wrap width. */
static int body_wrapped(ctx *c, size_t a, size_t b, size_t *width) {
  size_t k, cont = 0, pairs = 0, w = 0;
  for (k = a; k + 1 < b; k++) {
    if (c->ln[k].blank || c->ln[k + 1].blank)
      continue;
    pairs++;
    /* a wrapped line runs close to the wrap width: short lines without
     * final punctuation are titles or list items, not wrapping */
    if (!c->ln[k].terminal && c->ln[k].chars >= 40) {
      cont++;
      if (c->ln[k].chars > w)
        w = c->ln[k].chars;
    }
  }
  *width = w;
  return cont >= 2 && cont * 10 >= pairs * 4 && w <= 160;
}

static int split_paragraphs(ctx *c, size_t a, size_t b, size_t first_start) {
  size_t width = 0, k, min_indent = (size_t)-1, pstart = (size_t)-1;
  int wrapped = body_wrapped(c, a, b, &width), rc;
  for (k = a; k < b; k++) {
    const nsp_line *l = &c->ln[k];
    if (!l->blank && l->indent < min_indent)
      min_indent = l->indent;
  }
  for (k = a; k < b; k++) {
    const nsp_line *l = &c->ln[k];
    size_t s = (k == a && first_start) ? first_start : l->start;
    if (l->blank || is_separator(c, l) ||
        (c->role && (c->role[k] == NSP_PAGE_FURNITURE || c->role[k] == NSP_PAGE_WEB))) {
      if (pstart != (size_t)-1 && (rc = add_para(c, pstart, c->ln[k - 1].end)) != 0)
        return rc;
      pstart = (size_t)-1;
      continue;
    }
    if (pstart == (size_t)-1) {
      pstart = s;
      continue;
    }
    {
      const nsp_line *p = &c->ln[k - 1];
      int brk;
      if (first_is_lower(c, l) && !p->terminal)
        brk = 0;
      else if (!wrapped)
        brk = 1;
      else if (l->indent > min_indent && l->indent > p->indent)
        brk = 1;
      else
        brk = p->terminal && p->chars * 100 < width * 85;
      if (brk) {
        if ((rc = add_para(c, pstart, p->end)) != 0)
          return rc;
        pstart = l->start;
      }
    }
  }
  if (pstart != (size_t)-1 && b > a)
    return add_para(c, pstart, c->ln[b - 1].end);
  return NEWSPARSE_OK;
}

static void set_span(nsp_span *s, size_t a, size_t b) {
  s->start = a;
  s->end = b;
}

/* The headline from line i, with a second title line right under it (a
 * "deck") when a blank line, a byline or a dateline follows that; returns
 * the line after it (i when there is none). */
static size_t find_headline(ctx *c, size_t i) {
  size_t j, dl_end, body, k2, end;
  nsp_date d;
  nsp_published pub;
  if (is_byline(c, &c->ln[i]) || dateline_at(c, &c->ln[i], &dl_end, &body, &d) ||
      nsp_published_line(c->t, c->ln[i].start, c->ln[i].end, &pub))
    return i;
  j = next_nonblank(c, i + 1);
  if (j >= c->n || !headline_evidence(c, i, j))
    return i;
  end = c->ln[i].end;
  if (j == i + 1 && title_like(c, &c->ln[j]) && !c->ln[j].bullet && !is_byline(c, &c->ln[j]) &&
      !dateline_at(c, &c->ln[j], &dl_end, &body, &d) && (k2 = next_nonblank(c, j + 1)) < c->n &&
      (k2 > j + 1 || is_byline(c, &c->ln[k2]) || dateline_at(c, &c->ln[k2], &dl_end, &body, &d))) {
    end = c->ln[j].end;
    j = k2;
  }
  c->st->has_headline = 1;
  set_span(&c->st->headline, c->ln[i].start, end);
  return j;
}

/* A byline, a dateline and a published line, in any order, from line
 * *at; *body_start is where the body starts inside the dateline's line,
 * when it does. */
static void find_byline_dateline(ctx *c, size_t *at, size_t *body_start) {
  nsp_structure *st = c->st;
  size_t i = *at, k, dl_end, body;
  nsp_date d;
  for (k = 0; k < 3 && i < c->n; k++) {
    if (!st->has_published &&
        nsp_published_line(c->t, c->ln[i].start, c->ln[i].end, &st->published_at)) {
      st->has_published = 1;
      set_span(&st->published, c->ln[i].start, c->ln[i].end);
      i = next_nonblank(c, i + 1);
      continue;
    }
    if (!st->has_byline && is_byline(c, &c->ln[i])) {
      size_t start = c->ln[i].start, end = c->ln[i].end;
      /* an affiliation line under the byline belongs to it: "Associated Press" */
      if (i + 1 < c->n && is_affiliation(c, &c->ln[i + 1]) && next_nonblank(c, i + 2) < c->n) {
        i++;
        end = c->ln[i].end;
      }
      st->has_byline = 1;
      set_span(&st->byline, start, end);
      i = next_nonblank(c, i + 1);
    } else if (!st->has_dateline && dateline_at(c, &c->ln[i], &dl_end, &body, &d)) {
      st->has_dateline = 1;
      set_span(&st->dateline, c->ln[i].start, dl_end);
      st->dateline_date = d;
      if (body < c->ln[i].end) {
        *body_start = body;
        break;
      }
      i = next_nonblank(c, i + 1);
    } else {
      break;
    }
  }
  *at = i;
}

/* Headline, byline, dateline, related list and paragraphs of the lines
 * from i to last. */
static int find_parts(ctx *c, size_t i, size_t last, int detect_related) {
  size_t body_start = 0, rel, j;
  int rc = NEWSPARSE_OK;
  /* top: headline, byline, dateline; a standfirst may stand between the
   * headline and the byline: it is the first paragraph */
  i = find_headline(c, i);
  find_byline_dateline(c, &i, &body_start);
  if (!c->st->has_byline && !body_start && i <= last && c->ln[i].chars <= 250 &&
      (j = next_nonblank(c, i + 1)) <= last && j > i + 1 && is_byline(c, &c->ln[j])) {
    if ((rc = split_paragraphs(c, i, i + 1, 0)) != 0)
      return rc;
    c->st->has_byline = 1;
    set_span(&c->st->byline, c->ln[j].start, c->ln[j].end);
    i = next_nonblank(c, j + 1);
  }
  /* bottom: the related list */
  rel = c->n;
  if (detect_related && i <= last && (rel = find_related(c, i, last)) == (size_t)-1)
    return NEWSPARSE_ERR_NOMEM;
  return i < rel && i <= last ? split_paragraphs(c, i, rel > last + 1 ? last + 1 : rel, body_start)
                              : rc;
}

int nsp_structure_find(const char *text, size_t len, unsigned what, const nsp_word_roles *roles,
                       nsp_structure *st) {
  nsp_buf lines, scratch;
  nsp_page page;
  const char **kinds = NULL;
  ctx c;
  size_t i, last;
  int rc = NEWSPARSE_OK;
  nsp_buf_init(&lines, st->paragraphs.alc);
  nsp_buf_init(&scratch, st->paragraphs.alc);
  if (nsp_lines_split(text, len, &lines)) {
    nsp_buf_free(&lines);
    return NEWSPARSE_ERR_NOMEM;
  }
  c.t = text;
  c.len = len;
  c.ln = (nsp_line *)(void *)lines.data;
  c.n = NSP_VEC_LEN(&lines, nsp_line);
  c.st = st;
  c.role = NULL;
  c.roles = roles;
  page.is_page = 0;
  if ((what & NSP_FIND_BOILERPLATE) && c.n) {
    int any = nsp_page_furniture(text, c.ln, c.n, roles, &scratch, &page, &kinds);
    if (any < 0)
      rc = NEWSPARSE_ERR_NOMEM;
    else if (any)
      c.role = page.role;
  }
  i = next_nonblank(&c, 0);
  if (!rc && i < c.n) {
    last = c.n - 1;
    while (c.ln[last].blank)
      last--;
    if (page.is_page) { /* a whole page: its article only */
      i = nsp_page_headline(text, c.ln, &page);
      last = page.last;
    }
    rc = find_parts(&c, i, last, (what & NSP_FIND_RELATED) && !page.is_page);
    if (!rc && c.role)
      rc = nsp_page_boilerplate(text, c.ln, c.n, &page, kinds, i, st);
    if (!rc)
      rc = nsp_sentences_of_paragraphs(text, roles, st);
  }
  nsp_buf_free(&scratch);
  nsp_buf_free(&lines);
  return rc;
}

void nsp_structure_free(nsp_structure *st) {
  nsp_buf_free(&st->boilerplate);
  nsp_buf_free(&st->paragraphs);
  nsp_buf_free(&st->sentences);
  nsp_buf_free(&st->related);
}
