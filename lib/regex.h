/* regex.h - PCRE2 behind a small interface: the only header that knows it
 * (regex.c). */
#ifndef NSP_REGEX_H
#define NSP_REGEX_H

#include "newsparse.h"

#include <stddef.h>

enum { NSP_REGEX_CASELESS = 1, NSP_REGEX_ANCHORED = 2 };
/* The fewest bytes a match of the pattern can have (0: it may match the
 * empty string). */
size_t nsp_regex_min_length(const void *code);
int nsp_regex_compile(const newsparse_allocator *a, const char *pattern, size_t n, int flags,
                      void **code, int *err_offset, char *msg, size_t msg_size);
int nsp_regex_jit(void *code);   /* 1 when JIT-compiled */
int nsp_regex_group(void *code); /* number of the group named e, or 0 */
void nsp_regex_free(void *code);
typedef struct nsp_regex_ctx nsp_regex_ctx;
int nsp_regex_ctx_new(const newsparse_allocator *a, unsigned match_limit, unsigned depth_limit,
                      nsp_regex_ctx **out);
void nsp_regex_ctx_free(nsp_regex_ctx *c);
/* Find every non-overlapping match of code in text, calling fn for each
 * with the span of group "e" (or the whole match).  Returns 0, a negative
 * status, or 1 when a match limit was hit (matches so far are kept). */
typedef int (*nsp_match_fn)(void *ctx, size_t start, size_t end);
int nsp_regex_each(const nsp_regex_ctx *rc, void *code, const char *text, size_t len,
                   nsp_match_fn fn, void *ctx);
/* One match at `start` of a pattern compiled NSP_REGEX_ANCHORED: 1 (span
 * of group "e" or the match in
 * *ms, *me), 0 no match, 2 a match limit, or a negative status. */
int nsp_regex_at(const nsp_regex_ctx *rc, void *code, int group, int jit, const char *text,
                 size_t len, size_t start, size_t *ms, size_t *me);

#endif
