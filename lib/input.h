/* input.h - the input stage: validate, repair, normalise (input.c). */
#ifndef NSP_INPUT_H
#define NSP_INPUT_H

#include "error.h"
#include "offmap.h"

/* What the input stage repaired or found, for the document's warnings. */
typedef struct nsp_input_stats {
  size_t repaired; /* invalid UTF-8 bytes replaced by U+FFFD */
  size_t controls; /* NUL, other C0 (not tab, LF, CR), DEL and C1 controls */
  size_t fffd;     /* U+FFFD already in the input */
} nsp_input_stats;
/* stats may be NULL. */
int nsp_normalize(const newsparse_allocator *a, const char *in, size_t len, unsigned flags,
                  nsp_buf *out, nsp_offmap *map, nsp_input_stats *stats, newsparse_error *err);

#endif
