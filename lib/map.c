/*
 * map.c - a small hash map for facts of one document.
 *
 * In: byte keys and 32-bit values.  Out: each key's list of values in the
 * order they were added, and whether a longer key starts with it.  Open
 * addressing with linear probing, grown by doubling at half full; the
 * phrase tables of the engine (gazetteer.c) stay what they are: rules'
 * phrases, never a place for per-document state.
 */
#include "map.h"
#include "hash.h"

typedef struct nsp_map_slot {
  uint32_t key, len; /* in keys; len 0 and flags 0: empty */
  uint32_t hash, flags;
  uint32_t first, last; /* entries */
} nsp_map_slot;

typedef struct nsp_map_entry {
  uint32_t value, next;
} nsp_map_entry;

void nsp_map_init(nsp_map *m, const newsparse_allocator *a) {
  nsp_buf_init(&m->slots, a);
  nsp_buf_init(&m->entries, a);
  nsp_buf_init(&m->keys, a);
  m->used = 0;
}

void nsp_map_free(nsp_map *m) {
  nsp_buf_free(&m->slots);
  nsp_buf_free(&m->entries);
  nsp_buf_free(&m->keys);
  m->used = 0;
}

static size_t slot_count(const nsp_map *m) { return NSP_VEC_LEN(&m->slots, nsp_map_slot); }

static nsp_map_slot *slot_for(const nsp_map *m, const char *key, size_t n, uint32_t h) {
  nsp_map_slot *slots = (nsp_map_slot *)(void *)m->slots.data;
  size_t mask = slot_count(m) - 1, i;
  for (i = h & mask;; i = (i + 1) & mask) {
    nsp_map_slot *s = &slots[i];
    if (!s->flags)
      return s;
    if (s->hash == h && s->len == n && nsp_key_eq(m->keys.data + s->key, key, n))
      return s;
  }
}

static int grow(nsp_map *m) {
  size_t n = slot_count(m), cap = n ? 2 * n : 64, k;
  nsp_buf old = m->slots;
  nsp_buf_init(&m->slots, old.alc);
  if (nsp_buf_reserve(&m->slots, cap * sizeof(nsp_map_slot))) {
    m->slots = old;
    return NEWSPARSE_ERR_NOMEM;
  }
  memset(m->slots.data, 0, cap * sizeof(nsp_map_slot));
  m->slots.len = cap * sizeof(nsp_map_slot);
  for (k = 0; k < n; k++) {
    const nsp_map_slot *s = &NSP_VEC_AT(&old, nsp_map_slot, k);
    if (s->flags)
      *slot_for(m, m->keys.data + s->key, s->len, s->hash) = *s;
  }
  nsp_buf_free(&old);
  return NEWSPARSE_OK;
}

/* The key's slot, made when absent. */
static nsp_map_slot *slot_of(nsp_map *m, const char *key, size_t n) {
  uint32_t h = nsp_hash(key, n);
  nsp_map_slot *s;
  if ((m->used + 1) * 2 > slot_count(m) && grow(m))
    return NULL;
  s = slot_for(m, key, n, h);
  if (!s->flags) {
    s->key = (uint32_t)m->keys.len;
    s->len = (uint32_t)n;
    s->hash = h;
    s->first = s->last = NSP_MAP_NONE;
    if (nsp_buf_put(&m->keys, key, n))
      return NULL;
    m->used++;
  }
  return s;
}

int nsp_map_add(nsp_map *m, const char *key, size_t n, uint32_t value) {
  nsp_map_slot *s = slot_of(m, key, n);
  nsp_map_entry e;
  uint32_t i = (uint32_t)NSP_VEC_LEN(&m->entries, nsp_map_entry);
  if (!s)
    return NEWSPARSE_ERR_NOMEM;
  e.value = value;
  e.next = NSP_MAP_NONE;
  if (NSP_VEC_PUSH(&m->entries, nsp_map_entry, e))
    return NEWSPARSE_ERR_NOMEM;
  if (s->last == NSP_MAP_NONE)
    s->first = i;
  else
    NSP_VEC_AT(&m->entries, nsp_map_entry, s->last).next = i;
  s->last = i;
  s->flags |= NSP_MAP_VALUES;
  return NEWSPARSE_OK;
}

int nsp_map_mark_prefix(nsp_map *m, const char *key, size_t n) {
  nsp_map_slot *s = slot_of(m, key, n);
  if (!s)
    return NEWSPARSE_ERR_NOMEM;
  s->flags |= NSP_MAP_PREFIX;
  return NEWSPARSE_OK;
}

int nsp_map_find(const nsp_map *m, const char *key, size_t n, uint32_t *first) {
  const nsp_map_slot *s;
  if (!m->used)
    return 0;
  s = slot_for(m, key, n, nsp_hash(key, n));
  if (first)
    *first = s->flags ? s->first : NSP_MAP_NONE;
  return (int)s->flags;
}

uint32_t nsp_map_value(const nsp_map *m, uint32_t entry) {
  return NSP_VEC_AT(&m->entries, nsp_map_entry, entry).value;
}

uint32_t nsp_map_next(const nsp_map *m, uint32_t entry) {
  return NSP_VEC_AT(&m->entries, nsp_map_entry, entry).next;
}

void nsp_map_set_value(nsp_map *m, uint32_t entry, uint32_t value) {
  NSP_VEC_AT(&m->entries, nsp_map_entry, entry).value = value;
}
