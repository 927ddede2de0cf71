/* tokens.h - the token stage (tokens.c). */
#ifndef NSP_TOKENS_H
#define NSP_TOKENS_H

#include "buf.h"
#include "structure.h"

#include <stdint.h>

enum {
  NSP_TOK_WORD = 1u << 0,       /* letters and/or digits */
  NSP_TOK_PUNCT = 1u << 1,      /* a single punctuation or symbol */
  NSP_TOK_CAP = 1u << 2,        /* starts with an upper-case letter */
  NSP_TOK_UPPER = 1u << 3,      /* no lower-case letter, at least two letters */
  NSP_TOK_LOWER = 1u << 4,      /* starts with a lower-case letter */
  NSP_TOK_DIGIT = 1u << 5,      /* starts with a digit */
  NSP_TOK_ABBR = 1u << 6,       /* dotted abbreviation: U.S. */
  NSP_TOK_SENT_START = 1u << 7, /* first token of a sentence */
  NSP_TOK_LINE_START = 1u << 8,
  NSP_TOK_CAPS_LINE = 1u << 9,    /* on a headline-like line: Title Case or ALL CAPS */
  NSP_TOK_SPACE_BEFORE = 1u << 10 /* white space precedes the token */
};
typedef struct nsp_token { /* 32 bytes: every stage walks the array */
  uint32_t start, end;     /* normalised byte offsets (texts stay under 1 GiB) */
  uint32_t flags;
  uint32_t key_len, lkey_len; /* folded match key (case kept), lower-cased */
  uint32_t key_off, lkey_off; /* ... both in nsp_tokens.keys */
  uint32_t lkey_state;        /* nsp_hash_more state of the lower-cased key */
} nsp_token;
/* The token stage refuses a normalised text of this size or more
 * (NEWSPARSE_ERR_LIMIT), so that offsets and keys fit 32 bits. */
#define NSP_TOKENS_MAX_TEXT ((size_t)1 << 30)
typedef struct nsp_tokens {
  nsp_buf toks; /* nsp_token */
  nsp_buf keys; /* folded keys, concatenated */
} nsp_tokens;
int nsp_tokenize(const char *text, size_t len, const nsp_structure *st, unsigned opts,
                 nsp_tokens *out);
void nsp_tokens_free(nsp_tokens *t);
/* Fold text for matching (typographic quotes/dashes, optional NFKC, case). */
int nsp_fold_append(nsp_buf *out, const char *s, size_t n, unsigned opts);

/* The first token that starts at or after byte off (binary search; n if
 * none). */
static inline size_t nsp_token_at(const nsp_token *tok, size_t n, size_t off) {
  size_t lo = 0, hi = n;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (tok[mid].start < off)
      lo = mid + 1;
    else
      hi = mid;
  }
  return lo;
}

#endif
