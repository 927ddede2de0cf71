/* lines.h - a line reader with a bound on what it keeps (lines.c). */
#ifndef NSP_CLI_LINES_H
#define NSP_CLI_LINES_H

#include <stddef.h>

typedef struct line_reader {
  int fd;
  char *buf;
  size_t pos, end, cap;
  int eof, error;
  int ended_with_lf; /* the last line read ended with a line feed */
} line_reader;

int line_reader_open(line_reader *lr, int fd);
void line_reader_close(line_reader *lr);
/*
 * The next line, without its LF (and CR before it), in a new malloc'd
 * buffer at *line (NUL-terminated; it may hold NULs).  A line longer than
 * `keep` bytes is read to its end but not kept: *line is NULL and
 * *too_long 1.  Returns 1 for a line, 0 at the end of input, -1 on a
 * read error or when out of memory.
 */
int line_reader_next(line_reader *lr, size_t keep, char **line, size_t *len, int *too_long);

#endif
