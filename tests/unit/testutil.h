/* testutil.h - helpers shared by the unit suites. */
#ifndef NSP_TESTUTIL_H
#define NSP_TESTUTIL_H

#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "calendar.h"
#include "doc.h"
#include "input.h"
#include "names.h"
#include "resolve.h"
#include "rules.h"
#include "structure.h"
#include "tagger.h"
#include "tokens.h"
#include "utf8.h"
#include "values.h"
#include "lines.h"
#include "gazetteer.h"
#include "engine.h"
#include "regex.h"
#include "json.h"
#include "newsparse.h"

/* Parse text with an engine built from the built-in rules (once per
 * process) and the given options; aborts the test on failure. */
newsparse_result *tu_parse(const char *text, const newsparse_options *opts);
newsparse_result *tu_parse_with(const newsparse_engine *e, const char *text,
                                const newsparse_options *opts);
const newsparse_engine *tu_builtin_engine(void);
newsparse_engine *tu_engine_from(const char *rules_text, int builtin);

/* The display text of part i, or NULL when absent. */
const char *tu_text(newsparse_result *r, newsparse_part part, size_t i);
/* The original-offset span of part i. */
newsparse_span tu_span(newsparse_result *r, newsparse_part part, size_t i);
/* Index of the first entity with this label and text, or -1. */
long tu_find_entity(newsparse_result *r, int label, const char *text);
const char *tu_entity_value(newsparse_result *r, long i);

Suite *input_suite(void);
Suite *structure_suite(void);
Suite *sentences_suite(void);
Suite *tokens_suite(void);
Suite *rules_suite(void);
Suite *values_suite(void);
Suite *tagger_suite(void);
Suite *names_suite(void);
Suite *json_suite(void);
Suite *api_suite(void);
Suite *batch_suite(void);
Suite *alloc_suite(void);
Suite *pathological_suite(void);

#endif
