/* progress.h - signs of life on stderr during a --jsonl run (progress.c). */
#ifndef NSP_CLI_PROGRESS_H
#define NSP_CLI_PROGRESS_H

#include <stddef.h>

typedef struct progress {
  int on;
  int tty;            /* stderr is a terminal: one line, rewritten */
  double start, last; /* seconds */
  size_t records, errors;
  unsigned long long bytes;
} progress;

void progress_start(progress *p, int on);
/* Count records and input bytes; prints when it is time to. */
void progress_add(progress *p, size_t records, size_t errors, unsigned long long bytes);
/* The summary line: records, errors, MB, seconds, MB/s. */
void progress_end(progress *p);

#endif
