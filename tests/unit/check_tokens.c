/* check_tokens.c - the token stage (tokens.c). */
#include "testutil.h"

typedef struct toks {
  newsparse_allocator a;
  nsp_tokens t;
  const char *text;
} toks;

static size_t tokenize(toks *k, const char *text) {
  nsp_allocator_init(&k->a, NULL);
  nsp_buf_init(&k->t.toks, &k->a);
  nsp_buf_init(&k->t.keys, &k->a);
  k->text = text;
  ck_assert_int_eq(nsp_tokenize(text, strlen(text), NULL, 0, &k->t), 0);
  return NSP_VEC_LEN(&k->t.toks, nsp_token);
}

static int tok_is(toks *k, size_t i, const char *s) {
  nsp_token t = NSP_VEC_AT(&k->t.toks, nsp_token, i);
  return t.end - t.start == strlen(s) && memcmp(k->text + t.start, s, strlen(s)) == 0;
}

START_TEST(abbreviations_hyphens_possessives) {
  toks k;
  ck_assert_uint_eq(tokenize(&k, "U.S.-Mexico talks, Sheinbaum\xE2\x80\x99s O'Brien"), 8);
  ck_assert(tok_is(&k, 0, "U.S."));
  ck_assert(tok_is(&k, 1, "-"));
  ck_assert(tok_is(&k, 2, "Mexico"));
  ck_assert(tok_is(&k, 5, "Sheinbaum"));
  ck_assert(tok_is(&k, 6, "\xE2\x80\x99s"));
  ck_assert(tok_is(&k, 7, "O'Brien"));
  ck_assert(NSP_VEC_AT(&k.t.toks, nsp_token, 0).flags & NSP_TOK_ABBR);
  nsp_tokens_free(&k.t);
}
END_TEST

START_TEST(numbers_and_shapes) {
  toks k;
  nsp_token t;
  ck_assert_uint_eq(tokenize(&k, "$100,000 and 2.5 NATO Iran"), 6);
  ck_assert(tok_is(&k, 1, "100,000"));
  ck_assert(tok_is(&k, 3, "2.5"));
  t = NSP_VEC_AT(&k.t.toks, nsp_token, 4);
  ck_assert(t.flags & NSP_TOK_UPPER);
  t = NSP_VEC_AT(&k.t.toks, nsp_token, 5);
  ck_assert(t.flags & NSP_TOK_CAP);
  ck_assert(!(t.flags & NSP_TOK_UPPER));
  nsp_tokens_free(&k.t);
}
END_TEST

START_TEST(keys_fold_quotes_and_case) {
  toks k;
  nsp_token t;
  ck_assert_uint_eq(tokenize(&k, "C\xC3\xB4te d\xE2\x80\x99Ivoire"), 2);
  t = NSP_VEC_AT(&k.t.toks, nsp_token, 1);
  ck_assert_uint_eq(t.key_len, strlen("d'Ivoire"));
  ck_assert(memcmp(k.t.keys.data + t.key_off, "d'Ivoire", t.key_len) == 0);
  ck_assert(memcmp(k.t.keys.data + t.lkey_off, "d'ivoire", t.lkey_len) == 0);
  t = NSP_VEC_AT(&k.t.toks, nsp_token, 0);
  ck_assert(memcmp(k.t.keys.data + t.lkey_off, "c\xC3\xB4te", t.lkey_len) == 0);
  nsp_tokens_free(&k.t);
}
END_TEST

Suite *tokens_suite(void) {
  Suite *s = suite_create("tokens");
  TCase *tc = tcase_create("core");
  tcase_add_test(tc, abbreviations_hyphens_possessives);
  tcase_add_test(tc, numbers_and_shapes);
  tcase_add_test(tc, keys_fold_quotes_and_case);
  suite_add_tcase(s, tc);
  return s;
}
