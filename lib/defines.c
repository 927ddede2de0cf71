/*
 * defines.c - the `define`s of a rule text.
 *
 * In: `define NAME BODY` lines, `define NAME from ID` lines (ID a
 * gazetteer above them in the same text, whose phrase lines the parser
 * hands over), and the patterns that use %NAME%.  Out: the patterns with
 * every %NAME% replaced by its body.  A define built from a gazetteer
 * keeps one list of words in one place: the holidays of
 * lib/rules/19-holidays.rules are entities by themselves and, through
 * `define HOLIDAY from date.holiday`, the heads of "last Christmas" and
 * "the day after Thanksgiving".
 */
#include "defines.h"

#include <stdlib.h>
#include <string.h>

typedef struct define_block {
  const char *id;
  size_t start, end;
} define_block;

typedef struct phrase {
  const char *s;
  size_t n;
} phrase;

void nsp_defines_init(nsp_defines *d, const newsparse_allocator *a) {
  nsp_buf_init(&d->pairs, a);
  nsp_buf_init(&d->blocks, a);
  nsp_buf_init(&d->expanded, a);
}

void nsp_defines_free(nsp_defines *d) {
  nsp_buf_free(&d->pairs);
  nsp_buf_free(&d->blocks);
  nsp_buf_free(&d->expanded);
}

int nsp_define_name(const char *s, size_t n) {
  size_t k;
  for (k = 0; k < n; k++)
    if (!((s[k] >= 'A' && s[k] <= 'Z') || (s[k] >= '0' && s[k] <= '9') || s[k] == '_'))
      return 0;
  return n > 0;
}

int nsp_defines_add(nsp_defines *d, const char *name, size_t name_len, const char *body,
                    size_t body_len) {
  if (nsp_buf_put(&d->pairs, name, name_len) || nsp_buf_putc(&d->pairs, '\0') ||
      nsp_buf_put(&d->pairs, body, body_len) || nsp_buf_putc(&d->pairs, '\0'))
    return NEWSPARSE_ERR_NOMEM;
  return NEWSPARSE_OK;
}

int nsp_defines_block(nsp_defines *d, const char *id, size_t start, size_t end) {
  define_block b;
  b.id = id;
  b.start = start;
  b.end = end;
  return NSP_VEC_PUSH(&d->blocks, define_block, b);
}

static int blank(char c) { return c == ' ' || c == '\t' || c == '\r'; }

/* The phrases of one line ("A | B => VALUE"), appended to *out. */
static int line_phrases(const char *t, size_t a, size_t e, nsp_buf *out) {
  size_t k;
  while (a < e && blank(t[a]))
    a++;
  if (a == e || t[a] == '#')
    return NEWSPARSE_OK;
  a += t[a] == '\\'; /* "\end": the word */
  for (k = a; k + 1 < e; k++)
    if (t[k] == '=' && t[k + 1] == '>')
      e = k;
  while (a < e) {
    size_t bar = a, s, z;
    phrase p;
    while (bar < e && t[bar] != '|')
      bar++;
    for (s = a; s < bar && blank(t[s]); s++)
      ;
    for (z = bar; z > s && blank(t[z - 1]); z--)
      ;
    p.s = t + s;
    p.n = z - s;
    if (p.n && NSP_VEC_PUSH(out, phrase, p))
      return NEWSPARSE_ERR_NOMEM;
    a = bar + 1;
  }
  return NEWSPARSE_OK;
}

static int longer_first(const void *x, const void *y) {
  const phrase *a = x, *b = y;
  size_t n = a->n < b->n ? a->n : b->n;
  int c = memcmp(a->s, b->s, n);
  if (a->n != b->n)
    return a->n > b->n ? -1 : 1;
  return c;
}

/* One phrase as a pattern: metacharacters escaped, white space any, an
 * apostrophe either form. */
static int put_phrase(nsp_buf *b, const phrase *p) {
  size_t i;
  int rc = 0;
  for (i = 0; i < p->n && !rc; i++) {
    unsigned char c = (unsigned char)p->s[i];
    if (c == ' ' || c == '\t')
      rc = nsp_buf_puts(b, "\\s");
    else if (c == '\'')
      rc = nsp_buf_puts(b, "['\\x{2019}]");
    else if (c == 0xE2 && i + 2 < p->n && (unsigned char)p->s[i + 1] == 0x80 &&
             (unsigned char)p->s[i + 2] == 0x99) {
      rc = nsp_buf_puts(b, "['\\x{2019}]");
      i += 2;
    } else if (strchr("\\^$.|?*+()[]{}/", (int)c) && c)
      rc = nsp_buf_putc(b, '\\') || nsp_buf_putc(b, (char)c);
    else
      rc = nsp_buf_putc(b, (char)c);
  }
  return rc ? NEWSPARSE_ERR_NOMEM : NEWSPARSE_OK;
}

/* A phrase's first word (for starts=) or its key word, its longest, the
 * first of equals (for near=), up to an apostrophe ("New Year's Eve":
 * "New", "Year"). */
static phrase word_of(const phrase *p, int key) {
  size_t i = 0, n, k;
  phrase best;
  best.s = p->s;
  best.n = 0;
  while (i < p->n) {
    for (n = 0; i + n < p->n && p->s[i + n] != ' ' && p->s[i + n] != '\t'; n++)
      ;
    for (k = 0; k < n && p->s[i + k] != '\'' && (unsigned char)p->s[i + k] != 0xE2; k++)
      ;
    if (k > best.n) {
      best.s = p->s + i;
      best.n = k;
    }
    i = key ? i + n + 1 : p->n;
  }
  return best;
}

static int lower(int c) { return c >= 'A' && c <= 'Z' ? c + 32 : c; }

static int word_order(const void *x, const void *y) {
  const phrase *a = x, *b = y;
  size_t k;
  if (a->n != b->n)
    return a->n < b->n ? -1 : 1;
  for (k = 0; k < a->n; k++)
    if (lower((unsigned char)a->s[k]) != lower((unsigned char)b->s[k]))
      return lower((unsigned char)a->s[k]) - lower((unsigned char)b->s[k]);
  return 0;
}

/* The words of the phrases, in lower case, each once ("fest|anna"):
 * sorted, so that a long list costs n log n. */
static int put_words(nsp_buf *b, nsp_buf *phrases, int key) {
  size_t n = NSP_VEC_LEN(phrases, phrase), k, j;
  phrase *w = (phrase *)(void *)phrases->data;
  if (!n)
    return NEWSPARSE_OK; /* a gazetteer without phrases: an empty list */
  for (k = 0; k < n; k++)
    w[k] = word_of(&w[k], key);
  qsort(w, n, sizeof *w, word_order);
  for (k = 0; k < n; k++) {
    if (!w[k].n || (k && word_order(&w[k - 1], &w[k]) == 0))
      continue;
    if (b->len && nsp_buf_putc(b, '|'))
      return NEWSPARSE_ERR_NOMEM;
    for (j = 0; j < w[k].n; j++)
      if (nsp_buf_putc(b, (char)lower((unsigned char)w[k].s[j])))
        return NEWSPARSE_ERR_NOMEM;
  }
  return NEWSPARSE_OK;
}

int nsp_defines_add_from(nsp_defines *d, const char *name, size_t name_len, const char *id,
                         size_t id_len, int words, const char *text) {
  const define_block *b = NULL;
  nsp_buf phrases, body;
  size_t k, n = NSP_VEC_LEN(&d->blocks, define_block), i;
  int rc = NEWSPARSE_OK;
  for (k = n; k > 0 && !b; k--) {
    const define_block *x = &NSP_VEC_AT(&d->blocks, define_block, k - 1);
    if (strlen(x->id) == id_len && memcmp(x->id, id, id_len) == 0)
      b = x;
  }
  if (!b)
    return 1;
  nsp_buf_init(&phrases, d->pairs.alc);
  nsp_buf_init(&body, d->pairs.alc);
  for (i = b->start; i < b->end && !rc;) {
    const char *nl = memchr(text + i, '\n', b->end - i);
    size_t e = nl ? (size_t)(nl - text) : b->end;
    rc = line_phrases(text, i, e, &phrases);
    i = e + 1;
  }
  n = NSP_VEC_LEN(&phrases, phrase);
  if (!rc && words)
    rc = put_words(&body, &phrases, words == NSP_DEFINE_NEAR);
  else if (!rc) {
    if (n)
      qsort(phrases.data, n, sizeof(phrase), longer_first);
    if (nsp_buf_puts(&body, "(?:"))
      rc = NEWSPARSE_ERR_NOMEM;
    for (k = 0; k < n && !rc; k++)
      if ((k && nsp_buf_putc(&body, '|')) ||
          (rc = put_phrase(&body, &NSP_VEC_AT(&phrases, phrase, k))) != 0)
        rc = rc ? rc : NEWSPARSE_ERR_NOMEM;
    if (!rc && nsp_buf_putc(&body, ')'))
      rc = NEWSPARSE_ERR_NOMEM;
  }
  if (!rc)
    rc = nsp_defines_add(d, name, name_len, body.data, body.len);
  nsp_buf_free(&phrases);
  nsp_buf_free(&body);
  return rc;
}

int nsp_defines_expand(nsp_defines *d, const char *s, size_t n, size_t *undefined) {
  size_t i = 0;
  *undefined = (size_t)-1;
  d->expanded.len = 0;
  while (i < n) {
    if (s[i] == '%') {
      size_t j = i + 1, off = 0;
      while (j < n && s[j] != '%' && j - i < 40)
        j++;
      if (j < n && s[j] == '%' && j > i + 1) {
        while (off < d->pairs.len) {
          const char *name = d->pairs.data + off;
          const char *body = name + strlen(name) + 1;
          if (strlen(name) == j - i - 1 && memcmp(name, s + i + 1, j - i - 1) == 0) {
            if (nsp_buf_puts(&d->expanded, body))
              return NEWSPARSE_ERR_NOMEM;
            break;
          }
          off = (size_t)(body - d->pairs.data) + strlen(body) + 1;
        }
        if (off < d->pairs.len) {
          i = j + 1;
          continue;
        }
        if (nsp_define_name(s + i + 1, j - i - 1)) {
          *undefined = i;
          return NEWSPARSE_OK;
        }
      }
    }
    if (nsp_buf_putc(&d->expanded, s[i]))
      return NEWSPARSE_ERR_NOMEM;
    i++;
  }
  return nsp_buf_putc(&d->expanded, '\0') ? NEWSPARSE_ERR_NOMEM : NEWSPARSE_OK;
}
