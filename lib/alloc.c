/*
 * alloc.c - the allocator bridge and the per-result arena.
 *
 * In: an optional caller allocator (newsparse_allocator).  Out: malloc-like
 * helpers that route every allocation through it; a bump arena whose
 * blocks are freed at once when a result is freed; and a result's block
 * pool, which keeps freed blocks for the next document parsed into the
 * same result.  Nothing here aborts: a failed allocation returns NULL and
 * the caller reports NEWSPARSE_ERR_NOMEM.
 */
#include "alloc.h"

#include <stdlib.h>
#include <string.h>

static void *libc_malloc(void *ctx, size_t n) {
  (void)ctx;
  return malloc(n ? n : 1);
}
static void *libc_realloc(void *ctx, void *p, size_t old, size_t n) {
  (void)ctx;
  (void)old;
  return realloc(p, n ? n : 1);
}
static void libc_free(void *ctx, void *p) {
  (void)ctx;
  free(p);
}

void nsp_allocator_init(newsparse_allocator *dst, const newsparse_allocator *src) {
  if (src && src->malloc && src->realloc && src->free) {
    *dst = *src;
  } else {
    dst->malloc = libc_malloc;
    dst->realloc = libc_realloc;
    dst->free = libc_free;
    dst->ctx = NULL;
  }
}

void *nsp_malloc(const newsparse_allocator *a, size_t n) { return a->malloc(a->ctx, n); }

void *nsp_realloc(const newsparse_allocator *a, void *p, size_t old, size_t n) {
  if (!p)
    return a->malloc(a->ctx, n);
  return a->realloc(a->ctx, p, old, n);
}

void nsp_free(const newsparse_allocator *a, void *p) {
  if (p)
    a->free(a->ctx, p);
}

char *nsp_strndup(const newsparse_allocator *a, const char *s, size_t n) {
  char *p = nsp_malloc(a, n + 1);
  if (p) {
    if (n)
      memcpy(p, s, n);
    p[n] = '\0';
  }
  return p;
}

/* Arena blocks grow geometrically from 4 KiB so that a result holds few
 * blocks whatever its size; a large request gets a block of its own. */
struct nsp_arena_block {
  nsp_arena_block *next;
  size_t used, cap;
  /* data follows, aligned for any object */
};

#define NSP_ALIGN 16u
#define NSP_BLOCK_HEADER ((sizeof(nsp_arena_block) + NSP_ALIGN - 1) & ~(size_t)(NSP_ALIGN - 1))

void *nsp_arena_alloc(nsp_arena *ar, size_t n) {
  nsp_arena_block *b = ar->head;
  n = (n + NSP_ALIGN - 1) & ~(size_t)(NSP_ALIGN - 1);
  if (n == 0)
    n = NSP_ALIGN;
  if (!b || b->cap - b->used < n) {
    size_t cap = b ? b->cap * 2 : 4096;
    if (cap > (size_t)1 << 20)
      cap = (size_t)1 << 20;
    if (cap < n)
      cap = n;
    if (cap > SIZE_MAX - NSP_BLOCK_HEADER)
      return NULL;
    b = nsp_malloc(ar->alc, NSP_BLOCK_HEADER + cap);
    if (!b)
      return NULL;
    b->cap = cap;
    b->used = 0;
    b->next = ar->head;
    ar->head = b;
  }
  {
    char *p = (char *)b + NSP_BLOCK_HEADER + b->used;
    b->used += n;
    return p;
  }
}

char *nsp_arena_strndup(nsp_arena *ar, const char *s, size_t n) {
  char *p = nsp_arena_alloc(ar, n + 1);
  if (p) {
    if (n)
      memcpy(p, s, n);
    p[n] = '\0';
  }
  return p;
}

void nsp_arena_release(nsp_arena *ar) {
  nsp_arena_block *b = ar->head;
  while (b) {
    nsp_arena_block *next = b->next;
    nsp_free(ar->alc, b);
    b = next;
  }
  ar->head = NULL;
}

/* ---- the block pool of a result ------------------------------------------ */
/* Blocks come in power-of-two sizes with a 16-byte header that holds the
 * size class; a freed block goes on its class's list and is handed out
 * again.  A document's buffers grow by doubling and its stages free their
 * scratch memory when done, so the second document parsed into a result
 * finds almost every block it needs on the lists: no allocator call, no
 * copy, no page fault.  Blocks over NSP_POOL_KEEP bytes go back to the
 * allocator at once, so one huge document does not pin its memory. */
#define NSP_POOL_HEADER 16u
#define NSP_POOL_MIN_CLASS 6 /* 64-byte blocks */
#define NSP_POOL_KEEP ((size_t)1 << 22)

typedef union pool_header { /* 16 bytes: the payload stays aligned for any object */
  size_t size_class;
  char pad[NSP_POOL_HEADER];
} pool_header;

static int class_of(size_t n) {
  int c = NSP_POOL_MIN_CLASS;
  while (c < NSP_POOL_CLASSES - 1 && ((size_t)1 << c) < n)
    c++;
  return ((size_t)1 << c) >= n ? c : -1;
}

static void *pool_malloc(void *ctx, size_t n) {
  nsp_pool *pool = ctx;
  int c = n <= SIZE_MAX - NSP_POOL_HEADER ? class_of(n + NSP_POOL_HEADER) : -1;
  char *b;
  if (c < 0)
    return NULL;
  if (pool->free_list[c]) {
    b = pool->free_list[c];
    memcpy(&pool->free_list[c], b + NSP_POOL_HEADER, sizeof(void *));
  } else {
    b = nsp_malloc(&pool->backing, (size_t)1 << c);
    if (!b)
      return NULL;
    ((pool_header *)(void *)b)->size_class = (size_t)c;
  }
  return b + NSP_POOL_HEADER;
}

static void pool_free(void *ctx, void *p) {
  nsp_pool *pool = ctx;
  char *b = (char *)p - NSP_POOL_HEADER;
  size_t c = ((pool_header *)(void *)b)->size_class;
  if (((size_t)1 << c) > NSP_POOL_KEEP) {
    nsp_free(&pool->backing, b);
    return;
  }
  memcpy(b + NSP_POOL_HEADER, &pool->free_list[c], sizeof(void *));
  pool->free_list[c] = b;
}

static void *pool_realloc(void *ctx, void *p, size_t old, size_t n) {
  char *b = (char *)p - NSP_POOL_HEADER, *q;
  size_t c = ((pool_header *)(void *)b)->size_class;
  if (n <= ((size_t)1 << c) - NSP_POOL_HEADER)
    return p; /* still fits its block */
  if (!(q = pool_malloc(ctx, n)))
    return NULL;
  memcpy(q, p, old < n ? old : n);
  pool_free(ctx, p);
  return q;
}

void nsp_pool_init(nsp_pool *pool, const newsparse_allocator *backing) {
  memset(pool, 0, sizeof *pool);
  pool->backing = *backing;
  pool->alc.malloc = pool_malloc;
  pool->alc.realloc = pool_realloc;
  pool->alc.free = pool_free;
  pool->alc.ctx = pool;
}

void nsp_pool_trim(nsp_pool *pool) {
  int c;
  for (c = 0; c < NSP_POOL_CLASSES; c++)
    while (pool->free_list[c]) {
      char *b = pool->free_list[c];
      memcpy(&pool->free_list[c], b + NSP_POOL_HEADER, sizeof(void *));
      nsp_free(&pool->backing, b);
    }
}
