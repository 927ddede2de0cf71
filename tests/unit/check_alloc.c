/*
 * check_alloc.c - allocator hooks and allocation-failure injection: failing
 * the k-th allocation returns NEWSPARSE_ERR_NOMEM, never crashes, and
 * leaves nothing allocated.
 */
#include "testutil.h"

typedef struct counting {
  long live;    /* blocks allocated and not freed */
  long calls;   /* allocations so far */
  long fail_at; /* fail this allocation (1-based); 0: never */
} counting;

static void *c_malloc(void *ctx, size_t n) {
  counting *c = ctx;
  void *p;
  if (c->fail_at && ++c->calls == c->fail_at)
    return NULL;
  p = malloc(n ? n : 1);
  if (p)
    c->live++;
  return p;
}
static void *c_realloc(void *ctx, void *p, size_t old, size_t n) {
  counting *c = ctx;
  (void)old;
  if (c->fail_at && ++c->calls == c->fail_at)
    return NULL;
  return realloc(p, n ? n : 1);
}
static void c_free(void *ctx, void *p) {
  counting *c = ctx;
  if (p)
    c->live--;
  free(p);
}

static const char *rules_text = "gazetteer t.c COUNTRY\nRuritania => RU2\nend\n"
                                "regex t.m MONEY value=$money /\\$\\d+/\n";
static const char *doc = "Ruritania Budget\n\nBERNSTADT, May 2 (Reuters) - Ruritania "
                         "spent $100 on Tuesday.\n\nRelated:\n- One Story\n- Two Story\n";

/* Run the whole life cycle; returns the first error status (0 if none). */
static int cycle(counting *c) {
  newsparse_allocator a = {c_malloc, c_realloc, c_free, NULL};
  newsparse_rules *rules = NULL;
  newsparse_engine *e = NULL;
  newsparse_result *r = NULL;
  int rc;
  char buf[4096];
  a.ctx = c;
  rc = newsparse_rules_new(NEWSPARSE_RULES_NO_BUILTIN, &a, &rules, NULL);
  if (!rc)
    rc = newsparse_rules_add_text(rules, "t", rules_text, strlen(rules_text), NULL);
  if (!rc)
    rc = newsparse_engine_new(rules, &e, NULL);
  newsparse_rules_free(rules);
  if (!rc)
    rc = newsparse_parse(e, doc, strlen(doc), NULL, &r, NULL);
  if (!rc && newsparse_result_to_json(r, NEWSPARSE_JSON_PRETTY, buf, sizeof buf) == 0)
    rc = NEWSPARSE_ERR_NOMEM;
  newsparse_result_free(r);
  newsparse_engine_free(e);
  return rc;
}

START_TEST(custom_allocator_is_used) {
  counting c = {0, 0, 0};
  ck_assert_int_eq(cycle(&c), 0);
  ck_assert_int_eq(c.live, 0);
}
END_TEST

START_TEST(every_allocation_may_fail) {
  long k, total;
  counting c = {0, 0, 1L << 40};
  ck_assert_int_eq(cycle(&c), 0);
  total = c.calls;
  ck_assert_int_gt(total, 10);
  for (k = 1; k <= total; k++) {
    int rc;
    counting f = {0, 0, k};
    rc = cycle(&f);
    ck_assert_msg(rc == NEWSPARSE_ERR_NOMEM || rc == NEWSPARSE_OK, "allocation %ld: status %d", k,
                  rc);
    ck_assert_msg(f.live == 0, "allocation %ld failed: %ld blocks leaked", k, f.live);
  }
}
END_TEST

/* The built-in engine and a long article: a sample of k spread over the
 * whole range of allocations, so the test stays quick. */
static int builtin_engine(counting *c, newsparse_engine **e) {
  newsparse_allocator a = {c_malloc, c_realloc, c_free, NULL};
  newsparse_rules *rules = NULL;
  int rc;
  a.ctx = c;
  *e = NULL;
  rc = newsparse_rules_new(0, &a, &rules, NULL);
  if (!rc)
    rc = newsparse_engine_new(rules, e, NULL);
  newsparse_rules_free(rules);
  return rc;
}

/* About 8 KB of article text, NUL-terminated. */
static void long_article(char *text, size_t size) {
  size_t len = 0;
  while (len + 200 < size)
    len += (size_t)snprintf(text + len, size - len,
                            "Finance Minister Anna Berg of Ruritania said on March 3 that "
                            "$5 million would go to Peru. The Zorvik Bank agreed. ");
}

static int builtin_cycle(counting *c, const char *text) {
  newsparse_engine *e = NULL;
  newsparse_result *r = NULL;
  int rc = builtin_engine(c, &e);
  if (!rc)
    rc = newsparse_parse(e, text, strlen(text), NULL, &r, NULL);
  if (!rc && newsparse_result_to_json(r, 0, NULL, 0) == 0)
    rc = NEWSPARSE_ERR_NOMEM;
  newsparse_result_free(r);
  newsparse_engine_free(e);
  return rc;
}

START_TEST(builtin_engine_allocation_failures) {
  char text[8192];
  long k, total;
  counting c = {0, 0, 1L << 40};
  long_article(text, sizeof text);
  ck_assert_int_eq(builtin_cycle(&c, text), 0);
  total = c.calls;
  for (k = 1; k <= total; k += total / 150 + 1) {
    int rc;
    counting f = {0, 0, k};
    rc = builtin_cycle(&f, text);
    ck_assert_msg(rc == NEWSPARSE_ERR_NOMEM || rc == NEWSPARSE_OK, "allocation %ld: %d", k, rc);
    ck_assert_msg(f.live == 0, "allocation %ld failed: %ld blocks leaked", k, f.live);
  }
}
END_TEST

/* One result parsed into three times (the second document differs);
 * with fail_at, allocation k fails: every step then reports
 * NEWSPARSE_ERR_NOMEM or succeeds, a failed step leaves the result empty,
 * and nothing leaks. */
static int reuse_cycle(counting *c, const char *text, long *calls_before_repeat) {
  newsparse_engine *e = NULL;
  newsparse_result *r = NULL;
  int rc = builtin_engine(c, &e), k, first = 0;
  if (!rc)
    rc = newsparse_result_new(e, &r, NULL);
  for (k = 0; k < 3 && !rc; k++) {
    const char *t = k == 1 ? doc : text;
    int step;
    if (k == 2 && calls_before_repeat)
      *calls_before_repeat = c->calls;
    step = newsparse_parse_into(e, t, strlen(t), NULL, r, NULL);
    ck_assert(step == NEWSPARSE_OK || step == NEWSPARSE_ERR_NOMEM);
    if (step)
      ck_assert_uint_eq(newsparse_result_count(r, NEWSPARSE_PART_PARAGRAPH), 0);
    if (!first)
      first = step;
  }
  newsparse_result_free(r);
  newsparse_engine_free(e);
  return rc ? rc : first;
}

START_TEST(parsing_into_a_result_reuses_its_memory) {
  char text[8192];
  long before = 0, k, total;
  counting c = {0, 0, 1L << 40};
  long_article(text, sizeof text);
  ck_assert_int_eq(reuse_cycle(&c, text, &before), 0);
  /* the third parse repeats the first: every block it needs is kept */
  ck_assert_int_eq(c.calls, before);
  ck_assert_int_eq(c.live, 0);
  total = c.calls;
  for (k = 1; k <= total; k += total / 150 + 1) {
    counting f = {0, 0, k};
    int rc = reuse_cycle(&f, text, NULL);
    ck_assert_msg(rc == NEWSPARSE_ERR_NOMEM || rc == NEWSPARSE_OK, "allocation %ld: %d", k, rc);
    ck_assert_msg(f.live == 0, "allocation %ld failed: %ld blocks leaked", k, f.live);
  }
}
END_TEST

Suite *alloc_suite(void) {
  Suite *s = suite_create("alloc");
  TCase *tc = tcase_create("core");
  tcase_add_test(tc, custom_allocator_is_used);
  tcase_add_test(tc, every_allocation_may_fail);
  tcase_add_test(tc, builtin_engine_allocation_failures);
  tcase_add_test(tc, parsing_into_a_result_reuses_its_memory);
  tcase_set_timeout(tc, 120);
  suite_add_tcase(s, tc);
  return s;
}
