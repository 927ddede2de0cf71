/*
 * evidence.c - evidence lines of rule files, and lexicon roles by name.
 *
 * In: the words of an `evidence` line after its id and label, and a role
 * name.  Out: the rule's position, word range, conditions and role bit;
 * a role's bit (the built-in roles' or, for a role a file names first, the
 * next free one).  The name stage reads the rules (names_evidence.c).
 */
#include "evidence.h"

#include <stdio.h>
#include <string.h>

nsp_cues nsp_role_bit(newsparse_rules *set, const char *s, size_t n) {
  nsp_cues bit = nsp_cue_from_name(s, n);
  size_t k;
  if (bit || !set || n == 0 || n >= sizeof set->user_roles[0])
    return bit;
  for (k = 0; k < set->n_user_roles; k++)
    if (strlen(set->user_roles[k]) == n && memcmp(set->user_roles[k], s, n) == 0)
      return (nsp_cues)1 << (NSP_USER_ROLE_FIRST + k);
  if (set->n_user_roles == NSP_USER_ROLES)
    return 0;
  memcpy(set->user_roles[set->n_user_roles], s, n);
  set->user_roles[set->n_user_roles][n] = '\0';
  return (nsp_cues)1 << (NSP_USER_ROLE_FIRST + set->n_user_roles++);
}

static int is_blank(char c) { return c == ' ' || c == '\t' || c == '\r'; }

static int word_is(const char *t, size_t a, size_t b, const char *w) {
  return strlen(w) == b - a && memcmp(t + a, w, b - a) == 0;
}

/* words=MIN-MAX, words=MIN- or words=N. */
static int parse_words(const char *t, size_t a, size_t b, nsp_rule *r) {
  unsigned lo = 0, hi = 0;
  size_t k = a;
  while (k < b && t[k] >= '0' && t[k] <= '9' && lo < 100)
    lo = lo * 10 + (unsigned)(t[k++] - '0');
  if (k == a || lo == 0)
    return 0;
  hi = lo;
  if (k < b && t[k] == '-') {
    size_t h = ++k;
    hi = 0;
    while (k < b && t[k] >= '0' && t[k] <= '9' && hi < 100)
      hi = hi * 10 + (unsigned)(t[k++] - '0');
    if (k == h)
      hi = 99;
  }
  if (k != b || hi < lo || hi > 99)
    return 0;
  r->ev_min = (unsigned char)lo;
  r->ev_max = (unsigned char)hi;
  return 1;
}

int nsp_evidence_parse(newsparse_rules *set, const char *t, size_t i, size_t e, nsp_rule *r,
                       size_t *at, const char **why) {
  static const char *const where[] = {"before", "after", "first", "last"};
  static const struct {
    const char *name;
    unsigned flag;
  } flags[] = {{"not-capitals", NSP_EV_NOT_CAPITALS},
               {"not-line-start", NSP_EV_NOT_LINE_START},
               {"not-given", NSP_EV_NOT_GIVEN},
               {"weak", NSP_EV_WEAK},
               {"lower", NSP_EV_LOWER},
               {"not-common", NSP_EV_NOT_COMMON}};
  size_t word = 0, k;
  r->ev_min = 1;
  r->ev_max = 99;
  while (i < e) {
    size_t j;
    while (i < e && is_blank(t[i]))
      i++;
    if (i >= e || t[i] == '#')
      break;
    for (j = i; j < e && !is_blank(t[j]); j++)
      ;
    *at = i;
    if (word == 0) {
      for (k = 0; k < 4 && !word_is(t, i, j, where[k]); k++)
        ;
      if (k == 4)
        return *why = "expected before, after, first or last", NEWSPARSE_ERR_RULE_SYNTAX;
      r->ev_where = (unsigned char)(k + 1);
    } else if (word == 1) {
      if (!(r->role = nsp_role_bit(set, t + i, j - i)))
        return *why = "too many lexicon roles of a rule set's own", NEWSPARSE_ERR_RULE_SYNTAX;
    } else if (j - i > 6 && memcmp(t + i, "words=", 6) == 0) {
      if (!parse_words(t, i + 6, j, r))
        return *why = "words= takes N, MIN-MAX or MIN- (1 to 99)", NEWSPARSE_ERR_RULE_SYNTAX;
    } else {
      for (k = 0; k < sizeof flags / sizeof flags[0] && !word_is(t, i, j, flags[k].name); k++)
        ;
      if (k == sizeof flags / sizeof flags[0])
        return *why = "unknown evidence condition", NEWSPARSE_ERR_RULE_SYNTAX;
      r->ev_flags |= flags[k].flag;
    }
    word++;
    i = j;
  }
  if (word < 2)
    return *at = e, *why = "expected a position and a lexicon role", NEWSPARSE_ERR_RULE_SYNTAX;
  return NEWSPARSE_OK;
}

/* Is the role bit read by an evidence rule of the set or of `added`? */
static int read_by_evidence(const newsparse_rules *set, const nsp_buf *added, nsp_cues bit) {
  const nsp_buf *lists[2];
  size_t l, k;
  lists[0] = &set->rules;
  lists[1] = added;
  for (l = 0; l < 2; l++)
    for (k = 0; k < NSP_VEC_LEN(lists[l], nsp_rule); k++) {
      const nsp_rule *r = &NSP_VEC_AT(lists[l], nsp_rule, k);
      if (r->kind == NSP_RULE_EVIDENCE && (r->role & bit))
        return 1;
    }
  return 0;
}

int nsp_evidence_warnings(newsparse_rules *set, const nsp_buf *added, nsp_buf *warnings) {
  size_t k;
  for (k = 0; k < NSP_VEC_LEN(added, nsp_rule); k++) {
    const nsp_rule *r = &NSP_VEC_AT(added, nsp_rule, k);
    char buf[200];
    const char *w;
    int n;
    if (r->kind != NSP_RULE_LEXICON || !(r->role >> NSP_USER_ROLE_FIRST) ||
        read_by_evidence(set, added, r->role))
      continue;
    n = snprintf(buf, sizeof buf,
                 "%s: lexicon %s: its role is no built-in one and no "
                 "evidence line reads it (a misspelt role?)",
                 r->source ? r->source : "?", r->id);
    w = n > 0 ? nsp_arena_strndup(&set->strings, buf, strlen(buf)) : NULL;
    if (!w || NSP_VEC_PUSH(warnings, const char *, w))
      return NEWSPARSE_ERR_NOMEM;
  }
  return NEWSPARSE_OK;
}
