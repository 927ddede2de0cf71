/*
 * progress.c - records, MB and MB/s of a --jsonl run on stderr.
 *
 * In: counts after each batch.  Out: on a terminal one line rewritten at
 * most five times a second; otherwise a line every five seconds; always a
 * summary line at the end.  Off unless --progress was given.
 */
#include "progress.h"

#include <stdio.h>
#include <time.h>
#include <unistd.h>

static double now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

void progress_start(progress *p, int on) {
  p->on = on;
  p->tty = on && isatty(2);
  p->start = p->last = now();
  p->records = p->errors = 0;
  p->bytes = 0;
}

static void print(const progress *p, double t, const char *end) {
  double mb = (double)p->bytes / 1e6, secs = t - p->start;
  fprintf(stderr, "%snewsparse: %zu records (%zu errors), %.1f MB, %.1f s, %.2f MB/s%s",
          p->tty ? "\r" : "", p->records, p->errors, mb, secs, secs > 0 ? mb / secs : 0.0, end);
  fflush(stderr);
}

void progress_add(progress *p, size_t records, size_t errors, unsigned long long bytes) {
  double t;
  p->records += records;
  p->errors += errors;
  p->bytes += bytes;
  if (!p->on)
    return;
  t = now();
  if (t - p->last >= (p->tty ? 0.2 : 5.0)) {
    print(p, t, p->tty ? "\033[K" : "\n");
    p->last = t;
  }
}

void progress_end(progress *p) {
  if (p->on)
    print(p, now(), p->tty ? "\033[K\n" : "\n");
}
