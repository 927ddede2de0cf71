/* check_tagger.c - tagging, overlap resolution, names, relations. */
#include "testutil.h"

static const char *rules =
    "gazetteer t.country COUNTRY priority=60 case=caps\nRuritania => RU2\nend\n"
    "gazetteer t.office OFFICE priority=50\nMinister of Trade | Governor\nend\n"
    "gazetteer t.person PERSON priority=40\nAnna Berg | Berg\nend\n"
    "gazetteer t.org ORG priority=70\nRuritania Trade Bank\nend\n"
    "regex t.code ORG priority=10 /\\b(?<e>ACME)\\s+Corp\\b/\n";

START_TEST(longest_and_priority_win) {
  newsparse_engine *e = tu_engine_from(rules, 0);
  newsparse_result *r = tu_parse_with(
      e, "The Ruritania Trade Bank said RURITANIA would grow. ACME Corp agreed.", NULL);
  ck_assert_int_ge(tu_find_entity(r, NEWSPARSE_LABEL_ORG, "Ruritania Trade Bank"), 0);
  ck_assert_int_lt(tu_find_entity(r, NEWSPARSE_LABEL_COUNTRY, "Ruritania"), 0);
  ck_assert_str_eq(tu_entity_value(r, tu_find_entity(r, NEWSPARSE_LABEL_COUNTRY, "RURITANIA")),
                   "RU2");
  ck_assert_int_ge(tu_find_entity(r, NEWSPARSE_LABEL_ORG, "ACME"), 0); /* group e */
  newsparse_result_free(r);
  newsparse_engine_free(e);
}
END_TEST

/* A date that does not exist is no entity: the longer readings drop out
 * and the shorter ones that are dates take their place. */
START_TEST(impossible_date_gives_way) {
  newsparse_result *r = tu_parse("The deal closed on February 30, 2025 in Lima.", NULL);
  long month = tu_find_entity(r, NEWSPARSE_LABEL_DATE, "February"),
       year = tu_find_entity(r, NEWSPARSE_LABEL_DATE, "2025");
  ck_assert_int_lt(tu_find_entity(r, NEWSPARSE_LABEL_DATE, "February 30, 2025"), 0);
  ck_assert_int_lt(tu_find_entity(r, NEWSPARSE_LABEL_DATE, "February 30"), 0);
  ck_assert_int_ge(month, 0);
  ck_assert_str_eq(tu_entity_value(r, month), "XXXX-02");
  ck_assert_int_ge(year, 0);
  ck_assert_str_eq(tu_entity_value(r, year), "2025");
  newsparse_result_free(r);
}
END_TEST

/* Every expected date is an entity of its label with its value, and the
 * text has no other entity; against the reference date `dct`. */
typedef struct date_want {
  const char *text, *value;
  newsparse_label label;
} date_want;

static void expect_dates(const char *text, const char *dct, const date_want *want, size_t n) {
  newsparse_options o;
  newsparse_result *r;
  size_t k;
  newsparse_options_init(&o);
  o.dct = dct;
  r = tu_parse(text, &o);
  for (k = 0; k < n; k++) {
    long i = tu_find_entity(r, want[k].label, want[k].text);
    ck_assert_msg(i >= 0, "no date %s", want[k].text);
    ck_assert_str_eq(tu_entity_value(r, i), want[k].value);
  }
  ck_assert_uint_eq(newsparse_result_count(r, NEWSPARSE_PART_ENTITY), n);
  newsparse_result_free(r);
}

/* Rules tried only where their start and near words are: every form of
 * decade, a season with a year, and "the day before", each found with
 * its value, and none where only a modifier ("late", "early") stands. */
START_TEST(decades_seasons_and_the_day_before) {
  static const date_want want[] = {
      {"1990s", "199", NEWSPARSE_LABEL_DATE},
      {"the early 2000s", "200", NEWSPARSE_LABEL_DATE},
      {"the mid-1980s", "198", NEWSPARSE_LABEL_DATE},
      {"'70s", "197", NEWSPARSE_LABEL_DATE},
      {"the summer of 2026", "2026-SU", NEWSPARSE_LABEL_DATE},
      {"the day before Christmas", "2025-12-24", NEWSPARSE_LABEL_DATE}};
  newsparse_options o;
  newsparse_result *r;
  expect_dates("Prices rose in the 1990s and fell in the early 2000s; the mid-1980s and the '70s "
               "were different. Talks set for the summer of 2026 resumed the day before "
               "Christmas. Late in the day, officials left early.",
               "2026-03-01", want, sizeof want / sizeof want[0]);
  newsparse_options_init(&o);
  o.dct = "2026-03-01";
  /* "the year" of a report: the fiscal year ended on a date is a length,
   * the year reported on a date; "the year before" is neither */
  r = tu_parse("For the year ended March 31, net rose. For the year, volume was flat, up from "
               "the year before.",
               &o);
  {
    long fiscal = tu_find_entity(r, NEWSPARSE_LABEL_DURATION, "the year");
    long year = tu_find_entity(r, NEWSPARSE_LABEL_DATE, "the year");
    ck_assert(fiscal >= 0 && year >= 0);
    ck_assert_str_eq(tu_entity_value(r, fiscal), "P1Y");
    ck_assert_str_eq(tu_entity_value(r, year), "2026");
  }
  ck_assert_uint_eq(newsparse_result_count(r, NEWSPARSE_PART_ENTITY), 3); /* and March 31 */
  newsparse_result_free(r);
}
END_TEST

/* Dates counted from the date the text named last, whatever the
 * reference date: the next day after March 3, that same week, the
 * following month; before any date is named, the reference date's. */
START_TEST(dates_named_by_the_text) {
  static const date_want want[] = {{"later that day", "2026-02-27", NEWSPARSE_LABEL_DATE},
                                   {"March 3, 2024", "2024-03-03", NEWSPARSE_LABEL_DATE},
                                   {"The next day", "2024-03-04", NEWSPARSE_LABEL_DATE},
                                   {"the next morning", "2024-03-05TMO", NEWSPARSE_LABEL_TIME},
                                   {"That same week", "2024-W10", NEWSPARSE_LABEL_DATE},
                                   {"the day before", "2024-03-04", NEWSPARSE_LABEL_DATE},
                                   {"the following month", "2024-04", NEWSPARSE_LABEL_DATE},
                                   {"that quarter", "2024-Q2", NEWSPARSE_LABEL_DATE},
                                   {"the following year", "2025", NEWSPARSE_LABEL_DATE},
                                   {"1996", "1996", NEWSPARSE_LABEL_DATE},
                                   {"the previous year", "1995", NEWSPARSE_LABEL_DATE}};
  expect_dates("The vote came later that day. He was arrested on March 3, 2024. The next day he "
               "was charged, and he fled the next morning. That same week he had left the day "
               "before. He returned the following month; that quarter he sold it, and the "
               "following year he spoke. The firm began in 1996, and the previous year it "
               "grew.",
               "2026-02-27", want, sizeof want / sizeof want[0]);
}
END_TEST

/* "A year ago" beside a quarter the text reports compares with that
 * quarter a year before, again after an explicit year-ago quarter; far
 * from any quarter it is the year. */
START_TEST(year_ago_follows_the_quarter) {
  static const date_want want[] = {{"the third quarter of 2025", "2025-Q3", NEWSPARSE_LABEL_DATE},
                                   {"a year earlier", "2024-Q3", NEWSPARSE_LABEL_DATE},
                                   {"the year-ago quarter", "2024-Q3", NEWSPARSE_LABEL_DATE},
                                   {"year-ago", "2024-Q3", NEWSPARSE_LABEL_DATE},
                                   {"a year ago", "2025", NEWSPARSE_LABEL_DATE}};
  char text[1024];
  size_t n =
      (size_t)snprintf(text, sizeof text,
                       "Profit rose in the third quarter of 2025 from a year earlier. It beat "
                       "the year-ago quarter, and year-ago sales. ");
  while (n < 700)
    n += (size_t)snprintf(text + n, sizeof text - n, "Sales were flat. ");
  snprintf(text + n, sizeof text - n, "A rival did better than a year ago.");
  expect_dates(text, "2026-02-27", want, sizeof want / sizeof want[0]);
}
END_TEST

/* Holidays by the day rules of 19-holidays.rules: alone, turned ("last
 * Christmas", "Easter week", "the day after Thanksgiving"), the US Monday
 * and Thursday holidays and Easter's; and one of a user's file. */
START_TEST(holidays_by_their_day_rules) {
  static const date_want want[] = {
      {"Thanksgiving Day", "2025-11-27", NEWSPARSE_LABEL_DATE},
      {"the day after Thanksgiving", "2025-11-28", NEWSPARSE_LABEL_DATE},
      {"Last Christmas", "2024-12-25", NEWSPARSE_LABEL_DATE},
      {"Easter week", "2025-W16", NEWSPARSE_LABEL_DATE},
      {"Good Friday", "2025-04-18", NEWSPARSE_LABEL_DATE},
      {"Memorial Day", "2025-05-26", NEWSPARSE_LABEL_DATE},
      {"Labor Day", "2025-09-01", NEWSPARSE_LABEL_DATE},
      {"New Year's Eve", "2025-12-31", NEWSPARSE_LABEL_DATE}};
  newsparse_engine *e;
  newsparse_options o;
  newsparse_result *r;
  long i;
  expect_dates("Sales rose on Thanksgiving Day and the day after Thanksgiving. Last Christmas "
               "was quiet, Easter week busy, Good Friday calm. Memorial Day, Labor Day and New "
               "Year's Eve came.",
               "2025-12-05", want, sizeof want / sizeof want[0]);
  e = tu_engine_from("gazetteer my.holidays DATE case=exact\nBastille Day => @07-14\nend\n", 1);
  newsparse_options_init(&o);
  o.dct = "2025-12-05";
  r = tu_parse_with(e, "Paris marched on Bastille Day.", &o);
  i = tu_find_entity(r, NEWSPARSE_LABEL_DATE, "Bastille Day");
  ck_assert_int_ge(i, 0);
  ck_assert_str_eq(tu_entity_value(r, i), "2025-07-14");
  newsparse_result_free(r);
  newsparse_engine_free(e);
}
END_TEST

/* The other forms of a date: fiscal years and quarters counted from the
 * reference date, decades in words, a year by its last two digits, the
 * near future; and no decade for an age ("in her forties"), no year for
 * a quoted number not after a preposition. */
START_TEST(fiscal_quarters_decades_and_references) {
  static const date_want want[] = {{"next fiscal year", "2027", NEWSPARSE_LABEL_DATE},
                                   {"the coming quarter", "2026-Q2", NEWSPARSE_LABEL_DATE},
                                   {"last quarter", "2025-Q4", NEWSPARSE_LABEL_DATE},
                                   {"this quarter", "2026-Q1", NEWSPARSE_LABEL_DATE},
                                   {"the last quarter of 2004", "2004-Q4", NEWSPARSE_LABEL_DATE},
                                   {"the nineties", "199", NEWSPARSE_LABEL_DATE},
                                   {"the late eighties", "198", NEWSPARSE_LABEL_DATE},
                                   {"'79", "1979", NEWSPARSE_LABEL_DATE},
                                   {"\xE2\x80\x99"
                                    "05",
                                    "2005", NEWSPARSE_LABEL_DATE},
                                   {"These days", "PRESENT_REF", NEWSPARSE_LABEL_DATE},
                                   {"the near term", "FUTURE_REF", NEWSPARSE_LABEL_DATE},
                                   {"a later date", "FUTURE_REF", NEWSPARSE_LABEL_DATE}};
  expect_dates("Sales will rise next fiscal year and in the coming quarter after last quarter "
               "and this quarter, unlike the last quarter of 2004. Prices peaked in the "
               "nineties and in the late eighties; the class of '79 met in \xE2\x80\x99"
               "05. She is in her forties and sang '99 Luftballons'. These days, in the near "
               "term, they will meet at a later date.",
               "2026-02-27", want, sizeof want / sizeof want[0]);
}
END_TEST

START_TEST(entities_sorted_and_disjoint) {
  newsparse_result *r =
      tu_parse("U.S.-Mexico talks resumed on February 27 in Mexico as $300 Million in aid was "
               "pledged by Britain.",
               NULL);
  size_t n = newsparse_result_count(r, NEWSPARSE_PART_ENTITY), i;
  newsparse_span prev = {0, 0};
  ck_assert_uint_ge(n, 5);
  for (i = 0; i < n; i++) {
    newsparse_span s = tu_span(r, NEWSPARSE_PART_ENTITY, i);
    ck_assert_uint_ge(s.start, prev.end);
    ck_assert_uint_lt(s.start, s.end);
    prev = s;
  }
  ck_assert_int_eq(tu_find_entity(r, NEWSPARSE_LABEL_COUNTRY, "U.S."), 0);
  ck_assert_int_eq(tu_find_entity(r, NEWSPARSE_LABEL_COUNTRY, "Mexico"), 1);
  ck_assert_str_eq(tu_entity_value(r, tu_find_entity(r, NEWSPARSE_LABEL_COUNTRY, "Britain")), "GB");
  newsparse_result_free(r);
}
END_TEST

START_TEST(relations_and_full_names) {
  newsparse_engine *e = tu_engine_from(rules, 0);
  newsparse_result *r =
      tu_parse_with(e, "Ruritania's Minister of Trade Anna Berg spoke. Later Berg left.", NULL);
  size_t person, office, of;
  long first = tu_find_entity(r, NEWSPARSE_LABEL_PERSON, "Anna Berg");
  long later = tu_find_entity(r, NEWSPARSE_LABEL_PERSON, "Berg");
  ck_assert_int_ge(later, 0);
  ck_assert_str_eq(tu_entity_value(r, later), "Anna Berg");
  ck_assert_uint_eq(newsparse_result_count(r, NEWSPARSE_PART_RELATION), 1);
  ck_assert_int_eq(newsparse_result_relation(r, 0, NULL, &person, &office, &of), 0);
  ck_assert_uint_eq(person, (size_t)first);
  ck_assert_uint_eq(office, (size_t)first - 1);
  ck_assert_uint_eq(of, (size_t)first - 2);
  newsparse_result_free(r);
  newsparse_engine_free(e);
}
END_TEST

START_TEST(match_limit_gives_warning) {
  /* catastrophic backtracking on a long run of a's */
  newsparse_engine *e = tu_engine_from("regex t.slow ORG /(a|aa)+(?!)/\n", 0);
  newsparse_options o;
  newsparse_result *r;
  char text[64];
  const char *code;
  memset(text, 'a', 40);
  text[40] = '\0';
  newsparse_options_init(&o);
  o.match_limit = 10000;
  r = tu_parse_with(e, text, &o);
  ck_assert_uint_eq(newsparse_result_count(r, NEWSPARSE_PART_WARNING), 1);
  newsparse_result_warning(r, 0, &code, NULL);
  ck_assert_str_eq(code, "match-limit");
  ck_assert_uint_eq(newsparse_result_count(r, NEWSPARSE_PART_PARAGRAPH), 1);
  newsparse_result_free(r);
  newsparse_engine_free(e);
}
END_TEST

/* Start words, two-word starts and digit classes decide where an anchored
 * rule is tried; the pattern alone would match at every one of these. */
START_TEST(rules_run_only_at_their_starts) {
  newsparse_engine *e = tu_engine_from(
      "regex t.end ORG starts=the+end /[Tt]he\\s\\w+/\n"
      "regex t.year ORG starts=#year /\\d+\\sapples/\n"
      "regex t.day ORG starts=#day /\\d+\\spears/\n"
      "regex t.num ORG starts=the+#digit /the\\s\\d+\\splums/\n"
      "regex t.near ORG starts=#day near=figs /\\d+\\s(?:\\w+\\s){0,8}(?:figs|nuts)/\n",
      0);
  newsparse_result *r = tu_parse_with(
      e,
      "At the end, the start. 1999 apples, 12 apples, 7 pears, 2025 pears, the 3 plums. "
      "5 ripe figs. 6 ripe nuts. 8 a b c d e f g h figs.",
      NULL);
  ck_assert_int_ge(tu_find_entity(r, NEWSPARSE_LABEL_ORG, "the end"), 0);
  ck_assert_int_lt(tu_find_entity(r, NEWSPARSE_LABEL_ORG, "the start"), 0);
  ck_assert_int_ge(tu_find_entity(r, NEWSPARSE_LABEL_ORG, "1999 apples"), 0);
  ck_assert_int_lt(tu_find_entity(r, NEWSPARSE_LABEL_ORG, "12 apples"), 0);
  ck_assert_int_ge(tu_find_entity(r, NEWSPARSE_LABEL_ORG, "7 pears"), 0);
  ck_assert_int_lt(tu_find_entity(r, NEWSPARSE_LABEL_ORG, "2025 pears"), 0);
  ck_assert_int_ge(tu_find_entity(r, NEWSPARSE_LABEL_ORG, "the 3 plums"), 0);
  /* near=figs: tried where "figs" is within 8 tokens, whatever the pattern */
  ck_assert_int_ge(tu_find_entity(r, NEWSPARSE_LABEL_ORG, "5 ripe figs"), 0);
  ck_assert_int_lt(tu_find_entity(r, NEWSPARSE_LABEL_ORG, "6 ripe nuts"), 0);
  ck_assert_int_lt(tu_find_entity(r, NEWSPARSE_LABEL_ORG, "8 a b c d e f g h figs"), 0);
  newsparse_result_free(r);
  newsparse_engine_free(e);
}
END_TEST

/* Spans of the newer date rules: day and abbreviated month, quarter
 * codes, "the end of the month", holidays named by two words. */
START_TEST(date_spans) {
  static const char *const cases[][2] = {
      {"They met on 27 Feb 2025 in Ottawa.", "27 Feb 2025"},
      {"Revenue in Q3 2024 was flat.", "Q3 2024"},
      {"Profit in 2024 Q4 rose.", "2024 Q4"},
      {"Stores opened on Black Friday.", "Black Friday"},
      {"It reports at the end of the month.", "the end of the month"},
      {"They vote this coming Sunday.", "this coming Sunday"},
      {"Loading is set for Sept 25 to Oct 10.", "Sept 25"},
  };
  size_t k;
  for (k = 0; k < sizeof cases / sizeof cases[0]; k++) {
    newsparse_result *r = tu_parse(cases[k][0], NULL);
    ck_assert_msg(tu_find_entity(r, NEWSPARSE_LABEL_DATE, cases[k][1]) >= 0, "no DATE %s in: %s",
                  cases[k][1], cases[k][0]);
    newsparse_result_free(r);
  }
  {
    newsparse_result *r = tu_parse("The H1 visa rules changed.", NULL); /* no year: no half */
    ck_assert_int_lt(tu_find_entity(r, NEWSPARSE_LABEL_DATE, "H1"), 0);
    newsparse_result_free(r);
  }
}
END_TEST

/* The clause's tense orients dates without a year or a week. */
static const char *date_value_in(const char *text, const char *dct, const char *date) {
  static char value[32];
  newsparse_options o;
  newsparse_result *r;
  long k;
  newsparse_options_init(&o);
  o.dct = dct;
  r = tu_parse(text, &o);
  k = tu_find_entity(r, NEWSPARSE_LABEL_DATE, date);
  ck_assert_msg(k >= 0, "no DATE %s in: %s", date, text);
  snprintf(value, sizeof value, "%s", tu_entity_value(r, k));
  newsparse_result_free(r);
  return value;
}

START_TEST(tense_orients_dates) {
  static const char *const cases[][3] = {
      /* text, date, value; the reference date 2025-11-05 is a Wednesday */
      {"The plant will open in March.", "March", "2026-03"},
      {"The plant was opened in March.", "March", "2025-03"},
      {"The old plant had closed in December.", "December", "2024-12"},
      {"Talks are set to resume Monday.", "Monday", "2025-11-10"},
      {"Talks resumed on Monday.", "Monday", "2025-11-03"},
      {"A vote was held on Friday.", "Friday", "2025-10-31"},
      {"It is due to report in May.", "May", "2026-05"},
      /* a simple past form; a participle says nothing ("is held") */
      {"Talks broke down on Thursday.", "Thursday", "2025-10-30"},
      {"The fair is held on Thursday.", "Thursday", "2025-11-06"},
      /* "he'll" is "will"; a past perfect puts a plan in the past */
      {"He'll arrive on Thursday.", "Thursday", "2025-11-06"},
      {"It had been due to expire on Thursday.", "Thursday", "2025-10-30"},
      /* a cue inside a compound is no cue */
      {"Lower-than-expected sales came Thursday.", "Thursday", "2025-10-30"},
  };
  size_t k;
  for (k = 0; k < sizeof cases / sizeof cases[0]; k++)
    ck_assert_str_eq(date_value_in(cases[k][0], "2025-11-05", cases[k][1]), cases[k][2]);
}
END_TEST

/* Tense cues are lexicons: a user's file adds one. */
START_TEST(user_tense_cues) {
  const char *text = "He sprinted clear on Thursday.";
  newsparse_engine *e = tu_engine_from("lexicon my.past tense-past case=any\nsprinted\nend\n", 1);
  newsparse_options o;
  newsparse_result *r;
  long k;
  ck_assert_str_eq(date_value_in(text, "2025-11-05", "Thursday"), "2025-11-06");
  newsparse_options_init(&o);
  o.dct = "2025-11-05";
  r = tu_parse_with(e, text, &o);
  k = tu_find_entity(r, NEWSPARSE_LABEL_DATE, "Thursday");
  ck_assert_int_ge(k, 0);
  ck_assert_str_eq(tu_entity_value(r, k), "2025-10-30");
  newsparse_result_free(r);
  newsparse_engine_free(e);
}
END_TEST

/* The entity sort is a stable merge sort: sorted by start at every size
 * (short runs and merged ones), entities with one start keep their order. */
START_TEST(entity_sort_is_stable) {
  newsparse_allocator a;
  unsigned seed = 11;
  size_t n;
  nsp_allocator_init(&a, NULL);
  for (n = 0; n < 200; n += 7) {
    nsp_buf b;
    size_t i;
    nsp_buf_init(&b, &a);
    for (i = 0; i < n; i++) {
      nsp_entity e;
      memset(&e, 0, sizeof e);
      seed = seed * 1103515245u + 12345u;
      /* many equal starts: at random, then (odd n) in sorted runs of 37,
       * whose neighbours are sometimes in order already */
      e.span.start = n % 2 ? (i % 37) + (i / 74) * 40 : (seed >> 16) % 23;
      e.span.end = e.span.start + 1;
      e.priority = (int)i; /* the input order */
      ck_assert_int_eq(NSP_VEC_PUSH(&b, nsp_entity, e), 0);
    }
    ck_assert_int_eq(
        nsp_entities_sort((nsp_entity *)(void *)b.data, NSP_VEC_LEN(&b, nsp_entity), &a),
        NEWSPARSE_OK);
    {
      unsigned char seen[200] = {0}; /* each input once: nothing lost, nothing doubled */
      for (i = 0; i < n; i++) {
        int p = NSP_VEC_AT(&b, nsp_entity, i).priority;
        ck_assert(p >= 0 && (size_t)p < n && !seen[p]);
        seen[p] = 1;
      }
    }
    for (i = 1; i < n; i++) {
      const nsp_entity *x = &NSP_VEC_AT(&b, nsp_entity, i - 1), *y = &NSP_VEC_AT(&b, nsp_entity, i);
      ck_assert_uint_le(x->span.start, y->span.start);
      if (x->span.start == y->span.start)
        ck_assert_int_lt(x->priority, y->priority);
    }
    nsp_buf_free(&b);
  }
}
END_TEST

Suite *tagger_suite(void) {
  Suite *s = suite_create("tagger");
  TCase *tc = tcase_create("core");
  tcase_add_test(tc, longest_and_priority_win);
  tcase_add_test(tc, entity_sort_is_stable);
  tcase_add_test(tc, entities_sorted_and_disjoint);
  tcase_add_test(tc, relations_and_full_names);
  tcase_add_test(tc, match_limit_gives_warning);
  tcase_add_test(tc, tense_orients_dates);
  tcase_add_test(tc, user_tense_cues);
  tcase_add_test(tc, rules_run_only_at_their_starts);
  tcase_add_test(tc, date_spans);
  tcase_add_test(tc, impossible_date_gives_way);
  tcase_add_test(tc, decades_seasons_and_the_day_before);
  tcase_add_test(tc, dates_named_by_the_text);
  tcase_add_test(tc, year_ago_follows_the_quarter);
  tcase_add_test(tc, holidays_by_their_day_rules);
  tcase_add_test(tc, fiscal_quarters_decades_and_references);
  suite_add_tcase(s, tc);
  return s;
}
