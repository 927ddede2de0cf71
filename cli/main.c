/*
 * main.c - the newsparse command-line tool.
 *
 * In: the command line.  Out: the exit status; the work is done by
 * files.c (FILEs, stdin) or batch.c (--jsonl), the options read by
 * options.c.  Uses only the library's public header.
 */
#include "newsparse.h"
#include "options.h"
#include "run.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The engine of the built-in rules and the --rules files; NULL after a
 * message naming the file, line and column of a rule that does not load. */
static newsparse_engine *make_engine(const config *cfg) {
  newsparse_rules *rules = NULL;
  newsparse_engine *engine = NULL;
  newsparse_error err;
  size_t k, w;
  if (newsparse_rules_new(cfg->no_builtin ? NEWSPARSE_RULES_NO_BUILTIN : 0, NULL, &rules, &err)) {
    fprintf(stderr, "newsparse: built-in rules: %s\n", err.message);
    return NULL;
  }
  for (k = 0; k < cfg->n_rule_files; k++) {
    if (newsparse_rules_add_file(rules, cfg->rule_files[k], &err)) {
      fprintf(stderr, "newsparse: %s\n", err.message);
      newsparse_rules_free(rules);
      return NULL;
    }
  }
  for (w = 0; w < newsparse_rules_warning_count(rules); w++)
    fprintf(stderr, "newsparse: warning: %s\n", newsparse_rules_warning(rules, w));
  if (newsparse_engine_new(rules, &engine, &err))
    fprintf(stderr, "newsparse: %s\n", err.message);
  newsparse_rules_free(rules);
  return engine;
}

/* Check --dct once with the library's own parser: exit 2 before any work. */
static int dct_is_valid(const newsparse_engine *engine, const char *dct) {
  newsparse_options o;
  newsparse_result *r = NULL;
  newsparse_error err;
  int rc;
  newsparse_options_init(&o);
  o.dct = dct;
  rc = newsparse_parse(engine, "", 0, &o, &r, &err);
  newsparse_result_free(r);
  if (rc == NEWSPARSE_ERR_DATE) {
    fprintf(stderr, "newsparse: --dct: %s\n", err.message);
    return 0;
  }
  return 1;
}

int main(int argc, char **argv) {
  char *outbuf;
  config cfg;
  newsparse_engine *engine = NULL;
  int rc;
  /* output leaves in large blocks (glibc ignores the size without a buffer) */
  outbuf = malloc((size_t)1 << 20);
  if (outbuf)
    setvbuf(stdout, outbuf, _IOFBF, (size_t)1 << 20);
  rc = config_parse(argc, argv, &cfg);
  if (rc != EXIT_OK) {
    if (rc < 0)
      rc = EXIT_OK; /* --help, --version */
    goto out;
  }
  engine = make_engine(&cfg);
  if (!engine || (cfg.dct && !dct_is_valid(engine, cfg.dct))) {
    rc = EXIT_USAGE;
    goto out;
  }
  rc = cfg.jsonl ? run_jsonl(&cfg, engine) : run_files(&cfg, engine);
out:
  newsparse_engine_free(engine);
  config_free(&cfg);
  if (fflush(stdout) != 0 && rc == EXIT_OK)
    rc = EXIT_IO;
  return rc; /* outbuf stays with stdout until the process ends */
}
