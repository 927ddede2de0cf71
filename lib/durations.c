/*
 * durations.c - the values of DURATION and SET entities.
 *
 * In: the text of a matched length of time ("five weeks", "the past 36
 * hours", "a two-year", "2 1/2 years", "several months") or of a recurring
 * time ("daily", "Mondays", "twice a month").  Out: its TimeML value: P5W,
 * PT36H, P2Y, P2Y6M, PXM (X for a count that is not given); P1D,
 * XXXX-WXX-1, P1M.
 */
#include "format.h"
#include "values.h"
#include "words.h"

#include <stdio.h>
#include <string.h>

/* A count word: 1 for "a", "an"; -1 for a vague one ("several", "few",
 * "some", "many"); -2 for none. */
static long count_of(const nsp_word *w) {
  static const char *const small[] = {"zero",    "one",     "two",       "three",    "four",
                                      "five",    "six",     "seven",     "eight",    "nine",
                                      "ten",     "eleven",  "twelve",    "thirteen", "fourteen",
                                      "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
  static const char *const tens[] = {"twenty", "thirty",  "forty",  "fifty",
                                     "sixty",  "seventy", "eighty", "ninety"};
  size_t k;
  if (w->num)
    return w->value;
  if (nsp_weq(w, "a") || nsp_weq(w, "an"))
    return 1;
  if (nsp_weq(w, "several") || nsp_weq(w, "few") || nsp_weq(w, "some") || nsp_weq(w, "many"))
    return -1;
  if (nsp_weq(w, "hundred"))
    return 100;
  for (k = 0; k < sizeof small / sizeof *small; k++)
    if (nsp_weq(w, small[k]))
      return (long)k;
  for (k = 0; k < sizeof tens / sizeof *tens; k++)
    if (nsp_weq(w, tens[k]))
      return 20 + 10 * (long)k;
  return -2;
}

/* The unit a word names: its TimeML letter, whether it is a time of the
 * day (PT...), and how many of the letter one unit is (a decade: 10 Y). */
typedef struct unit {
  char letter;
  int clock;
  long per;
} unit;

static int unit_of(const nsp_word *w, unit *u) {
  static const struct {
    const char *a, *b;
    unit u;
  } units[] = {{"second", "seconds", {'S', 1, 1}},      {"minute", "minutes", {'M', 1, 1}},
               {"hour", "hours", {'H', 1, 1}},          {"day", "days", {'D', 0, 1}},
               {"week", "weeks", {'W', 0, 1}},          {"month", "months", {'M', 0, 1}},
               {"year", "years", {'Y', 0, 1}},          {"decade", "decades", {'Y', 0, 10}},
               {"century", "centuries", {'Y', 0, 100}}, {"quarter", "quarters", {'Q', 0, 1}}};
  size_t k;
  if (w->num || w->n < 3)
    return 0; /* no unit is a number or shorter than "day" */
  for (k = 0; k < sizeof units / sizeof *units; k++)
    if (nsp_lower_c((unsigned char)w->s[0]) == units[k].a[0] &&
        (nsp_weq(w, units[k].a) || nsp_weq(w, units[k].b))) {
      *u = units[k].u;
      return 1;
    }
  return 0;
}

/* N and a half units ("2 1/2 years" P2Y6M, "5 1/2 hours" PT5H30M), where
 * the half is a whole number of the next smaller unit. */
static int half_unit(const unit *u, long count, char *out, size_t size) {
  if (!u->clock && u->letter == 'Y')
    nsp_format(out, size, "P%ldY6M", count);
  else if (!u->clock && u->letter == 'D')
    nsp_format(out, size, "P%ldDT12H", count);
  else if (u->clock && u->letter == 'H')
    nsp_format(out, size, "PT%ldH30M", count);
  else if (u->clock && u->letter == 'M')
    nsp_format(out, size, "PT%ldM30S", count);
  else
    return 0;
  return 1;
}

int nsp_value_duration(const char *s, size_t n, char *out, size_t size) {
  nsp_word w[24];
  size_t nw = nsp_split_words(s, n, w, 24), k;
  long count = -2, tens = 0;
  int half = 0;
  unit u;
  for (k = 0; k < nw; k++) {
    long c = count_of(&w[k]);
    if (unit_of(&w[k], &u)) {
      if (count == -2 && k + 1 < nw && w[k + 1].s[0] == '-')
        continue; /* "the year-earlier nine months": "year" qualifies */
      if (k + 3 < nw && nsp_weq(&w[k + 1], "and") && nsp_weq(&w[k + 2], "a") &&
          nsp_weq(&w[k + 3], "half"))
        half = 1; /* "a minute and a half" */
      if (count == -2)
        count = -1; /* "the past few weeks", "for years": no number */
      if (tens && count >= 0 && count < 10)
        count += tens;
      else if (tens && count < 0)
        count = tens;
      if (count >= 0 && half && u.per == 1 && half_unit(&u, count, out, size))
        return 1;
      if (count < 0)
        nsp_format(out, size, "P%sX%c", u.clock ? "T" : "", u.per == 100 ? 'C' : u.letter);
      else
        nsp_format(out, size, "P%s%ld%c", u.clock ? "T" : "", count * u.per, u.letter);
      return 1;
    }
    if (k + 2 < nw && w[k].num && w[k].value == 1 && w[k + 1].s[0] == '/' && w[k + 2].num &&
        w[k + 2].value == 2) {
      half = 1; /* "1/2" */
      k += 2;
      continue;
    }
    while (w[k].num && k + 1 < nw && w[k + 1].num && w[k + 1].n == 3 &&
           w[k + 1].s == w[k].s + w[k].n + 1 && w[k].s[w[k].n] == ',' && c < 1000000) {
      c = c * 1000 + w[k + 1].value; /* "1,000 years": the split words "1" "000" */
      k++;
    }
    if (!w[k].num && (nsp_weq(&w[k], "hundred") || nsp_weq(&w[k], "thousand")))
      count = (count > 0 ? count : 1) * (w[k].n == 7 ? 100 : 1000); /* "two thousand" */
    else if (nsp_weq(&w[k], "couple"))
      count = 2; /* "a couple of years" */
    else if (c >= 20 && c % 10 == 0 && c < 100 && !w[k].num)
      tens = c; /* "twenty" of "twenty-five" */
    else if (c >= 0 && count < 0)
      count = c;
    else if (c == -1)
      count = -1;
  }
  return 0;
}

/* "daily", "Mondays", or a rate ("a year", "three times a week"). */
int nsp_value_set(const char *s, size_t n, char *out, size_t size) {
  static const struct {
    const char *word, *value;
  } often[] = {{"hourly", "PT1H"},           {"daily", "P1D"},
               {"nightly", "P1D"},           {"weekly", "P1W"},
               {"monthly", "P1M"},           {"quarterly", "P1Q"},
               {"annually", "P1Y"},          {"yearly", "P1Y"},
               {"mondays", "XXXX-WXX-1"},    {"tuesdays", "XXXX-WXX-2"},
               {"wednesdays", "XXXX-WXX-3"}, {"thursdays", "XXXX-WXX-4"},
               {"fridays", "XXXX-WXX-5"},    {"saturdays", "XXXX-WXX-6"},
               {"sundays", "XXXX-WXX-7"}};
  nsp_word w[2];
  size_t k;
  if (nsp_split_words(s, n, w, 2) == 1)
    for (k = 0; k < sizeof often / sizeof *often; k++)
      if (nsp_weq(&w[0], often[k].word)) {
        nsp_format(out, size, "%s", often[k].value);
        return 1;
      }
  return nsp_value_duration(s, n, out, size);
}
