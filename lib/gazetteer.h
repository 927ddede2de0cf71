/* gazetteer.h - the phrase table behind gazetteer and lexicon rules (gazetteer.c). */
#ifndef NSP_GAZETTEER_H
#define NSP_GAZETTEER_H

#include "hash.h"
#include "newsparse.h"

#include <stdint.h>
#include <string.h>

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
  /* where the text's blocks end: the byte offsets of its "end" lines and
   * the number of line breaks before each, so that the parser leaps over
   * the phrase lines the table holds (ascending) */
  const uint32_t *end_at, *end_breaks;
  size_t n_ends;
} nsp_gaz_image;
/* The image of the built-in rule text's table; NULL in builds without one
 * (the text is then parsed). */
extern const nsp_gaz_image *const nsp_builtin_image;
/* Look-up flags; bits from NSP_GAZ_CUE_SHIFT up carry the NSP_CUE_* roles
 * folded into the key by nsp_gaz_fold_roles. */
enum { NSP_GAZ_ENTRY = 1, NSP_GAZ_PREFIX = 2 };
#define NSP_GAZ_CUE_SHIFT 2
typedef struct nsp_gazetteer nsp_gazetteer;
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

#endif
