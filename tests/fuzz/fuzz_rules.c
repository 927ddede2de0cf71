/*
 * fuzz_rules.c - libFuzzer target: a rule text is loaded into an empty rule
 * set; when it loads, an engine is built and parses a fixed sentence.
 */
#include "newsparse.h"

#include <stdint.h>
#include <stdlib.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  static const char text[] = "Gov. Anna Berg met Acme Corp in Ruritania on May 2, 2025 for $5 million.";
  newsparse_rules *rules;
  newsparse_engine *e = NULL;
  newsparse_result *r = NULL;
  newsparse_error err;
  newsparse_options opts;
  if (newsparse_rules_new(NEWSPARSE_RULES_NO_BUILTIN, NULL, &rules, &err))
    abort();
  if (newsparse_rules_add_text(rules, "fuzz", (const char *)data, size, &err) == NEWSPARSE_OK &&
      newsparse_engine_new(rules, &e, &err) == NEWSPARSE_OK) {
    newsparse_options_init(&opts);
    opts.match_limit = 10000;
    if (newsparse_parse(e, text, sizeof text - 1, &opts, &r, &err) == NEWSPARSE_OK)
      newsparse_result_free(r);
    newsparse_engine_free(e);
  } else if (err.code == NEWSPARSE_OK || err.message[0] == '\0') {
    abort(); /* every failure carries a code and a message */
  }
  newsparse_rules_free(rules);
  return 0;
}
