/*
 * tokens.c - the token stage: one pass over the normalised text.
 *
 * In: the normalised text and its structure.  Out: tokens (words, numbers,
 * dotted abbreviations, single punctuation marks) with offsets, shape flags
 * (capitalised, all caps, lower, digit), context flags (sentence start,
 * line start, headline-like line) and two match keys: the text folded for
 * matching (quotes and dashes to ASCII, NFKC on request) and its lower-case
 * form.  Later stages look words up by these keys and never rescan bytes.
 *
 * Word rules: letters, marks and digits join; "U.S." and "a.m." keep their
 * dots; digits keep inner "," and "." ("100,000", "2.5"); an apostrophe
 * between letters joins ("O'Brien") except a possessive "'s", which becomes
 * its own token; hyphens split ("U.S.-Mexico" -> U.S. / - / Mexico).
 */
#include "tokens.h"
#include "hash.h"
#include "lines.h"
#include "utf8.h"

#include <string.h>
#include <utf8proc.h>

static int is_wordch(int32_t cp) {
  utf8proc_category_t cat;
  if (cp < 0x80)
    return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
  cat = utf8proc_category(cp);
  return (cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_NO);
}

static int is_apostrophe(int32_t cp) { return cp == '\'' || cp == 0x2019; }

static int32_t cp_at(const char *t, size_t i, size_t e, int *len) {
  int32_t cp = 0xFFFD;
  int l = nsp_utf8_decode((const unsigned char *)t + i, e - i, &cp);
  *len = l > 0 ? l : 1;
  return cp;
}

int nsp_fold_append(nsp_buf *out, const char *s, size_t n, unsigned opts) {
  size_t i = 0;
  while (i < n) {
    unsigned c = (unsigned char)s[i];
    int l;
    int32_t cp;
    if (c < 0x80) { /* a run of ASCII is copied as it is */
      size_t j = i + 1;
      while (j < n && (unsigned char)s[j] < 0x80)
        j++;
      if (nsp_buf_put(out, s + i, j - i))
        return NEWSPARSE_ERR_NOMEM;
      i = j;
      continue;
    }
    cp = cp_at(s, i, n, &l);
    if (!(opts & NEWSPARSE_OPT_NO_FOLD)) {
      char r = 0;
      if (cp == 0x2018 || cp == 0x2019 || cp == 0x201B || cp == 0x2032)
        r = '\'';
      else if (cp == 0x201C || cp == 0x201D || cp == 0x201F || cp == 0x2033)
        r = '"';
      else if (cp >= 0x2010 && cp <= 0x2015)
        r = '-';
      if (r) {
        if (nsp_buf_putc(out, r))
          return NEWSPARSE_ERR_NOMEM;
        i += (size_t)l;
        continue;
      }
    }
    if (opts & NEWSPARSE_OPT_NFKC) {
      utf8proc_int32_t dst[18];
      utf8proc_ssize_t k, m;
      int last = 0;
      m = utf8proc_decompose_char(cp, dst, 18, UTF8PROC_COMPAT, &last);
      if (m > 0 && m <= 18) {
        for (k = 0; k < m; k++) {
          char enc[4];
          int el = nsp_utf8_encode(dst[k], enc);
          if (nsp_buf_put(out, enc, (size_t)el))
            return NEWSPARSE_ERR_NOMEM;
        }
        i += (size_t)l;
        continue;
      }
    }
    if (nsp_buf_put(out, s + i, (size_t)l))
      return NEWSPARSE_ERR_NOMEM;
    i += (size_t)l;
  }
  return NEWSPARSE_OK;
}

/* Append the lower-case form of s (ASCII fast path, utf8proc otherwise). */
static int lower_append(nsp_buf *out, const char *s, size_t n) {
  size_t i = 0;
  while (i < n) {
    unsigned c = (unsigned char)s[i];
    if (c < 0x80) { /* ASCII runs: lower-case in place after one reserve */
      size_t j = i;
      char *d;
      while (j < n && (unsigned char)s[j] < 0x80)
        j++;
      if (nsp_buf_reserve(out, j - i))
        return NEWSPARSE_ERR_NOMEM;
      d = out->data + out->len;
      for (; i < j; i++) {
        c = (unsigned char)s[i];
        *d++ = (char)((c >= 'A' && c <= 'Z') ? c + 32 : c);
      }
      out->len = (size_t)(d - out->data);
      out->data[out->len] = '\0';
    } else {
      int l;
      char enc[4];
      int32_t cp = utf8proc_tolower(cp_at(s, i, n, &l));
      int el = nsp_utf8_encode(cp, enc);
      if (nsp_buf_put(out, enc, (size_t)el))
        return NEWSPARSE_ERR_NOMEM;
      i += (size_t)l;
    }
  }
  return NEWSPARSE_OK;
}

/* End of the word starting at i. */
static size_t word_end(const char *t, size_t i, size_t e, uint32_t *flags) {
  int l, letters_only_single = 1, numeric;
  size_t j = i, seglen = 0;
  int32_t cp = cp_at(t, i, e, &l);
  numeric = cp >= '0' && cp <= '9';
  while (j < e) {
    unsigned char b = (unsigned char)t[j];
    if ((b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9')) {
      j++; /* the ASCII fast path of the test below */
      seglen++;
      if (!numeric && seglen > 1)
        letters_only_single = 0;
      continue;
    }
    cp = cp_at(t, j, e, &l);
    if (is_wordch(cp) || (cp >= 0x300 && cp < 0x370)) {
      j += (size_t)l;
      seglen++;
      if (!numeric && seglen > 1)
        letters_only_single = 0;
      continue;
    }
    if (cp == '.' && j + 1 < e) {
      int l2;
      int32_t nx = cp_at(t, j + 1, e, &l2);
      if (numeric && nx >= '0' && nx <= '9') {
        j++;
        continue;
      }
      if (!numeric && letters_only_single && seglen == 1 && is_wordch(nx) &&
          !(nx >= '0' && nx <= '9')) {
        j++; /* U.S, a.m */
        seglen = 0;
        *flags |= NSP_TOK_ABBR;
        continue;
      }
    }
    if (cp == ',' && numeric && j + 1 < e && t[j + 1] >= '0' && t[j + 1] <= '9') {
      j++;
      continue;
    }
    if (is_apostrophe(cp) && !numeric && j + (size_t)l < e) {
      int l2, l3;
      int32_t nx = cp_at(t, j + (size_t)l, e, &l2);
      if (is_wordch(nx)) {
        size_t after = j + (size_t)l + (size_t)l2;
        int32_t nn = after < e ? cp_at(t, after, e, &l3) : ' ';
        if ((nx == 's' || nx == 'S') && !is_wordch(nn))
          break; /* possessive */
        j += (size_t)l;
        letters_only_single = 0;
        continue;
      }
    }
    break;
  }
  if ((*flags & NSP_TOK_ABBR) && j < e && t[j] == '.' && seglen == 1)
    j++; /* the closing dot of U.S. */
  return j;
}

/* Both keys of an all-ASCII token of n bytes at text offset `at`: the key
 * as written is the text itself, which starts the keys buffer (see
 * nsp_tokenize); when it has capitals, its lower-case copy is appended
 * (otherwise the key is its own lower-case key).  keys has room for n
 * more bytes. */
static void ascii_keys(nsp_token *k, const unsigned char *s, size_t at, size_t n, int upper,
                       nsp_buf *keys) {
  k->key_off = k->lkey_off = (uint32_t)at;
  k->key_len = k->lkey_len = (uint32_t)n;
  if (upper) {
    char *d = keys->data + keys->len;
    size_t i;
    for (i = 0; i < n; i++)
      d[i] = (char)((s[i] >= 'A' && s[i] <= 'Z') ? s[i] + 32 : s[i]);
    k->lkey_off = (uint32_t)keys->len;
    keys->len += n;
    keys->data[keys->len] = '\0';
  }
}

/* shape() and both keys of a token that is all ASCII, in one pass: the
 * fold is the identity there, and a key without capitals is its own
 * lower-case key.  Returns 0 when a byte is not ASCII (the general path
 * then runs). */
static int ascii_token(const char *t, nsp_token *k, int word, nsp_buf *keys) {
  size_t n = k->end - k->start, i;
  const unsigned char *s = (const unsigned char *)t + k->start;
  int upper = 0, lower = 0, first = word; /* shape flags for words only */
  uint32_t flags = 0;
  if (nsp_buf_reserve(keys, n))
    return -1;
  for (i = 0; i < n; i++) {
    unsigned c = s[i];
    if (c >= 0x80)
      return 0;
    if (c >= 'A' && c <= 'Z') {
      if (first)
        flags |= NSP_TOK_CAP;
      upper++;
      first = 0;
    } else if (c >= 'a' && c <= 'z') {
      if (first)
        flags |= NSP_TOK_LOWER;
      lower++;
      first = 0;
    }
  }
  if (word) {
    if (s[0] >= '0' && s[0] <= '9')
      flags |= NSP_TOK_DIGIT;
    if (upper >= 2 && lower == 0)
      flags |= NSP_TOK_UPPER;
    k->flags |= flags;
  }
  ascii_keys(k, s, k->start, n, upper, keys);
  k->lkey_state = nsp_hash_more(NSP_HASH_INIT, keys->data + k->lkey_off, n);
  return 1;
}

/* The common token in one pass: a run of ASCII letters and digits that
 * ends where no joining rule can apply (not before . , ' or non-ASCII).
 * Shape flags, both keys and the key's hash as the general path makes
 * them.  0: not such a token; the general path takes it. */
static int ascii_word(const char *t, size_t len, nsp_token *k, nsp_buf *keys) {
  size_t i = k->start, j, n;
  unsigned upper = 0, lower = 0;
  uint32_t h = NSP_HASH_INIT, flags = NSP_TOK_WORD;
  unsigned char c = (unsigned char)t[i];
  if (c >= '0' && c <= '9')
    flags |= NSP_TOK_DIGIT;
  else if (c >= 'A' && c <= 'Z')
    flags |= NSP_TOK_CAP;
  else if (c >= 'a' && c <= 'z')
    flags |= NSP_TOK_LOWER;
  else
    return 0;
  for (j = i; j < len; j++) {
    unsigned b = (unsigned char)t[j];
    if (b >= 'a' && b <= 'z')
      lower++;
    else if (b >= 'A' && b <= 'Z') {
      upper++;
      b += 32;
    } else if (!(b >= '0' && b <= '9'))
      break;
    h = nsp_hash_byte(h, (unsigned char)b);
  }
  if (j < len && (t[j] == '.' || t[j] == ',' || t[j] == '\'' || (unsigned char)t[j] >= 0x80))
    return 0; /* U.S., 2.5, 100,000, O'Brien, café: the general path */
  if ((flags & NSP_TOK_DIGIT) && (upper || lower)) { /* "3M": the first letter decides */
    size_t q = i;
    while (q < j && t[q] >= '0' && t[q] <= '9')
      q++;
    flags |= (t[q] >= 'A' && t[q] <= 'Z') ? NSP_TOK_CAP : NSP_TOK_LOWER;
  }
  if (upper >= 2 && lower == 0)
    flags |= NSP_TOK_UPPER;
  n = j - i;
  if (nsp_buf_reserve(keys, n))
    return -1;
  ascii_keys(k, (const unsigned char *)t + i, i, n, upper != 0, keys);
  k->end = (uint32_t)j;
  k->flags |= flags;
  k->lkey_state = h;
  return 1;
}

static void shape(const char *t, nsp_token *k) {
  size_t i = k->start;
  int upper = 0, lower = 0, first = 1;
  unsigned c = (unsigned char)t[i];
  if (c >= '0' && c <= '9')
    k->flags |= NSP_TOK_DIGIT;
  while (i < k->end) {
    int lc = nsp_letter_case(t + i, k->end - i);
    if (lc > 0)
      upper++;
    else if (lc < 0)
      lower++;
    if (first && lc > 0)
      k->flags |= NSP_TOK_CAP;
    else if (first && lc < 0)
      k->flags |= NSP_TOK_LOWER;
    if (lc)
      first = 0;
    i++;
    while (i < k->end && ((unsigned char)t[i] & 0xC0) == 0x80)
      i++;
  }
  if (upper >= 2 && lower == 0)
    k->flags |= NSP_TOK_UPPER;
}

/* Mark tokens inside [s, e) as sentence start (first) and, when the span
 * reads as a title (most longer words capitalised), as CAPS_LINE. */
static void mark_span(const char *t, nsp_token *tok, size_t n, size_t *cursor, size_t s, size_t e,
                      int title) {
  size_t i = *cursor, first, words = 0, caps = 0;
  while (i < n && tok[i].start < s)
    i++;
  first = i;
  if (i < n && tok[i].start < e)
    tok[i].flags |= NSP_TOK_SENT_START;
  if (title) {
    size_t k;
    for (k = first; k < n && tok[k].start < e; k++) {
      if ((tok[k].flags & NSP_TOK_WORD) && tok[k].end - tok[k].start >= 4) {
        words++;
        if (tok[k].flags & (NSP_TOK_CAP | NSP_TOK_DIGIT))
          caps++;
      }
    }
    if (words >= 2 && caps * 10 >= words * 6)
      for (k = first; k < n && tok[k].start < e; k++)
        tok[k].flags |= NSP_TOK_CAPS_LINE;
  }
  (void)t;
  *cursor = first;
}

/* Shape and keys of a token with non-ASCII characters: folded key, then
 * its lower-case form, then the hash. */
static int unicode_keys(const char *t, nsp_token *k, int word, unsigned opts, nsp_buf *keys) {
  if (word)
    shape(t, k);
  k->key_off = (uint32_t)keys->len;
  if (nsp_fold_append(keys, t + k->start, k->end - k->start, opts))
    return NEWSPARSE_ERR_NOMEM;
  k->key_len = (uint32_t)(keys->len - k->key_off);
  /* lower_append reads the key from the same buffer: reserve first so it
   * cannot move (simple case mapping grows UTF-8 by at most half) */
  if (nsp_buf_reserve(keys, (size_t)k->key_len * 2))
    return NEWSPARSE_ERR_NOMEM;
  k->lkey_off = (uint32_t)keys->len;
  if (lower_append(keys, keys->data + k->key_off, k->key_len))
    return NEWSPARSE_ERR_NOMEM;
  k->lkey_len = (uint32_t)(keys->len - k->lkey_off);
  k->lkey_state = nsp_hash_more(NSP_HASH_INIT, keys->data + k->lkey_off, k->lkey_len);
  return NEWSPARSE_OK;
}

/* A token that is no plain ASCII word: its end by the joining rules (a
 * word, a possessive 's, or one punctuation character), then ASCII keys or
 * the Unicode path.  As ascii_word: 1 done, negative out of memory. */
static int other_token(const char *t, size_t len, unsigned opts, nsp_token *k, nsp_buf *keys) {
  size_t i = k->start;
  unsigned char c = (unsigned char)t[i];
  int l, fast, word;
  int32_t cp;
  if (c < 0x80) {
    cp = c;
    l = 1;
  } else
    cp = cp_at(t, i, len, &l);
  word = is_wordch(cp);
  if (word) {
    k->flags |= NSP_TOK_WORD;
    k->end = (uint32_t)word_end(t, i, len, &k->flags);
  } else if (is_apostrophe(cp) && i + (size_t)l < len &&
             (t[i + (size_t)l] == 's' || t[i + (size_t)l] == 'S') &&
             (i + (size_t)l + 1 >= len || !is_wordch((unsigned char)t[i + (size_t)l + 1]))) {
    k->flags |= NSP_TOK_WORD | NSP_TOK_LOWER; /* possessive 's */
    k->end = (uint32_t)(i + (size_t)l + 1);
  } else {
    k->flags |= NSP_TOK_PUNCT;
    k->end = (uint32_t)(i + (size_t)l);
  }
  fast = ascii_token(t, k, word, keys);
  if (!fast && unicode_keys(t, k, word, opts, keys))
    return -1;
  return fast < 0 ? -1 : 1;
}

/* The structure's marks on the tokens: headline and related titles are
 * headline-like lines, sentences start sentences, the byline is marked. */
static void mark_structure(const char *t, nsp_tokens *out, const nsp_structure *st) {
  nsp_token *tok = (nsp_token *)(void *)out->toks.data;
  size_t n = NSP_VEC_LEN(&out->toks, nsp_token), cur = 0, k;
  if (st->has_headline)
    mark_span(t, tok, n, &cur, st->headline.start, st->headline.end, 1);
  cur = 0;
  for (k = 0; k < NSP_VEC_LEN(&st->sentences, nsp_span); k++) {
    nsp_span s = NSP_VEC_AT(&st->sentences, nsp_span, k);
    mark_span(t, tok, n, &cur, s.start, s.end, 0);
  }
  for (k = 0; k < NSP_VEC_LEN(&st->related, nsp_related); k++) {
    nsp_span s = NSP_VEC_AT(&st->related, nsp_related, k).span;
    mark_span(t, tok, n, &cur, s.start, s.end, 1);
  }
  if (st->has_byline) {
    cur = 0;
    mark_span(t, tok, n, &cur, st->byline.start, st->byline.end, 0);
  }
}

int nsp_tokenize(const char *t, size_t len, const nsp_structure *st, unsigned opts,
                 nsp_tokens *out) {
  size_t i = 0, guess = len / 5 + 16;
  uint32_t pending = NSP_TOK_LINE_START;
  if (len >= NSP_TOKENS_MAX_TEXT)
    return NEWSPARSE_ERR_LIMIT; /* token offsets and keys are 32-bit */
  /* about a token per five bytes; the keys buffer opens with a copy of the
   * text, so that most keys (ASCII, nothing to fold or lower) are offsets
   * into it and need no bytes of their own.  Sized once, not grown by
   * doubling (bounded, so a huge text does not over-reserve). */
  out->keys.len = 0;
  if (nsp_buf_reserve(&out->toks, (guess < 65536 ? guess : 65536) * sizeof(nsp_token)) ||
      nsp_buf_reserve(&out->keys, len + (len < 262144 ? len + 64 : 524288)) ||
      nsp_buf_put(&out->keys, t, len))
    return NEWSPARSE_ERR_NOMEM;
  while (i < len) {
    unsigned char c = (unsigned char)t[i];
    size_t sp;
    nsp_token *k;
    int fast;
    if (c == ' ') { /* the common separator, without a call */
      pending |= NSP_TOK_SPACE_BEFORE;
      i++;
      continue;
    }
    sp = (c > ' ' && c < 0x80) ? 0 : nsp_space_len(t + i, len - i);
    if (sp) {
      pending |= NSP_TOK_SPACE_BEFORE;
      if (t[i] == '\n')
        pending |= NSP_TOK_LINE_START;
      i += sp;
      continue;
    }
    /* made in place at the end of the array, not copied there */
    if (nsp_buf_reserve(&out->toks, sizeof *k))
      return NEWSPARSE_ERR_NOMEM;
    k = (nsp_token *)(void *)(out->toks.data + out->toks.len);
    memset(k, 0, sizeof *k);
    k->start = (uint32_t)i;
    k->flags = pending;
    pending = 0;
    /* the common ASCII word in one pass */
    fast = ascii_word(t, len, k, &out->keys);
    if (!fast)
      fast = other_token(t, len, opts, k, &out->keys);
    if (fast < 0)
      return NEWSPARSE_ERR_NOMEM;
    out->toks.len += sizeof *k;
    if (out->keys.len >= UINT32_MAX)
      return NEWSPARSE_ERR_LIMIT; /* keys past 32-bit offsets (NFKC expands) */
    i = k->end;
  }
  if (st)
    mark_structure(t, out, st);
  return NEWSPARSE_OK;
}

void nsp_tokens_free(nsp_tokens *t) {
  nsp_buf_free(&t->toks);
  nsp_buf_free(&t->keys);
}
