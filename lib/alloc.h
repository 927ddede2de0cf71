/* alloc.h - the allocator bridge, arenas and result pools (alloc.c). */
#ifndef NSP_ALLOC_H
#define NSP_ALLOC_H

#include "newsparse.h"

#include <stddef.h>
#include <stdint.h>

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

#endif
