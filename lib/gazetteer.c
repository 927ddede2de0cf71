/*
 * gazetteer.c - the phrase table behind gazetteer and lexicon rules.
 *
 * In: phrases as lower-cased token keys, each with its rule and value.
 * Out: O(1) lookups of a key, telling whether it is a phrase, the prefix of
 * a longer phrase, or both, so that the tagger extends a match token by
 * token and stops as soon as no phrase can continue.  Open addressing with
 * FNV-1a hashes, at most half full while it grows.  Keys and values are
 * offsets into one string buffer, so a table is a few flat arrays: an
 * engine copies a rule set's tables with memcpy, and only reads them
 * afterwards, so threads share them freely.  The built-in rules' table is
 * such arrays made at build time (an image: compacted, folded, sealed),
 * which a table adopts without copying.
 */
#include "gazetteer.h"
#include "buf.h"

#include <string.h>

typedef nsp_gaz_slot slot;

struct nsp_gazetteer {
  newsparse_allocator alc;
  slot *slots;     /* at a 64-byte boundary in slots_mem */
  void *slots_mem; /* the block to free; NULL when borrowed */
  size_t cap, used;
  int folded;   /* nsp_gaz_fold_roles has run: it must not run again */
  int borrowed; /* the arrays are a built-in image's static memory */
  /* A Bloom filter over the keys' hashes (two bits a key, eight bits per
   * key): most look-ups are misses ("the" + the next word), and the filter
   * answers them from a few hundred KiB instead of the slot array. Built
   * by nsp_gaz_seal; NULL until then and after any change. */
  uint64_t *bloom;
  uint32_t bloom_mask; /* bit count - 1 */
  nsp_buf entries;     /* nsp_gaz_entry */
  nsp_buf strings;     /* keys, values, exact forms */
};

int nsp_gaz_new(const newsparse_allocator *a, nsp_gazetteer **out) {
  nsp_gazetteer *g = nsp_malloc(a, sizeof *g);
  if (!g)
    return NEWSPARSE_ERR_NOMEM;
  memset(g, 0, sizeof *g);
  g->alc = *a;
  nsp_buf_init(&g->entries, &g->alc);
  nsp_buf_init(&g->strings, &g->alc);
  *out = g;
  return NEWSPARSE_OK;
}

void nsp_gaz_free(nsp_gazetteer *g) {
  if (!g)
    return;
  if (!g->borrowed) {
    nsp_free(&g->alc, g->bloom);
    nsp_free(&g->alc, g->slots_mem);
  }
  nsp_buf_free(&g->entries);
  nsp_buf_free(&g->strings);
  nsp_free(&g->alc, g);
}

/* Zeroed slots for cap keys at a 64-byte boundary, so that no slot
 * straddles two cache lines; *mem gets the block to free. */
static slot *slots_alloc(const newsparse_allocator *a, size_t cap, void **mem) {
  char *p;
  size_t pad;
  if (cap > (SIZE_MAX - 64) / sizeof(slot) || !(p = nsp_malloc(a, cap * sizeof(slot) + 64)))
    return NULL;
  *mem = p;
  pad = (64 - (size_t)((uintptr_t)p & 63)) & 63;
  memset(p + pad, 0, cap * sizeof(slot));
  return (slot *)(void *)(p + pad);
}

/* The table's arrays as an image (they stay the table's). */
static void describe(const nsp_gazetteer *g, nsp_gaz_image *img) {
  img->slots = g->slots;
  img->cap = g->cap;
  img->used = g->used;
  img->entries = (const nsp_gaz_entry *)(const void *)g->entries.data;
  img->n_entries = NSP_VEC_LEN(&g->entries, nsp_gaz_entry);
  img->strings = g->strings.data;
  img->strings_len = g->strings.len;
  img->bloom = g->bloom;
  img->bloom_mask = g->bloom_mask;
}

int nsp_gaz_clone(const newsparse_allocator *a, const nsp_gazetteer *src, nsp_gazetteer **out) {
  nsp_gazetteer *g;
  int rc;
  if (src->borrowed) { /* a built-in image is static: share it */
    nsp_gaz_image img;
    describe(src, &img);
    return nsp_gaz_from_image(a, &img, out);
  }
  rc = nsp_gaz_new(a, &g);
  if (rc)
    return rc;
  if (src->cap) {
    g->slots = slots_alloc(&g->alc, src->cap, &g->slots_mem);
    if (!g->slots) {
      nsp_gaz_free(g);
      return NEWSPARSE_ERR_NOMEM;
    }
    memcpy(g->slots, src->slots, src->cap * sizeof *g->slots);
    g->cap = src->cap;
    g->used = src->used;
  }
  g->folded = src->folded;
  if (nsp_buf_put(&g->entries, src->entries.data, src->entries.len) ||
      nsp_buf_put(&g->strings, src->strings.data, src->strings.len)) {
    nsp_gaz_free(g);
    return NEWSPARSE_ERR_NOMEM;
  }
  *out = g;
  return NEWSPARSE_OK;
}

int nsp_gaz_seal(nsp_gazetteer *g) {
  size_t bits = 512, i;
  if (g->bloom)
    return NEWSPARSE_OK; /* sealed, and unchanged since (a change unseals) */
  while (bits < 8 * g->used && bits < ((size_t)1 << 31))
    bits *= 2;
  g->bloom = nsp_malloc(&g->alc, bits / 8);
  if (!g->bloom)
    return NEWSPARSE_ERR_NOMEM;
  memset(g->bloom, 0, bits / 8);
  g->bloom_mask = (uint32_t)(bits - 1);
  for (i = 0; i < g->cap; i++)
    if (g->slots[i].len) {
      uint32_t h = g->slots[i].hash, a = nsp_bloom_bit1(h, g->bloom_mask),
               b = nsp_bloom_bit2(h, g->bloom_mask);
      g->bloom[a >> 6] |= (uint64_t)1 << (a & 63);
      g->bloom[b >> 6] |= (uint64_t)1 << (b & 63);
    }
  return NEWSPARSE_OK;
}

const char *nsp_gaz_str(const nsp_gazetteer *g, uint32_t off) {
  return off == UINT32_MAX ? NULL : g->strings.data + off;
}

static slot *probe(const nsp_gazetteer *g, const char *k, size_t n, uint32_t h) {
  size_t mask = g->cap - 1, i = h & mask;
  for (;;) {
    slot *s = &g->slots[i];
    if (!s->len || (s->hash == h && s->len == n && nsp_key_eq(g->strings.data + s->key, k, n)))
      return s;
    i = (i + 1) & mask;
  }
}

static int grow_to(nsp_gazetteer *g, size_t cap) {
  size_t i, mask = cap - 1;
  void *old_mem = g->slots_mem, *mem = NULL;
  slot *old = g->slots, *ns = slots_alloc(&g->alc, cap, &mem);
  size_t oldcap = g->cap;
  if (!ns)
    return NEWSPARSE_ERR_NOMEM;
  for (i = 0; i < oldcap; i++) {
    if (old[i].len) {
      size_t j = old[i].hash & mask;
      while (ns[j].len)
        j = (j + 1) & mask;
      ns[j] = old[i];
    }
  }
  nsp_free(&g->alc, old_mem);
  g->slots = ns;
  g->slots_mem = mem;
  g->cap = cap;
  return NEWSPARSE_OK;
}

static int grow(nsp_gazetteer *g) { return grow_to(g, g->cap ? g->cap * 2 : 64); }

int nsp_gaz_reserve(nsp_gazetteer *g, size_t keys) {
  size_t cap = g->cap ? g->cap : 64;
  while (cap < 2 * (g->used + keys) + 2)
    cap *= 2;
  return cap > g->cap ? grow_to(g, cap) : NEWSPARSE_OK;
}

static int add_string(nsp_gazetteer *g, const char *s, size_t n, uint32_t *off) {
  if (g->strings.len + n + 1 >= UINT32_MAX)
    return NEWSPARSE_ERR_LIMIT;
  *off = (uint32_t)g->strings.len;
  if (nsp_buf_put(&g->strings, s, n) || nsp_buf_putc(&g->strings, '\0'))
    return NEWSPARSE_ERR_NOMEM;
  return NEWSPARSE_OK;
}

static int intern(nsp_gazetteer *g, const char *k, size_t n, slot **out) {
  uint32_t h = nsp_hash(k, n);
  slot *s;
  int rc;
  if (g->borrowed || g->folded)
    return NEWSPARSE_ERR_ARG; /* a finished table is read-only */
  if (g->bloom) {             /* a change unseals */
    nsp_free(&g->alc, g->bloom);
    g->bloom = NULL;
  }
  if (n == 0 || n >= UINT32_MAX)
    return NEWSPARSE_ERR_ARG;
  if ((g->used + 1) * 2 >= g->cap && (rc = grow(g)) != 0) /* at most half full */
    return rc;
  s = probe(g, k, n, h);
  if (!s->len) {
    uint32_t off;
    if ((rc = add_string(g, k, n, &off)) != 0)
      return rc;
    s->key = off; /* the strings moved, the slots did not */
    s->len = (uint32_t)n;
    s->hash = h;
    s->flags = 0;
    s->head = UINT32_MAX;
    memcpy(s->inl, k, n < NSP_GAZ_INLINE ? n : NSP_GAZ_INLINE); /* the rest stays 0 */
    g->used++;
  }
  *out = s;
  return NEWSPARSE_OK;
}

int nsp_gaz_mark_prefix(nsp_gazetteer *g, const char *k, size_t n) {
  slot *s;
  int rc = intern(g, k, n, &s);
  if (rc)
    return rc;
  s->flags |= NSP_GAZ_PREFIX;
  return NEWSPARSE_OK;
}

int nsp_gaz_add(nsp_gazetteer *g, const char *k, size_t n, const char *exact, size_t exact_len,
                uint32_t rule, const char *value) {
  slot *s;
  nsp_gaz_entry e;
  uint32_t i, last = UINT32_MAX;
  int rc = intern(g, k, n, &s);
  if (rc)
    return rc;
  for (i = s->head; i != UINT32_MAX; i = e.next) {
    e = NSP_VEC_AT(&g->entries, nsp_gaz_entry, i);
    if (e.rule == rule && (e.exact_off == UINT32_MAX) == (exact == NULL) &&
        (!exact || (e.exact_len == exact_len &&
                    memcmp(g->strings.data + e.exact_off, exact, exact_len) == 0)))
      return NEWSPARSE_OK; /* the same phrase twice for one rule */
    last = i;
  }
  e.rule = rule;
  e.next = UINT32_MAX;
  e.value_off = e.exact_off = UINT32_MAX;
  e.exact_len = (uint32_t)exact_len;
  if ((value && (rc = add_string(g, value, strlen(value), &e.value_off)) != 0) ||
      (exact && (rc = add_string(g, exact, exact_len, &e.exact_off)) != 0))
    return rc;
  if (NSP_VEC_LEN(&g->entries, nsp_gaz_entry) >= UINT32_MAX - 1)
    return NEWSPARSE_ERR_LIMIT;
  i = (uint32_t)NSP_VEC_LEN(&g->entries, nsp_gaz_entry);
  if (NSP_VEC_PUSH(&g->entries, nsp_gaz_entry, e))
    return NEWSPARSE_ERR_NOMEM;
  if (last == UINT32_MAX)
    s->head = i;
  else
    NSP_VEC_AT(&g->entries, nsp_gaz_entry, last).next = i;
  s->flags |= NSP_GAZ_ENTRY;
  return NEWSPARSE_OK;
}

void nsp_gaz_fold_roles(nsp_gazetteer *g, const uint32_t *roles, size_t n_rules) {
  nsp_gaz_entry *en = (nsp_gaz_entry *)(void *)g->entries.data;
  size_t i;
  if (g->folded)
    return; /* a built-in image comes folded */
  g->folded = 1;
  for (i = 0; i < g->cap; i++) {
    slot *s = &g->slots[i];
    uint32_t *link = &s->head, cues = 0;
    if (!s->len)
      continue;
    while (*link != UINT32_MAX) {
      nsp_gaz_entry *e = &en[*link];
      if (e->rule >= n_rules || (roles[e->rule] && e->exact_off == UINT32_MAX)) {
        if (e->rule < n_rules)
          cues |= roles[e->rule];
        *link = e->next; /* unlinked; the entry array keeps its place */
      } else
        link = &e->next;
    }
    s->flags = (s->flags & NSP_GAZ_PREFIX) | (s->head != UINT32_MAX ? NSP_GAZ_ENTRY : 0) |
               (cues << NSP_GAZ_CUE_SHIFT);
  }
}

nsp_gaz_view nsp_gaz_view_of(const nsp_gazetteer *g) {
  nsp_gaz_view v;
  v.bloom = g->bloom;
  v.bloom_mask = g->bloom_mask;
  v.slots = g->cap ? g->slots : NULL;
  v.mask = g->cap ? g->cap - 1 : 0;
  v.strings = g->strings.data;
  return v;
}

/* Look-ups go through the view: one implementation, inline in the tagger
 * and called here. */
int nsp_gaz_find(const nsp_gazetteer *g, const char *k, size_t n, uint32_t *head) {
  nsp_gaz_view v;
  if (!n || !g->used) /* an empty table: no key to hash */
    return 0;
  v = nsp_gaz_view_of(g);
  return nsp_gaz_view_find(&v, k, n, nsp_hash(k, n), head);
}

const nsp_gaz_entry *nsp_gaz_entry_at(const nsp_gazetteer *g, uint32_t i) {
  return &((const nsp_gaz_entry *)(const void *)g->entries.data)[i];
}

size_t nsp_gaz_size(const nsp_gazetteer *g) { return NSP_VEC_LEN(&g->entries, nsp_gaz_entry); }

size_t nsp_gaz_slots(const nsp_gazetteer *g) { return g->cap; }

int nsp_gaz_key_at(const nsp_gazetteer *g, size_t i, const char **key, size_t *len) {
  if (i >= g->cap || !g->slots[i].len)
    return 0;
  *key = g->strings.data + g->slots[i].key;
  *len = g->slots[i].len;
  return 1;
}

/* ---- built-in images ------------------------------------------------------ */

int nsp_gaz_from_image(const newsparse_allocator *a, const nsp_gaz_image *img,
                       nsp_gazetteer **out) {
  nsp_gazetteer *g;
  int rc = nsp_gaz_new(a, &g);
  if (rc)
    return rc;
  /* read-only from here on: folded and sealed, so nothing writes to the
   * arrays, and nsp_gaz_free leaves them alone */
  g->borrowed = g->folded = 1;
  g->slots = (slot *)(uintptr_t)img->slots;
  g->cap = img->cap;
  g->used = img->used;
  g->bloom = (uint64_t *)(uintptr_t)img->bloom;
  g->bloom_mask = img->bloom_mask;
  g->entries.data = (char *)(uintptr_t)img->entries;
  g->entries.len = g->entries.cap = img->n_entries * sizeof(nsp_gaz_entry);
  g->entries.borrowed = 1;
  g->strings.data = (char *)(uintptr_t)img->strings;
  g->strings.len = g->strings.cap = img->strings_len;
  g->strings.borrowed = 1;
  *out = g;
  return NEWSPARSE_OK;
}

/* Rebuild a finished (folded) table in the least memory that keeps
 * look-ups the same: only the entries still linked, in their order, and
 * slots at most about two thirds full.  Then seal it and describe it. */
int nsp_gaz_compact(nsp_gazetteer *g, nsp_gaz_image *img) {
  const nsp_gaz_entry *old_en = (const nsp_gaz_entry *)(const void *)g->entries.data;
  size_t cap = 64, i;
  nsp_buf entries;
  int rc;
  if (g->borrowed || !g->folded)
    return NEWSPARSE_ERR_ARG;
  nsp_buf_init(&entries, &g->alc);
  for (i = 0; i < g->cap; i++) {
    slot *s = &g->slots[i];
    uint32_t e = s->head, prev = UINT32_MAX;
    if (!s->len)
      continue;
    for (; e != UINT32_MAX; e = old_en[e].next) {
      nsp_gaz_entry copy = old_en[e];
      uint32_t at = (uint32_t)NSP_VEC_LEN(&entries, nsp_gaz_entry);
      copy.next = UINT32_MAX;
      if (NSP_VEC_PUSH(&entries, nsp_gaz_entry, copy)) {
        nsp_buf_free(&entries);
        return NEWSPARSE_ERR_NOMEM;
      }
      if (prev == UINT32_MAX) /* indexes, not pointers: a push may move the array */
        s->head = at;
      else
        NSP_VEC_AT(&entries, nsp_gaz_entry, prev).next = at;
      prev = at;
    }
  }
  nsp_buf_free(&g->entries);
  g->entries = entries;
  while (cap * 2 < g->used * 3)
    cap *= 2;
  nsp_free(&g->alc, g->bloom);
  g->bloom = NULL;
  if ((rc = grow_to(g, cap)) != 0 || (rc = nsp_gaz_seal(g)) != 0)
    return rc;
  describe(g, img);
  return NEWSPARSE_OK;
}
