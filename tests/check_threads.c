/*
 * check_threads.c - one engine shared by several threads parsing different
 * texts at once; every result must equal the serial one.  Run under
 * ThreadSanitizer in CI.
 */
#define _POSIX_C_SOURCE 200809L
#include "newsparse.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define THREADS 4
#define TEXTS 24

static newsparse_engine *engine;
static char *texts[TEXTS];
static char *serial[TEXTS];
static char *threaded[TEXTS];

static char *to_json(const char *text) {
  newsparse_result *r;
  newsparse_error err;
  newsparse_options o;
  size_t n;
  char *out;
  newsparse_options_init(&o);
  o.dct = "2025-03-05";
  if (newsparse_parse(engine, text, strlen(text), &o, &r, &err))
    return NULL;
  n = newsparse_result_to_json(r, 0, NULL, 0);
  out = malloc(n + 1);
  if (out)
    newsparse_result_to_json(r, 0, out, n + 1);
  newsparse_result_free(r);
  return out;
}

static void *work(void *arg) {
  size_t k = (size_t)arg, i;
  for (i = k; i < TEXTS; i += THREADS)
    threaded[i] = to_json(texts[i]);
  return NULL;
}

int main(void) {
  pthread_t t[THREADS];
  newsparse_error err;
  size_t i, failed = 0;
  if (newsparse_engine_new(NULL, &engine, &err)) {
    fprintf(stderr, "engine: %s\n", err.message);
    return 1;
  }
  for (i = 0; i < TEXTS; i++) {
    char buf[512];
    snprintf(buf, sizeof buf,
             "Talks %zu Resume\n\nLONDON, March %zu (Reuters) - Foreign Minister Anna Berg of "
             "Ruritania met U.S. officials on Tuesday about $%zu million in aid to Peru.\n\n"
             "Related:\n- Story %zu https://example.org/%zu\n",
             i, i % 28 + 1, i * 7 + 1, i, i);
    texts[i] = strdup(buf);
    serial[i] = to_json(texts[i]);
  }
  for (i = 0; i < THREADS; i++)
    pthread_create(&t[i], NULL, work, (void *)i);
  for (i = 0; i < THREADS; i++)
    pthread_join(t[i], NULL);
  for (i = 0; i < TEXTS; i++) {
    if (!serial[i] || !threaded[i] || strcmp(serial[i], threaded[i]) != 0)
      failed++;
    free(texts[i]);
    free(serial[i]);
    free(threaded[i]);
  }
  newsparse_engine_free(engine);
  printf("%d passed, %zu failed\n", TEXTS - (int)failed, failed);
  return failed ? 1 : 0;
}
