/*
 * dates.c - the values of DATE entities.
 *
 * In: the text of a matched date and the reference date (with the tense
 * of its clause when the caller has worked it out).  Out: a TimeML value
 * ("2025-02-27", "XXXX-02-27" without a known year, "2025-03", "2028",
 * "2025-W09", "2025-Q3", "2025-SP", "199X", "PRESENT_REF", ...).
 * Impossible calendar dates are reported as such so the tagger drops them.
 */
#include "calendar.h"
#include "format.h"
#include "values.h"
#include "words.h"

#include <stdio.h>
#include <string.h>

/* The tense of the clause a date stands in (NSP_TENSE_UNSET: the caller
 * has not worked it out yet). */
static int date_tense(const nsp_date *ref) { return ref->tense; }

int nsp_parse_iso_date(const char *s, size_t n, nsp_date *out) {
  size_t i;
  int y, m, d;
  if (n < 10)
    return 0;
  for (i = 0; i < 10; i++) {
    if (i == 4 || i == 7) {
      if (s[i] != '-')
        return 0;
    } else if (s[i] < '0' || s[i] > '9') {
      return 0;
    }
  }
  if (n > 10) { /* "T" and a time: hh:mm[:ss] */
    size_t k = 11;
    if (s[10] != 'T' || n < 16)
      return 0;
    for (k = 11; k < n; k++) {
      int colon = (k == 13 || k == 16);
      if (colon ? s[k] != ':' : (s[k] < '0' || s[k] > '9'))
        return 0;
    }
    if (n != 16 && n != 19)
      return 0;
  }
  y = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 + (s[3] - '0');
  m = (s[5] - '0') * 10 + (s[6] - '0');
  d = (s[8] - '0') * 10 + (s[9] - '0');
  if (y < 1 || !nsp_date_valid(y, m, d))
    return 0;
  out->year = y;
  out->month = m;
  out->day = d;
  out->tense = 0;
  return 1;
}

static int weekday_of(const nsp_word *w) { return nsp_weekday_from_name(w->s, w->n); }

/* The year that puts month/day closest to the reference date. */
static int nearest_year(const nsp_date *ref, int m, int d) {
  long r = nsp_days_from_civil(ref->year, ref->month, ref->day);
  int best = ref->year, y;
  long bestdist = -1;
  for (y = ref->year - 1; y <= ref->year + 1; y++) {
    long dist;
    if (!nsp_date_valid(y, m, d))
      continue;
    dist = nsp_days_from_civil(y, m, d) - r;
    dist = dist < 0 ? -dist : 2 * dist; /* news reports the past more often */
    if (bestdist < 0 || dist < bestdist) {
      bestdist = dist;
      best = y;
    }
  }
  return best;
}

static const char *daypart_of(const nsp_word *w, size_t nw) {
  size_t k;
  const char *part = NULL;
  for (k = 0; k < nw && !part; k++)
    part = nsp_daypart(&w[k]);
  return part;
}

static void fmt_day(char *out, size_t size, long days, const char *part) {
  int y, m, d;
  nsp_civil_from_days(days, &y, &m, &d);
  nsp_date_value(out, size, y, m, d, part);
}

/* "9 a.m.", "4:30 p.m." before a day: "T09:00", or NULL. */
/* "o'clock" (three words: o ' clock) at j: the word after it, or 0. */
static size_t oclock_after(const nsp_word *w, size_t nw, size_t j) {
  if (j + 2 < nw && nsp_weq(&w[j], "o") && (w[j + 1].s[0] == '\'' || w[j + 1].n == 3) &&
      nsp_weq(&w[j + 2], "clock"))
    return j + 3;
  return 0;
}

static const char *clock_of(const nsp_word *w, size_t nw, char *buf, size_t size) {
  size_t k;
  for (k = 0; k < nw; k++) /* noon, midday, midnight */
    if (nsp_weq(&w[k], "noon") || nsp_weq(&w[k], "midday") || nsp_weq(&w[k], "midnight")) {
      nsp_format(buf, size, "T%s", nsp_weq(&w[k], "midnight") ? "24:00" : "12:00");
      return buf;
    }
  for (k = 0; k + 1 < nw; k++) {
    size_t j = k + 1, after = oclock_after(w, nw, j);
    int h = w[k].num ? (int)w[k].value : after ? nsp_number_word(&w[k]) : 0, mnt = 0, pm;
    if (h < 1 || h > 12 || (w[k].num && w[k].n > 2))
      continue;  /* a word ("eight") only before "o'clock" */
    if (after) { /* "8 o'clock", "eight o'clock in the evening" */
      if (after + 2 < nw && nsp_weq(&w[after], "in") && nsp_weq(&w[after + 1], "the"))
        j = after;
      else {
        nsp_format(buf, size, "T%02d:00", h);
        return buf;
      }
    }
    if (w[j].n == 1 && w[j].s[0] == ':' && j + 2 < nw && w[j + 1].num) {
      mnt = (int)w[j + 1].value;
      j += 2;
    }
    /* "p.m.", "pm", "PM" */
    pm = nsp_weq(&w[j], "pm") ||
         (j + 2 < nw && nsp_weq(&w[j], "p") && w[j + 1].s[0] == '.' && nsp_weq(&w[j + 2], "m"));
    if (pm || nsp_weq(&w[j], "am") ||
        (j + 2 < nw && nsp_weq(&w[j], "a") && w[j + 1].s[0] == '.' && nsp_weq(&w[j + 2], "m"))) {
      if (pm && h < 12)
        h += 12;
      else if (!pm && h == 12)
        h = 0;
      nsp_format(buf, size, "T%02d:%02d", h, mnt % 60);
      return buf;
    }
    if (j + 2 < nw && nsp_weq(&w[j], "in") && nsp_weq(&w[j + 1], "the")) {
      const char *part = daypart_of(&w[j + 2], 1); /* "4 in the morning" */
      if (part && strcmp(part, "TMO") != 0 && h < 12)
        h += 12; /* "9 in the evening" 21:00, "12 in the afternoon" 12:00 */
      else if (part && strcmp(part, "TMO") == 0 && h == 12)
        h = 0;
      if (part) {
        nsp_format(buf, size, "T%02d:%02d", h, mnt % 60);
        return buf;
      }
    }
  }
  return NULL;
}

/* Relative expressions against a full reference date. */
/* "now", "recently", "in the future": the TimeML reference values. */
static int reference_value(const nsp_word *w, size_t nw, const nsp_date *ref, char *out,
                           size_t size) {
  size_t k;
  if (nw == 1 && nsp_weq(&w[0], "soon") && ref) { /* "was soon released": the story's */
    if (ref->tense == NSP_TENSE_UNSET)            /* time, not a future of now */
      return NSP_VALUE_NEEDS_TENSE;
    if (ref->tense < 0)
      return -1;
  }
  for (k = 0; k < nw; k++) {
    if (nsp_weq(&w[k], "now") || nsp_weq(&w[k], "currently") || nsp_weq(&w[k], "these") ||
        (nsp_weq(&w[k], "current") && nw == 1) || nsp_weq(&w[k], "present") ||
        nsp_weq(&w[k], "nowadays")) {
      nsp_format(out, size, "PRESENT_REF");
      return 1;
    }
    if (nsp_weq(&w[k], "recently") || nsp_weq(&w[k], "recent") ||
        (nsp_weq(&w[k], "past") && (k + 1 == nw || nsp_weq(&w[k + 1], "few"))) ||
        (nsp_weq(&w[k], "last") && k + 1 < nw && nsp_weq(&w[k + 1], "few"))) {
      nsp_format(out, size, "PAST_REF");
      return 1;
    }
    if (nsp_weq(&w[k], "future") || nsp_weq(&w[k], "soon") || nsp_weq(&w[k], "term") ||
        (nsp_weq(&w[k], "later") && k + 1 < nw && nsp_weq(&w[k + 1], "date")) ||
        (nsp_weq(&w[k], "coming") && k + 1 < nw && w[k + 1].n >= 4 &&
         w[k + 1].s[w[k + 1].n - 1] == 's')) { /* "coming days", "coming years" */
      nsp_format(out, size, "FUTURE_REF");
      return 1;
    }
  }
  return 0;
}

/* What the words of a relative date say. */
typedef struct rel_shift {
  int dir, unit, count, season, wd, has_dir; /* unit: 1 day .. 6 century, 7 weekend */
  int counted, this_seen;
} rel_shift;

/* The unit or season a word names (0: none). */
static void unit_of(const nsp_word *w, rel_shift *sh) {
  static const struct {
    const char *word;
    int unit, season;
  } units[] = {{"day", 1, 0},     {"days", 1, 0},   {"week", 2, 0},    {"weeks", 2, 0},
               {"weekend", 7, 0}, {"month", 3, 0},  {"months", 3, 0},  {"year", 4, 0},
               {"years", 4, 0},   {"decade", 5, 0}, {"decades", 5, 0}, {"century", 6, 0},
               {"spring", 0, 1},  {"summer", 0, 2}, {"fall", 0, 3},    {"autumn", 0, 3},
               {"winter", 0, 4}};
  size_t u;
  for (u = 0; u < sizeof units / sizeof *units; u++)
    if (nsp_weq(w, units[u].word)) {
      if (units[u].unit)
        sh->unit = units[u].unit;
      else
        sh->season = units[u].season;
      return;
    }
}

/* Read the shift of a relative date; 1 when a day word ("today",
 * "yesterday", "this morning") gave the value at once. */
static int read_shift(const nsp_word *w, size_t nw, long r, const char *part, rel_shift *sh,
                      char *out, size_t size) {
  size_t k;
  memset(sh, 0, sizeof *sh);
  sh->count = 1;
  for (k = 0; k < nw; k++) {
    int n;
    if (nsp_weq(&w[k], "today") || nsp_weq(&w[k], "tonight") ||
        ((nsp_weq(&w[k], "this")) && k + 1 < nw && daypart_of(&w[k + 1], 1))) {
      fmt_day(out, size, r, part);
      return 1;
    }
    if (nsp_weq(&w[k], "yesterday") || nsp_weq(&w[k], "tomorrow") ||
        (nsp_weq(&w[k], "last") && k + 1 < nw &&
         (nsp_weq(&w[k + 1], "night") || nsp_weq(&w[k + 1], "evening")))) {
      fmt_day(out, size, r + (nsp_weq(&w[k], "tomorrow") ? 1 : -1), part);
      return 1; /* "last night": the evening before the reference day */
    }
    if (!sh->wd)
      sh->wd = weekday_of(&w[k]);
    if ((nsp_weq(&w[k], "earlier") || nsp_weq(&w[k], "before") || nsp_weq(&w[k], "later")) &&
        !sh->counted && !(k > 0 && w[k - 1].s[0] == '-'))
      ; /* "earlier this year", "later in the month": no shift */
    else if (nsp_weq(&w[k], "last") || nsp_weq(&w[k], "previous") || nsp_weq(&w[k], "ago") ||
             nsp_weq(&w[k], "earlier") || nsp_weq(&w[k], "before") ||
             (nsp_weq(&w[k], "past") && !sh->this_seen)) {
      sh->dir = -1;
      sh->has_dir = 1;
    } else if (nsp_weq(&w[k], "next") || nsp_weq(&w[k], "coming") || nsp_weq(&w[k], "following") ||
               nsp_weq(&w[k], "later")) {
      sh->dir = 1;
      sh->has_dir = 1;
    } else if (nsp_weq(&w[k], "this") || nsp_weq(&w[k], "current")) {
      sh->has_dir = 1;
      sh->this_seen = 1;
    }
    if ((n = nsp_number_word(&w[k])) >= -1 && k + 1 < nw && !weekday_of(&w[k + 1])) {
      sh->count = n;
      sh->counted = 1;
    }
    unit_of(&w[k], sh);
  }
  if (part && part[1] >= 'A' && part[1] <= 'Z' && !sh->wd && !sh->unit && !sh->has_dir) {
    fmt_day(out, size, r, part); /* "mid-afternoon": of the reference day */
    return 1;
  }
  return 0;
}

/* A weekday from the reference day r: the next or last one as the words
 * say, else by the tense of the clause, else the recent past. */
static int weekday_value(const rel_shift *sh, const nsp_date *ref, long r, const char *part,
                         char *out, size_t size) {
  long delta = sh->wd - nsp_weekday(r);
  if (sh->dir > 0)
    delta = delta <= 0 ? delta + 7 : delta;
  else if (sh->dir < 0)
    delta = delta >= 0 ? delta - 7 : delta;
  else {
    int tense = date_tense(ref);
    if (tense == NSP_TENSE_UNSET)
      return NSP_VALUE_NEEDS_TENSE;
    if (tense > 0)
      delta = delta < 0 ? delta + 7 : delta; /* "will meet on Monday" */
    else if (tense < 0 && delta > 0)
      delta -= 7; /* "met on Monday" */
    else if (delta > 1)
      delta -= 7; /* news reports the recent past */
  }
  fmt_day(out, size, r + delta, part);
  return 1;
}

/* "three weeks ago", "next year", "the past decade": the unit, shifted. */
static int unit_value(const rel_shift *sh, const nsp_date *ref, long r, char *out, size_t size) {
  long dir = sh->dir, count = sh->count;
  if (sh->unit == 7) { /* the weekend just past, or this one late in the week */
    nsp_week_value(out, size, r - 3 + 7 * (dir > 0), "-WE");
    return 1;
  }
  if (!sh->unit)
    return 0;
  if (count < 0) { /* "several years ago", "a few months later" */
    nsp_format(out, size, dir > 0 ? "FUTURE_REF" : "PAST_REF");
    return 1;
  }
  if (sh->unit == 1) {
    fmt_day(out, size, r + dir * count, NULL);
  } else if (sh->unit == 2) {
    nsp_week_value(out, size, r + dir * count * 7, NULL);
  } else if (sh->unit == 3) {
    long months = (long)ref->year * 12 + (ref->month - 1) + dir * count;
    nsp_format(out, size, "%04ld-%02ld", months / 12, months % 12 + 1);
  } else if (sh->unit == 4) {
    nsp_format(out, size, "%04ld", (long)ref->year + dir * count);
  } else if (sh->unit == 5) {
    nsp_format(out, size, "%03ld", ((long)ref->year + dir * 10L * count) / 10);
  } else {
    nsp_format(out, size, "%02ld", ((long)ref->year - 1) / 100 + 1 + dir * count - 1);
  }
  return 1;
}

/* A date relative to the reference date: 1 written, 0 none,
 * NSP_VALUE_NEEDS_TENSE. */
static int relative(const nsp_word *w, size_t nw, const nsp_date *ref, const char *holiday,
                    char *out, size_t size) {
  static const char *const seasons[] = {"SP", "SU", "FA", "WI"};
  char clock[16];
  const char *part = clock_of(w, nw, clock, sizeof clock);
  rel_shift sh;
  long r;
  int rc;
  if (!part) /* a clock time says more than a part of the day */
    part = daypart_of(w, nw);
  if ((rc = reference_value(w, nw, ref, out, size)) != 0)
    return rc;
  if (!ref || !ref->year || !ref->month)
    return 0;
  r = nsp_days_from_civil(ref->year, ref->month, ref->day);
  if (nsp_holiday_value(holiday, w, nw, ref, r, out, size) ||
      read_shift(w, nw, r, part, &sh, out, size))
    return 1;
  if (sh.wd)
    return weekday_value(&sh, ref, r, part, out, size);
  if (sh.season) {
    nsp_format(out, size, "%04d-%s",
               ref->year + (sh.this_seen ? 0
                            : sh.has_dir ? sh.dir
                                         : 0),
               seasons[sh.season - 1]);
    return 1;
  }
  return unit_value(&sh, ref, r, out, size);
}

/* "1989-Q3", "XXXX-H1": a part of a year, known or not. */
static int year_part(char *out, size_t size, int year, char kind, int n) {
  if (year)
    nsp_format(out, size, "%04d-%c%d", year, kind, n);
  else
    nsp_format(out, size, "XXXX-%c%d", kind, n);
  return 1;
}

/* "the third quarter", "third-quarter", "the first half of 1989", "the
 * latest quarter", "the year-ago period". */
/* "this quarter", "next quarter", "the coming quarter", "last quarter",
 * "the past fiscal quarter": the reference date's quarter, moved; -2 for
 * other words. */
static int relative_quarter(const nsp_word *w, size_t nw, const nsp_date *ref, char *out,
                            size_t size) {
  size_t k = nw;
  long shift, q;
  if (nw < 2 || !nsp_weq(&w[nw - 1], "quarter"))
    return -2;
  k = nw - 2;
  if (k > 0 && nsp_weq(&w[k], "fiscal"))
    k--;
  shift = nsp_weq(&w[k], "this")                                                              ? 0
          : nsp_weq(&w[k], "next") || nsp_weq(&w[k], "coming") || nsp_weq(&w[k], "following") ? 1
          : nsp_weq(&w[k], "last") || nsp_weq(&w[k], "past") || nsp_weq(&w[k], "previous")    ? -1
                                                                                              : 2;
  if (k > 0 && nsp_weq(&w[k - 1], "the"))
    k--;
  if (shift == 2 || (k > 0 && !(k == 1 && (nsp_weq(&w[0], "early") || nsp_weq(&w[0], "late") ||
                                           nsp_weq(&w[0], "mid")))))
    return -2; /* "the latest quarter", "year-ago quarter": the quarter rule's */
  if (!ref || !ref->year || !ref->month)
    return 0;
  q = (long)ref->year * 4 + (ref->month - 1) / 3 + shift;
  return year_part(out, size, (int)(q / 4), 'Q', (int)(q % 4 + 1));
}

static int quarter(const nsp_word *w, size_t nw, const nsp_date *ref, int year, char *out,
                   size_t size) {
  size_t k;
  int q = 0, half = 0, is_quarter = 0, is_half = 0, latest = 0, back = 0, last_half = 0;
  if ((q = relative_quarter(w, nw, ref, out, size)) != -2)
    return q;
  q = 0;
  for (k = 0; k < nw; k++) {
    int o = nsp_ordinal_word(&w[k]);
    if ((nsp_weq(&w[k], "q") || nsp_weq(&w[k], "h")) && k + 1 < nw && w[k + 1].num &&
        w[k + 1].n == 1 && w[k + 1].value >= 1 && w[k + 1].value <= 4) {
      /* Q3, H1: the code of a quarter or a half */
      is_quarter |= nsp_weq(&w[k], "q");
      is_half |= nsp_weq(&w[k], "h");
      q = (int)w[k + 1].value;
      k++;
    } else if (nsp_weq(&w[k], "quarter") || nsp_weq(&w[k], "period"))
      is_quarter = 1;
    else if (nsp_weq(&w[k], "half"))
      is_half = 1;
    else if ((nsp_weq(&w[k], "last") || nsp_weq(&w[k], "final")) && k + 1 < nw &&
             nsp_weq(&w[k + 1], "quarter") && year)
      q = 4; /* "the last quarter of 2004" */
    else if (o && !(w[k].num && w[k].n == 4))
      q = o;
    else if (nsp_weq(&w[k], "latest") || nsp_weq(&w[k], "same") || nsp_weq(&w[k], "corresponding"))
      latest = 1;
    else if (nsp_weq(&w[k], "current"))
      latest = 2;
    else if (nsp_weq(&w[k], "ago") || nsp_weq(&w[k], "earlier") || nsp_weq(&w[k], "previous"))
      back = 1;
    else if (nsp_weq(&w[k], "last") && k + 1 < nw && nsp_weq(&w[k + 1], "half"))
      last_half = 1;
    else if (nsp_weq(&w[k], "year") && k > 0 && !year && ref && ref->year &&
             (nsp_weq(&w[k - 1], "next") || nsp_weq(&w[k - 1], "last") ||
              nsp_weq(&w[k - 1], "this")))
      year = ref->year + (nsp_weq(&w[k - 1], "next") ? 1 : nsp_weq(&w[k - 1], "last") ? -1 : 0);
  }
  if (!is_quarter && !is_half)
    return -2; /* not a quarter expression */
  if (year && !q && !latest && !back && !is_half) {
    int has_quarter_word = 0;
    for (k = 0; k < nw; k++)
      has_quarter_word |= nsp_weq(&w[k], "quarter");
    if (!has_quarter_word) { /* "the 1988 period" */
      nsp_format(out, size, "%04d", year);
      return 1;
    }
  }
  if (!year && ref && ref->year)
    year = ref->year - back;
  if (is_half) {
    half = last_half ? 2 : q ? q : 0;
    return half >= 1 && half <= 2 ? year_part(out, size, year, 'H', half) : 0;
  }
  if (!q) {
    /* "the quarter", "the latest quarter": the last one reported, the
     * quarter before the reference date's */
    if (!ref || !ref->month)
      return 0;
    q = (ref->month - 1) / 3 + (latest == 2); /* the previous quarter; 0: Q4 last year */
    if (q == 0) {
      q = 4;
      year -= year > 0; /* of a reference date without its year: XXXX-Q4 */
    }
  }
  return q >= 1 && q <= 4 ? year_part(out, size, year, 'Q', q) : 0;
}

/* "nineteen ninety-six", "two thousand": a year in words, or 0. */
static int value_words(const char *s, size_t n, const nsp_word *w, size_t nw, const nsp_date *ref,
                       const nsp_date *day, const char *holiday, char *out, size_t size);

/* "the day before last Tuesday", "the day after Christmas": the day the
 * rest names, moved by one. */
static int day_before_after(const nsp_word *w, size_t nw, const nsp_date *ref, const char *holiday,
                            char *out, size_t size) {
  size_t k = nw > 0 && nsp_weq(&w[0], "the") ? 1 : 0;
  int shift, rc, y, m, d;
  nsp_date day;
  if (k + 2 >= nw || !nsp_weq(&w[k], "day") ||
      !((shift = nsp_weq(&w[k + 1], "after")    ? 1
                 : nsp_weq(&w[k + 1], "before") ? -1
                                                : 0)))
    return -2;
  rc = value_words(w[k + 2].s, (size_t)(w[nw - 1].s + w[nw - 1].n - w[k + 2].s), w + k + 2,
                   nw - k - 2, ref, ref, holiday, out, size);
  if (rc != 1 || !nsp_parse_iso_date(out, strlen(out), &day) || strlen(out) != 10)
    return rc == 1 ? 0 : rc; /* "the day after next week": no single day */
  nsp_civil_from_days(nsp_days_from_civil(day.year, day.month, day.day) + shift, &y, &m, &d);
  nsp_date_value(out, size, y, m, d, NULL);
  return 1;
}

int nsp_value_date(const char *s, size_t n, const nsp_date *ref, nsp_named *named, char *out,
                   size_t size) {
  nsp_word w[32];
  size_t nw = nsp_split_words(s, n, w, 32);
  const nsp_date *last = named ? &named->date : ref;
  const char *holiday = named ? named->holiday : NULL;
  int rc = nsp_value_named_date(w, nw, last, out, size);
  if (rc != -2)
    return rc;
  rc = day_before_after(w, nw, ref, holiday, out, size);
  if (rc == -2)
    rc = value_words(s, n, w, nw, ref, last && last->day ? last : ref, holiday, out, size);
  if (rc == 1)
    nsp_year_ago_quarter(w, nw, named, out, size);
  return rc;
}

/* Dates written with numbers only: ISO 2025-02-27, and 02/27/2025 (month
 * first, as US news writes it; day first when above 12).  1 written, 0
 * none, -1 not a calendar date. */
static int numeric_date(const char *s, size_t n, const nsp_word *w, size_t nw, char *out,
                        size_t size) {
  nsp_date iso;
  if (nsp_parse_iso_date(s, n >= 10 ? 10 : n, &iso) && n == 10) {
    nsp_date_value(out, size, iso.year, iso.month, iso.day, NULL);
    return 1;
  }
  if (n == 10 && s[4] == '-' && s[7] == '-')
    return -1; /* shaped like ISO but not a calendar date: 2025-13-45 */
  if (nw == 5 && w[0].num && w[2].num && w[4].num && w[1].s[0] == '/' && w[3].s[0] == '/') {
    int a = (int)w[0].value, b = (int)w[2].value, y = (int)w[4].value;
    if (w[4].n == 2)
      y += y < 50 ? 2000 : 1900;
    if (a > 12 && b <= 12) {
      int t = a;
      a = b;
      b = t;
    }
    if (!nsp_date_valid(y, a, b))
      return -1;
    nsp_date_value(out, size, y, a, b, NULL);
    return 1;
  }
  return 0;
}

/* Decades: the 1990s, the '80s. */
static int decade_value(const nsp_word *w, size_t nw, char *out, size_t size) {
  static const char *const tens[] = {"twenties", "thirties",  "forties",  "fifties",
                                     "sixties",  "seventies", "eighties", "nineties"};
  size_t k, t;
  for (k = 0; k < nw; k++) /* "the nineties": of the 1900s, as "the '90s" */
    for (t = 0; w[k].n >= 7 && nsp_lower_c((unsigned char)w[k].s[w[k].n - 1]) == 's' &&
                t < sizeof tens / sizeof *tens;
         t++)
      if (nsp_weq(&w[k], tens[t])) {
        nsp_format(out, size, "%03d", 192 + (int)t);
        return 1;
      }
  for (k = 0; k + 1 < nw; k++)
    if (w[k].num && (w[k].n == 4 || w[k].n == 2) && w[k].value % 10 == 0 && w[k + 1].n == 1 &&
        nsp_lower_c((unsigned char)w[k + 1].s[0]) == 's' &&
        (w[k].n == 4 || (k > 0 && w[k - 1].s[0] == '\''))) {
      long v = w[k].n == 4 ? w[k].value / 10 : 190 + w[k].value / 10;
      nsp_format(out, size, "%03ld", v);
      return 1;
    }
  return 0;
}

/* The year of a month named without one: "last", "next" or "this", "June
 * last year", else the tense of the clause and the nearest such month.
 * NSP_VALUE_NEEDS_TENSE when the tense decides and was left unset. */
static int year_of_month(const nsp_word *w, size_t nw, const nsp_date *ref, int month, int *year) {
  int dir = 0, diff, this_month = 0;
  size_t k;
  for (k = 0; k < nw; k++) {
    this_month |= nsp_weq(&w[k], "this");
    dir = nsp_weq(&w[k], "last") ? -1 : nsp_weq(&w[k], "next") ? 1 : dir;
    if (nsp_weq(&w[k], "year") && k > 0) /* "June last year" */
      dir = nsp_weq(&w[k - 1], "last") ? -2 : nsp_weq(&w[k - 1], "next") ? 2 : 3;
  }
  *year = ref->year;
  diff = month - ref->month;
  if (dir == -2 || dir == 2)
    *year += dir / 2;
  else if (dir == 3 || this_month)
    ; /* "January this year", "this September" */
  else if (dir < 0 && month >= ref->month)
    --*year;
  else if (dir > 0 && month <= ref->month)
    ++*year;
  else if (dir == 0) {
    int tense = date_tense(ref);
    if (tense == NSP_TENSE_UNSET)
      return NSP_VALUE_NEEDS_TENSE;
    if (tense > 0 && diff < 0)
      ++*year; /* "will report in January" */
    else if (tense < 0)
      *year -= diff > 0; /* "stepped down in March" */
    else if (tense == 0 && diff > 4)
      --*year; /* the nearest month, past first */
    else if (diff < -7)
      ++*year;
  }
  return 1;
}

/* A date from its month, day and year words ("Feb. 27, 2025", "27
 * February", "March", "2028", "spring 2025"); -2 when it names none. */
static int calendar_value(const nsp_word *w, size_t nw, const nsp_date *ref, char *out,
                          size_t size) {
  int month = 0, day = 0, year = 0, m, rc;
  char clock[16];
  const char *part = clock_of(w, nw, clock, sizeof clock);
  size_t k;
  if (!part) /* "Nov. 9 evening"; "5 p.m. EST, Nov. 9" has its clock */
    part = daypart_of(w, nw);
  for (k = 0; k < nw; k++) {
    if (!w[k].num && (m = nsp_month_from_name(w[k].s, w[k].n)) != 0) {
      month = m;
      if (k + 1 < nw && w[k + 1].s[0] == '.')
        k++;
    } else if (w[k].num && w[k].n == 4 && w[k].value >= 1000 && w[k].value <= 2999) {
      if (!year) /* of a range "2011-2012", the first */
        year = (int)w[k].value;
    } else if (w[k].num && w[k].n <= 2 && w[k].value >= 1 && !day && month) {
      day = (int)w[k].value;
    } else if (w[k].num && w[k].n <= 2 && w[k].value >= 1 && !day && k + 1 < nw &&
               nsp_month_from_name(w[k + 1].s, w[k + 1].n)) {
      day = (int)w[k].value; /* 27 February */
    }
  }
  if (!year)
    year = nsp_spelled_year(w, nw);
  if ((rc = quarter(w, nw, ref, year, out, size)) != -2)
    return rc;
  if (month && day) {
    if (!nsp_date_valid(year, month, day))
      return -1;
    if (!year && ref && ref->year)
      year = nearest_year(ref, month, day);
    if (year && nsp_words_have(w, nw, "week"))
      nsp_week_value(out, size, nsp_days_from_civil(year, month, day), NULL);
    else
      nsp_date_value(out, size, year, month, day, part);
    return 1;
  }
  if (month) {
    if (!year && ref && ref->year && (rc = year_of_month(w, nw, ref, month, &year)) != 1)
      return rc;
    nsp_date_value(out, size, year, month, 0, NULL);
    return 1;
  }
  if (year) {
    for (k = 0; k < nw; k++) { /* spring 2025 */
      static const char *const se[] = {"spring", "summer", "fall", "autumn", "winter"};
      static const char *const code[] = {"SP", "SU", "FA", "FA", "WI"};
      size_t j;
      for (j = 0; j < 5; j++)
        if (nsp_weq(&w[k], se[j])) {
          nsp_format(out, size, "%04d-%s", year, code[j]);
          return 1;
        }
    }
    nsp_format(out, size, "%04d", year);
    return 1;
  }
  return -2;
}

/* "the 20th century", "the nineteenth century": TimeML's century value,
 * its first two digits ("19"); 0 when the words name none. */
static int century_value(const nsp_word *w, size_t nw, char *out, size_t size) {
  static const char *const spelled[] = {"fifteenth",  "sixteenth", "seventeenth", "eighteenth",
                                        "nineteenth", "twentieth", "twenty-first"};
  size_t k, j;
  for (k = 1; k < nw; k++) {
    long c = 0;
    if (!nsp_weq(&w[k], "century"))
      continue;
    if (w[k - 1].num && w[k - 1].value >= 10 && w[k - 1].value <= 30)
      c = w[k - 1].value; /* "20th": the digits, then "th" */
    else if (k >= 2 && w[k - 2].num && w[k - 2].value >= 10 && w[k - 2].value <= 30)
      c = w[k - 2].value;
    for (j = 0; !c && j < sizeof spelled / sizeof *spelled; j++)
      if (nsp_weq(&w[k - 1], spelled[j]))
        c = 15 + (long)j;
    if (c) {
      nsp_format(out, size, "%02ld", c - 1);
      return 1;
    }
  }
  return 0;
}

/* "1984-85", "2011-2012": a range only when the second year follows the
 * first, by at most 30 years when written with two digits and 99 with
 * four; "1991-1786" and "2004-03" are none (-1). */
static int year_range_check(const nsp_word *w, size_t nw) {
  long first, last;
  int two_digits;
  if (nw != 3 || !w[0].num || w[0].n != 4 || !w[2].num || (w[2].n != 2 && w[2].n != 4) ||
      (w[1].s[0] != '-' && (unsigned char)w[1].s[0] != 0xe2))
    return 0; /* not "year, dash, year" */
  first = w[0].value;
  last = w[2].value;
  two_digits = w[2].n == 2;
  if (two_digits) /* the last two digits: of the same century or the next */
    last += first / 100 * 100 + (last <= first % 100 ? 100 : 0);
  return last > first && last - first <= (two_digits ? 30 : 99) ? 0 : -1;
}

/* "'79", "’79": the year of those last two digits that is latest but
 * not past the reference year by more than five (1979, 2005). */
static int short_year_value(const nsp_word *w, size_t nw, const nsp_date *ref, char *out,
                            size_t size) {
  int base = ref && ref->year ? ref->year : 1999, year;
  if (nw != 2 || !w[1].num || w[1].n != 2 ||
      !((w[0].n == 1 && w[0].s[0] == '\'') ||
        (w[0].n == 3 && memcmp(w[0].s, "\xE2\x80\x99", 3) == 0)))
    return 0;
  year = (base + 5) / 100 * 100 + (int)w[1].value;
  if (year > base + 5)
    year -= 100;
  nsp_format(out, size, "%04d", year);
  return 1;
}

/* A time of day alone ("noon", "this morning" read by relative()): of
 * the reference day, or of any day ("XXXX-WXX-2T24:00", "XXXX-XX-XXTMO"). */
static int time_of_day_value(const nsp_word *w, size_t nw, const nsp_date *ref, char *out,
                             size_t size) {
  char clock[16];
  size_t k;
  const char *part = clock_of(w, nw, clock, sizeof clock);
  if (!part)
    part = daypart_of(w, nw);
  if (part && ref && ref->year && ref->month) {
    fmt_day(out, size, nsp_days_from_civil(ref->year, ref->month, ref->day), part);
    return 1;
  }
  for (k = 0; k < nw; k++) {
    int wd = weekday_of(&w[k]);
    if (wd) {
      nsp_format(out, size, "XXXX-WXX-%d%s", wd, part ? part : "");
      return 1;
    }
  }
  if (part) {
    nsp_format(out, size, "XXXX-XX-XX%s", part);
    return 1;
  }
  return 0;
}

static int value_words(const char *s, size_t n, const nsp_word *w, size_t nw, const nsp_date *ref,
                       const nsp_date *day, const char *holiday, char *out, size_t size) {
  size_t k;
  int rc;
  if (year_range_check(w, nw))
    return -1;
  if ((rc = numeric_date(s, n, w, nw, out, size)) != 0 || decade_value(w, nw, out, size) ||
      century_value(w, nw, out, size) || short_year_value(w, nw, ref, out, size))
    return rc ? rc : 1;
  if ((rc = calendar_value(w, nw, ref, out, size)) != -2)
    return rc;
  for (k = 0; ref && ref->year && k + 1 < nw; k++) {
    size_t j = k + 1; /* "year-end", "year end", "year's end" */
    while (j + 1 < nw && j < k + 4 &&
           (w[j].s[0] == '-' || w[j].s[0] == '\'' || nsp_weq(&w[j], "s") ||
            (w[j].n == 3 && memcmp(w[j].s, "\xE2\x80\x99", 3) == 0)))
      j++;
    if (nsp_weq(&w[k], "year") && nsp_weq(&w[j], "end")) {
      nsp_format(out, size, "%04d-12-31", ref->year); /* year-end: the closing day */
      return 1;
    }
  }
  if ((rc = relative(w, nw, ref, holiday, out, size)) != 0)
    return rc;
  return time_of_day_value(w, nw, day, out, size);
}
