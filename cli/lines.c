/*
 * lines.c - reads --jsonl input line by line from a file descriptor.
 *
 * In: a descriptor.  Out: lines in malloc'd buffers.  A line over the
 * caller's bound is skipped to its end without being kept, so one huge
 * line costs time but no memory beyond the bound.
 */
#include "lines.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define READ_BLOCK ((size_t)1 << 20)

int line_reader_open(line_reader *lr, int fd) {
  memset(lr, 0, sizeof *lr);
  lr->fd = fd;
  lr->cap = READ_BLOCK;
  lr->buf = malloc(lr->cap);
  return lr->buf ? 0 : -1;
}

void line_reader_close(line_reader *lr) {
  free(lr->buf);
  lr->buf = NULL;
}

static int fill(line_reader *lr) {
  ssize_t got;
  lr->pos = lr->end = 0;
  do
    got = read(lr->fd, lr->buf, lr->cap);
  while (got < 0 && errno == EINTR);
  if (got < 0) {
    lr->error = 1;
    return -1;
  }
  if (got == 0)
    lr->eof = 1;
  lr->end = (size_t)got;
  return 0;
}

/* Append n bytes to the line being built, unless it is over `keep`. */
static int keep_bytes(char **line, size_t *len, size_t *cap, size_t keep, int *too_long,
                      const char *s, size_t n) {
  if (*too_long)
    return 0;
  if (*len + n > keep) {
    free(*line);
    *line = NULL;
    *too_long = 1;
    return 0;
  }
  if (*len + n + 1 > *cap) {
    size_t c = *cap ? *cap : 256;
    char *np;
    while (c < *len + n + 1)
      c *= 2;
    np = realloc(*line, c);
    if (!np)
      return -1;
    *line = np;
    *cap = c;
  }
  memcpy(*line + *len, s, n);
  *len += n;
  (*line)[*len] = '\0';
  return 0;
}

int line_reader_next(line_reader *lr, size_t keep, char **line, size_t *len, int *too_long) {
  size_t cap = 0;
  int any = 0;
  *line = NULL;
  *len = 0;
  *too_long = 0;
  lr->ended_with_lf = 0;
  for (;;) {
    char *nl;
    size_t n;
    if (lr->pos == lr->end) {
      if (lr->eof || fill(lr) || lr->eof)
        break;
    }
    any = 1;
    nl = memchr(lr->buf + lr->pos, '\n', lr->end - lr->pos);
    n = (nl ? (size_t)(nl - lr->buf) : lr->end) - lr->pos;
    if (keep_bytes(line, len, &cap, keep, too_long, lr->buf + lr->pos, n)) {
      free(*line);
      *line = NULL;
      return -1;
    }
    lr->pos += n;
    if (nl) {
      lr->pos++;
      lr->ended_with_lf = 1;
      break;
    }
  }
  if (lr->error) {
    free(*line);
    *line = NULL;
    return -1;
  }
  if (!any)
    return 0;
  if (!*too_long) {
    if (*len > 0 && (*line)[*len - 1] == '\r')
      (*line)[--*len] = '\0';
    if (!*line && keep_bytes(line, len, &cap, keep, too_long, "", 0))
      return -1;
  }
  return 1;
}
