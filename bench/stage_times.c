/*
 * stage_times.c - time per pipeline stage over a JSON Lines corpus.
 *
 *   stage_times CORPUS.jsonl
 *
 * Reads {"text": ...} records (jansson), runs the library's stages one by
 * one on each (input/normalise, structure, tokens, tagging, names and
 * resolution, JSON) and prints the seconds and MB/s of each.  Built with
 * -DNEWSPARSE_BUILD_BENCH=ON; it links the internal static library.
 */
#define _POSIX_C_SOURCE 200809L
#include "doc.h"
#include "input.h"
#include "names.h"
#include "resolve.h"
#include "rules.h"
#include "structure.h"
#include "tagger.h"
#include "tokens.h"
#include "values.h"

#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static double now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

enum { S_INPUT, S_STRUCTURE, S_TOKENS, S_TAG, S_NAMES, S_JSON, S_COUNT };
static const char *const names[] = {"input/normalise", "structure", "tokens",
                                    "tagging (gazetteers+regex)", "names+resolve", "JSON"};

int main(int argc, char **argv) {
  FILE *f;
  char *line = NULL;
  size_t cap = 0, bytes = 0, docs = 0, work = 0, tokens = 0;
  ssize_t n;
  double t[S_COUNT] = {0}, t0, total = 0;
  newsparse_engine *e;
  newsparse_result *r;
  nsp_buf out;
  newsparse_allocator alc;
  newsparse_error err;
  int k;
  if (argc < 2 || !(f = fopen(argv[1], "rb"))) {
    fprintf(stderr, "usage: stage_times CORPUS.jsonl\n");
    return 2;
  }
  { /* the first creation pays page faults; the median of five is the steady cost */
    double times[6];
    int i, j;
    for (i = 0; i < 6; i++) {
      t0 = now();
      if (newsparse_engine_new(NULL, &e, &err)) {
        fprintf(stderr, "%s\n", err.message);
        return 1;
      }
      times[i] = (now() - t0) * 1000;
      if (i < 5)
        newsparse_engine_free(e);
    }
    for (i = 1; i < 6; i++) /* sort times[1..5] */
      for (j = i + 1; j < 6; j++)
        if (times[j] < times[i]) {
          double x = times[i];
          times[i] = times[j];
          times[j] = x;
        }
    printf("engine creation (built-in rules): %.1f ms median of 5, %.1f ms the first time\n",
           times[3], times[0]);
  }
  /* as the CLI runs them: one result whose memory pool serves document
   * after document, one output buffer */
  nsp_allocator_init(&alc, NULL);
  r = calloc(1, sizeof *r);
  if (!r)
    return 1;
  nsp_pool_init(&r->pool, &alc);
  nsp_buf_init(&out, &alc);
  while ((n = getline(&line, &cap, f)) > 0) {
    json_t *root = json_loadb(line, (size_t)n, JSON_ALLOW_NUL, NULL);
    json_t *text = root ? json_object_get(root, "text") : NULL;
    nsp_doc *d;
    double a, b;
    if (!json_is_string(text)) {
      json_decref(root);
      continue;
    }
    d = &r->doc;
    nsp_doc_init(d, &r->pool.alc);
    out.len = 0;
    d->orig = (char *)json_string_value(text);
    d->orig_len = json_string_length(text);
    a = now();
    nsp_normalize(&d->alc, d->orig, d->orig_len, 0, &d->norm, &d->map, NULL, NULL);
    b = now(); t[S_INPUT] += b - a; a = b;
    nsp_structure_find(d->norm.data, d->norm.len, NSP_FIND_RELATED | NSP_FIND_BOILERPLATE, NULL,
                       &d->st);
    b = now(); t[S_STRUCTURE] += b - a; a = b;
    nsp_tokenize(d->norm.data, d->norm.len, &d->st, 0, &d->tokens);
    b = now(); t[S_TOKENS] += b - a; a = b;
    nsp_tag(e, d, 0, 0);
    b = now(); t[S_TAG] += b - a; a = b;
    nsp_names(d);
    nsp_resolve(d);
    b = now(); t[S_NAMES] += b - a; a = b;
    nsp_json_write(r, 0, &out);
    b = now(); t[S_JSON] += b - a;
    bytes += d->orig_len;
    docs++;
    work += d->work;
    tokens += NSP_VEC_LEN(&d->tokens.toks, nsp_token);
    d->orig = NULL; /* owned by jansson */
    nsp_doc_free(d);
    json_decref(root);
  }
  nsp_buf_free(&out);
  nsp_pool_trim(&r->pool);
  free(r);
  for (k = 0; k < S_COUNT; k++)
    total += t[k];
  printf("%zu documents, %.1f MB, %zu tokens, %.2f look-ups and match attempts per token\n",
         docs, bytes / 1e6, tokens, tokens ? (double)work / (double)tokens : 0.0);
  for (k = 0; k < S_COUNT; k++)
    printf("%-28s %7.3f s %5.1f%% %8.1f MB/s\n", names[k], t[k], 100 * t[k] / total,
           bytes / 1e6 / t[k]);
  printf("%-28s %7.3f s        %8.1f MB/s\n", "all stages", total, bytes / 1e6 / total);
  free(line);
  fclose(f);
  newsparse_engine_free(e);
  return 0;
}
