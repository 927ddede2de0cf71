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
  for (c = NEWSPARSE_ERR_DATE; c <= NEWSPARSE_OK; c++)
    ck_assert_str_ne(newsparse_status_name(c), "unknown");
  ck_assert_str_eq(newsparse_status_name(NEWSPARSE_ERR_LIMIT), "limit");
  ck_assert_str_eq(newsparse_status_name(NEWSPARSE_ERR_UTF8), "utf8");
  ck_assert_str_eq(newsparse_status_name(NEWSPARSE_ERR_DATE), "dct");
  ck_assert_str_eq(newsparse_status_name(3), "unknown");
  for (c = NEWSPARSE_LABEL_PERSON; c <= NEWSPARSE_LABEL_SET; c++)
    ck_assert_ptr_nonnull(newsparse_label_name(c));
  ck_assert_ptr_null(newsparse_label_name(0));
  ck_assert_ptr_null(newsparse_label_name(12));
  ck_assert_str_eq(newsparse_label_name(NEWSPARSE_LABEL_DURATION), "DURATION");
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

/* The compact JSON of a result, malloc'd. */
static char *json_of(const newsparse_result *r) {
  size_t n = newsparse_result_to_json(r, 0, NULL, 0);
  char *buf = malloc(n + 1);
  ck_assert_ptr_nonnull(buf);
  ck_assert_uint_eq(newsparse_result_to_json(r, 0, buf, n + 1), n);
  return buf;
}

/* Parsing into one result, document after document, gives what a fresh
 * result gives each time: after a long document and a short one, after an
 * error, with other options. */
START_TEST(parse_into_matches_parse) {
  const newsparse_engine *e = tu_builtin_engine();
  newsparse_result *reused = NULL, *fresh = NULL;
  newsparse_options strict, dated;
  newsparse_error err;
  char *long_text = malloc(64 * 1024), *a, *b;
  size_t len = 0, k;
  const char *texts[8];
  const newsparse_options *opts[8];
  ck_assert_ptr_nonnull(long_text);
  while (len + 300 < 64 * 1024)
    len += (size_t)snprintf(long_text + len, 64 * 1024 - len,
                            "Finance Minister Anna Berg of Ruritania said on March 3 that "
                            "$5 million would go to Peru.\n\nThe Zorvik Bank agreed, "
                            "Berg told Reuters in Lima.\n\n");
  newsparse_options_init(&strict);
  strict.flags = NEWSPARSE_OPT_STRICT_UTF8;
  newsparse_options_init(&dated);
  dated.dct = "2025-02-27";
  texts[0] = long_text, opts[0] = NULL;
  texts[1] = "Rubio met Sheinbaum on Monday.", opts[1] = &dated;
  texts[2] = "bad \xFF byte", opts[2] = &strict; /* an error: the result is left empty */
  texts[3] = "", opts[3] = NULL;
  texts[4] = "Secretary of State Marco Rubio\n\nMEXICO CITY (AP) - Rubio spoke.", opts[4] = NULL;
  texts[5] = long_text, opts[5] = &dated;
  texts[6] = "bad \xFF byte", opts[6] = NULL; /* repaired, no error */
  texts[7] = "Mexico.", opts[7] = NULL;
  ck_assert_int_eq(newsparse_result_new(e, &reused, &err), NEWSPARSE_OK);
  for (k = 0; k < 8; k++) {
    int want = newsparse_parse(e, texts[k], strlen(texts[k]), opts[k], &fresh, &err);
    int got = newsparse_parse_into(e, texts[k], strlen(texts[k]), opts[k], reused, &err);
    ck_assert_int_eq(got, want);
    if (want) { /* empty, like a new result */
      ck_assert_uint_eq(newsparse_result_count(reused, NEWSPARSE_PART_ENTITY), 0);
      ck_assert_uint_eq(newsparse_result_count(reused, NEWSPARSE_PART_PARAGRAPH), 0);
      ck_assert_str_eq(newsparse_result_text(reused, NEWSPARSE_TEXT_NORMALIZED, NULL), "");
      continue;
    }
    a = json_of(fresh);
    b = json_of(reused);
    ck_assert_msg(strcmp(a, b) == 0, "text %zu: parse_into differs from parse", k);
    free(a);
    free(b);
    newsparse_result_free(fresh);
  }
  newsparse_result_free(reused);
  free(long_text);
}
END_TEST

START_TEST(parse_into_bad_arguments) {
  const newsparse_engine *e = tu_builtin_engine();
  newsparse_result *r = NULL;
  newsparse_error err;
  newsparse_options o;
  ck_assert_int_eq(newsparse_result_new(NULL, &r, &err), NEWSPARSE_ERR_ARG);
  ck_assert_ptr_null(r);
  ck_assert_int_eq(newsparse_result_new(e, NULL, &err), NEWSPARSE_ERR_ARG);
  ck_assert_int_eq(newsparse_parse_into(e, "x", 1, NULL, NULL, &err), NEWSPARSE_ERR_ARG);
  ck_assert_int_eq(newsparse_result_new(e, &r, &err), NEWSPARSE_OK);
  /* a new result is an empty document */
  ck_assert_uint_eq(newsparse_result_count(r, NEWSPARSE_PART_SENTENCE), 0);
  ck_assert_int_eq(newsparse_parse_into(e, "Peru.", 5, NULL, r, &err), NEWSPARSE_OK);
  ck_assert_uint_eq(newsparse_result_count(r, NEWSPARSE_PART_ENTITY), 1);
  /* each error empties it, and it can be parsed into again */
  ck_assert_int_eq(newsparse_parse_into(NULL, "x", 1, NULL, r, &err), NEWSPARSE_ERR_ARG);
  ck_assert_uint_eq(newsparse_result_count(r, NEWSPARSE_PART_ENTITY), 0);
  ck_assert_int_eq(newsparse_parse_into(e, NULL, 2, NULL, r, &err), NEWSPARSE_ERR_ARG);
  newsparse_options_init(&o);
  o.dct = "tomorrow";
  ck_assert_int_eq(newsparse_parse_into(e, "Peru.", 5, &o, r, &err), NEWSPARSE_ERR_DATE);
  ck_assert_int_eq(err.code, NEWSPARSE_ERR_DATE);
  ck_assert_ptr_null(newsparse_result_dct(r));
  o.dct = NULL;
  o.max_bytes = 2;
  ck_assert_int_eq(newsparse_parse_into(e, "Peru.", 5, &o, r, &err), NEWSPARSE_ERR_LIMIT);
  ck_assert_int_eq(newsparse_parse_into(e, "Peru.", 5, NULL, r, &err), NEWSPARSE_OK);
  ck_assert_uint_eq(newsparse_result_count(r, NEWSPARSE_PART_ENTITY), 1);
  newsparse_result_free(r);
}
END_TEST

/* HTML: snprintf-style like the JSON writer, page pieces without a result,
 * every entity one mark, input escaped. */
START_TEST(html_writer) {
  newsparse_result *r = tu_parse("<b>Talks</b> in Peru & Chile.", NULL);
  size_t n = newsparse_result_to_html(r, 0, "t<1>", NULL, 0), head;
  char *buf = malloc(n + 1), small[8];
  const char *p;
  size_t marks = 0;
  ck_assert_uint_gt(n, 0);
  ck_assert_uint_eq(newsparse_result_to_html(r, 0, "t<1>", buf, n + 1), n);
  ck_assert_uint_eq(strlen(buf), n);
  ck_assert_ptr_null(strstr(buf, "<b>"));
  ck_assert_ptr_nonnull(strstr(buf, "&lt;b&gt;Talks&lt;/b&gt;"));
  ck_assert_ptr_nonnull(strstr(buf, "t&lt;1&gt;"));
  for (p = buf; (p = strstr(p, "<mark ")) != NULL; p++)
    marks++;
  ck_assert_uint_eq(marks, newsparse_result_count(r, NEWSPARSE_PART_ENTITY));
  /* truncated like snprintf, with the full length returned */
  ck_assert_uint_eq(newsparse_result_to_html(r, 0, NULL, small, sizeof small),
                    newsparse_result_to_html(r, 0, NULL, NULL, 0));
  ck_assert_uint_eq(strlen(small), sizeof small - 1);
  head = newsparse_result_to_html(NULL, NEWSPARSE_HTML_PAGE_START, NULL, NULL, 0);
  ck_assert_uint_gt(head, 0);
  ck_assert_uint_eq(newsparse_result_to_html(r, NEWSPARSE_HTML_PAGE, NULL, NULL, 0),
                    head + newsparse_result_to_html(r, 0, NULL, NULL, 0) +
                        newsparse_result_to_html(NULL, NEWSPARSE_HTML_PAGE_END, NULL, NULL, 0));
  ck_assert_uint_eq(newsparse_result_to_html(NULL, 0, NULL, NULL, 0), 0);  /* nothing asked */
  ck_assert_uint_eq(newsparse_result_to_html(r, 1u << 5, NULL, NULL, 0), 0); /* unknown flag */
  free(buf);
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
  tcase_add_test(tc, parse_into_matches_parse);
  tcase_add_test(tc, parse_into_bad_arguments);
  tcase_add_test(tc, html_writer);
  suite_add_tcase(s, tc);
  return s;
}
