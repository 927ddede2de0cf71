/* values.h - computed values of MONEY, DATE, DURATION and SET entities
 * (money.c, dates.c, dates_named.c, holidays.c, durations.c). */
#ifndef NSP_VALUES_H
#define NSP_VALUES_H

#include "span.h"

/* Computed values, written NUL-terminated into out (size >= 32).
 * nsp_value_money: 1 when a value was written, 0 when none.
 * nsp_value_date: 1 written, 0 a date without a normalisable value,
 * -1 not a valid date ("February 30"): the match is dropped;
 * `named`: what the text named before the date (NULL: nothing but ref;
 * see nsp_named);
 * NSP_VALUE_NEEDS_TENSE: ref->tense was NSP_TENSE_UNSET and this date's
 * value depends on it (ask again with the tense). */
#define NSP_VALUE_NEEDS_TENSE 2
typedef struct nsp_named nsp_named;
int nsp_value_money(const char *s, size_t n, char *out, size_t size);
int nsp_value_date(const char *s, size_t n, const nsp_date *ref, nsp_named *named, char *out,
                   size_t size);
/* What the text named before a date, kept by the tagger as it takes dates
 * in text order (dates_named.c): the last date ("that day", "the
 * following year" count from it; year 0 none, month or day 0 unknown) and
 * the last quarter of a year named nearby ("a year ago" after "the third
 * quarter of 1989" is 1988-Q3). */
struct nsp_named {
  nsp_date date;
  int quarter_year, quarter; /* 0: none nearby */
  size_t quarter_end;        /* where the text named it */
  int echo;                  /* the value just given was such a year-ago quarter */
  /* the day rule of a holiday the date's span holds (its gazetteer value,
   * "@12-25": lib/rules/19-holidays.rules), for the date at hand */
  const char *holiday;
};
/* Start from the reference date (NULL: none). */
void nsp_named_init(nsp_named *named, const nsp_date *ref);
/* A date taken, ending at byte `end`, with this value ("2025-03-04",
 * "2025-03", "2025", "2025-Q3"): it becomes what the text named; other
 * values leave it.  nsp_named_forget: a quarter named over 400 bytes
 * before `start` (the same sentence or the next one or two) is no longer
 * near. */
void nsp_named_update(nsp_named *named, const char *value, size_t end);
void nsp_named_forget(nsp_named *named, size_t start);
/* The value of a date counted from the named one ("later that day", "the
 * following year", "the next morning", "the day before"): 1 written, 0
 * none (the named date is too coarse for it), -2 the words are no such
 * date.  nsp_year_ago_quarter: "a year ago", "year-earlier", "the
 * year-ago quarter" (valued as a year or a quarter) near a quarter the
 * text named become that quarter a year before it (1 when out was
 * rewritten; named->echo tells nsp_named_update that it names no new
 * quarter). */
struct nsp_word;
int nsp_value_named_date(const struct nsp_word *w, size_t nw, const nsp_date *named, char *out,
                         size_t size);
int nsp_year_ago_quarter(const struct nsp_word *w, size_t nw, nsp_named *named, char *out,
                         size_t size);
/* The day of a holiday by its day rule (`rule`: "@12-25", "@11/4/thu",
 * "@05/last/mon", "@easter-2"; NULL: none) nearest the reference day r
 * (days since 1970-01-01; "last" among the words: the one before it), or
 * its week ("Easter week"): 1 written, 0 none (holidays.c).
 * nsp_holiday_rule_valid: the rule reads as one. */
int nsp_holiday_value(const char *rule, const struct nsp_word *w, size_t nw, const nsp_date *ref,
                      long r, char *out, size_t size);
int nsp_holiday_rule_valid(const char *rule);
int nsp_parse_iso_date(const char *s, size_t n, nsp_date *out);
/* The TimeML value of a length of time ("five weeks" P5W, "36-hour" PT36H,
 * "a decade" P10Y, "several months" PXM): 1 written, 0 none. */
int nsp_value_duration(const char *s, size_t n, char *out, size_t size);
/* The TimeML value of a recurring time: a frequency word ("daily" P1D,
 * "quarterly" P1Q), a plural weekday ("Mondays" XXXX-WXX-1), or a rate
 * ("a year", "twice a month": the period, P1Y, P1M): 1 written, 0 none. */
int nsp_value_set(const char *s, size_t n, char *out, size_t size);

#endif
