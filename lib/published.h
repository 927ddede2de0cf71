/* published.h - the line that dates a web page (published.c). */
#ifndef NSP_PUBLISHED_H
#define NSP_PUBLISHED_H

#include "span.h"

/* What a published line says: its date (year 0 when unknown, month 0 when
 * it gives only a relative time: "Updated 2 hours ago") and time of day
 * (hour -1 when none). */
typedef struct nsp_published {
  nsp_date date;
  int hour, minute;
} nsp_published;

/* Is [s, e) of t a line that dates the page ("Published: 9 September
 * 2025", "Updated 07:20 GMT, 14 October 2025", "June 3, 2025 / 4:05 PM /
 * Updated 2 hours ago", "Sept. 9, 2025, 11:02 AM PT")?  1 with *out. */
int nsp_published_line(const char *t, size_t s, size_t e, nsp_published *out);
/* Its TimeML value ("2025-09-09T11:02", "XXXX-06-03"), or 0 when it has
 * none (a relative time only). */
int nsp_published_value(const nsp_published *p, char *out, size_t size);

#endif
