/*
 * money.c - the values of MONEY entities.
 *
 * In: the text of a matched amount.  Out: "100000 USD": the amount with
 * its multiplier ("m", "bn", "million") applied, and the ISO 4217 code of
 * its currency symbol, code or name.
 */
#include "format.h"
#include "values.h"
#include "words.h"

#include <stdio.h>
#include <string.h>

static const char *currency_of(const nsp_word *w) {
  static const char *const map[][2] = {
      {"$", "USD"},        {"dollar", "USD"},       {"dollars", "USD"},  {"dlrs", "USD"},
      {"usd", "USD"},      {"\xE2\x82\xAC", "EUR"}, {"euro", "EUR"},     {"euros", "EUR"},
      {"eur", "EUR"},      {"\xC2\xA3", "GBP"},     {"pound", "GBP"},    {"pounds", "GBP"},
      {"sterling", "GBP"}, {"gbp", "GBP"},          {"stg", "GBP"},      {"\xC2\xA5", "JPY"},
      {"yen", "JPY"},      {"jpy", "JPY"},          {"peso", "MXN"},     {"pesos", "MXN"},
      {"mxn", "MXN"},      {"yuan", "CNY"},         {"renminbi", "CNY"}, {"cny", "CNY"},
      {"rupee", "INR"},    {"rupees", "INR"},       {"inr", "INR"},      {"franc", "CHF"},
      {"francs", "CHF"},   {"chf", "CHF"},          {"rouble", "RUB"},   {"roubles", "RUB"},
      {"ruble", "RUB"},    {"rubles", "RUB"},       {"won", "KRW"},      {"real", "BRL"},
      {"reais", "BRL"},    {"rand", "ZAR"},         {"lira", "TRY"},     {"shekel", "ILS"},
      {"shekels", "ILS"},  {"\xE2\x82\xB9", "INR"}};
  size_t k;
  for (k = 0; k < sizeof map / sizeof map[0]; k++)
    if (nsp_weq(w, map[k][0]) || (w->n == strlen(map[k][0]) && memcmp(w->s, map[k][0], w->n) == 0))
      return map[k][1];
  return NULL;
}

static double multiplier_of(const nsp_word *w) {
  if (nsp_weq(w, "thousand") || nsp_weq(w, "k"))
    return 1e3;
  if (nsp_weq(w, "million") || nsp_weq(w, "mln") || nsp_weq(w, "m") || nsp_weq(w, "mn"))
    return 1e6;
  if (nsp_weq(w, "billion") || nsp_weq(w, "bln") || nsp_weq(w, "bn") || nsp_weq(w, "b"))
    return 1e9;
  if (nsp_weq(w, "trillion") || nsp_weq(w, "tn"))
    return 1e12;
  return 0;
}

int nsp_value_money(const char *s, size_t n, char *out, size_t size) {
  nsp_word w[16];
  size_t k, nw = nsp_split_words(s, n, w, 16);
  const char *cur = NULL;
  double amount = 0, mult = 1, frac_div = 1;
  int have_num = 0, in_frac = 0;
  for (k = 0; k < nw; k++) {
    const char *c;
    double m;
    if (w[k].num) {
      size_t d;
      for (d = 0; d < w[k].n; d++) {
        if (in_frac) {
          frac_div *= 10;
          amount += (w[k].s[d] - '0') / frac_div;
        } else {
          amount = amount * 10 + (w[k].s[d] - '0');
        }
      }
      have_num = 1;
      continue;
    }
    if (w[k].n == 1 && w[k].s[0] == '.' && have_num) {
      in_frac = 1;
      continue;
    }
    if (w[k].n <= 2 && k + 1 < nw && w[k + 1].s[0] == '$' && !cur) { /* US$, C$, A$, HK$ */
      if (nsp_weq(&w[k], "us"))
        cur = "USD";
      else if (nsp_weq(&w[k], "c"))
        cur = "CAD";
      else if (nsp_weq(&w[k], "a"))
        cur = "AUD";
      else if (nsp_weq(&w[k], "hk"))
        cur = "HKD";
      if (cur) {
        k++;
        continue;
      }
    }
    if ((m = multiplier_of(&w[k])) != 0 && have_num) {
      mult = m;
      continue;
    }
    if ((c = currency_of(&w[k])) != NULL && !cur)
      cur = c;
  }
  if (!have_num || !cur)
    return 0;
  amount *= mult;
  if (amount > 1e18)
    return 0;
  if (amount == (double)(long long)amount)
    nsp_format(out, size, "%lld %s", (long long)amount, cur);
  else {
    char num[48];
    size_t l;
    nsp_format(num, sizeof num, "%.2f", amount);
    l = strlen(num);
    while (l && num[l - 1] == '0')
      num[--l] = '\0';
    if (l && num[l - 1] == '.')
      num[--l] = '\0';
    nsp_format(out, size, "%s %s", num, cur);
  }
  return 1;
}
