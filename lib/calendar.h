/* calendar.h - month names and calendar arithmetic (calendar.c). */
#ifndef NSP_CALENDAR_H
#define NSP_CALENDAR_H

#include <stddef.h>

int nsp_month_from_name(const char *s, size_t n);   /* 1..12, 0 if none */
int nsp_weekday_from_name(const char *s, size_t n); /* 1 = Monday .. 7, 0 if none */
int nsp_is_leap(int y);
int nsp_days_in_month(int y, int m); /* y == 0: year unknown */
int nsp_date_valid(int y, int m, int d);
long nsp_days_from_civil(int y, int m, int d);
void nsp_civil_from_days(long z, int *y, int *m, int *d);
int nsp_weekday(long days); /* 1 = Monday .. 7 = Sunday */
void nsp_iso_week(int y, int m, int d, int *week_year, int *week);
long nsp_easter(int y); /* Easter Sunday, as days */
/* The TimeML value of a calendar day or month, the one way every date
 * value is written (the tagger's dates, the dateline's and the published
 * line's): "2025-02-27", "XXXX-02-27" (y 0: year unknown), "2025-02" (d
 * 0), then `suffix` when not NULL ("TMO", "T09:30"). */
void nsp_date_value(char *out, size_t size, int y, int m, int d, const char *suffix);
/* The ISO week of a day (days since 1970-01-01) as TimeML writes it,
 * "2025-W10", then `suffix` when not NULL ("-WE": its weekend). */
void nsp_week_value(char *out, size_t size, long days, const char *suffix);

#endif
