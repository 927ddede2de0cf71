/* check_values.c - MONEY and DATE values (money.c, dates.c, calendar.c). */
#include "testutil.h"

#include "calendar.h"
#include "format.h"
#include "words.h"

#include <stdio.h>

static const char *money(const char *s) {
  static char out[64];
  return nsp_value_money(s, strlen(s), out, sizeof out) ? out : NULL;
}

static const char *date(const char *s, const char *ref) {
  static char out[64];
  nsp_date d = {0, 0, 0, 0};
  int rc;
  if (ref)
    ck_assert(nsp_parse_iso_date(ref, strlen(ref), &d));
  rc = nsp_value_date(s, strlen(s), ref ? &d : NULL, NULL, out, sizeof out);
  return rc > 0 ? out : rc < 0 ? "INVALID" : NULL;
}

START_TEST(money_values) {
  ck_assert_str_eq(money("$100,000"), "100000 USD");
  ck_assert_str_eq(money("$300 Million"), "300000000 USD");
  ck_assert_str_eq(money("\xE2\x82\xAC"
                         "2.5 billion"),
                   "2500000000 EUR");
  ck_assert_str_eq(money("5 million pesos"), "5000000 MXN");
  ck_assert_str_eq(money("US$7.25"), "7.25 USD");
  ck_assert_ptr_null(money("five"));
  ck_assert_str_eq(money("C$ 100"), "100 CAD");
  ck_assert_str_eq(money("A$5"), "5 AUD");
  ck_assert_str_eq(money("HK$5"), "5 HKD");
}
END_TEST

/* Suffixed amounts, in any case, are one span with their multiplier. */
START_TEST(money_suffixes_in_text) {
  static const struct {
    const char *text, *span, *value;
  } cases[] = {{"a \xC2\xA3"
                "75m stake",
                "\xC2\xA3"
                "75m",
                "75000000 GBP"},
               {"it paid $9m for", "$9m", "9000000 USD"},
               {"a \xE2\x82\xAC"
                "2.3bn fund",
                "\xE2\x82\xAC"
                "2.3bn",
                "2300000000 EUR"},
               {"about \xC2\xA3"
                "5.5mn a year",
                "\xC2\xA3"
                "5.5mn",
                "5500000 GBP"},
               {"debt of $4tn now", "$4tn", "4000000000000 USD"},
               {"a $500k prize", "$500k", "500000 USD"},
               {"a $9BN deal", "$9BN", "9000000000 USD"},
               {"raised C$ 100 MLN in", "C$ 100 MLN", "100000000 CAD"},
               {"costs $20 Monday", "$20", "20 USD"}};
  size_t k;
  for (k = 0; k < sizeof cases / sizeof cases[0]; k++) {
    newsparse_result *r = tu_parse(cases[k].text, NULL);
    long i = tu_find_entity(r, NEWSPARSE_LABEL_MONEY, cases[k].span);
    ck_assert_msg(i >= 0, "no MONEY '%s' in '%s'", cases[k].span, cases[k].text);
    ck_assert_str_eq(tu_entity_value(r, i), cases[k].value);
    newsparse_result_free(r);
  }
}
END_TEST

START_TEST(absolute_dates) {
  ck_assert_str_eq(date("February 27", "2025-03-05"), "2025-02-27");
  ck_assert_str_eq(date("February 27", NULL), "XXXX-02-27");
  ck_assert_str_eq(date("Feb. 27, 2025", NULL), "2025-02-27");
  ck_assert_str_eq(date("27 February 2025", NULL), "2025-02-27");
  ck_assert_str_eq(date("2025-02-27", NULL), "2025-02-27");
  ck_assert_str_eq(date("02/27/2025", NULL), "2025-02-27");
  ck_assert_str_eq(date("2028", NULL), "2028");
  ck_assert_str_eq(date("March 2024", NULL), "2024-03");
  ck_assert_str_eq(date("December 30", "2026-01-02"), "2025-12-30");
}
END_TEST

/* The one writer of date values: known and unknown years, a month alone,
 * a part of the day or a time after the day. */
START_TEST(date_values_written_one_way) {
  char out[32];
  nsp_date_value(out, sizeof out, 2025, 2, 7, NULL);
  ck_assert_str_eq(out, "2025-02-07");
  nsp_date_value(out, sizeof out, 0, 2, 7, "TEV");
  ck_assert_str_eq(out, "XXXX-02-07TEV");
  nsp_date_value(out, sizeof out, 2025, 12, 0, NULL);
  ck_assert_str_eq(out, "2025-12");
  nsp_date_value(out, sizeof out, 0, 3, 0, NULL);
  ck_assert_str_eq(out, "XXXX-03");
  nsp_date_value(out, sizeof out, 1998, 8, 7, "T10:35");
  ck_assert_str_eq(out, "1998-08-07T10:35");
}
END_TEST

START_TEST(invalid_dates_are_refused) {
  ck_assert_str_eq(date("February 30", NULL), "INVALID");
  ck_assert_str_eq(date("2025-13-45", NULL), "INVALID");
  ck_assert_str_eq(date("February 29, 2023", NULL), "INVALID");
  ck_assert_str_eq(date("February 29, 2024", NULL), "2024-02-29");
}
END_TEST

/* The day rules of holidays (19-holidays.rules): fixed days, the Nth or
 * the last weekday of a month, Easter, each moved by days; the one
 * nearest the reference date, the one before it after "last"; rules that
 * do not read are refused. */
START_TEST(holiday_day_rules) {
  static const struct {
    const char *rule, *words, *ref, *value;
  } cases[] = {{"@11/4/thu", "Thanksgiving", "2000-01-07", "1999-11-25"},
               {"@11/4/thu+1", "Black Friday", "2025-03-05", "2024-11-29"},
               {"@easter-2", "Good Friday", "2025-03-05", "2025-04-18"},
               {"@05/last/mon", "Memorial Day", "2025-03-05", "2025-05-26"},
               {"@09/1/mon", "Labor Day", "2025-03-05", "2024-09-02"},
               {"@12-25", "last Christmas", "2025-12-30", "2025-12-25"},
               {"@12-25", "last Christmas", "2025-12-20", "2024-12-25"},
               {"@easter", "Easter week", "2000-04-17", "2000-W16"}};
  static const char *const bad[] = {"12-25",     "@13-01", "@02/6/mon", "@11/4/xyz",
                                    "@easter+x", "@02-30", ""};
  size_t k;
  for (k = 0; k < sizeof cases / sizeof cases[0]; k++) {
    nsp_word w[8];
    nsp_date ref;
    char out[32];
    size_t nw = nsp_split_words(cases[k].words, strlen(cases[k].words), w, 8);
    ck_assert(nsp_parse_iso_date(cases[k].ref, strlen(cases[k].ref), &ref));
    ck_assert(nsp_holiday_rule_valid(cases[k].rule));
    ck_assert_int_eq(nsp_holiday_value(cases[k].rule, w, nw, &ref,
                                       nsp_days_from_civil(ref.year, ref.month, ref.day), out,
                                       sizeof out),
                     1);
    ck_assert_str_eq(out, cases[k].value);
  }
  for (k = 0; k < sizeof bad / sizeof bad[0]; k++)
    ck_assert_msg(!nsp_holiday_rule_valid(bad[k]), "%s read as a rule", bad[k]);
}
END_TEST

START_TEST(relative_dates) {
  static const char *const cases[][3] = {
      /* text, reference date (NULL: none), value */
      {"yesterday", "2025-03-05", "2025-03-04"},
      {"Tuesday", "2025-03-06", "2025-03-04"},
      {"last week", "2025-03-05", "2025-W09"},
      {"next month", "2025-12-05", "2026-01"},
      {"two years ago", "2025-03-05", "2023"},
      {"now", NULL, "PRESENT_REF"},
      {"the third quarter", "1999-11-02", "1999-Q3"},
      {"the latest quarter", "1999-11-02", "1999-Q3"},
      {"the first half of 1989", NULL, "1989-H1"},
      {"the weekend", "1990-08-13", "1990-W32-WE"},
      {"Wednesday night", "2000-01-07", "2000-01-05TNI"},
      {"last fall", "1999-04-10", "1998-FA"},
      {"the 1990s", NULL, "199"},
      {"nineteen ninety-six", NULL, "1996"},
      {"several years ago", "1998-02-13", "PAST_REF"},
      {"Tuesday", NULL, "XXXX-WXX-2"},
      {"May", "1998-03-22", "1998-05"},
      {"the week of March 6", "2000-02-24", "2000-W10"},
      {"the day before last Tuesday", "2000-02-24", "2000-02-21"},
      {"year-end", "1989-11-02", "1989-12-31"},
      {"Q3 2024", NULL, "2024-Q3"},
      {"Q3", "2025-03-05", "2025-Q3"},
      {"H2 2024", NULL, "2024-H2"},
      {"the end of the month", "2025-03-05", "2025-03"},
      {"27 Feb 2025", NULL, "2025-02-27"},
  };
  size_t k;
  for (k = 0; k < sizeof cases / sizeof cases[0]; k++)
    ck_assert_str_eq(date(cases[k][0], cases[k][1]), cases[k][2]);
  ck_assert_ptr_null(date("the day after Tuesday", NULL));
  ck_assert_ptr_null(date("yesterday", NULL));
}
END_TEST

START_TEST(calendar_arithmetic) {
  int y, m, d, wy, wk;
  long z = nsp_days_from_civil(2024, 2, 29);
  nsp_civil_from_days(z + 1, &y, &m, &d);
  ck_assert(y == 2024 && m == 3 && d == 1);
  ck_assert_int_eq(nsp_weekday(nsp_days_from_civil(2025, 3, 4)), 2); /* Tuesday */
  nsp_iso_week(2021, 1, 3, &wy, &wk);
  ck_assert(wy == 2020 && wk == 53);
  ck_assert_int_eq(nsp_month_from_name("Sept.", 5), 9);
  ck_assert_int_eq(nsp_month_from_name("Mayo", 4), 0);
  { /* every month, in full, abbreviated and in capitals; no near miss */
    static const char *const full[] = {"January",   "February", "March",    "April",
                                       "May",       "June",     "July",     "August",
                                       "September", "October",  "November", "December"};
    int k;
    for (k = 0; k < 12; k++) {
      char up[16];
      size_t n = strlen(full[k]), i;
      for (i = 0; i <= n; i++)
        up[i] = (char)(full[k][i] >= 'a' ? full[k][i] - 32 : full[k][i]);
      ck_assert_int_eq(nsp_month_from_name(full[k], n), k + 1);
      ck_assert_int_eq(nsp_month_from_name(up, n), k + 1);
      ck_assert_int_eq(nsp_month_from_name(full[k], 3), k + 1);
      ck_assert_int_eq(nsp_month_from_name(full[k], n - 1), n - 1 == 3 ? k + 1 : 0);
    }
  }
}
END_TEST

/* text holds an entity of this label over span, with this value. */
static void expect_value(const char *text, const newsparse_options *o, int label, const char *span,
                         const char *value) {
  newsparse_result *r = tu_parse(text, o);
  long i = tu_find_entity(r, label, span);
  ck_assert_msg(i >= 0, "no %s '%s' in '%s'", newsparse_label_name(label), span, text);
  ck_assert_str_eq(tu_entity_value(r, i), value);
  newsparse_result_free(r);
}

/* Lengths of time: their spans in text and their TimeML values; a length
 * counted from now stays a DATE. */
START_TEST(durations_in_text) {
  static const struct {
    const char *text, *span, *value;
  } cases[] = {
      {"It rose for five weeks.", "five weeks", "P5W"},
      {"Prices fell in the past 36 hours.", "the past 36 hours", "PT36H"},
      {"a decade of growth", "a decade", "P10Y"},
      {"It took several months.", "several months", "PXM"},
      {"He signed a two-year contract.", "two-year", "P2Y"},
      {"It lasted twenty-five years.", "twenty-five years", "P25Y"},
      {"The plan runs 2 1/2 years.", "2 1/2 years", "P2Y6M"},
      {"They waited for years.", "years", "PXY"},
      {"They fought for centuries.", "centuries", "PXC"},
      {"It took a couple of years.", "a couple of years", "P2Y"},
      {"Over the next couple of weeks it rose.", "the next couple of weeks", "P2W"},
      {"the past few weeks were quiet", "the past few weeks", "PXW"},
      {"Results for the nine months were flat.", "the nine months", "P9M"},
      {"Sales in the latest nine months fell.", "the latest nine months", "P9M"},
      {"Net for the year-earlier nine months rose.", "the year-earlier nine months", "P9M"},
      {"Three days later, it fell.", "Three days", "P3D"},
      {"Wait at least 30 days before the vote.", "at least 30 days", "P30D"},
      {"He died one year after the attack.", "one year", "P1Y"},
      {"The two days of talks ended.", "two days", "P2D"},
      {"The flight took 5 1/2 hours.", "5 1/2 hours", "PT5H30M"},
      {"It stood for 1,000 years.", "1,000 years", "P1000Y"},
      {"A minute and a half later it fell.", "A minute and a half", "PT1M30S"},
      {"It has ruled for almost a hundred years.", "almost a hundred years", "P100Y"},
      {"Sites open for no more than sixty days.", "no more than sixty days", "P60D"},
      {"Over the next two years or so it grows.", "the next two years or so", "P2Y"}};
  static const char *const not_durations[] = {
      "He left three years ago.",          "It will end in five years.",
      "She will one day lead it.",         "A 20-year-old man spoke.",
      "more than a quarter of the market", "No estimate for the 1997 year was set.",
      "It earns $5 million a year."};
  size_t k;
  for (k = 0; k < sizeof cases / sizeof cases[0]; k++)
    expect_value(cases[k].text, NULL, NEWSPARSE_LABEL_DURATION, cases[k].span, cases[k].value);
  for (k = 0; k < sizeof not_durations / sizeof not_durations[0]; k++) {
    newsparse_result *r = tu_parse(not_durations[k], NULL);
    size_t e, n = newsparse_result_count(r, NEWSPARSE_PART_ENTITY);
    for (e = 0; e < n; e++) {
      int label;
      newsparse_result_entity(r, e, &label, NULL, NULL);
      ck_assert_msg(label != NEWSPARSE_LABEL_DURATION, "a DURATION in '%s'", not_durations[k]);
    }
    newsparse_result_free(r);
  }
}
END_TEST

/* Year ranges (valued by their first year), centuries (by their first two
 * digits), and no date or amount inside a link. */
START_TEST(ranges_centuries_and_links) {
  static const struct {
    const char *text, *span, *value;
  } cases[] = {{"The 1984-85 season was long.", "1984-85", "1984"},
               {"Sales grew in 2011-2012.", "2011-2012", "2011"},
               {"A law of the 20th century.", "the 20th century", "19"},
               {"Built in the nineteenth century.", "the nineteenth century", "18"}};
  static const char *const no_dates[] = {"Files 1991-1786 were read.", "Batch 2004-03 came.",
                                         "See http://example.com/2025/03/story here.",
                                         "See www.example.com/sale-$5-million here."};
  size_t k;
  for (k = 0; k < sizeof cases / sizeof cases[0]; k++)
    expect_value(cases[k].text, NULL, NEWSPARSE_LABEL_DATE, cases[k].span, cases[k].value);
  for (k = 0; k < sizeof no_dates / sizeof no_dates[0]; k++) {
    newsparse_result *r = tu_parse(no_dates[k], NULL);
    ck_assert_msg(newsparse_result_count(r, NEWSPARSE_PART_ENTITY) == 0, "an entity in '%s'",
                  no_dates[k]);
    newsparse_result_free(r);
  }
}
END_TEST

/* TIME: a date with a time of day, or a time alone; SET: recurring times,
 * adverbs but not adjectives. */
START_TEST(times_and_sets_in_text) {
  static const struct {
    int label;
    const char *text, *span, *value;
  } cases[] = {
      {NEWSPARSE_LABEL_TIME, "They met at 9:30 a.m. Friday.", "9:30 a.m. Friday",
       "2025-11-28T09:30"},
      {NEWSPARSE_LABEL_TIME, "They met this morning.", "this morning", "2025-12-03TMO"},
      {NEWSPARSE_LABEL_TIME, "They met Friday evening.", "Friday evening", "2025-11-28TEV"},
      {NEWSPARSE_LABEL_TIME, "They met at 10 p.m. in the hall.", "10 p.m.", "2025-12-03T22:00"},
      {NEWSPARSE_LABEL_TIME, "They met at noon.", "noon", "2025-12-03T12:00"},
      /* am and pm as web copy writes them: glued, in capitals, without dots
       * (a full stop after them ends the sentence) */
      {NEWSPARSE_LABEL_TIME, "Polls opened at 7am.", "7am", "2025-12-03T07:00"},
      {NEWSPARSE_LABEL_TIME, "Polls closed at 8:30PM.", "8:30PM", "2025-12-03T20:30"},
      {NEWSPARSE_LABEL_TIME, "It ended at 12 am today.", "12 am", "2025-12-03T00:00"},
      /* after a no-break space (the span's display text has a plain one) */
      {NEWSPARSE_LABEL_TIME,
       "Polls closed at 1:39\xC2\xA0"
       "am EST.",
       "1:39 am EST", "2025-12-03T01:39"},
      {NEWSPARSE_LABEL_TIME, "It starts at 10am Friday.", "10am Friday", "2025-11-28T10:00"},
      {NEWSPARSE_LABEL_TIME, "It halted at 8 o'clock in the evening.", "8 o'clock in the evening",
       "2025-12-03T20:00"},
      {NEWSPARSE_LABEL_TIME, "It resumed at eight o'clock.", "eight o'clock", "2025-12-03T08:00"},
      {NEWSPARSE_LABEL_TIME, "It starts at 7pm Saturday, March 7.", "7pm Saturday, March 7",
       "2026-03-07T19:00"},
      {NEWSPARSE_LABEL_SET, "The panel meets every other week.", "every other week", "P2W"},
      {NEWSPARSE_LABEL_SET, "They met each Monday.", "each Monday", "XXXX-WXX-1"},
      {NEWSPARSE_LABEL_SET, "Profits rose 8% annually since 1980.", "annually", "P1Y"},
      {NEWSPARSE_LABEL_DATE, "It ended last week.", "last week", "2025-W48"},
      /* a time and its day are one span */
      {NEWSPARSE_LABEL_TIME, "Talks broke off at noon Thursday.", "noon Thursday",
       "2025-11-27T12:00"},
      {NEWSPARSE_LABEL_TIME, "The offer ran until 5 p.m. EST, Nov. 9.", "5 p.m. EST, Nov. 9",
       "2025-11-09T17:00"},
      {NEWSPARSE_LABEL_TIME, "Prices fell last night.", "last night", "2025-12-02TNI"},
      {NEWSPARSE_LABEL_TIME, "Shares rose at mid-afternoon yesterday.", "mid-afternoon yesterday",
       "2025-12-02TAF"},
      {NEWSPARSE_LABEL_TIME, "He meets them later this afternoon.", "later this afternoon",
       "2025-12-03TAF"},
      /* rates and frequencies */
      {NEWSPARSE_LABEL_SET, "It earns $33 million a year.", "a year", "P1Y"},
      {NEWSPARSE_LABEL_SET, "The board meets twice a month.", "twice a month", "P1M"},
      {NEWSPARSE_LABEL_SET, "It runs daily flights to Lima.", "daily", "P1D"},
      {NEWSPARSE_LABEL_SET, "Bands march each July.", "each July", "XXXX-07"},
      {NEWSPARSE_LABEL_SET, "Flights leave on Tuesday nights.", "Tuesday nights", "XXXX-WXX-2TNI"},
      {NEWSPARSE_LABEL_TIME, "He will leave at 4 in the morning.", "4 in the morning",
       "2025-12-03T04:00"},
      {NEWSPARSE_LABEL_DATE, "Staff were told early this week.", "early this week", "2025-W49"},
      {NEWSPARSE_LABEL_DATE, "Then, a week or so ago, he left.", "a week or so ago", "2025-W48"},
      {NEWSPARSE_LABEL_DATE, "In the past, it often said so.", "the past", "PAST_REF"},
      {NEWSPARSE_LABEL_DATE, "She is a 20th century democrat.", "20th century", "19"},
      {NEWSPARSE_LABEL_DATE, "The budget will soon be in surplus.", "soon", "FUTURE_REF"},
      {NEWSPARSE_LABEL_DATE, "Talks resume in the coming days.", "coming days", "FUTURE_REF"},
      {NEWSPARSE_LABEL_DATE, "It closes by year end.", "year end", "2025-12-31"},
      {NEWSPARSE_LABEL_DATE, "It closes by year's end.", "year's end", "2025-12-31"},
      /* "since" looks back: the April before the reference date */
      {NEWSPARSE_LABEL_DATE, "The tariffs, in place since April, cost more.", "April", "2025-04"},
      {NEWSPARSE_LABEL_SET, "It serves 40 million people a day.", "a day", "P1D"}};
  newsparse_options o;
  size_t k;
  newsparse_options_init(&o);
  o.dct = "2025-12-03";
  for (k = 0; k < sizeof cases / sizeof cases[0]; k++)
    expect_value(cases[k].text, &o, cases[k].label, cases[k].span, cases[k].value);
  {
    /* adjectives of reports, newspapers, and "soon" in a past clause (the
     * story's time, not a future of now) are no times */
    static const char *const none[] = {"Its quarterly dividend and a daily newspaper.",
                                       "The party daily said so, and the daily reported it.",
                                       "He was soon released."};
    for (k = 0; k < sizeof none / sizeof none[0]; k++) {
      newsparse_result *r = tu_parse(none[k], &o);
      ck_assert_msg(newsparse_result_count(r, NEWSPARSE_PART_ENTITY) == 0, "an entity in '%s'",
                    none[k]);
      newsparse_result_free(r);
    }
  }
  /* without a reference date the weekday stays unknown, the time is kept */
  expect_value("Fighting began at midnight Sunday.", NULL, NEWSPARSE_LABEL_TIME, "midnight Sunday",
               "XXXX-WXX-7T24:00");
}
END_TEST

/* nsp_format writes what snprintf writes, cut the same way, for every
 * conversion it does itself and for one it hands on. */
START_TEST(format_equals_snprintf) {
  char got[64], want[64];
  size_t sizes[] = {64, 8, 1};
  size_t k;
  for (k = 0; k < sizeof sizes / sizeof sizes[0]; k++) {
    size_t n = sizes[k];
    ck_assert_int_eq(nsp_format(got, n, "%04d-%02d-%02d%s", 1998, 3, 5, "TMO"),
                     snprintf(want, n, "%04d-%02d-%02d%s", 1998, 3, 5, "TMO"));
    ck_assert_str_eq(got, want);
    ck_assert_int_eq(nsp_format(got, n, "P%s%ld%c|%03ld|%lld %.3s|%d%%", "T", -12L, 'H', 7L,
                                123456789012LL, "USDX", -5),
                     snprintf(want, n, "P%s%ld%c|%03ld|%lld %.3s|%d%%", "T", -12L, 'H', 7L,
                              123456789012LL, "USDX", -5));
    ck_assert_str_eq(got, want);
    ck_assert_int_eq(nsp_format(got, n, "%s %.2f", "EUR", 2.5),
                     snprintf(want, n, "%s %.2f", "EUR", 2.5));
    ck_assert_str_eq(got, want);
  }
  ck_assert_int_eq(nsp_format(NULL, 0, "%04d", 7), 4);
}
END_TEST

Suite *values_suite(void) {
  Suite *s = suite_create("values");
  TCase *tc = tcase_create("core");
  tcase_add_test(tc, format_equals_snprintf);
  tcase_add_test(tc, money_values);
  tcase_add_test(tc, money_suffixes_in_text);
  tcase_add_test(tc, durations_in_text);
  tcase_add_test(tc, times_and_sets_in_text);
  tcase_add_test(tc, ranges_centuries_and_links);
  tcase_add_test(tc, absolute_dates);
  tcase_add_test(tc, date_values_written_one_way);
  tcase_add_test(tc, invalid_dates_are_refused);
  tcase_add_test(tc, holiday_day_rules);
  tcase_add_test(tc, relative_dates);
  tcase_add_test(tc, calendar_arithmetic);
  suite_add_tcase(s, tc);
  return s;
}
