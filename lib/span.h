/* span.h - a span of the normalised text, and a date as a text gives it. */
#ifndef NSP_SPAN_H
#define NSP_SPAN_H

#include <stddef.h>

typedef struct nsp_span {
  size_t start, end; /* normalised */
} nsp_span;

/* A date as the dct or a dateline gives it; year 0 = unknown.  As the
 * reference of a date value, tense_of(tense_arg) tells the tense of the
 * clause around the date: +1 future ("will meet on Monday"), -1 past
 * ("left in March"), 0 unknown (also when tense_of is NULL); it decides
 * the direction of dates without a year or a week, and is asked only for
 * those (the tagger's clause scan). */
typedef struct nsp_date {
  int year, month, day;
  int (*tense_of)(const void *arg);
  const void *tense_arg;
} nsp_date;

#endif
