/* lines.h - line measurements shared by structure.c and its tests. */
#ifndef NSP_LINES_H
#define NSP_LINES_H

#include "buf.h"

typedef struct nsp_line {
  size_t raw_start, raw_end; /* the line without its LF */
  size_t start, end;         /* content, white space trimmed at both ends */
  size_t indent;             /* leading white-space characters */
  size_t chars, words;       /* characters and words of the content */
  size_t cap_words;          /* words starting with a capital or digit */
  size_t lower_words;        /* words starting with a lower-case letter */
  size_t upper_letters, lower_letters;
  size_t bullet;             /* length of a leading list marker, 0 if none */
  size_t url_start, url_end; /* first URL on the line (url_end 0: none) */
  int blank;                 /* nothing but white space */
  int terminal;              /* ends with . ! ? (before closing quotes) */
} nsp_line;

int nsp_lines_split(const char *text, size_t len, nsp_buf *out);
int nsp_letter_case(const char *s, size_t n); /* 1 upper, -1 lower, 0 none */
int nsp_is_url_at(const char *s, size_t n);
int nsp_ends_sentence(const char *text, size_t a, size_t b);
/* End of [s, e) without trailing white space (NBSP included). */
size_t nsp_trim_end(const char *t, size_t s, size_t e);

#endif
