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

/* Every token's flags, keys and key hash are what the general rules give,
 * whichever path made it: the one-pass ASCII word (followed by a space,
 * the end, ';' or '-') or word_end and the ASCII keys (followed by '.',
 * ',' or a typographic apostrophe). */
START_TEST(every_path_agrees) {
  static const struct {
    const char *word, *lower;
    uint32_t flags;
  } cases[] = {
      {"3M", "3m", NSP_TOK_DIGIT | NSP_TOK_CAP},
      {"1990s", "1990s", NSP_TOK_DIGIT | NSP_TOK_LOWER},
      {"NATO", "nato", NSP_TOK_CAP | NSP_TOK_UPPER},
      {"McDonald", "mcdonald", NSP_TOK_CAP},
      {"iPhone", "iphone", NSP_TOK_LOWER},
      {"A", "a", NSP_TOK_CAP},
      {"ABC123", "abc123", NSP_TOK_CAP | NSP_TOK_UPPER},
      {"2025", "2025", NSP_TOK_DIGIT},
  };
  const uint32_t shape = NSP_TOK_DIGIT | NSP_TOK_CAP | NSP_TOK_LOWER | NSP_TOK_UPPER | NSP_TOK_WORD;
  size_t c;
  for (c = 0; c < sizeof cases / sizeof cases[0]; c++) {
    static const char *const after[] = {" x", "", ";", "-x", ". x", ",", "\xE2\x80\x99 x"};
    size_t a;
    for (a = 0; a < sizeof after / sizeof after[0]; a++) {
      char text[64];
      toks k;
      nsp_token t;
      snprintf(text, sizeof text, "%s%s", cases[c].word, after[a]);
      tokenize(&k, text);
      t = NSP_VEC_AT(&k.t.toks, nsp_token, 0);
      ck_assert_msg(tok_is(&k, 0, cases[c].word), "token of %s", text);
      ck_assert_uint_eq(t.flags & shape, cases[c].flags | NSP_TOK_WORD);
      ck_assert_uint_eq(t.lkey_len, strlen(cases[c].lower));
      ck_assert_int_eq(memcmp(k.t.keys.data + t.lkey_off, cases[c].lower, t.lkey_len), 0);
      ck_assert_int_eq(memcmp(k.t.keys.data + t.key_off, cases[c].word, t.key_len), 0);
      ck_assert_uint_eq(nsp_hash_done(t.lkey_state), nsp_hash(cases[c].lower, t.lkey_len));
      nsp_tokens_free(&k.t);
    }
  }
}
END_TEST

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
  tcase_add_test(tc, every_path_agrees);
  tcase_add_test(tc, numbers_and_shapes);
  tcase_add_test(tc, keys_fold_quotes_and_case);
  suite_add_tcase(s, tc);
  return s;
}
