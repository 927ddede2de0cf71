/*
 * jsonl.c - a lean reader for the plain records of --jsonl input.
 *
 * In: one line.  Out: its "id" (as JSON text), "text" and "dct", decoded,
 * when the line is a flat object of plain values; otherwise "not mine",
 * and record.c hands the line to jansson, which also words the errors.
 * Building a jansson tree for every record cost about as much as tagging
 * it; this reader validates and decodes in one pass over the bytes and
 * copies a string only when it holds escapes.  It accepts a subset of what
 * jansson accepts and must decode it identically: fuzz_jsonl checks both
 * on every input.
 */
#include "jsonl.h"

#include <stdint.h>
#include <string.h>

typedef struct cursor {
  const unsigned char *p, *end;
} cursor;

static void skip_ws(cursor *c) {
  while (c->p < c->end && (*c->p == ' ' || *c->p == '\t' || *c->p == '\n' || *c->p == '\r'))
    c->p++;
}

static int hex4(const unsigned char *p, const unsigned char *end, unsigned *out) {
  unsigned v = 0;
  int i;
  if (end - p < 4)
    return 0;
  for (i = 0; i < 4; i++) {
    unsigned c = p[i];
    v <<= 4;
    if (c >= '0' && c <= '9')
      v |= c - '0';
    else if ((c | 0x20) >= 'a' && (c | 0x20) <= 'f')
      v |= (c | 0x20) - 'a' + 10;
    else
      return 0;
  }
  *out = v;
  return 1;
}

static int put_utf8(strbuf *b, unsigned long cp) {
  char u[4];
  size_t n;
  if (cp < 0x80)
    u[0] = (char)cp, n = 1;
  else if (cp < 0x800)
    u[0] = (char)(0xC0 | (cp >> 6)), u[1] = (char)(0x80 | (cp & 0x3F)), n = 2;
  else if (cp < 0x10000)
    u[0] = (char)(0xE0 | (cp >> 12)), u[1] = (char)(0x80 | ((cp >> 6) & 0x3F)),
    u[2] = (char)(0x80 | (cp & 0x3F)), n = 3;
  else
    u[0] = (char)(0xF0 | (cp >> 18)), u[1] = (char)(0x80 | ((cp >> 12) & 0x3F)),
    u[2] = (char)(0x80 | ((cp >> 6) & 0x3F)), u[3] = (char)(0x80 | (cp & 0x3F)), n = 4;
  return b ? sb_put(b, u, n) : 0;
}

/* Are the 8 bytes at p plain string bytes: ASCII from the space up, no
 * quote, no backslash?  (Word-at-a-time tests, exact for "any byte".) */
static int plain8(const unsigned char *p) {
  const uint64_t ones = 0x0101010101010101u, highs = 0x8080808080808080u;
  uint64_t x, q, b;
  memcpy(&x, p, 8);
  q = x ^ (ones * '"');
  b = x ^ (ones * '\\');
  return !((x & highs) | ((x - ones * 0x20) & ~x & highs) | ((q - ones) & ~q & highs) |
           ((b - ones) & ~b & highs));
}

#if defined(__SSE2__)
#include <emmintrin.h>
/* plain8 for sixteen bytes (signed compares: bytes from 0x80 up are below
 * the space too). */
static int plain16(const unsigned char *p) {
  __m128i x = _mm_loadu_si128((const __m128i *)(const void *)p);
  __m128i bad = _mm_or_si128(
      _mm_cmplt_epi8(x, _mm_set1_epi8(' ')),
      _mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8('"')), _mm_cmpeq_epi8(x, _mm_set1_epi8('\\'))));
  return !_mm_movemask_epi8(bad);
}
#endif

/* One escape after the backslash at c->p; appends its UTF-8 to b (when b
 * is not NULL).  0: not valid JSON, or not for this reader. */
static int escape(cursor *c, strbuf *b) {
  static const char from[] = "\"\\/bfnrt", to[] = "\"\\/\b\f\n\r\t";
  const char *k;
  unsigned u, lo;
  unsigned long cp;
  c->p++;
  if (c->p >= c->end)
    return 0;
  if (*c->p != 'u') {
    if (!*c->p || !(k = strchr(from, *c->p)))
      return 0;
    c->p++;
    return b ? sb_put(b, to + (k - from), 1) == 0 : 1;
  }
  if (!hex4(c->p + 1, c->end, &u))
    return 0;
  c->p += 5;
  cp = u;
  if (u >= 0xDC00 && u <= 0xDFFF)
    return 0; /* a lone low surrogate */
  if (u >= 0xD800 && u <= 0xDBFF) {
    if (c->end - c->p < 6 || c->p[0] != '\\' || c->p[1] != 'u' || !hex4(c->p + 2, c->end, &lo) ||
        lo < 0xDC00 || lo > 0xDFFF)
      return 0;
    c->p += 6;
    cp = 0x10000 + (((unsigned long)u - 0xD800) << 10) + (lo - 0xDC00);
  }
  return put_utf8(b, cp) == 0;
}

/* A string at c->p ('"').  Without escapes *s, *n point into the line;
 * with them the decoded bytes go to b (NULL: validate only) and *escaped
 * is set.  0 when invalid. */
static int string(cursor *c, strbuf *b, const char **s, size_t *n, int *escaped) {
  const unsigned char *run;
  *escaped = 0;
  if (b)
    b->len = 0;
  run = ++c->p;
  for (;;) {
#if defined(__SSE2__)
    while (c->end - c->p >= 16 && plain16(c->p))
      c->p += 16;
#endif
    while (c->end - c->p >= 8 && plain8(c->p))
      c->p += 8;
    while (c->p < c->end && *c->p >= 0x20 && *c->p < 0x80 && *c->p != '"' && *c->p != '\\')
      c->p++;
    if (c->p >= c->end || *c->p < 0x20)
      return 0; /* unterminated, or a raw control character */
    if (*c->p >= 0x80) {
      size_t l = sb_utf8_len(c->p, (size_t)(c->end - c->p));
      if (!l)
        return 0;
      c->p += l;
      continue;
    }
    if (*c->p == '"')
      break;
    /* a backslash: from here the string is decoded into b */
    if (b && sb_put(b, (const char *)run, (size_t)(c->p - run)))
      return 0;
    if (!escape(c, b))
      return 0;
    run = c->p;
    *escaped = 1;
  }
  if (*escaped) {
    if (b && sb_put(b, (const char *)run, (size_t)(c->p - run)))
      return 0;
    *s = b ? b->p : NULL;
    *n = b ? b->len : 0;
  } else {
    *s = (const char *)run;
    *n = (size_t)(c->p - run);
  }
  c->p++;
  return 1;
}

/* An integer or a literal at c->p, kept as written: the text jansson would
 * write back.  Reals, "-0" and integers beyond 18 digits are left to
 * jansson, which rewrites or refuses them. */
static int plain_scalar(cursor *c) {
  static const char *const lits[] = {"true", "false", "null"};
  const unsigned char *s = c->p;
  size_t k, digits = 0;
  for (k = 0; k < 3; k++) {
    size_t l = strlen(lits[k]);
    if ((size_t)(c->end - c->p) >= l && memcmp(c->p, lits[k], l) == 0) {
      c->p += l;
      return 1;
    }
  }
  if (c->p < c->end && *c->p == '-')
    c->p++;
  if (c->p >= c->end || *c->p < '0' || *c->p > '9')
    return 0;
  if (*c->p == '0' && (c->p - s == 1 || (c->p + 1 < c->end && c->p[1] >= '0' && c->p[1] <= '9')))
    return 0; /* "-0" or a leading zero */
  while (c->p < c->end && *c->p >= '0' && *c->p <= '9')
    c->p++, digits++;
  return digits <= 18 && !(c->p < c->end && (*c->p == '.' || *c->p == 'e' || *c->p == 'E'));
}

int jsonl_read_plain(const char *line, size_t len, jsonl_record *rec, strbuf *text, strbuf *dct) {
  cursor c;
  int seen_id = 0, seen_text = 0, seen_dct = 0;
  c.p = (const unsigned char *)line;
  c.end = c.p + len;
  memset(rec, 0, sizeof *rec);
  skip_ws(&c);
  if (c.p >= c.end || *c.p != '{')
    return 0;
  c.p++;
  skip_ws(&c);
  if (c.p < c.end && *c.p == '}')
    c.p++;
  else
    for (;;) {
      const char *key, *s;
      size_t kn, n;
      int esc;
      if (c.p >= c.end || *c.p != '"' || !string(&c, NULL, &key, &kn, &esc) || esc)
        return 0;
      skip_ws(&c);
      if (c.p >= c.end || *c.p != ':')
        return 0;
      c.p++;
      skip_ws(&c);
      if (c.p >= c.end)
        return 0;
      if (kn == 4 && memcmp(key, "text", 4) == 0) {
        if (seen_text++ || *c.p != '"' || !string(&c, text, &s, &n, &esc))
          return 0;
        rec->text = s;
        rec->text_len = n;
      } else if (kn == 3 && memcmp(key, "dct", 3) == 0) {
        if (seen_dct++)
          return 0;
        if (*c.p == '"') {
          if (!string(&c, dct, &s, &n, &esc) || memchr(s, '\0', n) || sb_reserve(dct, 0))
            return 0;
          if (!esc) { /* NUL-terminated copy for the options */
            dct->len = 0;
            if (sb_put(dct, s, n))
              return 0;
          }
          rec->dct = dct->p;
        } else if ((size_t)(c.end - c.p) < 4 || memcmp(c.p, "null", 4) != 0) {
          return 0; /* not a string: jansson words the error */
        } else
          c.p += 4;
      } else if (kn == 2 && memcmp(key, "id", 2) == 0) {
        const unsigned char *v = c.p;
        if (seen_id++)
          return 0;
        if (*c.p == '"' ? !string(&c, NULL, &s, &n, &esc) || esc : !plain_scalar(&c))
          return 0;
        rec->id = (const char *)v;
        rec->id_len = (size_t)(c.p - v);
      } else if (*c.p == '"' ? !string(&c, NULL, &s, &n, &esc) : !plain_scalar(&c)) {
        return 0; /* nested values and reals are jansson's */
      }
      skip_ws(&c);
      if (c.p < c.end && *c.p == ',') {
        c.p++;
        skip_ws(&c);
        continue;
      }
      if (c.p < c.end && *c.p == '}') {
        c.p++;
        break;
      }
      return 0;
    }
  skip_ws(&c);
  return c.p == c.end && rec->text != NULL;
}
