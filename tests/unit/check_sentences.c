/* check_sentences.c - sentence boundaries (sentences.c). */
#include "testutil.h"

static size_t split(const char *t, const char **texts, size_t max) {
  newsparse_result *r = tu_parse(t, NULL);
  size_t n = newsparse_result_count(r, NEWSPARSE_PART_SENTENCE), i;
  static char store[8][200];
  for (i = 0; i < n && i < max; i++) {
    snprintf(store[i], sizeof store[i], "%s", tu_text(r, NEWSPARSE_PART_SENTENCE, i));
    texts[i] = store[i];
  }
  newsparse_result_free(r);
  return n;
}

START_TEST(abbreviations_do_not_split) {
  const char *s[8];
  ck_assert_uint_eq(split("Gov. Smith met Mr. J. R. Jones on Feb. 3 in the U.S. capital. "
                          "They talked.",
                          s, 8),
                    2);
  ck_assert_str_eq(s[1], "They talked.");
}
END_TEST

/* Ranks, titles and state abbreviations from the lexicons; the capitalised
 * ones only when capitalised ("ill." and "no." end sentences). */
START_TEST(abbreviation_lexicons) {
  const char *s[8];
  ck_assert_uint_eq(split("Sgt. Maj. Lee and Insp. Roe met in Tulsa, Okla. Gov. Stitt spoke. "
                          "It ended.",
                          s, 8),
                    2);
  ck_assert_str_eq(s[1], "It ended.");
  ck_assert_uint_eq(split("He was ill. The doctor came. She said no. Then she left.", s, 8), 4);
  ck_assert_uint_eq(split("Room No. 5 and Fig. 2 vs. Fig. 3 were shown. It ended.", s, 8), 2);
  ck_assert_uint_eq(split("Team no. 225 came. It is based in Tulsa, Okla. He said so.", s, 8), 3);
}
END_TEST

START_TEST(decimals_and_quotes) {
  const char *s[8];
  ck_assert_uint_eq(split("Prices rose 3.5 percent. \"We are pleased,\" she said. "
                          "\"It works.\" Then it ended!",
                          s, 8),
                    4);
  ck_assert_str_eq(s[2], "\"It works.\"");
}
END_TEST

START_TEST(us_at_sentence_end) {
  const char *s[8];
  ck_assert_uint_eq(split("Tariffs were raised by the U.S. The talks failed.", s, 8), 2);
  ck_assert_uint_eq(split("He flew to the U.S. Senate hearing.", s, 8), 1);
}
END_TEST

Suite *sentences_suite(void) {
  Suite *s = suite_create("sentences");
  TCase *tc = tcase_create("core");
  tcase_add_test(tc, abbreviations_do_not_split);
  tcase_add_test(tc, decimals_and_quotes);
  tcase_add_test(tc, abbreviation_lexicons);
  tcase_add_test(tc, us_at_sentence_end);
  suite_add_tcase(s, tc);
  return s;
}
