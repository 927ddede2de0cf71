/*
 * check_pathological.c - hostile inputs: every shape parses, gives valid
 * JSON, and costs work (look-ups and match attempts, counted by the
 * library) that grows linearly: doubling the input at most doubles the
 * work, with slack.  No clocks: counts are the same on every machine.
 */
#include "testutil.h"

#include <jansson.h>

/* A hostile shape: a unit repeated (random bytes are generated). */
typedef struct shape {
  const char *name;
  const char *unit; /* NULL: random bytes */
  size_t len;       /* bytes of unit (it may hold NULs) */
  size_t repeat;    /* units per size step */
} shape;

#define UNIT(s) s, sizeof s - 1
static const shape shapes[] = {
    {"random bytes", NULL, 16, 1},
    {"overlong and surrogate UTF-8", UNIT("\xC0\xAF\xED\xA0\x80\xF4\x90\x80\x80\xE2\x82 x\r"), 1},
    {"NULs, CR, bidi and zero-width", UNIT("A\0b\x01\x7f\r\xe2\x80\xae\xe2\x80\x8b\xef\xbb\xbf "),
     1},
    {"combining marks", UNIT("\xCC\x81"), 4},
    {"one long line", UNIT("word Word w. W. "), 1},
    {"short lines", UNIT("ab\n- x\n\n"), 1},
    {"date flood", UNIT("March 3, 2025 the third quarter last week 1990s early next year "), 1},
    {"capitalised words", UNIT("Anna Berg Zorvik Quell Mexico U.S. Inc Bank of "), 1},
    {"initials and dots", UNIT("J. R. R. A.B.C.D. ... .... U.S.A. Mr. "), 1},
    {"URLs and brackets", UNIT("[x](https://a.b/c) ((([[{{<https://x.y/z>}}]]))) - http://q.r\n"),
     1}};

static void make(nsp_buf *b, const shape *sh, size_t units) {
  size_t i, n = units * sh->repeat;
  unsigned long x = 42;
  if (sh->unit && sh->repeat == 4)
    nsp_buf_putc(b, 'e'); /* the letter the marks combine with */
  for (i = 0; i < n; i++) {
    if (sh->unit) {
      nsp_buf_put(b, sh->unit, sh->len);
    } else {
      size_t k;
      for (k = 0; k < sh->len; k++) {
        x = x * 6364136223846793005UL + 1442695040888963407UL;
        nsp_buf_putc(b, (char)(x >> 56));
      }
    }
  }
}

static size_t work_for(const shape *sh, size_t units) {
  nsp_buf b;
  newsparse_allocator a;
  newsparse_result *r = NULL;
  newsparse_error err;
  size_t w, n;
  char *json;
  json_t *j;
  nsp_allocator_init(&a, NULL);
  nsp_buf_init(&b, &a);
  make(&b, sh, units);
  ck_assert_int_eq(
      newsparse_parse(tu_builtin_engine(), b.data ? b.data : "", b.len, NULL, &r, &err),
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

START_TEST(hostile_shapes_are_linear) {
  size_t k;
  for (k = 0; k < sizeof shapes / sizeof shapes[0]; k++) {
    size_t w1 = work_for(&shapes[k], 2000), w2 = work_for(&shapes[k], 4000);
    ck_assert_msg(w2 <= 2 * w1 + w1 / 4 + 1000, "%s: work %zu for n, %zu for 2n", shapes[k].name,
                  w1, w2);
  }
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
