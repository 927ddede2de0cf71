/* buf.h - growable byte buffers and arrays of fixed-size items (buf.c). */
#ifndef NSP_BUF_H
#define NSP_BUF_H

#include "alloc.h"

#include <string.h>

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
/* The end of an snprintf-style writer that started with nsp_buf_borrow on
 * the caller's (buf, size): when the output outgrew it, as much as fits
 * is copied there, NUL-terminated.  Frees b; returns the full length. */
size_t nsp_buf_finish_into(nsp_buf *b, char *buf, size_t size);

/* A growable array of fixed-size items, built on nsp_buf. */
#define NSP_VEC_PUSH(buf, type, value)                                                             \
  (nsp_buf_reserve((buf), sizeof(type)) == 0                                                       \
       ? (*(type *)(void *)((buf)->data + (buf)->len) = (value), (buf)->len += sizeof(type), 0)    \
       : NEWSPARSE_ERR_NOMEM)
#define NSP_VEC_AT(buf, type, i) (((type *)(void *)(buf)->data)[i])
#define NSP_VEC_LEN(buf, type) ((buf)->len / sizeof(type))

#endif
