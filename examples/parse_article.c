/*
 * parse_article.c - parse one news article file and print what
 * libnewsparse found in it.
 *
 *   cc parse_article.c $(pkg-config --cflags --libs libnewsparse) -o parse_article
 *   ./parse_article sample-article.txt [YYYY-MM-DD]
 */
#include <newsparse.h>

#include <stdio.h>
#include <stdlib.h>

static char *read_file(const char *path, size_t *len) {
  FILE *f = fopen(path, "rb");
  char *buf = NULL;
  size_t cap = 0, n;
  *len = 0;
  if (!f)
    return NULL;
  for (;;) {
    if (*len + 4096 > cap) {
      char *nb = realloc(buf, cap = cap * 2 + 4096);
      if (!nb) {
        free(buf);
        fclose(f);
        return NULL;
      }
      buf = nb;
    }
    n = fread(buf + *len, 1, cap - *len, f);
    if (n == 0)
      break;
    *len += n;
  }
  fclose(f);
  return buf;
}

static void print_part(const newsparse_result *r, newsparse_part part,
                       const char *name) {
  newsparse_span s;
  const char *text;
  if (newsparse_result_count(r, part) == 0) {
    printf("%-10s (none)\n", name);
    return;
  }
  newsparse_result_span(r, part, 0, NEWSPARSE_TEXT_ORIGINAL, &s, &text);
  printf("%-10s [%zu, %zu) %s\n", name, s.start, s.end, text);
}

int main(int argc, char **argv) {
  newsparse_engine *engine = NULL;
  newsparse_result *r = NULL;
  newsparse_error err;
  newsparse_options opts;
  size_t len, i, n;
  char *text;

  if (argc < 2) {
    fprintf(stderr, "usage: %s FILE [REFERENCE-DATE]\n", argv[0]);
    return 2;
  }
  if (!(text = read_file(argv[1], &len))) {
    perror(argv[1]);
    return 1;
  }
  if (newsparse_engine_new(NULL, &engine, &err) != NEWSPARSE_OK) {
    fprintf(stderr, "engine: %s\n", err.message);
    free(text);
    return 1;
  }
  newsparse_options_init(&opts);
  if (argc > 2)
    opts.dct = argv[2];
  if (newsparse_parse(engine, text, len, &opts, &r, &err) != NEWSPARSE_OK) {
    fprintf(stderr, "parse: %s (%s)\n", err.message, newsparse_strerror(err.code));
    newsparse_engine_free(engine);
    free(text);
    return 1;
  }

  printf("libnewsparse %s\n", newsparse_version_string());
  print_part(r, NEWSPARSE_PART_HEADLINE, "headline");
  print_part(r, NEWSPARSE_PART_DATELINE, "dateline");
  print_part(r, NEWSPARSE_PART_BYLINE, "byline");

  n = newsparse_result_count(r, NEWSPARSE_PART_PARAGRAPH);
  printf("paragraphs %zu\n", n);
  for (i = 0; i < n; i++) {
    size_t first, count;
    const char *sentence;
    newsparse_result_paragraph_sentences(r, i, &first, &count);
    newsparse_result_span(r, NEWSPARSE_PART_SENTENCE, first, NEWSPARSE_TEXT_ORIGINAL,
                          NULL, &sentence);
    printf("  %zu. (%zu sentences) %.70s...\n", i + 1, count, sentence);
  }

  n = newsparse_result_count(r, NEWSPARSE_PART_RELATED);
  printf("related    %zu\n", n);
  for (i = 0; i < n; i++) {
    const char *title, *url;
    newsparse_result_span(r, NEWSPARSE_PART_RELATED, i, NEWSPARSE_TEXT_ORIGINAL, NULL,
                          &title);
    newsparse_result_related_url(r, i, &url);
    if (url)
      printf("  - %s <%s>\n", title, url);
    else
      printf("  - %s\n", title);
  }

  n = newsparse_result_count(r, NEWSPARSE_PART_ENTITY);
  printf("entities   %zu\n", n);
  for (i = 0; i < n; i++) {
    int label;
    const char *value, *rule, *etext;
    newsparse_span s;
    newsparse_result_entity(r, i, &label, &value, &rule);
    newsparse_result_span(r, NEWSPARSE_PART_ENTITY, i, NEWSPARSE_TEXT_ORIGINAL, &s, &etext);
    printf("  %-8s %-28s [%zu, %zu) value=%s rule=%s\n", newsparse_label_name(label),
           etext, s.start, s.end, value ? value : "-", rule);
  }

  n = newsparse_result_count(r, NEWSPARSE_PART_RELATION);
  for (i = 0; i < n; i++) {
    size_t person, office, of;
    newsparse_result_relation(r, i, NULL, &person, &office, &of);
    printf("  holds_office: entity %zu is entity %zu", person, office);
    if (of != NEWSPARSE_NONE)
      printf(" of entity %zu", of);
    printf("\n");
  }

  newsparse_result_free(r);
  newsparse_engine_free(engine);
  free(text);
  return 0;
}
