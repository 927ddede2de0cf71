/*
 * dates_named.c - dates counted from the date the text last named.
 *
 * In: the words of a matched date ("later that day", "the following
 * year", "the next morning", "the day before", "that same week") and the
 * date the text named last before it (the tagger keeps it as it takes
 * dates in text order; the reference date when the text named none yet).
 * Out: the TimeML value at the granularity the words name ("2025-03-04",
 * "2025-03-05TMO", "2025-W10", "2025-04", "2025-Q2", "2026"), or none
 * when the named date is too coarse ("that day" after "in 2025").
 *
 * Such dates are anaphoric: "He was arrested on March 3.  The next day he
 * was charged" is March 4 whatever the article's own date, as TimeML
 * values them.
 */
#include "calendar.h"
#include "format.h"
#include "values.h"
#include "words.h"

#include <string.h>

enum { UNIT_DAY = 1, UNIT_WEEK, UNIT_MONTH, UNIT_QUARTER, UNIT_YEAR };

typedef struct named_form {
  int shift; /* -1 the one before, 0 the same, +1 the one after */
  int unit;  /* UNIT_DAY .. UNIT_YEAR; 0: not such a date */
  const char *part;
} named_form;

static int unit_word(const nsp_word *w, const char **part) {
  if ((*part = nsp_daypart(w)) != NULL || nsp_weq(w, "day"))
    return UNIT_DAY;
  return nsp_weq(w, "week")      ? UNIT_WEEK
         : nsp_weq(w, "month")   ? UNIT_MONTH
         : nsp_weq(w, "quarter") ? UNIT_QUARTER
         : nsp_weq(w, "year")    ? UNIT_YEAR
                                 : 0;
}

/* The shift word before the unit: "that" and "same" keep the named date,
 * "following" and "next" move on by one, "previous" and "prior" back. */
static int shift_word(const nsp_word *w, int *shift) {
  if (nsp_weq(w, "that") || nsp_weq(w, "same"))
    *shift = 0;
  else if (nsp_weq(w, "following") || nsp_weq(w, "next"))
    *shift = 1;
  else if (nsp_weq(w, "previous") || nsp_weq(w, "prior"))
    *shift = -1;
  else
    return 0;
  return 1;
}

/* Read "[earlier|later] that [same] <unit>", "the same/following/next/
 * previous/prior <unit>", "the day before/after" (nothing after it:
 * "the day before Christmas" names its own day) and "the morning". */
static int read_form(const nsp_word *w, size_t nw, named_form *f) {
  size_t k = 0;
  f->unit = 0;
  f->part = NULL;
  if (k < nw && (nsp_weq(&w[k], "earlier") || nsp_weq(&w[k], "later") || nsp_weq(&w[k], "early") ||
                 nsp_weq(&w[k], "late")))
    k++;
  if (k < nw && nsp_weq(&w[k], "the"))
    k++;
  if (k + 2 == nw && nsp_weq(&w[k], "day") &&
      (nsp_weq(&w[k + 1], "before") || nsp_weq(&w[k + 1], "after"))) {
    f->shift = nsp_weq(&w[k + 1], "after") ? 1 : -1;
    f->unit = UNIT_DAY;
    return 1;
  }
  if (k == 1 && k + 1 == nw && nsp_weq(&w[0], "the") && nsp_daypart(&w[k])) {
    f->shift = 0; /* "in the morning": of the day named last */
    k--;
  } else if (k + 2 == nw) {
    if (!shift_word(&w[k], &f->shift))
      return 0;
  } else if (k + 3 == nw && nsp_weq(&w[k], "that") && nsp_weq(&w[k + 1], "same")) {
    f->shift = 0;
    k++;
  } else {
    return 0;
  }
  f->unit = unit_word(&w[k + 1], &f->part);
  /* "the next week/month/year" counts on from now ("over the next year"),
   * not from a named date: only days and their parts follow "next" */
  if (f->unit > UNIT_DAY && nsp_weq(&w[k], "next"))
    f->unit = 0;
  return f->unit != 0;
}

static int day_value(const named_form *f, const nsp_date *named, char *out, size_t size) {
  int y, m, d;
  if (!named->day)
    return 0;
  nsp_civil_from_days(nsp_days_from_civil(named->year, named->month, named->day) + f->shift, &y, &m,
                      &d);
  nsp_date_value(out, size, y, m, d, f->part);
  return 1;
}

int nsp_value_named_date(const nsp_word *w, size_t nw, const nsp_date *named, char *out,
                         size_t size) {
  named_form f;
  long months;
  if (nw > 4 || !read_form(w, nw, &f))
    return -2;
  if (!named || named->year < 1)
    return 0;
  months = (long)named->year * 12 + (named->month ? named->month - 1 : 0);
  switch (f.unit) {
  case UNIT_DAY:
    return day_value(&f, named, out, size);
  case UNIT_WEEK:
    if (!named->day)
      return 0;
    nsp_week_value(out, size,
                   nsp_days_from_civil(named->year, named->month, named->day) + 7 * f.shift, NULL);
    return 1;
  case UNIT_MONTH:
    if (!named->month)
      return 0;
    months += f.shift;
    nsp_date_value(out, size, (int)(months / 12), (int)(months % 12 + 1), 0, NULL);
    return 1;
  case UNIT_QUARTER: {
    long q;
    if (!named->month)
      return 0;
    q = (long)named->year * 4 + (named->month - 1) / 3 + f.shift;
    nsp_format(out, size, "%04ld-Q%ld", q / 4, q % 4 + 1);
    return 1;
  }
  default:
    nsp_format(out, size, "%04d", named->year + f.shift);
    return 1;
  }
}

void nsp_named_init(nsp_named *named, const nsp_date *ref) {
  memset(named, 0, sizeof *named);
  if (ref)
    named->date = *ref;
}

void nsp_named_forget(nsp_named *named, size_t start) {
  if (named->quarter && start - named->quarter_end >= 400)
    named->quarter = 0;
}

/* "1989-Q3": a quarter of a known year (its number, and the year). */
static int quarter_of(const char *v, int *year) {
  int k;
  for (k = 0; k < 4; k++)
    if (v[k] < '0' || v[k] > '9')
      return 0;
  if (v[4] != '-' || v[5] != 'Q' || v[6] < '1' || v[6] > '4' || v[7])
    return 0;
  *year = (v[0] - '0') * 1000 + (v[1] - '0') * 100 + (v[2] - '0') * 10 + (v[3] - '0');
  return v[6] - '0';
}

int nsp_year_ago_quarter(const nsp_word *w, size_t nw, nsp_named *named, char *out, size_t size) {
  size_t k;
  int year = 0, digits;
  if (!named || !named->quarter)
    return 0;
  for (digits = 0; digits < 4 && out[digits] >= '0' && out[digits] <= '9'; digits++)
    ;
  if (digits != 4 || (out[4] && !quarter_of(out, &year)))
    return 0;                     /* a year or a quarter ("the year-ago quarter"), nothing finer */
  year = named->quarter_year - 1; /* a year before the quarter, whatever "now" is */
  for (k = 0; k + 1 < nw; k++) {
    size_t at = k + 1 + (k + 2 < nw && w[k + 1].n == 1 && w[k + 1].s[0] == '-');
    if (nsp_weq(&w[k], "year") && (nsp_weq(&w[at], "ago") || nsp_weq(&w[at], "earlier"))) {
      nsp_format(out, size, "%04d-Q%d", year, named->quarter);
      return named->echo = 1;
    }
  }
  return 0;
}

/* Read "2025", "2025-03", "2025-03-04" and what may follow them
 * ("2025-03-04TMO"; "2025-W10" gives the year only).  A value that agrees
 * with the named date at its own granularity keeps the finer one. */
void nsp_named_update(nsp_named *to, const char *value, size_t end) {
  nsp_date *named = &to->date;
  int part[3] = {0, 0, 0}, k, i = 0, q = quarter_of(value, &k);
  if (q && !to->echo) { /* a quarter named, not one a year before it */
    to->quarter = q;
    to->quarter_year = k;
    to->quarter_end = end;
  }
  to->echo = 0;
  for (k = 0; k < 3; k++) {
    int digits = 0, v = 0, want = k == 0 ? 4 : 2;
    if (k > 0 && value[i] != '-')
      break;
    i += k > 0;
    while (value[i] >= '0' && value[i] <= '9' && digits < want) {
      v = v * 10 + (value[i++] - '0');
      digits++;
    }
    if (digits != want || (value[i] >= '0' && value[i] <= '9'))
      break;
    part[k] = v;
  }
  if (part[0] < 1 || (part[1] && !nsp_date_valid(part[0], part[1], part[2] ? part[2] : 1)))
    return; /* no calendar year: "PRESENT_REF", "P3Y", "199", "XXXX-WXX-1" */
  if (part[0] == named->year && (!part[1] || (part[1] == named->month && !part[2])))
    return; /* "that same week", "2025" after March 4, 2025: no news */
  named->year = part[0];
  named->month = part[1];
  named->day = part[1] ? part[2] : 0;
}
