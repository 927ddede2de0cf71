/*
 * probe.c - generates one news-shaped text from a grammar of news tokens
 * (names, places, numbers, dates, "and"/"of", quotes, brackets, line breaks,
 * blank lines, Title Case and ALL-CAPS lines) and parses it once.
 *
 *   complexity_probe SHAPE BYTES      parse a text of BYTES bytes of shape SHAPE
 *   complexity_probe SHAPE BYTES -p   print the text instead
 *
 * A shape is a seed: it draws the weights of the token classes and the line
 * layout, so every seed is another mix.  run.sh runs the probe under
 * callgrind at two sizes and compares the instructions spent in
 * newsparse_parse (engine creation is outside it).
 */
#include <newsparse.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct rng {
  unsigned long long s;
} rng;

/* splitmix64: every seed, even 1, 2, 3, gives an unrelated stream. */
static unsigned next(rng *r) {
  unsigned long long z = (r->s += 0x9E3779B97F4A7C15ULL);
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
  return (unsigned)((z ^ (z >> 31)) >> 32);
}

static unsigned below(rng *r, unsigned n) { return n ? next(r) % n : 0; }

/* The token classes of the grammar, each a small list the project wrote. */
static const char *const given[] = {"Anna", "John", "Maria", "Lee", "Paris", "Jordan", "Victoria"};
static const char *const surname[] = {"Berg", "Smith", "Okafor", "Lindqvist", "Torres", "Major"};
static const char *const place[] = {"Paris", "Mexico", "London", "Baja California", "New York",
                                    "Sao Paulo", "Gaza", "U.S.", "Britain", "Washington"};
static const char *const org[] = {"Reuters", "Ministry of Trade", "Bank of England", "Inc",
                                  "United Nations", "FC", "Corp."};
static const char *const office[] = {"President", "Secretary of State", "Governor", "Mr.", "Sen."};
static const char *const date[] = {"March 3", "Feb. 27, 2025", "last week", "1990s", "Monday",
                                   "the third quarter", "2028", "early next year", "9:30 a.m."};
static const char *const number[] = {"5", "10-3", "2-1", "$9m", "1,200", "45", "3.5", "(7)"};
static const char *const glue[] = {"and", "of", "the", "in", "said", "v", "beat", "-", ","};
static const char *const word[] = {"talks", "rally", "plant", "shares", "fell", "minister", "club"};
static const char *const punct[] = {"\"", "(", ")", "[", "]", "'", ".", ":", ";", "/"};

typedef struct tclass {
  const char *const *items;
  unsigned n;
} tclass;

#define CLASS(a) {a, sizeof a / sizeof *a}
static const tclass classes[] = {CLASS(given),  CLASS(surname), CLASS(place), CLASS(org),
                                 CLASS(office), CLASS(date),    CLASS(number), CLASS(glue),
                                 CLASS(word),   CLASS(punct)};
#define NCLASSES (sizeof classes / sizeof *classes)

typedef struct shape {
  unsigned weight[NCLASSES];
  unsigned total;
  unsigned line_every; /* tokens per line on average; 0: one long line */
  unsigned blank_pct;  /* share of line breaks that are blank lines */
  unsigned caps_pct;   /* share of lines in capitals */
  unsigned title_pct;  /* share of lines in Title Case */
} shape;

static void draw_shape(shape *sh, unsigned seed) {
  rng r = {seed};
  size_t i;
  static const unsigned layouts[] = {0, 3, 8, 20, 60, 400};
  sh->total = 0;
  for (i = 0; i < NCLASSES; i++) {
    sh->weight[i] = below(&r, 4) == 0 ? 0 : below(&r, 10) + 1;
    sh->total += sh->weight[i];
  }
  if (sh->total == 0) {
    sh->weight[0] = 1;
    sh->total = 1;
  }
  sh->line_every = layouts[below(&r, sizeof layouts / sizeof *layouts)];
  sh->blank_pct = below(&r, 60);
  sh->caps_pct = below(&r, 3) == 0 ? below(&r, 100) : 0;
  sh->title_pct = below(&r, 50);
}

static const char *pick(rng *r, const shape *sh) {
  unsigned x = below(r, sh->total), i;
  for (i = 0; i < NCLASSES; i++) {
    if (x < sh->weight[i])
      return classes[i].items[below(r, classes[i].n)];
    x -= sh->weight[i];
  }
  return "x";
}

static char *generate(unsigned seed, size_t bytes, size_t *len) {
  shape sh;
  rng r = {(unsigned long long)seed << 32};
  char *out = malloc(bytes + 64), *line = out;
  size_t n = 0;
  int caps = 0, title = 0;
  if (!out)
    return NULL;
  draw_shape(&sh, seed);
  while (n < bytes) {
    const char *w = pick(&r, &sh);
    size_t k, wl = strlen(w);
    if (n + wl + 2 > bytes)
      break;
    for (k = 0; k < wl; k++) {
      char c = w[k];
      if (caps && c >= 'a' && c <= 'z')
        c = (char)(c - 32);
      else if (title && k == 0 && c >= 'a' && c <= 'z')
        c = (char)(c - 32);
      out[n++] = c;
    }
    if (sh.line_every && below(&r, sh.line_every) == 0) {
      out[n++] = '\n';
      if (below(&r, 100) < sh.blank_pct)
        out[n++] = '\n';
      line = out + n;
      caps = below(&r, 100) < sh.caps_pct;
      title = !caps && below(&r, 100) < sh.title_pct;
    } else {
      out[n++] = ' ';
    }
  }
  (void)line;
  *len = n;
  return out;
}

int main(int argc, char **argv) {
  newsparse_engine *engine = NULL;
  newsparse_result *result = NULL;
  newsparse_error err;
  size_t len;
  char *text;
  int rc;
  if (argc < 3) {
    fprintf(stderr, "usage: complexity_probe SHAPE BYTES [-p]\n");
    return 2;
  }
  text = generate((unsigned)strtoul(argv[1], NULL, 10), strtoul(argv[2], NULL, 10), &len);
  if (!text)
    return 1;
  if (argc > 3 && strcmp(argv[3], "-p") == 0) {
    fwrite(text, 1, len, stdout);
    free(text);
    return 0;
  }
  if (newsparse_engine_new(NULL, &engine, &err) != NEWSPARSE_OK) {
    fprintf(stderr, "engine: %s\n", err.message);
    free(text);
    return 1;
  }
  rc = newsparse_parse(engine, text, len, NULL, &result, &err);
  if (rc != NEWSPARSE_OK)
    fprintf(stderr, "parse: %s\n", err.message);
  newsparse_result_free(result);
  newsparse_engine_free(engine);
  free(text);
  return rc == NEWSPARSE_OK ? 0 : 1;
}
