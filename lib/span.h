/* span.h - a span of the normalised text, and a date as a text gives it. */
#ifndef NSP_SPAN_H
#define NSP_SPAN_H

#include <stddef.h>

typedef struct nsp_span {
  size_t start, end; /* normalised */
} nsp_span;

/* A date as the dct or a dateline gives it; year 0 = unknown.  As the
 * reference of a date value, `tense` is the tense of the clause around the
 * date: NSP_TENSE_FUTURE ("will meet on Monday"), NSP_TENSE_PAST ("left in
 * March"), 0 unknown; it decides the direction of dates without a year or
 * a week.  Working it out costs a scan of the clause, so a caller may pass
 * NSP_TENSE_UNSET: a value that needs the tense then returns
 * NSP_VALUE_NEEDS_TENSE, and the caller asks again with it. */
enum { NSP_TENSE_PAST = -1, NSP_TENSE_FUTURE = 1, NSP_TENSE_UNSET = 2 };
typedef struct nsp_date {
  int year, month, day;
  int tense;
} nsp_date;

#endif
