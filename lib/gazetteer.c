/*
 * gazetteer.c - the phrase table behind gazetteer rules.
 *
 * In: phrases as lower-cased token keys, each with its rule and value.
 * Out: O(1) lookups of a key, telling whether it is a phrase, the prefix of
 * a longer phrase, or both, so that the tagger extends a match token by
 * token and stops as soon as no phrase can continue.  Open addressing with
 * FNV-1a hashes; keys and values live in the table's own arena.  After the
 * engine is built the table is only read, so threads share it freely.
 */
#include "internal.h"

#include <string.h>

typedef struct slot {
  const char *key;
  size_t len;
  uint32_t hash;
  uint32_t flags;
  uint32_t head; /* first entry, UINT32_MAX if none */
} slot;

struct nsp_gazetteer {
  newsparse_allocator alc;
  slot *slots;
  size_t cap, used;
  nsp_buf entries; /* nsp_gaz_entry */
  nsp_arena strings;
};

static uint32_t fnv1a(const char *s, size_t n) {
  uint32_t h = 2166136261u;
  size_t i;
  for (i = 0; i < n; i++) {
    h ^= (unsigned char)s[i];
    h *= 16777619u;
  }
  return h ? h : 1;
}

int nsp_gaz_new(const newsparse_allocator *a, nsp_gazetteer **out) {
  nsp_gazetteer *g = nsp_malloc(a, sizeof *g);
  if (!g)
    return NEWSPARSE_ERR_NOMEM;
  memset(g, 0, sizeof *g);
  g->alc = *a;
  nsp_buf_init(&g->entries, &g->alc);
  g->strings.alc = &g->alc;
  g->strings.head = NULL;
  *out = g;
  return NEWSPARSE_OK;
}

void nsp_gaz_free(nsp_gazetteer *g) {
  if (!g)
    return;
  nsp_free(&g->alc, g->slots);
  nsp_buf_free(&g->entries);
  nsp_arena_release(&g->strings);
  nsp_free(&g->alc, g);
}

static slot *probe(const nsp_gazetteer *g, const char *k, size_t n, uint32_t h) {
  size_t mask = g->cap - 1, i = h & mask;
  for (;;) {
    slot *s = &g->slots[i];
    if (!s->key || (s->hash == h && s->len == n && memcmp(s->key, k, n) == 0))
      return s;
    i = (i + 1) & mask;
  }
}

static int grow(nsp_gazetteer *g) {
  size_t cap = g->cap ? g->cap * 2 : 1024, i;
  slot *old = g->slots, *ns = nsp_malloc(&g->alc, cap * sizeof *ns);
  size_t oldcap = g->cap;
  if (!ns)
    return NEWSPARSE_ERR_NOMEM;
  memset(ns, 0, cap * sizeof *ns);
  g->slots = ns;
  g->cap = cap;
  for (i = 0; i < oldcap; i++)
    if (old[i].key)
      *probe(g, old[i].key, old[i].len, old[i].hash) = old[i];
  nsp_free(&g->alc, old);
  return NEWSPARSE_OK;
}

static slot *intern(nsp_gazetteer *g, const char *k, size_t n) {
  uint32_t h = fnv1a(k, n);
  slot *s;
  if ((g->used + 1) * 2 >= g->cap && grow(g)) /* at most half full: short probes */
    return NULL;
  s = probe(g, k, n, h);
  if (!s->key) {
    char *copy = nsp_arena_strndup(&g->strings, k, n);
    if (!copy)
      return NULL;
    s->key = copy;
    s->len = n;
    s->hash = h;
    s->flags = 0;
    s->head = UINT32_MAX;
    g->used++;
  }
  return s;
}

int nsp_gaz_mark_prefix(nsp_gazetteer *g, const char *k, size_t n) {
  slot *s = intern(g, k, n);
  if (!s)
    return NEWSPARSE_ERR_NOMEM;
  s->flags |= NSP_GAZ_PREFIX;
  return NEWSPARSE_OK;
}

int nsp_gaz_add(nsp_gazetteer *g, const char *k, size_t n, const char *exact,
                size_t exact_len, uint32_t rule, const char *value) {
  slot *s = intern(g, k, n);
  nsp_gaz_entry e;
  uint32_t i, last = UINT32_MAX;
  if (!s)
    return NEWSPARSE_ERR_NOMEM;
  for (i = s->head; i != UINT32_MAX; i = e.next) {
    e = NSP_VEC_AT(&g->entries, nsp_gaz_entry, i);
    if (e.rule == rule && (e.exact == NULL) == (exact == NULL) &&
        (!exact || (e.exact_len == exact_len && memcmp(e.exact, exact, exact_len) == 0)))
      return NEWSPARSE_OK; /* the same phrase twice for one rule */
    last = i;
  }
  e.rule = rule;
  e.next = UINT32_MAX;
  e.value = value ? nsp_arena_strndup(&g->strings, value, strlen(value)) : NULL;
  e.exact = exact ? nsp_arena_strndup(&g->strings, exact, exact_len) : NULL;
  e.exact_len = exact_len;
  if ((value && !e.value) || (exact && !e.exact))
    return NEWSPARSE_ERR_NOMEM;
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

int nsp_gaz_find(const nsp_gazetteer *g, const char *k, size_t n, uint32_t *head) {
  const slot *s;
  if (!g->cap)
    return 0;
  s = probe(g, k, n, fnv1a(k, n));
  if (!s->key)
    return 0;
  *head = s->head;
  return (int)s->flags;
}

const nsp_gaz_entry *nsp_gaz_entry_at(const nsp_gazetteer *g, uint32_t i) {
  return &((const nsp_gaz_entry *)(const void *)g->entries.data)[i];
}

size_t nsp_gaz_size(const nsp_gazetteer *g) {
  return NSP_VEC_LEN(&g->entries, nsp_gaz_entry);
}

int nsp_gaz_merge(nsp_gazetteer *dst, const nsp_gazetteer *src, uint32_t offset) {
  size_t i;
  int rc;
  for (i = 0; i < src->cap; i++) {
    const slot *s = &src->slots[i];
    uint32_t e;
    if (!s->key)
      continue;
    if ((s->flags & NSP_GAZ_PREFIX) &&
        (rc = nsp_gaz_mark_prefix(dst, s->key, s->len)) != 0)
      return rc;
    for (e = s->head; e != UINT32_MAX;) {
      const nsp_gaz_entry *en = nsp_gaz_entry_at(src, e);
      if ((rc = nsp_gaz_add(dst, s->key, s->len, en->exact, en->exact_len,
                            en->rule + offset, en->value)) != 0)
        return rc;
      e = en->next;
    }
  }
  return NEWSPARSE_OK;
}
