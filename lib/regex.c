/*
 * regex.c - the only file that includes pcre2.h.
 *
 * In: rule patterns and the normalised text.  Out: compiled patterns (UTF,
 * UCP; JIT-compiled in the engine's private copy before it is shared),
 * a per-parse match context with the configured limits, and a global match
 * loop that reports each non-overlapping match (group "e" when the pattern
 * names one).  A match or depth limit ends that rule's run for this
 * document and is reported to the caller, which records a warning.
 */
#define PCRE2_CODE_UNIT_WIDTH 8
#include "regex.h"
#include "alloc.h"

#include <pcre2.h>
#include <string.h>

struct nsp_regex_ctx {
  const newsparse_allocator *alc;
  pcre2_general_context *gen;
  pcre2_match_context *mctx;
  pcre2_match_data *md; /* sized for the largest pattern; per parse */
};

static void *gen_malloc(PCRE2_SIZE n, void *ctx) {
  return nsp_malloc((const newsparse_allocator *)ctx, n);
}
static void gen_free(void *p, void *ctx) { nsp_free((const newsparse_allocator *)ctx, p); }

size_t nsp_regex_min_length(const void *code) {
  uint32_t min = 0;
  if (pcre2_pattern_info((const pcre2_code *)code, PCRE2_INFO_MINLENGTH, &min) != 0)
    return 0;
  return min;
}

int nsp_regex_compile(const newsparse_allocator *a, const char *pattern, size_t n, int flags,
                      void **code, int *err_offset, char *msg, size_t msg_size) {
  pcre2_general_context *gen = pcre2_general_context_create(gen_malloc, gen_free, (void *)a);
  pcre2_compile_context *cc;
  int errcode = 0;
  PCRE2_SIZE off = 0;
  pcre2_code *re;
  /* anchored at compile time, since JIT ignores PCRE2_ANCHORED at match
   * time and would fall back to the interpreter */
  uint32_t opts = PCRE2_UTF | PCRE2_UCP | ((flags & NSP_REGEX_CASELESS) ? PCRE2_CASELESS : 0) |
                  ((flags & NSP_REGEX_ANCHORED) ? PCRE2_ANCHORED | PCRE2_NO_START_OPTIMIZE : 0);
  if (!gen)
    return NEWSPARSE_ERR_NOMEM;
  cc = pcre2_compile_context_create(gen);
  if (!cc) {
    pcre2_general_context_free(gen);
    return NEWSPARSE_ERR_NOMEM;
  }
  re = pcre2_compile((PCRE2_SPTR)pattern, n, opts, &errcode, &off, cc);
  pcre2_compile_context_free(cc);
  pcre2_general_context_free(gen);
  if (!re) {
    if (errcode == PCRE2_ERROR_NOMEMORY || errcode == PCRE2_ERROR_HEAP_FAILED)
      return NEWSPARSE_ERR_NOMEM;
    pcre2_get_error_message(errcode, (PCRE2_UCHAR *)msg, msg_size);
    *err_offset = (int)off;
    return NEWSPARSE_ERR_REGEX;
  }
  *code = re;
  return NEWSPARSE_OK;
}

/* JIT-compile in place; only while the code is private to one thread.
 * Without JIT support the interpreter runs the same pattern. */
int nsp_regex_jit(void *code) {
  return pcre2_jit_compile((pcre2_code *)code, PCRE2_JIT_COMPLETE) == 0;
}

void nsp_regex_free(void *code) { pcre2_code_free((pcre2_code *)code); }

int nsp_regex_ctx_new(const newsparse_allocator *a, unsigned match_limit, unsigned depth_limit,
                      nsp_regex_ctx **out) {
  nsp_regex_ctx *c = nsp_malloc(a, sizeof *c);
  if (!c)
    return NEWSPARSE_ERR_NOMEM;
  memset(c, 0, sizeof *c);
  c->alc = a;
  c->gen = pcre2_general_context_create(gen_malloc, gen_free, (void *)a);
  if (c->gen)
    c->mctx = pcre2_match_context_create(c->gen);
  if (c->mctx)
    c->md = pcre2_match_data_create(32, c->gen);
  /* no JIT stack is assigned: the default 32 KiB on the machine stack is
   * enough for these patterns and costs no mmap per parse */
  if (!c->md) {
    nsp_regex_ctx_free(c);
    return NEWSPARSE_ERR_NOMEM;
  }
  pcre2_set_match_limit(c->mctx, match_limit ? match_limit : 1000000u);
  pcre2_set_depth_limit(c->mctx, depth_limit ? depth_limit : 10000u);
  pcre2_set_heap_limit(c->mctx, 20000u); /* KiB */
  *out = c;
  return NEWSPARSE_OK;
}

void nsp_regex_ctx_free(nsp_regex_ctx *c) {
  if (!c)
    return;
  pcre2_match_data_free(c->md);
  pcre2_match_context_free(c->mctx);
  pcre2_general_context_free(c->gen);
  nsp_free(c->alc, c);
}

int nsp_regex_each(const nsp_regex_ctx *rc, void *code, const char *text, size_t len,
                   nsp_match_fn fn, void *ctx) {
  const pcre2_code *re = (const pcre2_code *)code;
  PCRE2_SIZE start = 0;
  int group = pcre2_substring_number_from_name(re, (PCRE2_SPTR) "e");
  while (start <= len) {
    int r = pcre2_match(re, (PCRE2_SPTR)text, len, start, PCRE2_NO_UTF_CHECK, rc->md, rc->mctx);
    PCRE2_SIZE *ov;
    size_t s, e;
    if (r == PCRE2_ERROR_NOMATCH)
      return NEWSPARSE_OK;
    if (r == PCRE2_ERROR_MATCHLIMIT || r == PCRE2_ERROR_DEPTHLIMIT || r == PCRE2_ERROR_HEAPLIMIT)
      return 1;
    if (r == PCRE2_ERROR_NOMEMORY)
      return NEWSPARSE_ERR_NOMEM;
    if (r < 0)
      return 1; /* any other run-time failure: skip the rule */
    ov = pcre2_get_ovector_pointer(rc->md);
    s = ov[0];
    e = ov[1];
    if (group > 0 && (uint32_t)group < pcre2_get_ovector_count(rc->md) &&
        ov[2 * group] != PCRE2_UNSET) {
      s = ov[2 * group];
      e = ov[2 * group + 1];
    }
    if (e > s && ov[1] >= ov[0]) {
      int cr = fn(ctx, s, e);
      if (cr)
        return cr;
    }
    if (ov[1] > start)
      start = ov[1];
    else { /* empty match: advance one character */
      start++;
      while (start < len && ((unsigned char)text[start] & 0xC0) == 0x80)
        start++;
    }
  }
  return NEWSPARSE_OK;
}

int nsp_regex_group(void *code) {
  int g = pcre2_substring_number_from_name((const pcre2_code *)code, (PCRE2_SPTR) "e");
  return g > 0 ? g : 0;
}

int nsp_regex_at(const nsp_regex_ctx *rc, void *code, int group, int jit, const char *text,
                 size_t len, size_t start, size_t *ms, size_t *me) {
  const pcre2_code *re = (const pcre2_code *)code;
  PCRE2_SIZE *ov;
  /* pcre2_jit_match skips the checks pcre2_match repeats on every call */
  int r =
      jit ? pcre2_jit_match(re, (PCRE2_SPTR)text, len, start, PCRE2_NO_UTF_CHECK, rc->md, rc->mctx)
          : pcre2_match(re, (PCRE2_SPTR)text, len, start, PCRE2_NO_UTF_CHECK, rc->md, rc->mctx);
  if (r == PCRE2_ERROR_NOMATCH)
    return 0;
  if (r == PCRE2_ERROR_NOMEMORY)
    return NEWSPARSE_ERR_NOMEM;
  if (r < 0)
    return 2; /* a match limit or another run-time failure */
  ov = pcre2_get_ovector_pointer(rc->md);
  *ms = ov[0];
  *me = ov[1];
  if (group > 0 && group < r && ov[2 * group] != PCRE2_UNSET) {
    *ms = ov[2 * group];
    *me = ov[2 * group + 1];
  }
  if (ov[1] < ov[0])
    return 0;
  return 1;
}
