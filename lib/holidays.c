/*
 * holidays.c - the days of holidays, by their day rules.
 *
 * In: a holiday's day rule, the value its gazetteer gives it in a rule
 * file (lib/rules/19-holidays.rules or a user's), the words of the date
 * ("last Thanksgiving", "Easter week") and the reference date.  Out: the
 * day of the holiday nearest the reference date ("last": the one before
 * it) as a TimeML value, or the ISO week of it.  A day rule is
 *   @MM-DD        a fixed day ("@12-25")
 *   @MM/N/DAY     the Nth weekday of a month, N 1 to 5 or "last"
 *                 ("@11/4/thu": the fourth Thursday of November)
 *   @easter       Easter Sunday (the Gregorian computus)
 * each then optionally +D or -D days ("@easter-2", "@11/4/thu+1").
 */
#include "calendar.h"
#include "format.h"
#include "values.h"
#include "words.h"

#include <string.h>

static int two_digits(const char *s, int *v) {
  if (s[0] < '0' || s[0] > '9' || s[1] < '0' || s[1] > '9')
    return 0;
  *v = (s[0] - '0') * 10 + (s[1] - '0');
  return 1;
}

/* "mon" .. "sun": 1 .. 7, 0 none. */
static int weekday_code(const char *s) {
  static const char *const days[] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
  int k;
  for (k = 0; k < 7; k++)
    if (memcmp(s, days[k], 3) == 0)
      return k + 1;
  return 0;
}

/* The Nth (n 1..5; -1 the last) weekday wd of month m of year y, as days;
 * 0 when the month has no such day. */
static long nth_weekday(int y, int m, int n, int wd) {
  long first = nsp_days_from_civil(y, m, 1), d;
  if (n < 0) {
    long last = nsp_days_from_civil(y, m, nsp_days_in_month(y, m));
    return last - (nsp_weekday(last) - wd + 7) % 7;
  }
  d = first + (wd - nsp_weekday(first) + 7) % 7 + 7L * (n - 1);
  return d <= first + nsp_days_in_month(y, m) - 1 ? d : 0;
}

/* The day a rule gives in year y (days since 1970-01-01); 0 when the rule
 * does not read as one. */
static long rule_day(const char *rule, int y) {
  const char *p;
  long day = 0;
  int m, d;
  if (!rule || rule[0] != '@')
    return 0;
  p = rule + 1;
  if (strncmp(p, "easter", 6) == 0) {
    day = nsp_easter(y);
    p += 6;
  } else if (two_digits(p, &m) && m >= 1 && m <= 12 && p[2] == '-' && two_digits(p + 3, &d)) {
    if (!nsp_date_valid(y, m, d))
      return 0;
    day = nsp_days_from_civil(y, m, d);
    p += 5;
  } else if (two_digits(p, &m) && m >= 1 && m <= 12 && p[2] == '/') {
    int n = strncmp(p + 3, "last", 4) == 0 ? -1 : p[3] >= '1' && p[3] <= '5' ? p[3] - '0' : 0;
    const char *wd = p + (n < 0 ? 7 : 4);
    if (!n || wd[0] != '/' || !weekday_code(wd + 1) ||
        !(day = nth_weekday(y, m, n, weekday_code(wd + 1))))
      return 0;
    p = wd + 4;
  } else {
    return 0;
  }
  if ((p[0] == '+' || p[0] == '-') && p[1] >= '0' && p[1] <= '9') {
    int k = 1, off = 0;
    while (p[k] >= '0' && p[k] <= '9' && off < 400)
      off = off * 10 + (p[k++] - '0');
    day += p[0] == '+' ? off : -off;
    p += k;
  }
  return *p ? 0 : day;
}

int nsp_holiday_rule_valid(const char *rule) { return rule_day(rule, 2000) != 0; }

int nsp_holiday_value(const char *rule, const nsp_word *w, size_t nw, const nsp_date *ref, long r,
                      char *out, size_t size) {
  long best = 0, bestdist = -1;
  int y, m, d, last = nsp_words_have(w, nw, "last");
  if (!rule || !rule_day(rule, ref->year))
    return 0;
  for (y = ref->year - 1; y <= ref->year + 1; y++) {
    long hy = rule_day(rule, y), dist = hy - r;
    if (!hy || (last && dist > 0))
      continue;
    dist = dist < 0 ? -dist : 2 * dist; /* news reports the past more often */
    if (bestdist < 0 || dist < bestdist) {
      bestdist = dist;
      best = hy;
    }
  }
  if (!best)
    return 0;
  if (nsp_words_have(w, nw, "week")) {
    nsp_week_value(out, size, best, NULL);
    return 1;
  }
  nsp_civil_from_days(best, &y, &m, &d);
  nsp_date_value(out, size, y, m, d, NULL);
  return 1;
}
