/* offmap.h - normalised <-> original offsets (offmap.c). */
#ifndef NSP_OFFMAP_H
#define NSP_OFFMAP_H

#include "buf.h"

/* A piece maps norm [ns, ns+nl) to orig [os, os+ol).  Linear pieces have
 * nl == ol and map byte for byte; others map as a whole. */
typedef struct nsp_piece {
  size_t ns, os;
  uint32_t nl, ol;
  uint32_t linear;
} nsp_piece;
typedef struct nsp_offmap {
  nsp_buf pieces; /* of nsp_piece, sorted by ns */
  size_t norm_len, orig_len;
} nsp_offmap;
int nsp_offmap_add(nsp_offmap *m, size_t ns, size_t nl, size_t os, size_t ol, int linear);
size_t nsp_offmap_start(const nsp_offmap *m, size_t norm_pos);
size_t nsp_offmap_end(const nsp_offmap *m, size_t norm_end);

#endif
