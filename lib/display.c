/*
 * display.c - the display form of a span, and JSON strings.
 *
 * In: the normalised text and a span.  Out: its display text (NFC as the
 * text already is, each white-space run one space, ends trimmed) appended
 * to a buffer, raw or as a JSON string; in a result's arena for the
 * accessors.  The JSON writer and the accessors both come here, so the two
 * can never disagree.
 */
#include "display.h"
#include "bytes.h"
#include "utf8.h"

#include <stdint.h>
#include <string.h>

int nsp_json_string(nsp_buf *out, const char *s, size_t n) {
  if (nsp_buf_putc(out, '"') || nsp_json_string_body(out, s, n) || nsp_buf_putc(out, '"'))
    return NEWSPARSE_ERR_NOMEM;
  return NEWSPARSE_OK;
}

/* What a byte needs in a JSON string: 0 nothing, 1 an escape, 2 it may
 * start white space (the ASCII space, and the lead bytes of U+0085,
 * U+00A0, U+1680, U+2000-U+205F and U+3000), 3 white space that would
 * need an escape (TAB, LF, VT, FF, CR). */
const unsigned char nsp_display_class[256] = {
    1, 1, 1, 1, 1, 1, 1, 1, 1, 3, 3, 3, 3, 3, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    2, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 2, 2, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
};

/* Append the escape of one byte that needs one; p has room for 6. */
static char *escape_byte(char *p, unsigned char c) {
  static const char hex[] = "0123456789abcdef";
  *p++ = '\\';
  switch (c) {
  case '"':
    *p++ = '"';
    break;
  case '\\':
    *p++ = '\\';
    break;
  case '\n':
    *p++ = 'n';
    break;
  case '\t':
    *p++ = 't';
    break;
  case '\r':
    *p++ = 'r';
    break;
  default:
    *p++ = 'u';
    *p++ = '0';
    *p++ = '0';
    *p++ = hex[c >> 4];
    *p++ = hex[c & 15];
  }
  return p;
}

int nsp_json_string_body(nsp_buf *out, const char *s, size_t n) {
  size_t i = 0;
  char *p;
  if (n > (SIZE_MAX - 1) / 6 || nsp_buf_reserve(out, 6 * n))
    return NEWSPARSE_ERR_NOMEM;
  p = out->data + out->len;
  /* eight bytes at a time while none needs an escape (the test may send
   * a block of non-ASCII bytes to the byte loop, never the other way) */
  for (; i + 8 <= n; i += 8) {
    uint64_t x = nsp_load8(s + i);
    if (nsp_any_below8(x, 0x20) || nsp_any_eq8(x, '"') || nsp_any_eq8(x, '\\'))
      break;
    memcpy(p, s + i, 8);
    p += 8;
  }
  for (; i < n; i++) {
    unsigned char c = (unsigned char)s[i];
    if (c >= 0x20 && c != '"' && c != '\\')
      *p++ = (char)c;
    else
      p = escape_byte(p, c);
  }
  out->len = (size_t)(p - out->data);
  out->data[out->len] = '\0';
  return NEWSPARSE_OK;
}

/* Do the 8 bytes at t copy to the display string unchanged?  Yes when all
 * are ASCII from the space up, none is a quote or a backslash, no two
 * spaces touch and the last is no space (the next block then starts on a
 * character).  Word-at-a-time tests, exact for "any byte". */
static int plain8(const char *t) {
  const uint64_t lows = 0x7F7F7F7F7F7F7F7Fu;
  uint64_t x = nsp_load8(t), z, m;
  if ((x & NSP_HIGHS8) || nsp_any_below8(x, 0x20) || nsp_any_eq8(x, '"') || nsp_any_eq8(x, '\\'))
    return 0; /* non-ASCII, a control character, a quote or a backslash */
  z = x ^ (NSP_ONES8 * ' ');
  m = ~(((z & lows) + lows) | z | lows); /* the high bit of each space, exactly */
  return !(m & (m << 8)) && t[7] != ' ';
}

#if defined(__SSE2__)
#include <emmintrin.h>
/* plain8 for the 16 bytes at t, which has a 17th byte to read (the next
 * space test looks one byte on). */
static int plain16(const char *t) {
  __m128i x = _mm_loadu_si128((const __m128i *)(const void *)t),
          next = _mm_loadu_si128((const __m128i *)(const void *)(t + 1)),
          space = _mm_set1_epi8(' ');
  /* signed: bytes 0x80 and up are negative, so below ' ' too */
  __m128i bad =
      _mm_or_si128(_mm_cmplt_epi8(x, space), _mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8('"')),
                                                          _mm_cmpeq_epi8(x, _mm_set1_epi8('\\'))));
  __m128i sp = _mm_cmpeq_epi8(x, space),
          two = _mm_and_si128(sp, _mm_cmpeq_epi8(next, space)); /* two spaces touch */
  /* the last byte no space either (the next block starts on a character) */
  return !_mm_movemask_epi8(_mm_or_si128(bad, two)) && !(_mm_movemask_epi8(sp) & 0x8000);
}
#endif

/* The display text of a span, straight into the output (as a JSON string
 * when json is set): white-space runs become one space, ends are trimmed.
 * One pass over the bytes with a class table; the output is reserved per
 * chunk, so the inner loop only stores. */
int nsp_display_write(nsp_buf *out, const char *t, nsp_span s, int json) {
  const unsigned char *cls = nsp_display_class;
  size_t i = s.start, e = s.end;
  int exact = 1; /* each byte so far gave one output byte */
  /* leading white space (a byte of class 2 or 3 may start some) */
  while (i < e && cls[(unsigned char)t[i]] >= 2 && nsp_space_len(t + i, e - i)) {
    i += nsp_space_len(t + i, e - i);
    exact = 0;
  }
  if (json && nsp_buf_putc(out, '"'))
    return 0;
  while (i < e) {
    size_t chunk = e - i < 4096 ? e - i : 4096, stop = i + chunk;
    char *p;
    if (nsp_buf_reserve(out, (json ? 6 : 1) * chunk + 1))
      return 0;
    p = out->data + out->len;
    while (i < stop) {
      unsigned char c;
      size_t w;
#if defined(__SSE2__)
      while (i + 17 <= stop && plain16(t + i)) {
        memcpy(p, t + i, 16);
        p += 16;
        i += 16;
      }
#endif
      while (i + 8 <= stop && plain8(t + i)) {
        memcpy(p, t + i, 8);
        p += 8;
        i += 8;
      }
      while (i < stop && !cls[(unsigned char)t[i]])
        *p++ = t[i++];
      if (i >= stop)
        break;
      c = (unsigned char)t[i];
      if (c == ' ' && i + 1 < e && !cls[(unsigned char)t[i + 1]]) {
        *p++ = ' '; /* one space between words, the common case */
        i++;
        continue;
      }
      if (cls[c] >= 2 && (w = nsp_space_len(t + i, e - i)) != 0) {
        size_t from = i;
        do /* a run of white space: one space, none at the end */
          i += w;
        while (i < e && (w = nsp_space_len(t + i, e - i)) != 0);
        if (i < e)
          *p++ = ' ';
        exact = exact && i - from == 1 && i < e;
        continue;
      }
      if (cls[c] == 1) {
        if (json) {
          p = escape_byte(p, c);
          exact = 0;
        } else {
          *p++ = (char)c;
        }
        i++;
        continue;
      }
      *p++ = (char)c; /* the lead byte of a character that is no space */
      i++;
    }
    out->len = (size_t)(p - out->data);
    out->data[out->len] = '\0';
  }
  return !(json && nsp_buf_putc(out, '"')) && exact;
}

const char *nsp_display(nsp_arena *arena, const char *t, nsp_span s) {
  nsp_buf b;
  /* the display text is never longer than the span, so it stays in mem
   * (one more byte than it needs: the writer reserves a byte for the NUL
   * beyond what it asks for) */
  char *mem = nsp_arena_alloc(arena, s.end - s.start + 2);
  if (!mem)
    return NULL;
  nsp_buf_borrow(&b, arena->alc, mem, s.end - s.start + 2);
  nsp_display_write(&b, t, s, 0);
  if (!b.borrowed || b.oom) {
    nsp_buf_free(&b);
    return NULL;
  }
  return mem;
}
