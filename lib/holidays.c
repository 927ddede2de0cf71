/*
 * holidays.c - the days of holidays.
 *
 * In: the words of a matched date ("Christmas Eve", "last Thanksgiving",
 * "Easter week", "Labor Day") and the reference date.  Out: the day of the
 * holiday nearest the reference date ("last": the one before it) as a
 * TimeML value, or the ISO week of it.  Fixed days, Easter's (the
 * Gregorian computus) and the US Monday and Thursday holidays.
 */
#include "calendar.h"
#include "format.h"
#include "values.h"
#include "words.h"

/* The date of a holiday in year y, or 0 when the words name none. */
static long holiday(const nsp_word *w, size_t nw, int y) {
  size_t k;
  for (k = 0; k < nw; k++) {
    int next_is_day = k + 1 < nw && nsp_weq(&w[k + 1], "day");
    if (nsp_weq(&w[k], "christmas"))
      return nsp_days_from_civil(y, 12, k + 1 < nw && nsp_weq(&w[k + 1], "eve") ? 24 : 25);
    if (nsp_weq(&w[k], "new") && k + 2 < nw && nsp_weq(&w[k + 2], "eve"))
      return nsp_days_from_civil(y, 12, 31);
    if (nsp_weq(&w[k], "new") && k + 1 < nw && nsp_weq(&w[k + 1], "year"))
      return nsp_days_from_civil(y, 1, 1);
    if (nsp_weq(&w[k], "independence"))
      return nsp_days_from_civil(y, 7, 4);
    if (nsp_weq(&w[k], "veterans"))
      return nsp_days_from_civil(y, 11, 11);
    if (nsp_weq(&w[k], "boxing") && next_is_day)
      return nsp_days_from_civil(y, 12, 26);
    if (nsp_weq(&w[k], "valentine"))
      return nsp_days_from_civil(y, 2, 14);
    if (nsp_weq(&w[k], "halloween"))
      return nsp_days_from_civil(y, 10, 31);
    if (nsp_weq(&w[k], "thanksgiving"))
      return nsp_thanksgiving(y);
    if (nsp_weq(&w[k], "black") && k + 1 < nw && nsp_weq(&w[k + 1], "friday"))
      return nsp_thanksgiving(y) + 1;
    if (nsp_weq(&w[k], "cyber") && k + 1 < nw && nsp_weq(&w[k + 1], "monday"))
      return nsp_thanksgiving(y) + 4;
    if (nsp_weq(&w[k], "good") && k + 1 < nw && nsp_weq(&w[k + 1], "friday"))
      return nsp_easter(y) - 2;
    if (nsp_weq(&w[k], "labor")) { /* first Monday of September */
      long d = nsp_days_from_civil(y, 9, 1);
      return d + (1 - nsp_weekday(d) + 7) % 7;
    }
    if (nsp_weq(&w[k], "memorial")) { /* last Monday of May */
      long d = nsp_days_from_civil(y, 5, 31);
      return d - (nsp_weekday(d) - 1);
    }
    if (nsp_weq(&w[k], "easter"))
      return nsp_easter(y) + (k + 1 < nw && nsp_weq(&w[k + 1], "monday"));
  }
  return 0;
}

/* A holiday nearest the reference day r ("last Christmas": the one
 * before it), or the week of it. */
int nsp_holiday_value(const nsp_word *w, size_t nw, const nsp_date *ref, long r, char *out,
                      size_t size) {
  long h = holiday(w, nw, ref->year), best = 0, bestdist = -1;
  int y;
  size_t k;
  for (y = ref->year - 1; h && y <= ref->year + 1; y++) {
    long hy = holiday(w, nw, y), dist = hy - r;
    int last = 0;
    for (k = 0; k < nw; k++)
      last |= nsp_weq(&w[k], "last");
    if (last && dist > 0)
      continue;
    dist = dist < 0 ? -dist : 2 * dist;
    if (bestdist < 0 || dist < bestdist) {
      bestdist = dist;
      best = hy;
    }
  }
  if (!best)
    return 0;
  {
    int m, d, wy, wk;
    nsp_civil_from_days(best, &y, &m, &d);
    if (nsp_words_have(w, nw, "week")) {
      nsp_iso_week(y, m, d, &wy, &wk);
      nsp_format(out, size, "%04d-W%02d", wy, wk);
    } else {
      nsp_date_value(out, size, y, m, d, NULL);
    }
  }
  return 1;
}
