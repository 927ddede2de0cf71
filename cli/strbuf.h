/* strbuf.h - a growable byte buffer and JSON string escaping (strbuf.c). */
#ifndef NSP_CLI_STRBUF_H
#define NSP_CLI_STRBUF_H

#include <stddef.h>

/* Always NUL-terminated once anything was put; p is NULL until then. */
typedef struct strbuf {
  char *p;
  size_t len, cap;
} strbuf;

/* Each returns 0, or -1 when out of memory (the buffer is unchanged). */
int sb_reserve(strbuf *b, size_t extra);
int sb_put(strbuf *b, const char *s, size_t n);
int sb_puts(strbuf *b, const char *s);
int sb_putc(strbuf *b, char c);
/* Length of the valid UTF-8 sequence starting a non-ASCII byte at
 * s[0..n), or 0 when it is not one. */
size_t sb_utf8_len(const unsigned char *s, size_t n);
/* s as a JSON string, quotes included; invalid UTF-8 becomes U+FFFD. */
int sb_json_string(strbuf *b, const char *s, size_t n);
void sb_free(strbuf *b);

#endif
