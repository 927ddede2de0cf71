/*
 * lines.c - line measurements for the structure stage.
 *
 * In: the normalised text.  Out: one nsp_line per LF-separated line with
 * the evidence a reader uses to see layout: where the content starts and
 * ends, indentation, length in characters, word and capitalisation counts,
 * final punctuation, a leading bullet or number, and URLs.
 */
#include "lines.h"
#include "bytes.h"
#include "utf8.h"

#include <string.h>

static int is_upper_ascii(int c) { return c >= 'A' && c <= 'Z'; }
static int is_lower_ascii(int c) { return c >= 'a' && c <= 'z'; }

/* Letter case of the code point at s (ASCII and Latin-1/Latin Extended
 * letters by range; other scripts count as caseless). */
int nsp_letter_case(const char *s, size_t n) {
  int32_t cp;
  int l;
  unsigned c = (unsigned char)s[0];
  if (c < 0x80)
    return is_upper_ascii((int)c) ? 1 : is_lower_ascii((int)c) ? -1 : 0;
  l = nsp_utf8_decode((const unsigned char *)s, n, &cp);
  if (l < 0)
    return 0;
  if ((cp >= 0xC0 && cp <= 0xDE && cp != 0xD7) || (cp >= 0x391 && cp <= 0x3A9) ||
      (cp >= 0x410 && cp <= 0x42F))
    return 1;
  if ((cp >= 0xDF && cp <= 0xFF && cp != 0xF7) || (cp >= 0x3B1 && cp <= 0x3C9) ||
      (cp >= 0x430 && cp <= 0x44F))
    return -1;
  if (cp >= 0x100 && cp <= 0x17F)
    return (cp & 1) ? -1 : 1;
  return 0;
}

int nsp_is_url_at(const char *s, size_t n) {
  return (n >= 7 && memcmp(s, "http://", 7) == 0) || (n >= 8 && memcmp(s, "https://", 8) == 0) ||
         (n >= 4 && memcmp(s, "www.", 4) == 0);
}

/* Length of a list marker ("- ", "* ", "• ", "1. ", "2) ") at s, 0 if none. */
static size_t bullet_len(const char *s, size_t n) {
  size_t i = 0, k;
  static const char *const marks[] = {"\xE2\x80\xA2", "\xC2\xB7",     "\xE2\x80\x93",
                                      "\xE2\x80\x94", "\xE2\x96\xAA", "\xE2\x96\xA1",
                                      "\xE2\x97\xA6"}; /* • · – — ▪ □ ◦ */
  unsigned c = (unsigned char)s[0];
  if (c == '-' || c == '*' || c == '>')
    i = n > 1 && nsp_space_len(s + 1, n - 1) ? 1 : 0;
  else if (c == 0xC2 || c == 0xE2) /* most lines start otherwise: one test */
    for (k = 0; k < sizeof marks / sizeof marks[0]; k++) {
      size_t m = strlen(marks[k]);
      if (n > m && memcmp(s, marks[k], m) == 0 && nsp_space_len(s + m, n - m))
        i = m;
    }
  if (!i) {
    while (i < n && i < 3 && s[i] >= '0' && s[i] <= '9')
      i++;
    if (i == 0 || i >= n || (s[i] != '.' && s[i] != ')') || !nsp_space_len(s + i + 1, n - i - 1))
      return 0;
    i++;
  }
  while (i < n) {
    size_t w = nsp_space_len(s + i, n - i);
    if (!w)
      break;
    i += w;
  }
  return i;
}

static int closing_char(const char *s, size_t n, size_t *len) {
  /* quotes and brackets that may follow sentence punctuation */
  unsigned c = (unsigned char)s[0];
  if (c == '"' || c == '\'' || c == ')' || c == ']') {
    *len = 1;
    return 1;
  }
  if (n >= 3 && c == 0xE2 && (unsigned char)s[1] == 0x80 &&
      ((unsigned char)s[2] == 0x9D || (unsigned char)s[2] == 0x99)) {
    *len = 3;
    return 1;
  }
  return 0;
}

/* 1 when the content [a, b) ends with sentence punctuation, possibly
 * followed by closing quotes or brackets. */
int nsp_ends_sentence(const char *text, size_t a, size_t b) {
  while (b > a) {
    size_t back = 1, cl;
    while (back < 4 && b - back > a && ((unsigned char)text[b - back] & 0xC0) == 0x80)
      back++;
    if (closing_char(text + b - back, back, &cl) && cl == back) {
      b -= back;
      continue;
    }
    break;
  }
  if (b == a)
    return 0;
  return text[b - 1] == '.' || text[b - 1] == '!' || text[b - 1] == '?';
}

/* Classes of ASCII bytes for measure(). */
enum { ASCII_SPACE = 1, ASCII_UPPER = 2, ASCII_LOWER = 4, ASCII_DIGIT = 8 };
static const unsigned char ascii_class[128] = {
    0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 0, 0, 0, 0, 0, 0,
    0, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 0, 0, 0, 0, 0,
    0, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 0, 0, 0, 0, 0};

#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
#define NSP_SWAR_LINES 1
/* High bit of each byte of x (all bytes below 0x80) that lies in [lo, hi],
 * 1 <= lo <= hi <= 0x7F: the two sums never carry into the next byte. */
static uint64_t in_range8(uint64_t x, unsigned lo, unsigned hi) {
  return (x + NSP_ONES8 * (0x80 - lo)) & ~(x + NSP_ONES8 * (0x7F - hi)) & NSP_HIGHS8;
}
/* Number of bytes flagged in a mask of high bits. */
static size_t count8(uint64_t m) { return (size_t)(((m >> 7) * NSP_ONES8) >> 56); }
#endif

typedef struct line_counts {
  size_t chars, words, cap_words, lower_words, upper, lower;
} line_counts;

/* Eight ASCII bytes at once: the counts of measure() with no branch per
 * byte.  Returns 0, counting nothing, when a byte is not ASCII or a word
 * starting in the chunk is a URL; the byte loop takes those. */
static int measure8(const char *p, size_t avail, line_counts *c, int *in_word) {
#ifdef NSP_SWAR_LINES
  uint64_t x = nsp_load8(p), space, word, starts, hw;
  if (x & NSP_HIGHS8)
    return 0;
  space = in_range8(x, 9, 13) | in_range8(x, ' ', ' ');
  word = ~space & NSP_HIGHS8;
  /* a word starts where a non-space byte follows a space (little endian:
   * the previous byte is 8 bits lower) */
  starts = word & ((space << 8) | (*in_word ? 0 : 0x80));
  hw = starts & (in_range8(x, 'h', 'h') | in_range8(x, 'w', 'w'));
  while (hw) {
    unsigned k = (unsigned)__builtin_ctzll(hw) / 8;
    if (nsp_is_url_at(p + k, avail - k))
      return 0;
    hw &= hw - 1;
  }
  {
    uint64_t upper = in_range8(x, 'A', 'Z'), lower = in_range8(x, 'a', 'z');
    c->chars += 8;
    c->upper += count8(upper);
    c->lower += count8(lower);
    c->words += count8(starts);
    c->cap_words += count8(starts & (upper | in_range8(x, '0', '9')));
    c->lower_words += count8(starts & lower);
  }
  *in_word = !(space >> 63);
  return 1;
#else
  (void)p, (void)avail, (void)c, (void)in_word;
  return 0;
#endif
}

#if defined(__SSE2__) && (defined(__GNUC__) || defined(__clang__))
#include <emmintrin.h>
#define NSP_SSE2_LINES 1
/* Bytes of x (all below 0x80) in [lo, hi]: 0xFF each, else 0. */
static __m128i in_range16(__m128i x, char lo, char hi) {
  return _mm_and_si128(_mm_cmpgt_epi8(x, _mm_set1_epi8((char)(lo - 1))),
                       _mm_cmplt_epi8(x, _mm_set1_epi8((char)(hi + 1))));
}
/* How many bytes of m are 0xFF (the others 0). */
static size_t count16(__m128i m) {
  __m128i sums = _mm_sad_epu8(_mm_and_si128(m, _mm_set1_epi8(1)), _mm_setzero_si128());
  return (size_t)_mm_cvtsi128_si32(sums) + (size_t)_mm_extract_epi16(sums, 4);
}
/* measure8 for sixteen bytes. */
static int measure16(const char *p, size_t avail, line_counts *c, int *in_word) {
  __m128i x = _mm_loadu_si128((const __m128i *)(const void *)p), space, starts, upper, lower;
  unsigned hw;
  if (_mm_movemask_epi8(x))
    return 0; /* a byte not ASCII */
  space = _mm_or_si128(in_range16(x, 9, 13), _mm_cmpeq_epi8(x, _mm_set1_epi8(' ')));
  /* a word starts where a non-space byte follows a space: the space mask
   * one byte on, the line's state before the first */
  starts = _mm_andnot_si128(
      space, _mm_or_si128(_mm_slli_si128(space, 1), _mm_cvtsi32_si128(*in_word ? 0 : 0xFF)));
  hw = (unsigned)_mm_movemask_epi8(
      _mm_and_si128(starts, _mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8('h')),
                                         _mm_cmpeq_epi8(x, _mm_set1_epi8('w')))));
  while (hw) {
    unsigned k = (unsigned)__builtin_ctz(hw);
    if (nsp_is_url_at(p + k, avail - k))
      return 0;
    hw &= hw - 1;
  }
  upper = in_range16(x, 'A', 'Z');
  lower = in_range16(x, 'a', 'z');
  c->chars += 16;
  c->upper += count16(upper);
  c->lower += count16(lower);
  c->words += count16(starts);
  c->cap_words += count16(_mm_and_si128(starts, _mm_or_si128(upper, in_range16(x, '0', '9'))));
  c->lower_words += count16(_mm_and_si128(starts, lower));
  *in_word = !(_mm_movemask_epi8(space) >> 15);
  return 1;
}
#endif

/* Counts of the line's content.  The counters are locals, written back
 * once: stores through ln would alias the text for the compiler and keep
 * the ASCII loop in memory. */
static void measure(const char *text, nsp_line *ln) {
  size_t i = ln->start, e = ln->end, chars = 0, words = 0, cap_words = 0, lower_words = 0;
  size_t upper = 0, lower = 0, url_start = 0, url_end = 0;
  int in_word = 0;
  line_counts c8 = {0, 0, 0, 0, 0, 0};
  while (i < e) {
    unsigned c = (unsigned char)text[i];
    size_t sp;
#ifdef NSP_SSE2_LINES
    if (e - i >= 16 && measure16(text + i, e - i, &c8, &in_word)) {
      i += 16;
      continue;
    }
#endif
    if (e - i >= 8 && measure8(text + i, e - i, &c8, &in_word)) {
      i += 8;
      continue;
    }
    /* ASCII: counted through the class table, with no branch on the class
     * (word boundaries every few bytes would mispredict) */
    if (c < 0x80 && !(c == 'h' || c == 'w')) {
      unsigned k = ascii_class[c], start = !(k & ASCII_SPACE) & !in_word;
      chars++;
      upper += (k & ASCII_UPPER) != 0;
      lower += (k & ASCII_LOWER) != 0;
      words += start;
      cap_words += start & ((k & (ASCII_UPPER | ASCII_DIGIT)) != 0);
      lower_words += start & ((k & ASCII_LOWER) != 0);
      in_word = !(k & ASCII_SPACE);
      i++;
      continue;
    }
    sp = nsp_space_len(text + i, e - i);
    if (sp) {
      in_word = 0;
      i += sp;
      chars++;
      continue;
    }
    if (!in_word && (c == 'h' || c == 'w') && nsp_is_url_at(text + i, e - i)) {
      size_t j = i;
      while (j < e && !nsp_space_len(text + j, e - j))
        j++;
      if (!url_end) {
        url_start = i;
        url_end = j;
      }
      chars += j - i;
      words++;
      i = j;
      continue;
    }
    {
      int lc = nsp_letter_case(text + i, e - i);
      upper += lc > 0;
      lower += lc < 0;
      if (!in_word) {
        in_word = 1;
        words++;
        if (lc > 0 || (c >= '0' && c <= '9'))
          cap_words++;
        else if (lc < 0)
          lower_words++;
      }
    }
    if ((c & 0xC0) != 0x80)
      chars++;
    i++;
  }
  ln->chars = chars + c8.chars;
  ln->words = words + c8.words;
  ln->cap_words = cap_words + c8.cap_words;
  ln->lower_words = lower_words + c8.lower_words;
  ln->upper_letters = upper + c8.upper;
  ln->lower_letters = lower + c8.lower;
  ln->url_start = url_start;
  ln->url_end = url_end;
}

size_t nsp_trim_end(const char *t, size_t s, size_t e) {
  while (e > s) {
    size_t back = 1;
    while (back < 4 && e - back > s && ((unsigned char)t[e - back] & 0xC0) == 0x80)
      back++;
    if (!nsp_space_len(t + e - back, back))
      break;
    e -= back;
  }
  return e;
}

int nsp_lines_split(const char *text, size_t len, nsp_buf *out) {
  size_t i = 0;
  while (i <= len) {
    nsp_line ln;
    size_t j = i, s, e;
    const char *lf = i < len ? memchr(text + i, '\n', len - i) : NULL;
    j = lf ? (size_t)(lf - text) : len;
    memset(&ln, 0, sizeof ln);
    ln.raw_start = i;
    ln.raw_end = j;
    s = i;
    while (s < j) {
      size_t w = nsp_space_len(text + s, j - s);
      if (!w)
        break;
      s += w;
      ln.indent++;
    }
    e = nsp_trim_end(text, s, j);
    ln.start = s;
    ln.end = e;
    ln.blank = (s == e);
    if (!ln.blank) {
      ln.bullet = bullet_len(text + s, e - s);
      measure(text, &ln);
      ln.terminal = nsp_ends_sentence(text, s, e);
    }
    if (NSP_VEC_PUSH(out, nsp_line, ln))
      return NEWSPARSE_ERR_NOMEM;
    if (j == len)
      break;
    i = j + 1;
  }
  return NEWSPARSE_OK;
}
