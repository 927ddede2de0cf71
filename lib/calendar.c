/*
 * calendar.c - month names and calendar arithmetic shared by the
 * structure stage (dateline dates) and the date normaliser.
 *
 * In: words and numbers.  Out: month numbers, validity checks, day counts,
 * ISO weekday and week numbers, and the written value of a date.  Pure
 * functions, no state.
 */
#include "calendar.h"
#include "format.h"

#include <string.h>

static int lower(int c) { return (c >= 'A' && c <= 'Z') ? c + 32 : c; }

int nsp_month_from_name(const char *s, size_t n) {
  static const struct {
    char name[10];
    unsigned char len;
  } months[] = {{"january", 7},   {"february", 8}, {"march", 5},    {"april", 5},
                {"may", 3},       {"june", 4},     {"july", 4},     {"august", 6},
                {"september", 9}, {"october", 7},  {"november", 8}, {"december", 8}};
  char w[12];
  size_t i, k;
  if (n && s[n - 1] == '.')
    n--; /* "Feb." */
  if (n < 3 || n > 9 || !s[0] || !strchr("jfmasondJFMASOND", s[0]))
    return 0; /* most words: no month starts so */
  for (i = 0; i < n; i++)
    w[i] = (char)lower((unsigned char)s[i]);
  w[n] = '\0';
  for (k = 0; k < 12; k++) {
    const char *name = months[k].name;
    if (w[0] != name[0]) /* most words: no month starts so */
      continue;
    if (n == months[k].len && memcmp(w, name, n) == 0)
      return (int)k + 1;
    if (n == 3 && memcmp(w, name, 3) == 0)
      return (int)k + 1;
    if (n == 4 && k == 8 && memcmp(w, "sept", 4) == 0)
      return 9;
  }
  return 0;
}

int nsp_weekday_from_name(const char *s, size_t n) {
  static const char *const days[] = {"monday", "tuesday",  "wednesday", "thursday",
                                     "friday", "saturday", "sunday"};
  size_t i;
  int k;
  if (n < 6 || n > 9)
    return 0; /* "friday" .. "wednesday" */
  for (k = 0; k < 7; k++) {
    if (lower((unsigned char)s[0]) != days[k][0] || strlen(days[k]) != n)
      continue;
    for (i = 0; i < n; i++) {
      int c = (unsigned char)s[i];
      if ((c >= 'A' && c <= 'Z' ? c + 32 : c) != days[k][i])
        break;
    }
    if (i == n)
      return k + 1;
  }
  return 0;
}

int nsp_is_leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int nsp_days_in_month(int y, int m) {
  static const int d[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m < 1 || m > 12)
    return 0;
  if (m == 2 && (y == 0 || nsp_is_leap(y)))
    return 29; /* year unknown: February 29 may exist */
  return d[m - 1];
}

int nsp_date_valid(int y, int m, int d) {
  return m >= 1 && m <= 12 && d >= 1 && d <= nsp_days_in_month(y, m);
}

/* Days since 1970-01-01 (proleptic Gregorian). */
long nsp_days_from_civil(int y, int m, int d) {
  long era, yoe, doy, doe;
  y -= m <= 2;
  era = (y >= 0 ? y : y - 399) / 400;
  yoe = y - era * 400;
  doy = (153L * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

void nsp_civil_from_days(long z, int *y, int *m, int *d) {
  long era, doe, yoe, doy, mp;
  z += 719468;
  era = (z >= 0 ? z : z - 146096) / 146097;
  doe = z - era * 146097;
  yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  mp = (5 * doy + 2) / 153;
  *d = (int)(doy - (153 * mp + 2) / 5 + 1);
  *m = (int)(mp < 10 ? mp + 3 : mp - 9);
  *y = (int)(yoe + era * 400 + (*m <= 2));
}

int nsp_weekday(long days) { /* 1 = Monday .. 7 = Sunday */
  long w = (days + 3) % 7;   /* 1970-01-01 was a Thursday */
  if (w < 0)
    w += 7;
  return (int)w + 1;
}

void nsp_iso_week(int y, int m, int d, int *wy, int *wk) {
  long days = nsp_days_from_civil(y, m, d);
  long thursday = days - nsp_weekday(days) + 4;
  int ty, tm, td;
  nsp_civil_from_days(thursday, &ty, &tm, &td);
  *wy = ty;
  *wk = (int)((thursday - nsp_days_from_civil(ty, 1, 1)) / 7 + 1);
}

/* Easter Sunday of year y (anonymous Gregorian algorithm), as days. */
long nsp_easter(int y) {
  int a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4, f = (b + 8) / 25;
  int g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30, i = c / 4, kk = c % 4;
  int l = (32 + 2 * e + 2 * i - h - kk) % 7, m = (a + 11 * h + 22 * l) / 451;
  int month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1;
  return nsp_days_from_civil(y, month, day);
}

void nsp_week_value(char *out, size_t size, long days, const char *suffix) {
  int y, m, d, wy, wk;
  nsp_civil_from_days(days, &y, &m, &d);
  nsp_iso_week(y, m, d, &wy, &wk);
  nsp_format(out, size, "%04d-W%02d%s", wy, wk, suffix ? suffix : "");
}

void nsp_date_value(char *out, size_t size, int y, int m, int d, const char *suffix) {
  const char *s = suffix ? suffix : "";
  if (y && d)
    nsp_format(out, size, "%04d-%02d-%02d%s", y, m, d, s);
  else if (y)
    nsp_format(out, size, "%04d-%02d%s", y, m, s);
  else if (d)
    nsp_format(out, size, "XXXX-%02d-%02d%s", m, d, s);
  else
    nsp_format(out, size, "XXXX-%02d%s", m, s);
}
