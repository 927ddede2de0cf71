/*
 * check_main.c - runs the unit suites.  CK_RUN_SUITE=<name> runs one (ctest
 * registers one test per suite); CK_FORK=no helps under gdb.
 */
#include "unit/testutil.h"

#include <stdio.h>

static newsparse_engine *builtin;

const newsparse_engine *tu_builtin_engine(void) {
  if (!builtin) {
    newsparse_error err;
    if (newsparse_engine_new(NULL, &builtin, &err) != NEWSPARSE_OK) {
      fprintf(stderr, "engine: %s\n", err.message);
      abort();
    }
  }
  return builtin;
}

newsparse_engine *tu_engine_from(const char *text, int with_builtin) {
  newsparse_rules *rules;
  newsparse_engine *e = NULL;
  newsparse_error err;
  ck_assert_int_eq(newsparse_rules_new(with_builtin ? 0 : NEWSPARSE_RULES_NO_BUILTIN,
                                       NULL, &rules, &err),
                   NEWSPARSE_OK);
  if (newsparse_rules_add_text(rules, "test", text, strlen(text), &err))
    ck_abort_msg("rules: %s", err.message);
  ck_assert_int_eq(newsparse_engine_new(rules, &e, &err), NEWSPARSE_OK);
  newsparse_rules_free(rules);
  return e;
}

newsparse_result *tu_parse_with(const newsparse_engine *e, const char *text,
                                const newsparse_options *opts) {
  newsparse_result *r = NULL;
  newsparse_error err;
  int rc = newsparse_parse(e, text, strlen(text), opts, &r, &err);
  if (rc)
    ck_abort_msg("parse failed: %s", err.message);
  return r;
}

newsparse_result *tu_parse(const char *text, const newsparse_options *opts) {
  return tu_parse_with(tu_builtin_engine(), text, opts);
}

const char *tu_text(newsparse_result *r, newsparse_part part, size_t i) {
  const char *d = NULL;
  if (newsparse_result_span(r, part, i, NEWSPARSE_TEXT_ORIGINAL, NULL, &d))
    return NULL;
  return d;
}

newsparse_span tu_span(newsparse_result *r, newsparse_part part, size_t i) {
  newsparse_span s = {0, 0};
  ck_assert_int_eq(newsparse_result_span(r, part, i, NEWSPARSE_TEXT_ORIGINAL, &s, NULL),
                   NEWSPARSE_OK);
  return s;
}

long tu_find_entity(newsparse_result *r, int label, const char *text) {
  size_t i, n = newsparse_result_count(r, NEWSPARSE_PART_ENTITY);
  for (i = 0; i < n; i++) {
    int l;
    const char *t = tu_text(r, NEWSPARSE_PART_ENTITY, i);
    newsparse_result_entity(r, i, &l, NULL, NULL);
    if (l == label && t && strcmp(t, text) == 0)
      return (long)i;
  }
  return -1;
}

const char *tu_entity_value(newsparse_result *r, long i) {
  const char *v = NULL;
  ck_assert(i >= 0);
  ck_assert_int_eq(newsparse_result_entity(r, (size_t)i, NULL, &v, NULL), NEWSPARSE_OK);
  return v;
}

int main(void) {
  SRunner *sr = srunner_create(input_suite());
  int failed;
  srunner_add_suite(sr, structure_suite());
  srunner_add_suite(sr, sentences_suite());
  srunner_add_suite(sr, tokens_suite());
  srunner_add_suite(sr, rules_suite());
  srunner_add_suite(sr, values_suite());
  srunner_add_suite(sr, tagger_suite());
  srunner_add_suite(sr, names_suite());
  srunner_add_suite(sr, json_suite());
  srunner_add_suite(sr, api_suite());
  srunner_add_suite(sr, batch_suite());
  srunner_add_suite(sr, alloc_suite());
  srunner_add_suite(sr, pathological_suite());
  srunner_run_all(sr, CK_ENV);
  failed = srunner_ntests_failed(sr);
  srunner_free(sr);
  newsparse_engine_free(builtin);
  return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
