/* check_rules.c - the rule-file parser (rules.c) and its errors. */
#include "testutil.h"

#include <stdio.h>

static int load(const char *text, newsparse_error *err, size_t *count) {
  newsparse_rules *r;
  int rc;
  ck_assert_int_eq(newsparse_rules_new(NEWSPARSE_RULES_NO_BUILTIN, NULL, &r, err), 0);
  rc = newsparse_rules_add_text(r, "t.rules", text, strlen(text), err);
  if (count)
    *count = newsparse_rules_count(r);
  newsparse_rules_free(r);
  return rc;
}

/* `define NAME from ID` builds a pattern from a gazetteer's phrases
 * (longest first, metacharacters escaped, white space and apostrophes
 * loose), `define NAME starts from ID` and `near from ID` their first
 * and their key words (the longest of each phrase) for starts= and near=;
 * an ID no gazetteer above has is refused. */
START_TEST(defines_from_a_gazetteer) {
  static const char text[] = "gazetteer t.days DATE case=exact\n"
                             "Fest | Fest Day => @01-02\n"
                             "# a comment\n"
                             "St. Anna's Eve => @03-04\n"
                             "end\n"
                             "define DAYS from t.days\n"
                             "define S_DAYS starts from t.days\n"
                             "define S_NEAR near from t.days\n"
                             "regex t.turned DATE starts=last|%S_DAYS% near=%S_NEAR% "
                             "/\\blast\\s%DAYS%/\n";
  newsparse_rules *r;
  newsparse_error err;
  const nsp_rule *rule;
  ck_assert_int_eq(newsparse_rules_new(NEWSPARSE_RULES_NO_BUILTIN, NULL, &r, &err), 0);
  ck_assert_int_eq(newsparse_rules_add_text(r, "t.rules", text, strlen(text), &err), 0);
  rule = &NSP_VEC_AT(&r->rules, nsp_rule, 1);
  ck_assert_str_eq(rule->pattern, "\\blast\\s(?:St\\.\\sAnna['\\x{2019}]s\\sEve|Fest\\sDay|Fest)");
  ck_assert_str_eq(rule->starts, "last|st.|fest");
  ck_assert_str_eq(rule->near, "anna|fest");
  newsparse_rules_free(r);
  ck_assert_int_eq(load("define X from t.none\n", &err, NULL), NEWSPARSE_ERR_RULE_SYNTAX);
  ck_assert_ptr_nonnull(strstr(err.message, "no gazetteer of this id above"));
}
END_TEST

START_TEST(valid_rules_load) {
  newsparse_error err;
  size_t n;
  ck_assert_int_eq(load("# comment\n\nregex a.b ORG priority=5 /\\bAcme\\b/\n"
                        "gazetteer c.d COUNTRY case=caps value=\"X Y\"\n"
                        "Foo | Bar Baz => FB\n# inside\nQux\nend\n"
                        "lexicon c.e common-word\n\\end\n\\regex\nword\nend\n",
                        &err, &n),
                   0);
  ck_assert_uint_eq(n, 3);
  /* a role no built-in rule names is the file's own: it loads, with a
   * warning while no evidence line reads it */
  ck_assert_int_eq(load("lexicon x.y no-such-role\nend\n", &err, NULL), 0);
}
END_TEST

/* Evidence lines: their errors name the line and column; a role of the
 * file's own is warned about until an evidence line reads it; a set has
 * at most 26 roles of its own. */
START_TEST(evidence_lines) {
  newsparse_error err;
  newsparse_rules *r;
  char text[64];
  int k, rc = 0;
  ck_assert_int_eq(load("evidence a.b ORG after org-noun words=1-2 not-given weak\n", &err, NULL),
                   0);
  ck_assert_int_eq(load("evidence a.b ORG sideways org-noun\n", &err, NULL),
                   NEWSPARSE_ERR_RULE_SYNTAX);
  ck_assert(strstr(err.message, "t.rules:1:18: expected before, after, first or last") != NULL);
  ck_assert_int_eq(load("evidence a.b ORG after org-noun loudly\n", &err, NULL),
                   NEWSPARSE_ERR_RULE_SYNTAX);
  ck_assert(strstr(err.message, "unknown evidence condition") != NULL);
  ck_assert_int_eq(load("evidence a.b ORG after org-noun words=3-1\n", &err, NULL),
                   NEWSPARSE_ERR_RULE_SYNTAX);
  ck_assert_int_eq(load("evidence a.b ORG after\n", &err, NULL), NEWSPARSE_ERR_RULE_SYNTAX);
  ck_assert_int_eq(load("evidence a.b NOPE after org-noun\n", &err, NULL),
                   NEWSPARSE_ERR_RULE_SYNTAX);
  ck_assert_int_eq(newsparse_rules_new(NEWSPARSE_RULES_NO_BUILTIN, NULL, &r, &err), 0);
  ck_assert_int_eq(
      newsparse_rules_add_text(r, "t", "lexicon a.b ship-noun\ntanker\nend\n", 33, &err), 0);
  ck_assert_uint_eq(newsparse_rules_warning_count(r), 1);
  ck_assert(strstr(newsparse_rules_warning(r, 0), "no evidence line reads it") != NULL);
  newsparse_rules_free(r);
  ck_assert_int_eq(newsparse_rules_new(NEWSPARSE_RULES_NO_BUILTIN, NULL, &r, &err), 0);
  for (k = 0; k < 27 && !rc; k++) {
    snprintf(text, sizeof text, "lexicon l.%d role-%d\nw\nend\n", k, k);
    rc = newsparse_rules_add_text(r, "t", text, strlen(text), &err);
  }
  ck_assert_int_eq(k, 27); /* the 27th role of the set's own is refused */
  ck_assert_int_eq(rc, NEWSPARSE_ERR_RULE_SYNTAX);
  newsparse_rules_free(r);
}
END_TEST

START_TEST(errors_name_line_and_column) {
  newsparse_error err;
  ck_assert_int_eq(load("regex a.b NOPE /x/\n", &err, NULL), NEWSPARSE_ERR_RULE_SYNTAX);
  ck_assert_uint_eq(err.line, 1);
  ck_assert_uint_eq(err.column, 11);
  ck_assert(strstr(err.message, "t.rules:1:11") != NULL);

  ck_assert_int_eq(load("\n\nregex a.b ORG /ab(c/\n", &err, NULL), NEWSPARSE_ERR_REGEX);
  ck_assert_uint_eq(err.line, 3);
  ck_assert_uint_ge(err.column, 16);

  ck_assert_int_eq(load("gazetteer g ORG\nAcme\n", &err, NULL), NEWSPARSE_ERR_RULE_SYNTAX);
  ck_assert(strstr(err.message, "without 'end'") != NULL);

  ck_assert_int_eq(load("gazetteer g ORG\nAcme\ngazetteer h ORG\nend\n", &err, NULL),
                   NEWSPARSE_ERR_RULE_SYNTAX);
  ck_assert_uint_eq(err.line, 3);

  ck_assert_int_eq(load("regex a ORG /x/\nregex a ORG /y/\n", &err, NULL),
                   NEWSPARSE_ERR_RULE_SYNTAX);
  ck_assert(strstr(err.message, "duplicate") != NULL);

  ck_assert_int_eq(load("regex a ORG priority=x /x/\n", &err, NULL), NEWSPARSE_ERR_RULE_SYNTAX);
  ck_assert_int_eq(load("frobnicate\n", &err, NULL), NEWSPARSE_ERR_RULE_SYNTAX);
  ck_assert_int_eq(load("regex a ORG value=$nope /x/\n", &err, NULL), NEWSPARSE_ERR_RULE_SYNTAX);
  ck_assert(strstr(err.message, "$money, $date, $duration or $set") != NULL);
  ck_assert_int_eq(load("regex a ORG no-pattern\n", &err, NULL), NEWSPARSE_ERR_RULE_SYNTAX);
  ck_assert_int_eq(load("regex a ORG starts=#nope /x/\n", &err, NULL), NEWSPARSE_ERR_RULE_SYNTAX);
  ck_assert(strstr(err.message, "start class") != NULL);
  ck_assert_int_eq(load("regex a ORG starts=the+ /x/\n", &err, NULL), NEWSPARSE_ERR_RULE_SYNTAX);
  ck_assert_int_eq(load("regex a ORG starts=a+#cap /x/\n", &err, NULL), NEWSPARSE_ERR_RULE_SYNTAX);
  ck_assert_int_eq(load("regex a ORG starts=a||b /x/\n", &err, NULL), NEWSPARSE_ERR_RULE_SYNTAX);
  ck_assert_int_eq(load("regex a ORG starts=the+end|the+#digit|#year|#day /x/\n", &err, NULL), 0);
  ck_assert_int_eq(load("regex a ORG near=x /x/\n", &err, NULL), NEWSPARSE_ERR_RULE_SYNTAX);
  ck_assert(strstr(err.message, "starts=") != NULL);
  ck_assert_int_eq(load("regex a ORG starts=#digit near=#digit /x/\n", &err, NULL),
                   NEWSPARSE_ERR_RULE_SYNTAX);
  ck_assert_int_eq(load("regex a ORG starts=#digit near=/|- /\\d+\\/\\d+/\n", &err, NULL), 0);
}
END_TEST

/* Rules that load but could never work are refused or reported. */
START_TEST(rules_that_cannot_work) {
  newsparse_error err;
  newsparse_rules *r;
  const char *w;
  /* a mistyped define is no literal text */
  ck_assert_int_eq(load("define YEAR [0-9]{4}\nregex a.b DATE /in %YAER%/\n", &err, NULL),
                   NEWSPARSE_ERR_RULE_SYNTAX);
  ck_assert_uint_eq(err.line, 2);
  ck_assert_uint_eq(err.column, 20); /* the % */
  ck_assert_ptr_nonnull(strstr(err.message, "undefined %NAME%"));
  /* a defined one, and percent signs that are no reference, still load */
  ck_assert_int_eq(
      load("define YEAR [0-9]{4}\nregex a.b DATE /in %YEAR% by 5% or 6%/\n", &err, NULL), 0);
  /* a pattern that matches the empty string would match everywhere */
  ck_assert_int_eq(load("regex a.b ORG /a*/\n", &err, NULL), NEWSPARSE_ERR_REGEX);
  ck_assert_int_eq(load("regex a.b ORG /\\b|(x)?/\n", &err, NULL), NEWSPARSE_ERR_REGEX);
  ck_assert_ptr_nonnull(strstr(err.message, "empty string"));
  ck_assert_int_eq(load("regex a.b ORG /Acme(?: Corp)?/\n", &err, NULL), 0);
  /* a lexicon entry the tokenizer splits loads, with a warning */
  ck_assert_int_eq(newsparse_rules_new(NEWSPARSE_RULES_NO_BUILTIN, NULL, &r, &err), 0);
  ck_assert_uint_eq(newsparse_rules_warning_count(r), 0);
  ck_assert_int_eq(newsparse_rules_add_text(
                       r, "t.rules", "lexicon x.y given-name\nAnna\nHsu-Ming\nend\n", 40, &err),
                   0);
  ck_assert_uint_eq(newsparse_rules_warning_count(r), 1);
  w = newsparse_rules_warning(r, 0);
  ck_assert_ptr_nonnull(strstr(w, "t.rules:3:1:"));
  ck_assert_ptr_nonnull(strstr(w, "'Hsu-Ming'"));
  ck_assert_ptr_null(newsparse_rules_warning(r, 1));
  newsparse_rules_free(r);
}
END_TEST

START_TEST(failed_text_leaves_set_unchanged) {
  newsparse_rules *r;
  newsparse_error err;
  const char *good = "regex a ORG /Acme/\n";
  const char *bad = "regex b ORG /Beta/\nregex c ORG /(/\n";
  ck_assert_int_eq(newsparse_rules_new(NEWSPARSE_RULES_NO_BUILTIN, NULL, &r, &err), 0);
  ck_assert_int_eq(newsparse_rules_add_text(r, "g", good, strlen(good), &err), 0);
  ck_assert_int_eq(newsparse_rules_add_text(r, "b", bad, strlen(bad), &err), NEWSPARSE_ERR_REGEX);
  ck_assert_uint_eq(newsparse_rules_count(r), 1);
  /* "b" was not added, so the id is still free */
  ck_assert_int_eq(newsparse_rules_add_text(r, "b2", "regex b ORG /B/\n", 16, &err), 0);
  ck_assert_uint_eq(newsparse_rules_count(r), 2);
  newsparse_rules_free(r);
}
END_TEST

START_TEST(builtin_rules_load_and_files) {
  newsparse_rules *r;
  newsparse_error err;
  ck_assert_int_eq(newsparse_rules_new(0, NULL, &r, &err), 0);
  ck_assert_uint_gt(newsparse_rules_count(r), 5);
  ck_assert_int_eq(newsparse_rules_add_file(r, "/nonexistent/x.rules", &err), NEWSPARSE_ERR_IO);
  ck_assert(strstr(err.message, "/nonexistent/x.rules") != NULL);
  newsparse_rules_free(r);
}
END_TEST

/* The phrase table: every key found with its flags before and after the
 * miss filter is built, misses stay misses, and an add after sealing is
 * found (the filter is dropped, never stale). */
START_TEST(phrase_table_and_its_filter) {
  newsparse_allocator a;
  nsp_gazetteer *g;
  char key[32];
  uint32_t head;
  int k, pass;
  nsp_allocator_init(&a, NULL);
  ck_assert_int_eq(nsp_gaz_new(&a, &g), 0);
  for (k = 0; k < 3000; k++) {
    snprintf(key, sizeof key, "word%d", k);
    ck_assert_int_eq(nsp_gaz_add(g, key, strlen(key), NULL, 0, (uint32_t)k, NULL), 0);
  }
  ck_assert_int_eq(nsp_gaz_mark_prefix(g, "new", 3), 0);
  for (pass = 0; pass < 2; pass++) {
    for (k = 0; k < 3000; k++) {
      snprintf(key, sizeof key, "word%d", k);
      ck_assert_int_eq(nsp_gaz_find(g, key, strlen(key), &head), NSP_GAZ_ENTRY);
      ck_assert_uint_eq(nsp_gaz_entry_at(g, head)->rule, (uint32_t)k);
    }
    ck_assert_int_eq(nsp_gaz_find(g, "new", 3, &head), NSP_GAZ_PREFIX);
    for (k = 0; k < 3000; k++) {
      snprintf(key, sizeof key, "other%d", k);
      ck_assert_int_eq(nsp_gaz_find(g, key, strlen(key), &head), 0);
    }
    ck_assert_int_eq(nsp_gaz_seal(g), 0);
  }
  ck_assert_int_eq(nsp_gaz_add(g, "late", 4, NULL, 0, 7, NULL), 0);
  ck_assert_int_eq(nsp_gaz_find(g, "late", 4, &head), NSP_GAZ_ENTRY);
  nsp_gaz_free(g);
}
END_TEST

/* Two keys with the same hash and length are still told apart, whether
 * compared in the slot (up to NSP_GAZ_INLINE bytes) or in the strings:
 * each pair below collides in FNV-1a. */
START_TEST(colliding_keys_stay_apart) {
  static const char *const pairs[][2] = {{"oiknyvvu", "xnjenroe"},
                                         {"afzbhwuolejhit", "npputezbpcrcay"}};
  newsparse_allocator a;
  nsp_gazetteer *g;
  uint32_t head;
  size_t p, n;
  nsp_allocator_init(&a, NULL);
  for (p = 0; p < 2; p++) {
    n = strlen(pairs[p][0]);
    ck_assert_uint_eq(nsp_hash(pairs[p][0], n), nsp_hash(pairs[p][1], n));
    ck_assert_int_eq(nsp_gaz_new(&a, &g), 0);
    ck_assert_int_eq(nsp_gaz_add(g, pairs[p][0], n, NULL, 0, 1, NULL), 0);
    ck_assert_int_eq(nsp_gaz_seal(g), 0);
    ck_assert_int_eq(nsp_gaz_find(g, pairs[p][0], n, &head), NSP_GAZ_ENTRY);
    ck_assert_int_eq(nsp_gaz_find(g, pairs[p][1], n, &head), 0);
    ck_assert_int_eq(nsp_gaz_add(g, pairs[p][1], n, NULL, 0, 2, NULL), 0);
    ck_assert_int_eq(nsp_gaz_find(g, pairs[p][1], n, &head), NSP_GAZ_ENTRY);
    ck_assert_uint_eq(nsp_gaz_entry_at(g, head)->rule, 2);
    ck_assert_int_eq(nsp_gaz_find(g, pairs[p][0], n, &head), NSP_GAZ_ENTRY);
    ck_assert_uint_eq(nsp_gaz_entry_at(g, head)->rule, 1);
    nsp_gaz_free(g);
  }
}
END_TEST

extern const char *const nsp_builtin_rules;
extern const size_t nsp_builtin_rules_len;

/* The words of one key's entries, for comparing two tables. */
static void entries_of(const nsp_gazetteer *g, uint32_t head, char *out, size_t size) {
  size_t used = 0;
  out[0] = '\0';
  for (; head != UINT32_MAX; head = nsp_gaz_entry_at(g, head)->next) {
    const nsp_gaz_entry *en = nsp_gaz_entry_at(g, head);
    const char *v = nsp_gaz_str(g, en->value_off), *x = nsp_gaz_str(g, en->exact_off);
    int n = snprintf(out + used, size - used, "%u:%s:%.*s;", (unsigned)en->rule, v ? v : "-",
                     x ? (int)en->exact_len : 1, x ? x : "-");
    ck_assert_int_gt(n, 0);
    ck_assert_uint_lt(used + (size_t)n, size);
    used += (size_t)n;
  }
}

/* The built-in table made at build time answers every key exactly as the
 * table parsed from the built-in text does, and knows no other key. */
/* Key equality agrees with memcmp for every length up to past the
 * inline cases, whichever byte differs (first, middle, last). */
START_TEST(key_equality_matches_memcmp) {
  char a[48], b[48];
  size_t n, at;
  for (n = 0; n <= 40; n++) {
    for (at = 0; at < n + 8; at++) {
      memset(a, 'x', sizeof a);
      memset(b, 'x', sizeof b);
      a[at] = 'y'; /* at n or after: outside the keys, no difference */
      ck_assert_int_eq(nsp_key_eq(a, b, n), memcmp(a, b, n) == 0);
      ck_assert_int_eq(nsp_key_eq(b, a, n), memcmp(a, b, n) == 0);
    }
  }
}
END_TEST

START_TEST(builtin_image_matches_parsed_text) {
  newsparse_engine *image, *parsed;
  newsparse_rules *set;
  size_t i, keys = 0, image_keys = 0;
  ck_assert_int_eq(newsparse_engine_new(NULL, &image, NULL), 0);
  ck_assert_int_eq(newsparse_rules_new(NEWSPARSE_RULES_NO_BUILTIN, NULL, &set, NULL), 0);
  ck_assert_int_eq(
      newsparse_rules_add_text(set, "text", nsp_builtin_rules, nsp_builtin_rules_len, NULL), 0);
  ck_assert_int_eq(newsparse_engine_new(set, &parsed, NULL), 0);
  ck_assert_uint_eq(image->n_gazs, 1);
  ck_assert_uint_eq(parsed->n_gazs, 1);
  ck_assert_uint_eq(image->n_rules, parsed->n_rules);
  /* the fast pass over the built-in phrase lines counts lines as the full
   * parse does: every rule keeps its id, pattern and source line */
  for (i = 0; i < image->n_rules; i++) {
    ck_assert_str_eq(image->rules[i].id, parsed->rules[i].id);
    ck_assert_str_eq(strchr(image->rules[i].source, ':'), strchr(parsed->rules[i].source, ':'));
    if (image->rules[i].pattern)
      ck_assert_str_eq(image->rules[i].pattern, parsed->rules[i].pattern);
  }
  for (i = 0; i < nsp_gaz_slots(parsed->gazs[0]); i++) {
    const char *key;
    size_t len;
    uint32_t h1 = UINT32_MAX, h2 = UINT32_MAX;
    char e1[4096], e2[4096];
    if (!nsp_gaz_key_at(parsed->gazs[0], i, &key, &len))
      continue;
    keys++;
    ck_assert_int_eq(nsp_gaz_find(image->gazs[0], key, len, &h1),
                     nsp_gaz_find(parsed->gazs[0], key, len, &h2));
    entries_of(image->gazs[0], h1, e1, sizeof e1);
    entries_of(parsed->gazs[0], h2, e2, sizeof e2);
    ck_assert_str_eq(e1, e2);
  }
  for (i = 0; i < nsp_gaz_slots(image->gazs[0]); i++) {
    const char *key;
    size_t len;
    image_keys += nsp_gaz_key_at(image->gazs[0], i, &key, &len);
  }
  ck_assert_uint_gt(keys, 10000);
  ck_assert_uint_eq(image_keys, keys);
  if (nsp_builtin_image) /* the built-in engine adopted it */
    ck_assert_uint_eq(nsp_gaz_slots(image->gazs[0]), nsp_builtin_image->cap);
  newsparse_engine_free(image);
  newsparse_engine_free(parsed);
  newsparse_rules_free(set);
}
END_TEST

Suite *rules_suite(void) {
  Suite *s = suite_create("rules");
  TCase *tc = tcase_create("core");
  tcase_add_test(tc, valid_rules_load);
  tcase_add_test(tc, errors_name_line_and_column);
  tcase_add_test(tc, failed_text_leaves_set_unchanged);
  tcase_add_test(tc, rules_that_cannot_work);
  tcase_add_test(tc, builtin_rules_load_and_files);
  tcase_add_test(tc, phrase_table_and_its_filter);
  tcase_add_test(tc, evidence_lines);
  tcase_add_test(tc, key_equality_matches_memcmp);
  tcase_add_test(tc, colliding_keys_stay_apart);
  tcase_add_test(tc, builtin_image_matches_parsed_text);
  tcase_add_test(tc, defines_from_a_gazetteer);
  suite_add_tcase(s, tc);
  return s;
}
