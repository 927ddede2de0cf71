/*
 * check_pathological.c - hostile inputs: every shape parses, gives valid
 * JSON, and costs work (look-ups and match attempts, counted by the
 * library) that grows linearly: doubling the input at most doubles the
 * work, with slack.  No clocks: counts are the same on every machine.
 */
#include "testutil.h"

#include <jansson.h>

typedef void (*shape_fn)(nsp_buf *out, size_t units);

static void put(nsp_buf *b, const char *s) { nsp_buf_puts(b, s); }

static void random_bytes(nsp_buf *b, size_t n) {
  unsigned long x = 42;
  size_t i;
  for (i = 0; i < n * 16; i++) {
    x = x * 6364136223846793005UL + 1442695040888963407UL;
    nsp_buf_putc(b, (char)(x >> 56));
  }
}
static void bad_utf8(nsp_buf *b, size_t n) {
  size_t i;
  for (i = 0; i < n; i++)
    put(b, "\xC0\xAF\xED\xA0\x80\xF4\x90\x80\x80\xE2\x82 x\r");
}
static void nuls_and_controls(nsp_buf *b, size_t n) {
  size_t i;
  for (i = 0; i < n; i++)
    nsp_buf_put(b, "A\0b\x01\x7f\r\xe2\x80\xae\xe2\x80\x8b\xef\xbb\xbf ", 17);
}
static void combining_marks(nsp_buf *b, size_t n) {
  size_t i;
  put(b, "e");
  for (i = 0; i < n * 4; i++)
    put(b, "\xCC\x81");
}
static void one_long_line(nsp_buf *b, size_t n) {
  size_t i;
  for (i = 0; i < n; i++)
    put(b, "word Word w. W. ");
}
static void short_lines(nsp_buf *b, size_t n) {
  size_t i;
  for (i = 0; i < n; i++)
    put(b, "ab\n- x\n\n");
}
static void date_flood(nsp_buf *b, size_t n) {
  size_t i;
  for (i = 0; i < n; i++)
    put(b, "March 3, 2025 the third quarter last week 1990s early next year ");
}
static void capital_flood(nsp_buf *b, size_t n) {
  size_t i;
  for (i = 0; i < n; i++)
    put(b, "Anna Berg Zorvik Quell Mexico U.S. Inc Bank of ");
}
static void initials_and_dots(nsp_buf *b, size_t n) {
  size_t i;
  for (i = 0; i < n; i++)
    put(b, "J. R. R. A.B.C.D. ... .... U.S.A. Mr. ");
}
static void urls_and_brackets(nsp_buf *b, size_t n) {
  size_t i;
  for (i = 0; i < n; i++)
    put(b, "[x](https://a.b/c) ((([[{{<https://x.y/z>}}]]))) - http://q.r\n");
}

static size_t work_for(shape_fn fn, size_t units) {
  nsp_buf b;
  newsparse_allocator a;
  newsparse_result *r = NULL;
  newsparse_error err;
  size_t w, n;
  char *json;
  json_t *j;
  nsp_allocator_init(&a, NULL);
  nsp_buf_init(&b, &a);
  fn(&b, units);
  ck_assert_int_eq(newsparse_parse(tu_builtin_engine(), b.data ? b.data : "", b.len, NULL, &r,
                                   &err),
                   NEWSPARSE_OK);
  n = newsparse_result_to_json(r, 0, NULL, 0);
  json = malloc(n + 1);
  newsparse_result_to_json(r, 0, json, n + 1);
  j = json_loads(json, 0, NULL);
  ck_assert_msg(j != NULL, "invalid JSON");
  json_decref(j);
  free(json);
  w = r->doc.work + r->doc.tokens.toks.len / sizeof(nsp_token);
  newsparse_result_free(r);
  nsp_buf_free(&b);
  return w;
}

static void check_linear(shape_fn fn, const char *name) {
  size_t w1 = work_for(fn, 2000), w2 = work_for(fn, 4000);
  ck_assert_msg(w2 <= 2 * w1 + w1 / 4 + 1000, "%s: work %zu for n, %zu for 2n", name, w1, w2);
}

START_TEST(hostile_shapes_are_linear) {
  check_linear(random_bytes, "random bytes");
  check_linear(bad_utf8, "overlong and surrogate UTF-8");
  check_linear(nuls_and_controls, "NULs, CR, bidi and zero-width");
  check_linear(combining_marks, "combining marks");
  check_linear(one_long_line, "one long line");
  check_linear(short_lines, "short lines");
  check_linear(date_flood, "date flood");
  check_linear(capital_flood, "capitalised words");
  check_linear(initials_and_dots, "initials and dots");
  check_linear(urls_and_brackets, "URLs and brackets");
}
END_TEST

START_TEST(big_inputs_parse) {
  nsp_buf b;
  newsparse_allocator a;
  newsparse_result *r = NULL;
  newsparse_error err;
  size_t i;
  nsp_allocator_init(&a, NULL);
  nsp_buf_init(&b, &a);
  for (i = 0; i < 100000; i++) /* 10^5 combining marks on one letter */
    nsp_buf_puts(&b, "\xCC\x81");
  ck_assert_int_eq(newsparse_parse(tu_builtin_engine(), b.data, b.len, NULL, &r, &err), 0);
  newsparse_result_free(r);
  b.len = 0;
  while (b.len < ((size_t)4 << 20)) /* a 4 MiB single line */
    nsp_buf_puts(&b, "The Agency of Zorvik said on March 3 that $5 million went to Anna Berg. ");
  ck_assert_int_eq(newsparse_parse(tu_builtin_engine(), b.data, b.len, NULL, &r, &err), 0);
  ck_assert_uint_gt(newsparse_result_count(r, NEWSPARSE_PART_ENTITY), 1000);
  newsparse_result_free(r);
  nsp_buf_free(&b);
}
END_TEST

Suite *pathological_suite(void) {
  Suite *s = suite_create("pathological");
  TCase *tc = tcase_create("core");
  tcase_add_test(tc, hostile_shapes_are_linear);
  tcase_add_test(tc, big_inputs_parse);
  tcase_set_timeout(tc, 300);
  suite_add_tcase(s, tc);
  return s;
}
