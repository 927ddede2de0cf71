/* map.h - a small hash map from byte keys to lists of 32-bit values, with
 * prefix marks (map.c).  The name and resolve stages keep per-document
 * facts in it: which mention a name is, the entities of a surname. */
#ifndef NSP_MAP_H
#define NSP_MAP_H

#include "buf.h"

#include <stdint.h>

#define NSP_MAP_NONE UINT32_MAX
/* Flags of a key: it holds values, and/or a longer key starts with it. */
enum { NSP_MAP_VALUES = 1, NSP_MAP_PREFIX = 2 };

typedef struct nsp_map {
  nsp_buf slots;   /* nsp_map_slot, a power of two of them */
  nsp_buf entries; /* nsp_map_entry */
  nsp_buf keys;    /* the keys' bytes */
  size_t used;
} nsp_map;

void nsp_map_init(nsp_map *m, const newsparse_allocator *a);
void nsp_map_free(nsp_map *m);
/* Append value to key's list. */
int nsp_map_add(nsp_map *m, const char *key, size_t n, uint32_t value);
/* Mark key as the start of a longer key. */
int nsp_map_mark_prefix(nsp_map *m, const char *key, size_t n);
/* The key's flags (0 when absent); *first = its first entry. */
int nsp_map_find(const nsp_map *m, const char *key, size_t n, uint32_t *first);
/* An entry's value and the next entry of the same key (NSP_MAP_NONE). */
uint32_t nsp_map_value(const nsp_map *m, uint32_t entry);
uint32_t nsp_map_next(const nsp_map *m, uint32_t entry);
void nsp_map_set_value(nsp_map *m, uint32_t entry, uint32_t value);

#endif
