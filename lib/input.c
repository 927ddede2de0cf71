/*
 * input.c - the input stage: validate, repair and normalise raw bytes.
 *
 * In: raw input bytes (any content).  Out: the normalised text (valid UTF-8,
 * NFC, LF line ends, no NULs), the offset map back to the original, and
 * counts of what was repaired (for the document's warnings).
 *
 *   - invalid UTF-8 bytes become U+FFFD, one per byte (or, with
 *     NEWSPARSE_OPT_STRICT_UTF8, an error giving the byte offset);
 *   - CRLF and lone CR become LF;
 *   - NUL, other C0/C1 controls and DEL become a space (tab and LF stay);
 *   - invisible format characters (BOM, zero-width space, word joiner,
 *     soft hyphen, bidi embeddings and isolates) are dropped;
 *   - everything else is put in NFC, one grapheme cluster at a time, which
 *     gives the same text as whole-string NFC while keeping each cluster's
 *     original bytes for the offset map.
 *
 * ASCII runs take a fast path: they are copied and mapped as one linear
 * piece.  A cluster is capped at NSP_CLUSTER_MAX code points so that a
 * flood of combining marks stays linear.
 */
#include "input.h"
#include "bytes.h"
#include "utf8.h"

#include <string.h>
#include <utf8proc.h>

#define NSP_CLUSTER_MAX 32

static int is_dropped(int32_t cp) {
  return cp == 0xFEFF || cp == 0x200B || cp == 0x2060 || cp == 0x00AD || cp == 0x200E ||
         cp == 0x200F || (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069);
}

typedef struct norm_state {
  const unsigned char *in;
  size_t len;
  nsp_buf *out;
  nsp_offmap *map;
  nsp_buf cps; /* scratch code points for one cluster */
  nsp_input_stats seen;
} norm_state;

static int emit(norm_state *s, const char *bytes, size_t nl, size_t os, size_t ol, int linear) {
  size_t ns = s->out->len;
  if (nsp_buf_put(s->out, bytes, nl))
    return NEWSPARSE_ERR_NOMEM;
  return nsp_offmap_add(s->map, ns, nl, os, ol, linear);
}

/* NFC of one cluster [i, j) of valid UTF-8. */
static int emit_cluster(norm_state *s, size_t i, size_t j) {
  const utf8proc_uint8_t *src = s->in + i;
  utf8proc_ssize_t n;
  utf8proc_option_t opt = UTF8PROC_STABLE | UTF8PROC_COMPOSE;
  size_t cap = (j - i) * 4 + 8;
  for (;;) {
    s->cps.len = 0;
    if (nsp_buf_reserve(&s->cps, cap * sizeof(utf8proc_int32_t)))
      return NEWSPARSE_ERR_NOMEM;
    n = utf8proc_decompose(src, (utf8proc_ssize_t)(j - i), (utf8proc_int32_t *)(void *)s->cps.data,
                           (utf8proc_ssize_t)cap, opt);
    if (n < 0) /* cannot happen on validated input; keep the bytes */
      return emit(s, (const char *)src, j - i, i, j - i, 1);
    if ((size_t)n <= cap)
      break;
    cap = (size_t)n;
  }
  /* reencode needs room for 4 bytes per code point in the same buffer */
  if ((size_t)n * 4 > cap * sizeof(utf8proc_int32_t)) {
    if (nsp_buf_reserve(&s->cps, (size_t)n * 4))
      return NEWSPARSE_ERR_NOMEM;
  }
  n = utf8proc_reencode((utf8proc_int32_t *)(void *)s->cps.data, n, opt);
  if (n < 0)
    return emit(s, (const char *)src, j - i, i, j - i, 1);
  if ((size_t)n == j - i && memcmp(s->cps.data, src, j - i) == 0)
    return emit(s, (const char *)src, j - i, i, j - i, 1);
  return emit(s, s->cps.data, (size_t)n, i, j - i, 0);
}

/* The end of a run of plain ASCII from i: stopping before a byte that
 * needs care, or before the last ASCII byte when a non-ASCII byte follows
 * (it may be a combining mark that composes with it). */
static size_t ascii_run_end(const norm_state *s, size_t i) {
  size_t j = i, len = s->len;
  while (j < len) {
    unsigned d;
    /* eight plain bytes at a time: none of 0x80 or more, below 0x20
     * (so LF and tab go to the byte test) or DEL */
    if (j + 8 <= len) {
      uint64_t x = nsp_load8((const char *)s->in + j);
      if (!((x & NSP_HIGHS8) || nsp_any_below8(x, 0x20) || nsp_any_eq8(x, 0x7F))) {
        j += 8;
        continue;
      }
    }
    d = s->in[j];
    if (d >= 0x80 || d == '\r' || (d < 0x20 && d != '\n' && d != '\t') || d == 0x7F)
      break;
    j++;
  }
  if (j < len && s->in[j] >= 0x80 && j > i)
    j--; /* leave the last ASCII byte to the cluster path */
  return j;
}

/* An ASCII byte at *i: a run copied as it is, CR or CRLF as LF, a control
 * character as a space.  1 when it was not one of these (an ASCII byte
 * before a non-ASCII one: the cluster path takes it). */
static int ascii_step(norm_state *s, size_t *at, int *rc) {
  size_t i = *at, j = ascii_run_end(s, i);
  unsigned c = s->in[i];
  if (j > i) {
    *rc = emit(s, (const char *)s->in + i, j - i, i, j - i, 1);
    *at = j;
  } else if (c == '\r') {
    int crlf = i + 1 < s->len && s->in[i + 1] == '\n';
    *rc = emit(s, "\n", 1, i, crlf ? 2 : 1, !crlf);
    *at = i + (crlf ? 2 : 1);
  } else if ((c < 0x20 && c != '\n' && c != '\t') || c == 0x7F) {
    s->seen.controls++;
    *rc = emit(s, " ", 1, i, 1, 1);
    *at = i + 1;
  } else {
    return 1;
  }
  return 0;
}

/* The end of the grapheme cluster that starts with code point cp, l
 * bytes long, at i (at most NSP_CLUSTER_MAX code points). */
static size_t cluster_end(const norm_state *s, size_t i, int32_t cp, int l) {
  utf8proc_int32_t state = 0;
  int32_t prev = cp;
  size_t j = i + (size_t)l, count = 1;
  while (j < s->len && count < NSP_CLUSTER_MAX) {
    int32_t next;
    int m = nsp_utf8_decode(s->in + j, s->len - j, &next);
    if (m < 0 || next < 0x20 || next == 0x7F || is_dropped(next) || (next >= 0x80 && next < 0xA0))
      break;
    if (utf8proc_grapheme_break_stateful(prev, next, &state))
      break;
    prev = next;
    j += (size_t)m;
    count++;
  }
  return j;
}

/* A character from *i that is not plain ASCII: an invalid byte (U+FFFD,
 * or an error with NEWSPARSE_OPT_STRICT_UTF8), a dropped invisible
 * character, a C1 control (a space), or a grapheme cluster in NFC. */
static int cluster_step(norm_state *s, size_t *at, unsigned flags, newsparse_error *err) {
  static const char fffd[3] = {'\xEF', '\xBF', '\xBD'};
  size_t i = *at, j;
  int32_t cp;
  int l = nsp_utf8_decode(s->in + i, s->len - i, &cp);
  if (l < 0) {
    if (flags & NEWSPARSE_OPT_STRICT_UTF8)
      return nsp_fail_at(err, NEWSPARSE_ERR_UTF8, 0, 0, i, "invalid UTF-8 at byte offset %zu", i);
    s->seen.repaired++;
    *at = i + 1;
    return emit(s, fffd, 3, i, 1, 0);
  }
  if (is_dropped(cp)) {
    *at = i + (size_t)l;
    return NEWSPARSE_OK;
  }
  if (cp == 0xFFFD)
    s->seen.fffd++;
  if (cp >= 0x80 && cp < 0xA0) {
    s->seen.controls++;
    *at = i + (size_t)l;
    return emit(s, " ", 1, i, (size_t)l, 0);
  }
  j = cluster_end(s, i, cp, l);
  *at = j;
  return emit_cluster(s, i, j);
}

int nsp_normalize(const newsparse_allocator *a, const char *in, size_t len, unsigned flags,
                  nsp_buf *out, nsp_offmap *map, nsp_input_stats *stats, newsparse_error *err) {
  norm_state s;
  size_t i = 0;
  int rc = NEWSPARSE_OK;
  memset(&s.seen, 0, sizeof s.seen);
  s.in = (const unsigned char *)in;
  s.len = len;
  s.out = out;
  s.map = map;
  nsp_buf_init(&s.cps, a);
  if (nsp_buf_reserve(out, len + len / 8 + 16))
    return nsp_fail(err, NEWSPARSE_ERR_NOMEM, NULL);
  while (i < len && rc == NEWSPARSE_OK)
    if (s.in[i] >= 0x80 || ascii_step(&s, &i, &rc))
      rc = cluster_step(&s, &i, flags, err);
  nsp_buf_free(&s.cps);
  if (stats)
    *stats = s.seen;
  if (rc == NEWSPARSE_ERR_NOMEM)
    return nsp_fail(err, rc, NULL);
  if (rc)
    return rc;
  if (out->oom || map->pieces.oom || nsp_buf_reserve(out, 0))
    return nsp_fail(err, NEWSPARSE_ERR_NOMEM, NULL);
  out->data[out->len] = '\0';
  map->norm_len = out->len;
  map->orig_len = len;
  return NEWSPARSE_OK;
}
