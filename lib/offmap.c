/*
 * offmap.c - the map from normalised byte offsets back to original ones.
 *
 * In: pieces appended in order by input.c, each mapping a run of normalised
 * bytes to a run of original bytes.  Out: exact original offsets for any
 * normalised span.  Invariants: pieces are sorted and contiguous in the
 * normalised text; original runs are increasing (gaps are bytes that were
 * dropped, such as a BOM); both maps are monotone.  A position inside a
 * non-linear piece (a recomposed cluster, CRLF, a repaired byte) widens to
 * the whole piece, so a span never cuts an original character.
 */
#include "offmap.h"

#define NSP_PIECE_MAX 0x40000000u

int nsp_offmap_add(nsp_offmap *m, size_t ns, size_t nl, size_t os, size_t ol, int linear) {
  size_t n = NSP_VEC_LEN(&m->pieces, nsp_piece);
  nsp_piece p;
  if (nl == 0)
    return NEWSPARSE_OK; /* dropped bytes leave a gap in the original */
  if (linear && n) {
    nsp_piece *last = &NSP_VEC_AT(&m->pieces, nsp_piece, n - 1);
    if (last->linear && last->ns + last->nl == ns && last->os + last->ol == os &&
        last->nl + nl < NSP_PIECE_MAX) {
      last->nl += (uint32_t)nl;
      last->ol += (uint32_t)ol;
      return NEWSPARSE_OK;
    }
  }
  while (linear && nl >= NSP_PIECE_MAX) { /* split huge linear runs */
    p.ns = ns;
    p.os = os;
    p.nl = p.ol = NSP_PIECE_MAX - 1;
    p.linear = 1;
    if (NSP_VEC_PUSH(&m->pieces, nsp_piece, p))
      return NEWSPARSE_ERR_NOMEM;
    ns += p.nl;
    os += p.ol;
    nl -= p.nl;
    ol -= p.ol;
  }
  p.ns = ns;
  p.os = os;
  p.nl = (uint32_t)nl;
  p.ol = (uint32_t)ol;
  p.linear = linear ? 1u : 0u;
  return NSP_VEC_PUSH(&m->pieces, nsp_piece, p);
}

/* The piece holding normalised byte pos (pos < norm_len). */
static const nsp_piece *find(const nsp_offmap *m, size_t pos) {
  const nsp_piece *v = (const nsp_piece *)(const void *)m->pieces.data;
  size_t lo = 0, hi = NSP_VEC_LEN(&m->pieces, nsp_piece);
  while (hi - lo > 1) {
    size_t mid = lo + (hi - lo) / 2;
    if (v[mid].ns <= pos)
      lo = mid;
    else
      hi = mid;
  }
  return &v[lo];
}

size_t nsp_offmap_start(const nsp_offmap *m, size_t pos) {
  const nsp_piece *p;
  if (pos >= m->norm_len || m->pieces.len == 0)
    return m->orig_len;
  p = find(m, pos);
  return p->linear ? p->os + (pos - p->ns) : p->os;
}

size_t nsp_offmap_end(const nsp_offmap *m, size_t end) {
  const nsp_piece *p;
  if (end == 0 || m->pieces.len == 0)
    return 0;
  if (end > m->norm_len)
    end = m->norm_len;
  p = find(m, end - 1);
  return p->linear ? p->os + (end - p->ns) : p->os + p->ol;
}
