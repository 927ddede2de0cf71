/* check_batch.c - many texts in one call (batch.c) against one call each. */
#include "testutil.h"

static const char *const texts[] = {
    "LONDON, March 3 (Reuters) - Talks in Mexico ended on Friday.",
    "",
    "Marco Rubio met officials in Lima.\n\nThey spoke for two hours.",
};

/* Text i rendered with flags, as newsparse_result_to_json writes it. */
static char *alone(const char *text, const newsparse_options *o, unsigned flags) {
  newsparse_result *r = tu_parse(text, o);
  size_t n = newsparse_result_to_json(r, flags, NULL, 0);
  char *buf = malloc(n + 1);
  ck_assert_ptr_nonnull(buf);
  ck_assert_uint_eq(newsparse_result_to_json(r, flags, buf, n + 1), n);
  newsparse_result_free(r);
  return buf;
}

/* Every rendering of every text is the one a parse of its own gives. */
START_TEST(renderings_equal_one_parse_each) {
  const unsigned flags[] = {NEWSPARSE_JSON_NO_ENTITIES,
                            NEWSPARSE_JSON_NO_STRUCTURE | NEWSPARSE_JSON_ENTITY_COLUMNS, 0};
  size_t lengths[3], i, k, len;
  const size_t *off;
  newsparse_batch *b;
  newsparse_error err;
  const char *json;
  for (i = 0; i < 3; i++)
    lengths[i] = strlen(texts[i]);
  ck_assert_int_eq(
      newsparse_batch_parse(tu_builtin_engine(), 3, texts, lengths, NULL, flags, 3, &b, &err),
      NEWSPARSE_OK);
  ck_assert_uint_eq(newsparse_batch_count(b), 3);
  json = newsparse_batch_json(b, &off, &len);
  ck_assert_uint_eq(off[0], 0);
  ck_assert_uint_eq(off[9], len);
  for (i = 0; i < 3; i++) {
    ck_assert_int_eq(newsparse_batch_status(b, i, &err), NEWSPARSE_OK);
    for (k = 0; k < 3; k++) {
      char *want = alone(texts[i], NULL, flags[k]);
      size_t from = off[i * 3 + k], to = off[i * 3 + k + 1];
      ck_assert_uint_eq(to - from, strlen(want));
      ck_assert_int_eq(memcmp(json + from, want, to - from), 0);
      free(want);
    }
  }
  ck_assert_int_eq(newsparse_batch_status(b, 3, &err), NEWSPARSE_ERR_ARG);
  newsparse_batch_free(b);
}
END_TEST

/* A text that fails has empty renderings and its own error; the texts
 * after it are parsed, each with its options. */
START_TEST(a_failed_text_keeps_its_error) {
  const char *in[] = {"It rained on February 27.", "It rained on February 27.",
                      "It rained on February 27."};
  size_t lengths[3], i, len;
  newsparse_options good, bad, small;
  const newsparse_options *opts[3];
  const unsigned flags[] = {NEWSPARSE_JSON_NO_STRUCTURE};
  const size_t *off;
  newsparse_batch *b;
  newsparse_error err;
  const char *json;
  newsparse_options_init(&good);
  good.dct = "2025-03-05";
  newsparse_options_init(&bad);
  bad.dct = "2025-13-45";
  newsparse_options_init(&small);
  small.max_bytes = 10;
  opts[0] = &bad;
  opts[1] = &good;
  opts[2] = &small;
  for (i = 0; i < 3; i++)
    lengths[i] = strlen(in[i]);
  ck_assert_int_eq(
      newsparse_batch_parse(tu_builtin_engine(), 3, in, lengths, opts, flags, 1, &b, &err),
      NEWSPARSE_OK);
  json = newsparse_batch_json(b, &off, &len);
  ck_assert_int_eq(newsparse_batch_status(b, 0, &err), NEWSPARSE_ERR_DATE);
  ck_assert_int_eq(err.code, NEWSPARSE_ERR_DATE);
  ck_assert_uint_eq(off[0], off[1]);
  ck_assert_int_eq(newsparse_batch_status(b, 1, &err), NEWSPARSE_OK);
  ck_assert_ptr_nonnull(strstr(json, "\"2025-02-27\""));
  ck_assert_int_eq(newsparse_batch_status(b, 2, &err), NEWSPARSE_ERR_LIMIT);
  ck_assert_uint_eq(off[2], off[3]);
  ck_assert_uint_eq(off[3], len);
  newsparse_batch_free(b);
}
END_TEST

START_TEST(bad_arguments) {
  const unsigned flags[] = {0, NEWSPARSE_JSON_ALL + 1};
  size_t one = 1, len;
  const size_t *off;
  const newsparse_engine *e = tu_builtin_engine();
  newsparse_batch *b = NULL;
  newsparse_error err;
  ck_assert_int_eq(newsparse_batch_parse(NULL, 1, texts, &one, NULL, flags, 1, &b, &err),
                   NEWSPARSE_ERR_ARG);
  ck_assert_int_eq(newsparse_batch_parse(e, 1, texts, &one, NULL, flags, 1, NULL, &err),
                   NEWSPARSE_ERR_ARG);
  ck_assert_int_eq(newsparse_batch_parse(e, 1, NULL, &one, NULL, flags, 1, &b, &err),
                   NEWSPARSE_ERR_ARG);
  ck_assert_int_eq(newsparse_batch_parse(e, 1, texts, NULL, NULL, flags, 1, &b, &err),
                   NEWSPARSE_ERR_ARG);
  ck_assert_int_eq(newsparse_batch_parse(e, 1, texts, &one, NULL, NULL, 1, &b, &err),
                   NEWSPARSE_ERR_ARG);
  ck_assert_int_eq(newsparse_batch_parse(e, 1, texts, &one, NULL, flags, 2, &b, &err),
                   NEWSPARSE_ERR_ARG);
  ck_assert_ptr_nonnull(strstr(err.message, "JSON flag"));
  ck_assert_int_eq(newsparse_batch_parse(e, (size_t)-1 / 4, texts, &one, NULL, flags, 1, &b, &err),
                   NEWSPARSE_ERR_LIMIT);
  /* nothing to parse is a batch of nothing; no renderings is allowed */
  ck_assert_int_eq(newsparse_batch_parse(e, 0, NULL, NULL, NULL, NULL, 0, &b, &err), 0);
  ck_assert_str_eq(newsparse_batch_json(b, &off, &len), "");
  ck_assert_uint_eq(len, 0);
  ck_assert_uint_eq(off[0], 0);
  ck_assert_uint_eq(newsparse_batch_count(b), 0);
  newsparse_batch_free(b);
  ck_assert_ptr_null(newsparse_batch_json(NULL, &off, &len));
  ck_assert_uint_eq(newsparse_batch_count(NULL), 0);
  ck_assert_int_eq(newsparse_batch_status(NULL, 0, &err), NEWSPARSE_ERR_ARG);
  newsparse_batch_free(NULL);
}
END_TEST

Suite *batch_suite(void) {
  Suite *s = suite_create("batch");
  TCase *tc = tcase_create("core");
  tcase_add_test(tc, renderings_equal_one_parse_each);
  tcase_add_test(tc, a_failed_text_keeps_its_error);
  tcase_add_test(tc, bad_arguments);
  suite_add_tcase(s, tc);
  return s;
}
