/* check_json.c - the JSON renderer (json.c) against a real JSON parser. */
#include "testutil.h"

#include <jansson.h>

static json_t *to_json(newsparse_result *r, unsigned flags) {
  size_t n = newsparse_result_to_json(r, flags, NULL, 0);
  char *buf = malloc(n + 1);
  json_error_t e;
  json_t *j;
  ck_assert_uint_gt(n, 0);
  ck_assert_uint_eq(newsparse_result_to_json(r, flags, buf, n + 1), n);
  ck_assert_uint_eq(strlen(buf), n);
  j = json_loads(buf, 0, &e);
  if (!j)
    ck_abort_msg("invalid JSON: %s", e.text);
  free(buf);
  return j;
}

START_TEST(contract_fields_and_offsets) {
  const char *t = "Quote \xE2\x80\x9C"
                  "done\xE2\x80\x9D\r\n\r\nA\xC2\xA0"
                  "b\ttab \\ \"q\" in Mexico.\n";
  newsparse_result *r = tu_parse(t, NULL);
  json_t *j = to_json(r, 0), *p, *ents;
  const char *keys[] = {"headline", "dateline", "byline",    "paragraphs",
                        "related",  "entities", "relations", "warnings"};
  size_t k;
  for (k = 0; k < sizeof keys / sizeof keys[0]; k++)
    ck_assert_msg(json_object_get(j, keys[k]) != NULL, "missing %s", keys[k]);
  ck_assert_str_eq(json_string_value(json_object_get(json_object_get(j, "headline"), "text")),
                   "Quote \xE2\x80\x9C"
                   "done\xE2\x80\x9D");
  p = json_array_get(json_object_get(j, "paragraphs"), 0);
  ck_assert_str_eq(json_string_value(json_object_get(p, "text")), "A b tab \\ \"q\" in Mexico.");
  ck_assert_int_eq(json_integer_value(json_object_get(p, "start")), 20);
  ck_assert_int_eq(json_integer_value(json_object_get(p, "end")), (json_int_t)strlen(t) - 1);
  ents = json_object_get(j, "entities");
  ck_assert_uint_eq(json_array_size(ents), 1);
  ck_assert_str_eq(json_string_value(json_object_get(json_array_get(ents, 0), "value")), "MX");
  ck_assert(json_is_array(json_object_get(p, "sentences")));
  json_decref(j);
  newsparse_result_free(r);
}
END_TEST

START_TEST(pretty_equals_compact) {
  newsparse_result *r = tu_parse("Headline Here\n\nBody text on February 27.\n", NULL);
  json_t *a = to_json(r, 0), *b = to_json(r, NEWSPARSE_JSON_PRETTY);
  ck_assert(json_equal(a, b));
  json_decref(a);
  json_decref(b);
  newsparse_result_free(r);
}
END_TEST

START_TEST(snprintf_contract) {
  newsparse_result *r = tu_parse("Some text.", NULL);
  char small[10];
  size_t n = newsparse_result_to_json(r, 0, small, sizeof small);
  ck_assert_uint_gt(n, sizeof small);
  ck_assert_uint_eq(strlen(small), sizeof small - 1);
  ck_assert_uint_eq(newsparse_result_to_json(r, 0x80, small, sizeof small), 0);
  ck_assert_uint_eq(newsparse_result_to_json(NULL, 0, small, sizeof small), 0);
  newsparse_result_free(r);
}
END_TEST

/* Every buffer size gives the same prefix and the same length, whether
 * the JSON is written in place or moved out of a buffer too small. */
START_TEST(every_buffer_size) {
  newsparse_result *r = tu_parse("Ottawa, March 3 \"Quoted\" text.\n\nA second paragraph.", NULL);
  size_t n = newsparse_result_to_json(r, 0, NULL, 0), size;
  char *full = malloc(n + 1), *buf = malloc(n + 3);
  ck_assert_ptr_nonnull(full);
  ck_assert_ptr_nonnull(buf);
  ck_assert_uint_eq(newsparse_result_to_json(r, 0, full, n + 1), n);
  ck_assert_uint_eq(strlen(full), n);
  for (size = 1; size <= n + 2; size++) {
    size_t want = n < size - 1 ? n : size - 1;
    memset(buf, 'x', n + 3);
    ck_assert_uint_eq(newsparse_result_to_json(r, 0, buf, size), n);
    ck_assert_uint_eq(strlen(buf), want);
    ck_assert_int_eq(memcmp(buf, full, want), 0);
  }
  free(full);
  free(buf);
  newsparse_result_free(r);
}
END_TEST

/* The "text" of every paragraph and sentence in the JSON equals the
 * accessor's display text, on random texts full of what the writer treats
 * specially: runs of spaces, tabs, no-break spaces, quotes, backslashes,
 * non-ASCII letters, at every alignment. */
START_TEST(display_text_matches_accessor) {
  static const char *const pieces[] = {"a",  "bc",       "Word", " ",   "  ",
                                       "\t", "\xC2\xA0", "\"",   "\\",  "\xC3\xA9",
                                       ".",  "x y",      "\n",   "z. ", "Q"};
  unsigned seed = 7;
  int round;
  for (round = 0; round < 300; round++) {
    char text[512];
    size_t len = 0, i, n;
    newsparse_result *r;
    json_t *j, *paras;
    int part;
    while (len < 200) {
      const char *p;
      seed = seed * 1103515245u + 12345u;
      p = pieces[(seed >> 16) % (sizeof pieces / sizeof pieces[0])];
      memcpy(text + len, p, strlen(p));
      len += strlen(p);
    }
    text[len] = '\0';
    r = tu_parse(text, NULL);
    j = to_json(r, 0);
    paras = json_object_get(j, "paragraphs");
    for (part = 0; part < 2; part++) {
      size_t k = 0, p;
      n = newsparse_result_count(r, part ? NEWSPARSE_PART_SENTENCE : NEWSPARSE_PART_PARAGRAPH);
      for (p = 0; p < json_array_size(paras); p++) {
        json_t *para = json_array_get(paras, p);
        json_t *items = part ? json_object_get(para, "sentences") : NULL;
        size_t m = part ? json_array_size(items) : 1;
        for (i = 0; i < m; i++, k++) {
          json_t *obj = part ? json_array_get(items, i) : para;
          const char *want;
          newsparse_span span;
          ck_assert_int_eq(
              newsparse_result_span(r, part ? NEWSPARSE_PART_SENTENCE : NEWSPARSE_PART_PARAGRAPH, k,
                                    NEWSPARSE_TEXT_ORIGINAL, &span, &want),
              0);
          ck_assert_str_eq(json_string_value(json_object_get(obj, "text")), want);
        }
      }
      ck_assert_uint_eq(k, n);
    }
    json_decref(j);
    newsparse_result_free(r);
  }
}
END_TEST

/* Offsets are printed two digits at a time: every digit count, and the
 * largest size_t, print as printf prints them. */
/* Every label is written as newsparse_label_name gives it, and each
 * entity's label, value and rule are the accessor's. */
START_TEST(labels_values_and_rules_as_accessors) {
  newsparse_result *r =
      tu_parse("Secretary of State Marco Rubio met Mexican officials of the Ford Foundation in "
               "Mexico City, Mexico, on February 27, 2025 to pledge $5 million.",
               NULL);
  size_t n = newsparse_result_count(r, NEWSPARSE_PART_ENTITY), i,
         size = newsparse_result_to_json(r, 0, NULL, 0);
  char *json = malloc(size + 1), want[256];
  int seen = 0;
  ck_assert_ptr_nonnull(json);
  newsparse_result_to_json(r, 0, json, size + 1);
  for (i = 0; i < n; i++) {
    int label;
    const char *value, *rule;
    ck_assert_int_eq(newsparse_result_entity(r, i, &label, &value, &rule), 0);
    snprintf(want, sizeof want, "\"label\":\"%s\"", newsparse_label_name(label));
    ck_assert_msg(strstr(json, want) != NULL, "%s", want);
    if (value) {
      snprintf(want, sizeof want, "\"value\":\"%s\",\"rule\":\"%s\"", value, rule);
      ck_assert_msg(strstr(json, want) != NULL, "%s", want);
    }
    seen |= 1 << label;
  }
  ck_assert_int_eq(seen, 0x1FE); /* all eight labels */
  free(json);
  newsparse_result_free(r);
}
END_TEST

/* Rows and columns carry what the entity objects carry, entity for entity. */
START_TEST(entity_rows_and_columns_equal_objects) {
  newsparse_result *r =
      tu_parse("Talks in Mexico City on Friday: Marco Rubio pledged $5 million.", NULL);
  json_t *objects = to_json(r, NEWSPARSE_JSON_NO_STRUCTURE);
  json_t *rows = to_json(r, NEWSPARSE_JSON_NO_STRUCTURE | NEWSPARSE_JSON_ENTITY_ROWS);
  json_t *cols = to_json(r, NEWSPARSE_JSON_NO_STRUCTURE | NEWSPARSE_JSON_ENTITY_COLUMNS |
                                NEWSPARSE_JSON_ENTITY_ROWS | NEWSPARSE_JSON_PRETTY);
  const char *fields[] = {"label", "start", "end", "text", "value", "rule"};
  json_t *list = json_object_get(objects, "entities"), *c = json_object_get(cols, "entities");
  size_t i, f, n = json_array_size(list);
  ck_assert_uint_ge(n, 4);
  ck_assert_uint_eq(json_array_size(json_object_get(rows, "entities")), n);
  ck_assert_uint_eq(json_object_size(c), 6);
  for (f = 0; f < 6; f++) {
    ck_assert_uint_eq(json_array_size(json_object_get(c, fields[f])), n);
    for (i = 0; i < n; i++) {
      json_t *want = json_object_get(json_array_get(list, i), fields[f]);
      json_t *row = json_array_get(json_array_get(json_object_get(rows, "entities"), i), f);
      ck_assert_msg(json_equal(want, row), "row %zu field %s", i, fields[f]);
      ck_assert_msg(json_equal(want, json_array_get(json_object_get(c, fields[f]), i)),
                    "column %s entity %zu", fields[f], i);
    }
  }
  ck_assert(json_equal(json_object_get(objects, "relations"), json_object_get(cols, "relations")));
  ck_assert_uint_eq(newsparse_result_to_json(r, NEWSPARSE_JSON_ALL + 1, NULL, 0), 0);
  json_decref(objects);
  json_decref(rows);
  json_decref(cols);
  newsparse_result_free(r);
}
END_TEST

START_TEST(sizes_print_as_printf) {
  newsparse_allocator a;
  size_t v = 0, k;
  nsp_allocator_init(&a, NULL);
  for (k = 0; k < 60; k++) {
    size_t cases[3], c;
    cases[0] = v;
    cases[1] = v ? v - 1 : 0;
    cases[2] = v * 7 + 3;
    for (c = 0; c < 3; c++) {
      nsp_buf b;
      char want[32];
      nsp_buf_init(&b, &a);
      ck_assert_int_eq(nsp_buf_put(&b, "x", 1), 0);
      ck_assert_int_eq(nsp_buf_put_size(&b, cases[c]), 0);
      snprintf(want, sizeof want, "x%zu", cases[c]);
      ck_assert_str_eq(b.data, want);
      ck_assert_uint_eq(b.len, strlen(want));
      nsp_buf_free(&b);
    }
    v = v ? v * 10 : 1;
    if (v > SIZE_MAX / 10)
      v = SIZE_MAX;
  }
}
END_TEST

Suite *json_suite(void) {
  Suite *s = suite_create("json");
  TCase *tc = tcase_create("core");
  tcase_add_test(tc, contract_fields_and_offsets);
  tcase_add_test(tc, pretty_equals_compact);
  tcase_add_test(tc, snprintf_contract);
  tcase_add_test(tc, every_buffer_size);
  tcase_add_test(tc, display_text_matches_accessor);
  tcase_add_test(tc, sizes_print_as_printf);
  tcase_add_test(tc, labels_values_and_rules_as_accessors);
  tcase_add_test(tc, entity_rows_and_columns_equal_objects);
  suite_add_tcase(s, tc);
  return s;
}
