/* check_api.c - versions, status texts and API misuse. */
#include "testutil.h"

START_TEST(version_runtime_matches_macros) {
  ck_assert_uint_eq(newsparse_version(), NEWSPARSE_VERSION);
  ck_assert_str_eq(newsparse_version_string(), NEWSPARSE_VERSION_STRING);
  ck_assert_ptr_nonnull(newsparse_unicode_version());
}
END_TEST

START_TEST(every_status_has_a_message) {
  int c;
  for (c = NEWSPARSE_ERR_DATE; c <= NEWSPARSE_OK; c++)
    ck_assert_str_ne(newsparse_strerror(c), "unknown error");
  ck_assert_str_eq(newsparse_strerror(-999), "unknown error");
  for (c = NEWSPARSE_LABEL_PERSON; c <= NEWSPARSE_LABEL_MONEY; c++)
    ck_assert_ptr_nonnull(newsparse_label_name(c));
  ck_assert_ptr_null(newsparse_label_name(0));
  ck_assert_ptr_null(newsparse_label_name(9));
}
END_TEST

START_TEST(null_and_bad_arguments) {
  newsparse_result *r = NULL;
  newsparse_error err;
  newsparse_options o;
  const newsparse_engine *e = tu_builtin_engine();
  newsparse_span s;
  ck_assert_int_eq(newsparse_parse(NULL, "x", 1, NULL, &r, &err), NEWSPARSE_ERR_ARG);
  ck_assert_int_eq(err.code, NEWSPARSE_ERR_ARG);
  ck_assert_int_eq(newsparse_parse(e, NULL, 3, NULL, &r, &err), NEWSPARSE_ERR_ARG);
  ck_assert_int_eq(newsparse_parse(e, "x", 1, NULL, NULL, &err), NEWSPARSE_ERR_ARG);
  ck_assert_int_eq(newsparse_parse(e, NULL, 0, NULL, &r, &err), NEWSPARSE_OK);
  ck_assert_uint_eq(newsparse_result_count(r, NEWSPARSE_PART_PARAGRAPH), 0);
  ck_assert_int_eq(
      newsparse_result_span(r, NEWSPARSE_PART_PARAGRAPH, 0, NEWSPARSE_TEXT_ORIGINAL, &s, NULL),
      NEWSPARSE_ERR_ARG);
  ck_assert_int_eq(newsparse_result_entity(r, 5, NULL, NULL, NULL), NEWSPARSE_ERR_ARG);
  ck_assert_int_eq(newsparse_result_relation(r, 0, NULL, NULL, NULL, NULL), NEWSPARSE_ERR_ARG);
  ck_assert_int_eq(newsparse_result_related_url(r, 0, NULL), NEWSPARSE_ERR_ARG);
  ck_assert_int_eq(newsparse_result_paragraph_sentences(r, 0, NULL, NULL), NEWSPARSE_ERR_ARG);
  newsparse_result_free(r);

  ck_assert_uint_eq(newsparse_result_count(NULL, NEWSPARSE_PART_ENTITY), 0);
  ck_assert_ptr_null(newsparse_result_text(NULL, NEWSPARSE_TEXT_ORIGINAL, NULL));
  newsparse_result_free(NULL);
  newsparse_engine_free(NULL);
  newsparse_rules_free(NULL);
  newsparse_options_init(NULL);

  newsparse_options_init(&o);
  o.flags = 1u << 20;
  ck_assert_int_eq(newsparse_parse(e, "x", 1, &o, &r, &err), NEWSPARSE_ERR_ARG);
  newsparse_options_init(&o);
  o.size = 0;
  ck_assert_int_eq(newsparse_parse(e, "x", 1, &o, &r, &err), NEWSPARSE_ERR_ARG);
  ck_assert_int_eq(newsparse_rules_new(1u << 5, NULL, NULL, &err), NEWSPARSE_ERR_ARG);
  ck_assert_int_eq(newsparse_engine_new(NULL, NULL, &err), NEWSPARSE_ERR_ARG);
}
END_TEST

START_TEST(dct_and_limits) {
  newsparse_result *r = NULL;
  newsparse_error err;
  newsparse_options o;
  const newsparse_engine *e = tu_builtin_engine();
  static const char *const bad[] = {"2025-13-45", "2025-02-30",   "yesterday",
                                    "2025-3-5",   "2025-03-05T1", "2025-03-05X"};
  size_t k;
  newsparse_options_init(&o);
  for (k = 0; k < sizeof bad / sizeof bad[0]; k++) {
    o.dct = bad[k];
    ck_assert_int_eq(newsparse_parse(e, "x", 1, &o, &r, &err), NEWSPARSE_ERR_DATE);
    ck_assert_ptr_null(r);
  }
  o.dct = "1998-02-13T14:35";
  ck_assert_int_eq(newsparse_parse(e, "x", 1, &o, &r, &err), NEWSPARSE_OK);
  ck_assert_str_eq(newsparse_result_dct(r), "1998-02-13");
  newsparse_result_free(r);
  o.dct = NULL;
  o.max_bytes = 4;
  ck_assert_int_eq(newsparse_parse(e, "too long", 8, &o, &r, &err), NEWSPARSE_ERR_LIMIT);
  ck_assert(strstr(err.message, "limit") != NULL);
}
END_TEST

START_TEST(original_and_normalized_spans) {
  const char *t = "\xEF\xBB\xBFNa\xC3\xAFve caf\x65\xCC\x81 in Mexico";
  newsparse_result *r = tu_parse(t, NULL);
  long i = tu_find_entity(r, NEWSPARSE_LABEL_COUNTRY, "Mexico");
  newsparse_span o, n;
  size_t len;
  ck_assert_int_ge(i, 0);
  newsparse_result_span(r, NEWSPARSE_PART_ENTITY, (size_t)i, NEWSPARSE_TEXT_ORIGINAL, &o, NULL);
  newsparse_result_span(r, NEWSPARSE_PART_ENTITY, (size_t)i, NEWSPARSE_TEXT_NORMALIZED, &n, NULL);
  ck_assert(memcmp(t + o.start, "Mexico", 6) == 0);
  ck_assert(memcmp(newsparse_result_text(r, NEWSPARSE_TEXT_NORMALIZED, &len) + n.start, "Mexico",
                   6) == 0);
  ck_assert_uint_eq(o.start - n.start, 4); /* BOM dropped (3), e+U+0301 composed (1) */
  newsparse_result_free(r);
}
END_TEST

Suite *api_suite(void) {
  Suite *s = suite_create("api");
  TCase *tc = tcase_create("core");
  tcase_add_test(tc, version_runtime_matches_macros);
  tcase_add_test(tc, every_status_has_a_message);
  tcase_add_test(tc, null_and_bad_arguments);
  tcase_add_test(tc, dct_and_limits);
  tcase_add_test(tc, original_and_normalized_spans);
  suite_add_tcase(s, tc);
  return s;
}
