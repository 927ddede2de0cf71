/*
 * published.c - the line that dates a web page.
 *
 * In: one line of the text.  Out: whether it is a "published" line, with
 * its date and time.  Such a line holds nothing but a cue ("Published",
 * "Updated", "Posted"), dates, times of day with their zone, weekdays,
 * relative times ("2 hours ago") and separators; without a cue it must
 * give a whole date with its year.
 */
#include "published.h"
#include "calendar.h"
#include "format.h"
#include "wordlist.h"

#include <stdio.h>
#include <string.h>

static int lower(int c) { return c >= 'A' && c <= 'Z' ? c + 32 : c; }

static int is_alpha(int c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

static int is_digit(int c) { return c >= '0' && c <= '9'; }

/* words that say the line dates the page, and words that may stand
 * beside them ("Last updated on", "First published at") */
static const char *const cues[] = {"published", "updated", "posted", "modified", NULL};
static const char *const joiners[] = {"on", "at", "and", "last", "first", NULL};
static const char *const weekdays[] = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue",
    "tues",   "wed",     "thu",       "thur",     "thurs",  "fri",      "sat",    "sun", NULL};
static const char *const zones[] = {"gmt", "utc", "bst", "cet",  "cest", "est", "edt", "cst",
                                    "cdt", "mst", "mdt", "pst",  "pdt",  "et",  "ct",  "mt",
                                    "pt",  "ist", "jst", "aest", "aedt", "hkt", "sgt", NULL};
static const char *const relatives[] = {"ago",     "hour",      "hours", "hr",  "hrs",  "minute",
                                        "minutes", "min",       "mins",  "day", "days", "just",
                                        "now",     "yesterday", "today", "an",  "a",    NULL};

typedef struct scan {
  int cue, relative, weekday, others;
  int month, day, year, hour, minute;
} scan;

/* A word of letters (with inner or trailing dots: "Sept.", "a.m."). */
static void letters(scan *sc, const char *w, size_t n) {
  size_t bare = n;
  char buf[8];
  size_t k, m = 0;
  while (bare > 0 && w[bare - 1] == '.')
    bare--;
  for (k = 0; k < n && m < sizeof buf; k++)
    if (w[k] != '.')
      buf[m++] = (char)lower((unsigned char)w[k]);
  if (m == 2 && (memcmp(buf, "am", 2) == 0 || memcmp(buf, "pm", 2) == 0) && sc->hour >= 0) {
    if (buf[0] == 'p' && sc->hour < 12)
      sc->hour += 12;
    else if (buf[0] == 'a' && sc->hour == 12)
      sc->hour = 0;
    return;
  }
  if (nsp_word_in(w, bare, cues, 1))
    sc->cue = 1;
  else if (nsp_word_in(w, bare, joiners, 1))
    ;
  else if (!sc->month && nsp_month_from_name(w, bare))
    sc->month = nsp_month_from_name(w, bare);
  else if (nsp_word_in(w, bare, weekdays, 1))
    sc->weekday = 1;
  else if (nsp_word_in(w, bare, zones, 1))
    ;
  else if (nsp_word_in(w, bare, relatives, 1))
    sc->relative = 1;
  else
    sc->others++;
}

/* A run of digits, maybe a time "07:20" or "4:05". */
static size_t digits(scan *sc, const char *t, size_t i, size_t e) {
  size_t j = i;
  long v = 0;
  while (j < e && is_digit((unsigned char)t[j]) && j - i < 6)
    v = v * 10 + (t[j++] - '0');
  if (j - i <= 2 && v < 24 && j + 2 < e && t[j] == ':' && is_digit((unsigned char)t[j + 1]) &&
      is_digit((unsigned char)t[j + 2])) {
    sc->hour = (int)v;
    sc->minute = (t[j + 1] - '0') * 10 + (t[j + 2] - '0');
    j += 3;
    if (j + 2 < e && t[j] == ':' && is_digit((unsigned char)t[j + 1])) /* seconds */
      j += 3;
    return j;
  }
  if (j - i == 4 && v >= 1900 && v <= 2100 && !sc->year)
    sc->year = (int)v;
  else if (j - i <= 2 && v >= 1 && v <= 31 && !sc->day)
    sc->day = (int)v;
  else if (!(j - i <= 2 && sc->relative == 0 && v > 0)) /* "2 hours ago": the count */
    sc->others++;
  return j;
}

int nsp_published_line(const char *t, size_t s, size_t e, nsp_published *out) {
  scan sc;
  size_t i = s;
  memset(&sc, 0, sizeof sc);
  sc.hour = -1;
  if (e - s > 160)
    return 0;
  while (i < e) {
    unsigned char c = (unsigned char)t[i];
    if (is_alpha(c)) {
      size_t j = i;
      while (j < e && (is_alpha((unsigned char)t[j]) || (t[j] == '.' && j > i)))
        j++;
      letters(&sc, t + i, j - i);
      i = j;
    } else if (is_digit(c)) {
      i = digits(&sc, t, i, e);
    } else if (c == ' ' || c == ',' || c == '/' || c == '|' || c == '-' || c == ':' || c == '(' ||
               c == ')' || c == '.' || c == '\t') {
      i++;
    } else if (c >= 0x80) { /* a bullet, a dash or a no-break space */
      i++;
      while (i < e && ((unsigned char)t[i] & 0xC0) == 0x80)
        i++;
    } else {
      return 0;
    }
    if (sc.others)
      return 0;
  }
  if (sc.month && sc.day && !nsp_date_valid(sc.year, sc.month, sc.day))
    return 0;
  /* without a cue, only a whole date with its year dates the page */
  if (!sc.cue && !(sc.month && sc.day && sc.year))
    return 0;
  if (sc.cue && !(sc.month && sc.day) && !sc.relative)
    return 0;
  memset(out, 0, sizeof *out);
  out->hour = -1;
  if (sc.month && sc.day) {
    out->date.year = sc.year;
    out->date.month = sc.month;
    out->date.day = sc.day;
    out->hour = sc.hour;
    out->minute = sc.minute;
  }
  return 1;
}

int nsp_published_value(const nsp_published *p, char *out, size_t size) {
  char time[16];
  if (!p->date.month)
    return 0;
  if (p->hour >= 0)
    nsp_format(time, sizeof time, "T%02d:%02d", p->hour, p->minute);
  nsp_date_value(out, size, p->date.year, p->date.month, p->date.day, p->hour >= 0 ? time : NULL);
  return 1;
}
