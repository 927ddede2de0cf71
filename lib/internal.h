/*
 * internal.h - private structures shared by the pipeline stages.
 *
 * Pipeline: input.c (validate, repair, NFC, offset map) -> structure.c
 * (headline, dateline, byline, paragraphs, related; lines.c measures the
 * lines) -> sentences.c -> tokens.c -> tagger.c (gazetteer.c tables and
 * PCRE2 rules via regex.c; values.c and calendar.c compute values) ->
 * names.c (names no list knows) -> resolve.c (full names, relations) ->
 * json.c.  rules.c parses rule files, engine.c builds the shared engine.
 * Every stage works on the normalised text; offmap.c maps its spans back
 * to original bytes.
 */
#ifndef NSP_INTERNAL_H
#define NSP_INTERNAL_H

#include "newsparse.h"
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

/* ---- word-at-a-time byte tests (8 bytes; exact for "is there any") ---------- */
#define NSP_ONES8 ((uint64_t)0x0101010101010101u)
#define NSP_HIGHS8 ((uint64_t)0x8080808080808080u)
static inline uint64_t nsp_load8(const char *p) {
  uint64_t x;
  memcpy(&x, p, 8);
  return x;
}
/* Non-zero when a byte of x is below n (exact for n == 1; for a larger n
 * <= 0x80, when no byte of x is 0x80 or above). */
static inline uint64_t nsp_any_below8(uint64_t x, unsigned n) {
  return (x - NSP_ONES8 * n) & ~x & NSP_HIGHS8;
}
/* Non-zero when a byte of x equals c. */
static inline uint64_t nsp_any_eq8(uint64_t x, unsigned char c) {
  return nsp_any_below8(x ^ (NSP_ONES8 * c), 1);
}

/* ---- alloc.c: allocator bridge and arena --------------------------------- */
void nsp_allocator_init(newsparse_allocator *dst, const newsparse_allocator *src);
void *nsp_malloc(const newsparse_allocator *a, size_t n);
void *nsp_realloc(const newsparse_allocator *a, void *p, size_t old, size_t n);
void nsp_free(const newsparse_allocator *a, void *p);
char *nsp_strndup(const newsparse_allocator *a, const char *s, size_t n);

typedef struct nsp_arena_block nsp_arena_block;
typedef struct nsp_arena {
  const newsparse_allocator *alc;
  nsp_arena_block *head;
} nsp_arena;
void *nsp_arena_alloc(nsp_arena *ar, size_t n);
char *nsp_arena_strndup(nsp_arena *ar, const char *s, size_t n);
void nsp_arena_release(nsp_arena *ar);

/* A result's memory: blocks freed while a document is parsed, or when the
 * next document replaces it, are kept for reuse (see alloc.c).  alc routes
 * through the pool; the pool must not move while alc is in use. */
#define NSP_POOL_CLASSES 48
typedef struct nsp_pool {
  newsparse_allocator alc;     /* allocations from the pool */
  newsparse_allocator backing; /* where its blocks come from */
  void *free_list[NSP_POOL_CLASSES];
} nsp_pool;
void nsp_pool_init(nsp_pool *pool, const newsparse_allocator *backing);
/* Give every kept block back (blocks in use stay valid). */
void nsp_pool_trim(nsp_pool *pool);

/* ---- buf.c: growable byte buffer ----------------------------------------- */
typedef struct nsp_buf {
  char *data;
  size_t len, cap;
  const newsparse_allocator *alc;
  int oom;      /* sticky: once an append failed, the buffer is unusable */
  int borrowed; /* data is the caller's memory: never freed, copied on growth */
} nsp_buf;
void nsp_buf_init(nsp_buf *b, const newsparse_allocator *a);
/* Start empty in the caller's `cap` bytes; a larger content moves to the
 * heap (the caller checks b->borrowed to know where it ended up). */
void nsp_buf_borrow(nsp_buf *b, const newsparse_allocator *a, char *mem, size_t cap);
int nsp_buf_grow(nsp_buf *b, size_t extra);
/* Room for `extra` more bytes and the NUL; inline, as every append and
 * vector push asks. */
static inline int nsp_buf_reserve(nsp_buf *b, size_t extra) {
  if (!b->oom && extra < b->cap - b->len)
    return NEWSPARSE_OK;
  return nsp_buf_grow(b, extra);
}
int nsp_buf_put_grow(nsp_buf *b, const void *p, size_t n);
static inline int nsp_buf_put(nsp_buf *b, const void *p, size_t n) {
  if (!b->oom && n < b->cap - b->len) {
    if (n) /* p may be NULL when n is 0 */
      memcpy(b->data + b->len, p, n);
    b->len += n;
    b->data[b->len] = '\0';
    return NEWSPARSE_OK;
  }
  return nsp_buf_put_grow(b, p, n);
}
int nsp_buf_puts(nsp_buf *b, const char *s);

/* One byte; inline, as writers call it for every bracket and comma. */
static inline int nsp_buf_putc(nsp_buf *b, char c) {
  if (b->len + 1 < b->cap) {
    b->data[b->len++] = c;
    b->data[b->len] = '\0';
    return NEWSPARSE_OK;
  }
  return nsp_buf_put(b, &c, 1);
}
int nsp_buf_put_size(nsp_buf *b, size_t v);
void nsp_buf_free(nsp_buf *b);

/* A growable array of fixed-size items, built on nsp_buf. */
#define NSP_VEC_PUSH(buf, type, value)                                                             \
  (nsp_buf_reserve((buf), sizeof(type)) == 0                                                       \
       ? (*(type *)(void *)((buf)->data + (buf)->len) = (value), (buf)->len += sizeof(type), 0)    \
       : NEWSPARSE_ERR_NOMEM)
#define NSP_VEC_AT(buf, type, i) (((type *)(void *)(buf)->data)[i])
#define NSP_VEC_LEN(buf, type) ((buf)->len / sizeof(type))

/* ---- error.c ---------------------------------------------------------------- */
#if defined(__GNUC__)
#define NSP_PRINTF(f, a) __attribute__((format(printf, f, a)))
#else
#define NSP_PRINTF(f, a)
#endif
int nsp_fail(newsparse_error *err, int code, const char *fmt, ...) NSP_PRINTF(3, 4);
int nsp_fail_at(newsparse_error *err, int code, size_t line, size_t column, size_t offset,
                const char *fmt, ...) NSP_PRINTF(6, 7);
void nsp_error_clear(newsparse_error *err);

/* ---- utf8.c: small UTF-8 helpers ---------------------------------------- */
/* Decode one code point at s[0..n); returns its length (>= 1) or a negative
 * value for an invalid sequence (then *cp is untouched). */
int nsp_utf8_decode(const unsigned char *s, size_t n, int32_t *cp);
int nsp_utf8_encode(int32_t cp, char out[4]);
int nsp_is_space_cp(int32_t cp); /* any Unicode white space incl. NBSP */
/* Length of the white-space character at s (0 if none): inline for an
 * ASCII byte, which most calls see; utf8.c decodes the others. */
size_t nsp_space_len_utf8(const char *s, size_t n);
static inline size_t nsp_space_len(const char *s, size_t n) {
  unsigned char c;
  if (n == 0)
    return 0;
  c = (unsigned char)s[0];
  if (c < 0x80)
    return c == ' ' || (c >= 0x09 && c <= 0x0D);
  return nsp_space_len_utf8(s, n);
}

/* ---- offmap.c: normalised <-> original offsets -------------------------- */
/* A piece maps norm [ns, ns+nl) to orig [os, os+ol).  Linear pieces have
 * nl == ol and map byte for byte; others map as a whole. */
typedef struct nsp_piece {
  size_t ns, os;
  uint32_t nl, ol;
  uint32_t linear;
} nsp_piece;
typedef struct nsp_offmap {
  nsp_buf pieces; /* of nsp_piece, sorted by ns */
  size_t norm_len, orig_len;
} nsp_offmap;
int nsp_offmap_add(nsp_offmap *m, size_t ns, size_t nl, size_t os, size_t ol, int linear);
size_t nsp_offmap_start(const nsp_offmap *m, size_t norm_pos);
size_t nsp_offmap_end(const nsp_offmap *m, size_t norm_end);

/* ---- input.c: validation, repair, NFC ------------------------------------ */
/* What the input stage repaired or found, for the document's warnings. */
typedef struct nsp_input_stats {
  size_t repaired; /* invalid UTF-8 bytes replaced by U+FFFD */
  size_t controls; /* NUL, other C0 (not tab, LF, CR), DEL and C1 controls */
  size_t fffd;     /* U+FFFD already in the input */
} nsp_input_stats;
/* stats may be NULL. */
int nsp_normalize(const newsparse_allocator *a, const char *in, size_t len, unsigned flags,
                  nsp_buf *out, nsp_offmap *map, nsp_input_stats *stats, newsparse_error *err);

/* ---- result model --------------------------------------------------------- */
typedef struct nsp_span {
  size_t start, end; /* normalised */
} nsp_span;

typedef struct nsp_para {
  nsp_span span;
  size_t first_sentence, n_sentences;
} nsp_para;

typedef struct nsp_related {
  nsp_span span;
  nsp_span url; /* empty (start == end) when none */
} nsp_related;

typedef struct nsp_entity {
  nsp_span span;
  int label;
  int priority;
  const char *value; /* NUL-terminated or NULL */
  const char *rule;  /* rule id */
} nsp_entity;

typedef struct nsp_relation {
  size_t person, office, of;
} nsp_relation;

typedef struct nsp_warning {
  const char *code;
  const char *message;
} nsp_warning;

/* A date as the dct or a dateline gives it; year 0 = unknown.  As the
 * reference of a date value, tense_of(tense_arg) tells the tense of the
 * clause around the date: +1 future ("will meet on Monday"), -1 past
 * ("left in March"), 0 unknown (also when tense_of is NULL); it decides
 * the direction of dates without a year or a week, and is asked only for
 * those (the tagger's clause scan). */
typedef struct nsp_date {
  int year, month, day;
  int (*tense_of)(const void *arg);
  const void *tense_arg;
} nsp_date;

typedef struct nsp_structure {
  int has_headline, has_dateline, has_byline;
  nsp_span headline, dateline, byline;
  nsp_buf paragraphs;     /* nsp_para */
  nsp_buf sentences;      /* nsp_span */
  nsp_buf related;        /* nsp_related */
  nsp_date dateline_date; /* month 0 when the dateline carries none */
} nsp_structure;

/* ---- structure.c / sentences.c ------------------------------------------- */
int nsp_structure_find(const char *text, size_t len, int detect_related, nsp_structure *st);
int nsp_sentences_split(const char *text, nsp_span para, nsp_buf *out);
void nsp_structure_free(nsp_structure *st);

/* ---- tokens.c ------------------------------------------------------------- */
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
typedef struct nsp_token { /* 36 bytes: every stage walks the array */
  uint32_t start, end;     /* normalised byte offsets (texts stay under 1 GiB) */
  uint32_t flags;
  uint32_t cues;              /* NSP_CUE_* from lexicons */
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

/* ---- gazetteer.c: phrase table over token keys ----------------------------- */
/* Phrases are stored under their lower-cased key (token keys joined by " "
 * where the text has white space, directly otherwise).  An entry that must
 * match case keeps its exact key too. */
typedef struct nsp_gaz_entry {
  uint32_t rule;      /* index of the owning rule */
  uint32_t next;      /* next entry of the same key, or UINT32_MAX */
  uint32_t value_off; /* value in the table's strings; UINT32_MAX: the rule's */
  uint32_t exact_off; /* exact (case-kept) key; UINT32_MAX: any case */
  uint32_t exact_len;
} nsp_gaz_entry;
/* One slot of the open-addressing table: 32 bytes, in arrays aligned to
 * 64, so that a look-up reads one cache line.  A key of up to
 * NSP_GAZ_INLINE bytes is compared with its copy in the slot; a longer one
 * in the strings, where every key also is. */
#define NSP_GAZ_INLINE 12
typedef struct nsp_gaz_slot {
  uint32_t key, len; /* offset and length in strings; len 0: empty slot */
  uint32_t hash;
  uint32_t flags;
  uint32_t head;                     /* first entry, UINT32_MAX if none */
  unsigned char inl[NSP_GAZ_INLINE]; /* the key's first bytes, zero-padded */
} nsp_gaz_slot;
/* A finished table as static arrays: the built-in rules' table is
 * generated at build time (lib/image/gen_image.c) into such an image, so that
 * an engine adopts it instead of parsing and hashing its phrases. */
typedef struct nsp_gaz_image {
  const nsp_gaz_slot *slots;
  size_t cap, used;
  const nsp_gaz_entry *entries;
  size_t n_entries;
  const char *strings;
  size_t strings_len;
  const uint64_t *bloom;
  uint32_t bloom_mask;
} nsp_gaz_image;
/* The image of the built-in rule text's table; NULL in builds without one
 * (the text is then parsed). */
extern const nsp_gaz_image *const nsp_builtin_image;
/* Look-up flags; bits from NSP_GAZ_CUE_SHIFT up carry the NSP_CUE_* roles
 * folded into the key by nsp_gaz_fold_roles. */
enum { NSP_GAZ_ENTRY = 1, NSP_GAZ_PREFIX = 2 };
#define NSP_GAZ_CUE_SHIFT 8
typedef struct nsp_gazetteer nsp_gazetteer;
/* FNV-1a of a key, never 0.  A phrase's hash continues from its first
 * word's: nsp_hash_more(state, " next", 5), then nsp_hash_done. */
#define NSP_HASH_INIT 2166136261u
static inline uint32_t nsp_hash_byte(uint32_t h, unsigned char b) { return (h ^ b) * 16777619u; }
static inline uint32_t nsp_hash_more(uint32_t h, const char *s, size_t n) {
  size_t i;
  for (i = 0; i < n; i++)
    h = nsp_hash_byte(h, (unsigned char)s[i]);
  return h;
}
static inline uint32_t nsp_hash_done(uint32_t h) { return h ? h : 1; }
/* Equality of two keys of n bytes.  Words are short: up to 16 bytes, two
 * overlapping loads from each side (the first and the last 8, 4 or 2
 * bytes; never a byte outside either key) instead of a loop, whose exit
 * the branch predictor cannot know. */
static inline int nsp_key_eq(const char *a, const char *b, size_t n) {
  if (n >= 8) {
    uint64_t a0, a1, b0, b1;
    if (n > 16)
      return memcmp(a, b, n) == 0;
    memcpy(&a0, a, 8);
    memcpy(&b0, b, 8);
    memcpy(&a1, a + n - 8, 8);
    memcpy(&b1, b + n - 8, 8);
    return ((a0 ^ b0) | (a1 ^ b1)) == 0;
  }
  if (n >= 4) {
    uint32_t a0, a1, b0, b1;
    memcpy(&a0, a, 4);
    memcpy(&b0, b, 4);
    memcpy(&a1, a + n - 4, 4);
    memcpy(&b1, b + n - 4, 4);
    return ((a0 ^ b0) | (a1 ^ b1)) == 0;
  }
  if (n >= 2) {
    uint16_t a0, a1, b0, b1;
    memcpy(&a0, a, 2);
    memcpy(&b0, b, 2);
    memcpy(&a1, a + n - 2, 2);
    memcpy(&b1, b + n - 2, 2);
    return ((a0 ^ b0) | (a1 ^ b1)) == 0;
  }
  return n == 0 || a[0] == b[0];
}
static inline uint32_t nsp_hash(const char *s, size_t n) {
  return nsp_hash_done(nsp_hash_more(NSP_HASH_INIT, s, n));
}
int nsp_gaz_new(const newsparse_allocator *a, nsp_gazetteer **out);
int nsp_gaz_clone(const newsparse_allocator *a, const nsp_gazetteer *src, nsp_gazetteer **out);
void nsp_gaz_free(nsp_gazetteer *g);
/* Make room for `keys` more keys without rehashing. */
int nsp_gaz_reserve(nsp_gazetteer *g, size_t keys);
int nsp_gaz_add(nsp_gazetteer *g, const char *lkey, size_t n, const char *exact, size_t exact_len,
                uint32_t rule, const char *value);
int nsp_gaz_mark_prefix(nsp_gazetteer *g, const char *lkey, size_t n);
/* Flags of a key (0 when absent); *head = its first entry index. */
int nsp_gaz_find(const nsp_gazetteer *g, const char *lkey, size_t n, uint32_t *head);
/* A finished table seen as its arrays, for look-ups inline in the
 * tagger's loop (nsp_gaz_find goes through it too): whether a hash may be
 * held, and a key's flags and first entry given its hash.  Valid while the table
 * does not change (engine tables never do). */
typedef struct nsp_gaz_view {
  const uint64_t *bloom; /* two bits per key hash; NULL: no filter */
  uint32_t bloom_mask;
  const nsp_gaz_slot *slots; /* NULL: an empty table */
  size_t mask;               /* slot count - 1 */
  const char *strings;
} nsp_gaz_view;
nsp_gaz_view nsp_gaz_view_of(const nsp_gazetteer *g);
/* The two filter bits of a hash: its low bits, and the top bits of a
 * multiplied mix in the same 64-bit word (a blocked filter: one memory
 * read a test, for slightly more false positives). */
static inline uint32_t nsp_bloom_bit1(uint32_t h, uint32_t mask) { return h & mask; }
static inline uint32_t nsp_bloom_bit2(uint32_t h, uint32_t mask) {
  return (h & mask & ~63u) | (h * 0x9E3779B1u >> 26);
}
static inline int nsp_gaz_view_may_hold(const nsp_gaz_view *v, uint32_t h) {
  uint32_t a = nsp_bloom_bit1(h, v->bloom_mask), b = nsp_bloom_bit2(h, v->bloom_mask);
  if (!v->slots)
    return 0;
  uint64_t want = ((uint64_t)1 << (a & 63)) | ((uint64_t)1 << (b & 63));
  return !v->bloom || (v->bloom[a >> 6] & want) == want;
}
static inline int nsp_gaz_view_find(const nsp_gaz_view *v, const char *k, size_t n, uint32_t h,
                                    uint32_t *head) {
  size_t i;
  if (n == 0 || !nsp_gaz_view_may_hold(v, h))
    return 0;
  for (i = h & v->mask;; i = (i + 1) & v->mask) {
    const nsp_gaz_slot *s = &v->slots[i];
    if (!s->len)
      return 0;
    if (s->hash == h && s->len == n &&
        nsp_key_eq(n <= NSP_GAZ_INLINE ? (const char *)s->inl : v->strings + s->key, k, n)) {
      *head = s->head;
      return (int)s->flags;
    }
  }
}
/* Ask the memory system for what a look-up of this hash will read (the filter
 * word and the home slot), ahead of the look-up; a no-op where the compiler
 * has no prefetch. */
#if defined(__GNUC__) || defined(__clang__)
#define NSP_PREFETCH(p) __builtin_prefetch((p), 0, 1)
#else
#define NSP_PREFETCH(p) ((void)(p))
#endif
static inline void nsp_gaz_view_prefetch(const nsp_gaz_view *v, uint32_t h) {
  if (!v->slots)
    return;
  if (v->bloom) {
    NSP_PREFETCH(&v->bloom[nsp_bloom_bit1(h, v->bloom_mask) >> 6]);
  }
  NSP_PREFETCH(&v->slots[h & v->mask]);
}
/* Build the table's miss filter once it is complete (engine tables);
 * any later add drops it. */
int nsp_gaz_seal(nsp_gazetteer *g);
/* Engine tables: drop the entries of rules >= n_rules (left by a rule text
 * that failed), and turn the any-case entries of rules with a role
 * (roles[rule] != 0: lexicons) into role bits of the key's flags, so that
 * a word's cues need no walk through its entries. */
void nsp_gaz_fold_roles(nsp_gazetteer *g, const uint32_t *roles, size_t n_rules);
/* A read-only table over an image's arrays (borrowed, never freed). */
int nsp_gaz_from_image(const newsparse_allocator *a, const nsp_gaz_image *img, nsp_gazetteer **out);
/* Compact a folded table, seal it and describe it as an image (whose
 * arrays stay the table's). */
int nsp_gaz_compact(nsp_gazetteer *g, nsp_gaz_image *img);
const nsp_gaz_entry *nsp_gaz_entry_at(const nsp_gazetteer *g, uint32_t i);
const char *nsp_gaz_str(const nsp_gazetteer *g, uint32_t off); /* NULL for UINT32_MAX */
size_t nsp_gaz_size(const nsp_gazetteer *g);
/* Walking a table's keys: slot i (< nsp_gaz_slots) holds one when
 * nsp_gaz_key_at returns 1. */
size_t nsp_gaz_slots(const nsp_gazetteer *g);
int nsp_gaz_key_at(const nsp_gazetteer *g, size_t i, const char **key, size_t *len);

/* ---- rules.c: rule-set parsing ------------------------------------------------ */
enum { NSP_RULE_REGEX = 1, NSP_RULE_GAZETTEER = 2, NSP_RULE_LEXICON = 3 };
/* Lexicon roles: word classes the name stage reads from token cues. */
enum {
  NSP_CUE_COMMON = 1u << 0,      /* an ordinary lower-case English word */
  NSP_CUE_GIVEN = 1u << 1,       /* a given name */
  NSP_CUE_HONORIFIC = 1u << 2,   /* Mr, Mrs, Dr, Sir */
  NSP_CUE_ORG_SUFFIX = 1u << 3,  /* last word of an organisation: Inc, Party */
  NSP_CUE_ORG_HEAD = 1u << 4,    /* head of "X of Y": University, Bank */
  NSP_CUE_PERSON_VERB = 1u << 5, /* said, told: a person speaks */
  NSP_CUE_LOC_PREP = 1u << 6,    /* in, near: a place follows */
  NSP_CUE_PARTICLE = 1u << 7,    /* de, van, bin: inside names */
  NSP_CUE_LOC_SUFFIX = 1u << 8,  /* Street, River: last word of a place */
  NSP_CUE_FUNCTION = 1u << 9,    /* The, However: never starts a name */
  NSP_CUE_NOT_NAME = 1u << 10,   /* capitalised but not a name: Monday, God */
  NSP_CUE_ORG_KIND = 1u << 11,   /* agency, chipmaker: an organisation's name follows */
  NSP_CUE_PERSON_ROLE = 1u << 12 /* striker, economist: a person's name follows */
};
int nsp_cue_from_name(const char *s, size_t n);
enum { NSP_CASE_EXACT = 0, NSP_CASE_ANY = 1, NSP_CASE_CAPS = 2 };
typedef struct nsp_rule {
  int kind;
  const char *id;
  int label;
  int priority;
  const char *value;      /* constant value, "$money" / "$date" computed, NULL */
  int case_mode;          /* gazetteers and lexicons: NSP_CASE_* */
  uint32_t role;          /* lexicons: NSP_CUE_* */
  void *code;             /* pcre2_code_8 * for regex rules */
  const char *pattern;    /* regex source, recompiled by each engine */
  const char *starts;     /* regex: words and #classes a match may start at */
  uint32_t start_classes; /* NSP_START_* parsed from `starts` (engine) */
  const char *near;       /* regex: words one of which a match holds near its start */
  uint64_t near_bit;      /* engine: this rule's bit in the near table, 0: none */
  int group_e;            /* engine: number of the group named e, 0 if none */
  int jit;                /* engine: 1 when the pattern is JIT-compiled */
  size_t pattern_len;
  int caseless;
  const char *source; /* "file:line" for messages */
} nsp_rule;

struct newsparse_rules {
  newsparse_allocator alc;
  nsp_buf rules;     /* nsp_rule */
  nsp_buf gazs;      /* nsp_gazetteer *, one per added text */
  nsp_arena strings; /* ids, values, sources, warnings */
  nsp_buf warnings;  /* const char *: what the loader noticed, file:line:col first */
};
int nsp_label_from_name(const char *s, size_t n);
/* newsparse_label_name, with the length of the name it returns. */
const char *nsp_label_name_len(int label, size_t *len);

/* ---- regex.c: the only file that includes pcre2.h ------------------------ */
enum { NSP_REGEX_CASELESS = 1, NSP_REGEX_ANCHORED = 2 };
/* The fewest bytes a match of the pattern can have (0: it may match the
 * empty string). */
size_t nsp_regex_min_length(const void *code);
int nsp_regex_compile(const newsparse_allocator *a, const char *pattern, size_t n, int flags,
                      void **code, int *err_offset, char *msg, size_t msg_size);
int nsp_regex_jit(void *code);   /* 1 when JIT-compiled */
int nsp_regex_group(void *code); /* number of the group named e, or 0 */
void nsp_regex_free(void *code);
typedef struct nsp_regex_ctx nsp_regex_ctx;
int nsp_regex_ctx_new(const newsparse_allocator *a, unsigned match_limit, unsigned depth_limit,
                      nsp_regex_ctx **out);
void nsp_regex_ctx_free(nsp_regex_ctx *c);
/* Find every non-overlapping match of code in text, calling fn for each
 * with the span of group "e" (or the whole match).  Returns 0, a negative
 * status, or 1 when a match limit was hit (matches so far are kept). */
typedef int (*nsp_match_fn)(void *ctx, size_t start, size_t end);
int nsp_regex_each(const nsp_regex_ctx *rc, void *code, const char *text, size_t len,
                   nsp_match_fn fn, void *ctx);
/* One match at `start` of a pattern compiled NSP_REGEX_ANCHORED: 1 (span
 * of group "e" or the match in
 * *ms, *me), 0 no match, 2 a match limit, or a negative status. */
int nsp_regex_at(const nsp_regex_ctx *rc, void *code, int group, int jit, const char *text,
                 size_t len, size_t start, size_t *ms, size_t *me);

/* A rule with `near=` words is tried only where one of them is among the
 * NSP_NEAR_TOKENS tokens from the start token on. */
#define NSP_NEAR_TOKENS 8
/* Near words share the start table; their entries carry this bit. */
#define NSP_NEAR_ENTRY 0x80000000u

/* Token classes a regex rule may start at ("starts=#digit|#symbol|may"). */
enum {
  NSP_START_DIGIT = 1u << 0,
  NSP_START_CAP = 1u << 1,
  NSP_START_SYMBOL = 1u << 2,
  NSP_START_WORD = 1u << 3,
  NSP_START_YEAR = 1u << 4, /* four digits, 1000 to 2999: 1996, 1990s */
  NSP_START_DAY = 1u << 5   /* one or two digits: 27, 9 */
};
#define NSP_START_COMBOS 64 /* every combination of the bits above */
/* The class words of `starts`, and the NSP_START_* bit of one (0: none). */
uint32_t nsp_start_class(const char *s, size_t n);

/* ---- engine ---------------------------------------------------------------- */
struct newsparse_engine {
  newsparse_allocator alc;
  nsp_rule *rules;
  size_t n_rules;
  nsp_gazetteer **gazs; /* phrase tables, one per rule text; read-only */
  size_t n_gazs;
  nsp_gazetteer *starts; /* start and near words of regex rules -> rule indexes */
  nsp_gaz_view *views;   /* of gazs[k], for inline look-ups */
  nsp_gaz_view starts_view;
  int has_anchored; /* some regex rule has `starts` */
  /* regex rules started by a token class, listed per combination of a
   * token's NSP_START_* bits: those of combination c are
   * class_rules[class_first[c] .. class_first[c + 1]) */
  uint32_t *class_rules;
  uint32_t class_first[NSP_START_COMBOS + 1];
  int has_near; /* some rule has `near` words (NSP_NEAR_ENTRY in starts) */
  nsp_arena strings;
};

/* ---- tagger.c / values.c / resolve.c -------------------------------------- */
typedef struct nsp_doc nsp_doc;
/* Sort entities by start, in place (stable). */
int nsp_entities_sort(nsp_buf *entities, const newsparse_allocator *alc);
int nsp_tag(const newsparse_engine *e, nsp_doc *d, unsigned match_limit, unsigned depth_limit);
int nsp_names(nsp_doc *d);
int nsp_resolve(nsp_doc *d);
/* Computed values, written NUL-terminated into out (size >= 32).
 * nsp_value_money: 1 when a value was written, 0 when none.
 * nsp_value_date: 1 written, 0 a date without a normalisable value,
 * -1 not a valid date ("February 30"): the match is dropped. */
int nsp_value_money(const char *s, size_t n, char *out, size_t size);
int nsp_value_date(const char *s, size_t n, const nsp_date *ref, char *out, size_t size);
int nsp_parse_iso_date(const char *s, size_t n, nsp_date *out);

/* ---- result --------------------------------------------------------------- */
struct nsp_doc {
  newsparse_allocator alc;
  nsp_arena arena;
  char *orig;
  size_t orig_len;
  nsp_buf norm; /* normalised text, NUL-terminated */
  nsp_offmap map;
  nsp_structure st;
  nsp_tokens tokens;
  nsp_buf entities;  /* nsp_entity */
  nsp_buf relations; /* nsp_relation */
  nsp_buf warnings;  /* nsp_warning */
  nsp_date dct;      /* year 0 and month 0: none */
  int has_dct;
  char dct_text[16];
  unsigned opts;
  size_t work; /* look-ups and match attempts: tests check it grows linearly */
};

struct newsparse_result {
  nsp_doc doc;   /* allocates from pool */
  nsp_pool pool; /* backed by the allocator of the engine that made it */
};

/* A document's buffers, empty, using allocator a; and their release. */
void nsp_doc_init(nsp_doc *d, const newsparse_allocator *a);
void nsp_doc_free(nsp_doc *d);

/* Display text of a normalised span: NFC, white space collapsed, trimmed. */
const char *nsp_display(nsp_doc *d, nsp_span s);

/* ---- json.c --------------------------------------------------------------- */
int nsp_json_write(const newsparse_result *r, unsigned flags, nsp_buf *out);
int nsp_json_string(nsp_buf *out, const char *s, size_t n);
int nsp_json_string_body(nsp_buf *out, const char *s, size_t n); /* no quotes */

#endif
