/*
 * buf.c - a growable byte buffer (also used as a typed vector).
 *
 * In: bytes to append.  Out: one contiguous, NUL-terminated allocation made
 * through the caller's allocator.  A failed growth sets the sticky `oom`
 * flag and returns NEWSPARSE_ERR_NOMEM; the contents stay valid.
 */
#include "buf.h"

#include <string.h>

void nsp_buf_init(nsp_buf *b, const newsparse_allocator *a) {
  b->data = NULL;
  b->len = b->cap = 0;
  b->alc = a;
  b->oom = 0;
  b->borrowed = 0;
}

void nsp_buf_borrow(nsp_buf *b, const newsparse_allocator *a, char *mem, size_t cap) {
  nsp_buf_init(b, a);
  if (mem && cap) {
    b->data = mem;
    b->cap = cap;
    b->borrowed = 1;
    mem[0] = '\0';
  }
}

int nsp_buf_grow(nsp_buf *b, size_t extra) {
  size_t need, cap;
  char *p;
  if (b->oom)
    return NEWSPARSE_ERR_NOMEM;
  if (extra > SIZE_MAX - b->len - 1) {
    b->oom = 1;
    return NEWSPARSE_ERR_NOMEM;
  }
  need = b->len + extra + 1; /* room for the NUL */
  if (need <= b->cap)
    return NEWSPARSE_OK;
  cap = b->cap ? b->cap : 64;
  while (cap < need)
    cap = cap > SIZE_MAX / 2 ? need : cap * 2;
  if (b->borrowed) { /* the caller's memory is too small: move to the heap */
    p = nsp_malloc(b->alc, cap);
    if (p)
      memcpy(p, b->data, b->len + 1);
  } else
    p = nsp_realloc(b->alc, b->data, b->cap, cap);
  if (!p) {
    b->oom = 1;
    return NEWSPARSE_ERR_NOMEM;
  }
  b->borrowed = 0;
  b->data = p;
  b->cap = cap;
  return NEWSPARSE_OK;
}

int nsp_buf_put_grow(nsp_buf *b, const void *p, size_t n) {
  if (nsp_buf_reserve(b, n))
    return NEWSPARSE_ERR_NOMEM;
  if (n)
    memcpy(b->data + b->len, p, n);
  b->len += n;
  b->data[b->len] = '\0';
  return NEWSPARSE_OK;
}

int nsp_buf_puts(nsp_buf *b, const char *s) { return nsp_buf_put(b, s, strlen(s)); }

/* Decimal digits, two at a time: offsets are most of the numbers the JSON
 * writer prints, one per span end. */
int nsp_buf_put_size(nsp_buf *b, size_t v) {
  static const char pairs[] = "00010203040506070809101112131415161718192021222324"
                              "25262728293031323334353637383940414243444546474849"
                              "50515253545556575859606162636465666768697071727374"
                              "75767778798081828384858687888990919293949596979899";
  size_t digits = 1, u;
  char *p;
  for (u = v; u >= 10; u /= 10)
    digits++;
  if (nsp_buf_reserve(b, digits))
    return NEWSPARSE_ERR_NOMEM;
  b->len += digits;
  p = b->data + b->len;
  *p = '\0';
  while (v >= 100) { /* written last digits first */
    size_t r = (v % 100) * 2;
    v /= 100;
    *--p = pairs[r + 1];
    *--p = pairs[r];
  }
  if (v >= 10) {
    *--p = pairs[v * 2 + 1];
    *--p = pairs[v * 2];
  } else
    *--p = (char)('0' + v);
  return NEWSPARSE_OK;
}

void nsp_buf_free(nsp_buf *b) {
  if (!b->borrowed)
    nsp_free(b->alc, b->data);
  b->data = NULL;
  b->len = b->cap = 0;
}

size_t nsp_buf_finish_into(nsp_buf *b, char *buf, size_t size) {
  size_t n = b->len;
  if (size && !b->borrowed) {
    size_t c = n < size - 1 ? n : size - 1;
    memcpy(buf, b->data, c);
    buf[c] = '\0';
  }
  nsp_buf_free(b);
  return n;
}
