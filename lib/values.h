/* values.h - computed values of MONEY, DATE, DURATION and SET entities
 * (money.c, dates.c, durations.c). */
#ifndef NSP_VALUES_H
#define NSP_VALUES_H

#include "span.h"

/* Computed values, written NUL-terminated into out (size >= 32).
 * nsp_value_money: 1 when a value was written, 0 when none.
 * nsp_value_date: 1 written, 0 a date without a normalisable value,
 * -1 not a valid date ("February 30"): the match is dropped;
 * `named`: the date the text named last, for "that day" (NULL: ref);
 * NSP_VALUE_NEEDS_TENSE: ref->tense was NSP_TENSE_UNSET and this date's
 * value depends on it (ask again with the tense). */
#define NSP_VALUE_NEEDS_TENSE 2
int nsp_value_money(const char *s, size_t n, char *out, size_t size);
int nsp_value_date(const char *s, size_t n, const nsp_date *ref, const nsp_date *named, char *out,
                   size_t size);
/* Dates counted from the date the text named last (`named`: year 0 none,
 * month or day 0 unknown): "later that day", "the following year", "the
 * next morning", "the day before" (dates_named.c): 1 written, 0 none (the
 * named date is too coarse for it), -2 the words are no such date.
 * nsp_named_date_update: a taken date's value ("2025-03-04", "2025-03",
 * "2025") becomes the named date; other values leave it. */
struct nsp_word;
int nsp_value_named_date(const struct nsp_word *w, size_t nw, const nsp_date *named, char *out,
                         size_t size);
void nsp_named_date_update(nsp_date *named, const char *value);
/* The holiday the words name nearest the reference day r (days since
 * 1970-01-01; "last Christmas": the one before it), or its week ("Easter
 * week"): 1 written, 0 the words name none (holidays.c). */
int nsp_holiday_value(const struct nsp_word *w, size_t nw, const nsp_date *ref, long r, char *out,
                      size_t size);
int nsp_parse_iso_date(const char *s, size_t n, nsp_date *out);
/* The TimeML value of a length of time ("five weeks" P5W, "36-hour" PT36H,
 * "a decade" P10Y, "several months" PXM): 1 written, 0 none. */
int nsp_value_duration(const char *s, size_t n, char *out, size_t size);
/* The TimeML value of a recurring time: a frequency word ("daily" P1D,
 * "quarterly" P1Q), a plural weekday ("Mondays" XXXX-WXX-1), or a rate
 * ("a year", "twice a month": the period, P1Y, P1M): 1 written, 0 none. */
int nsp_value_set(const char *s, size_t n, char *out, size_t size);

#endif
