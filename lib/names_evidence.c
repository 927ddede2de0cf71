/*
 * names_evidence.c - chunks and their labels.
 *
 * In: the tokens with their lexicon cues, the tagger's entities and what
 * the document has tagged so far.  Out: where a chunk of capitalised words
 * starting at a token ends (names_stage.h: nm_chunk_end), and its label
 * with the strength of the evidence (nm_classify): suffixes and heads
 * inside it, titles, roles and ages before it, nouns and verbs after it,
 * results tables around it.  Without evidence, no label.
 */
#include "evidence.h"
#include "names_stage.h"

#include <string.h>

/* Does the chunk [a, i) read like an organisation or place so far? */
static int org_like(names *s, size_t a, size_t i) {
  size_t k;
  for (k = a; k < i; k++)
    if (s->cues[k] & (NSP_CUE_ORG_HEAD | NSP_CUE_ORG_SUFFIX | NSP_CUE_LOC_SUFFIX))
      return 1;
  return 0;
}

/* Are tokens [a, i) all given names ("Billie Jean")? */
static int all_given(names *s, size_t a, size_t i) {
  size_t k;
  if (i <= a)
    return 0;
  for (k = a; k < i; k++)
    if (!(s->cues[k] & NSP_CUE_GIVEN) || (s->tok[k].flags & NSP_TOK_UPPER))
      return 0;
  return 1;
}

/* End of a chunk starting at name token a. */
/* A step of chunk_end at token *i: NO_STEP when the rule does not apply;
 * GO on from *i; or STOP with the chunk ending before *i. */
enum { NO_STEP = -1, STOP = 0, GO = 1 };

/* Hyphens and "&" inside a name. */
static int hyphen_step(names *s, size_t a, size_t *at) {
  size_t i = *at;
  const nsp_token *t = &s->tok[i];
  /* "Ata-ur-Rehman", "Inzamam-ul-Haq": a short particle between hyphens */
  if (tok_is(s, i, "-") && !(t->flags & NSP_TOK_SPACE_BEFORE) && i + 3 < s->n &&
      (s->tok[i + 1].flags & NSP_TOK_LOWER) && tok_len(s, i + 1) <= 3 && tok_is(s, i + 2, "-") &&
      !(s->tok[i + 1].flags & NSP_TOK_SPACE_BEFORE) &&
      !(s->tok[i + 2].flags & NSP_TOK_SPACE_BEFORE) &&
      !(s->tok[i + 3].flags & NSP_TOK_SPACE_BEFORE) && name_token(s, i + 3)) {
    *at = i + 4;
    return GO;
  }
  /* "Kim In-so", "Li Song-ho": a lower-case syllable after a hyphen */
  if (tok_is(s, i, "-") && !(t->flags & NSP_TOK_SPACE_BEFORE) && i + 1 < s->n && i >= a + 2 &&
      (s->cues[a] & NSP_CUE_GIVEN) && (s->tok[i + 1].flags & NSP_TOK_LOWER) &&
      tok_len(s, i + 1) <= 4 && !(s->tok[i + 1].flags & NSP_TOK_SPACE_BEFORE) &&
      (i + 2 >= s->n || s->tok[i + 2].flags & (NSP_TOK_SPACE_BEFORE | NSP_TOK_PUNCT))) {
    *at = i + 2;
    return STOP;
  }
  /* inner hyphen or ampersand between name tokens: "Al-Ain", "AT&T" */
  if ((tok_is(s, i, "-") && !(t->flags & NSP_TOK_SPACE_BEFORE) && i + 1 < s->n &&
       !(s->tok[i + 1].flags & NSP_TOK_SPACE_BEFORE) && name_token(s, i + 1)) ||
      (tok_is(s, i, "&") && i + 1 < s->n && name_token(s, i + 1))) {
    *at = i + 1;
    return GO;
  }
  return NO_STEP;
}

/* A given name, then a word the tagger took for an office or a place:
 * "John Major", "Michael Jordan", "Wang Donghai". */
static int surname_step(names *s, size_t a, size_t *at) {
  size_t i = *at;
  const nsp_token *t = &s->tok[i];
  if (s->cover[i] >= 0 && !caps_line(s, a) && all_given(s, a, i) &&
      (t->flags & NSP_TOK_SPACE_BEFORE) && (t->flags & NSP_TOK_CAP) &&
      !(t->flags & NSP_TOK_UPPER) && (i + 1 >= s->n || s->cover[i + 1] != s->cover[i]) &&
      label_of(s, s->cover[i]) == NEWSPARSE_LABEL_OFFICE) {
    *at = i + 1; /* "John Major", "Billie Jean King" */
    return STOP;
  }
  if ((i == a + 1 || (s->cues[a] & NSP_CUE_GIVEN)) && s->cover[i] >= 0 && !caps_line(s, a) &&
      (((s->cues[a] & NSP_CUE_GIVEN) && !(s->tok[a].flags & NSP_TOK_UPPER)) ||
       (!(s->cues[a] & (NSP_CUE_COMMON | NSP_CUE_FUNCTION | NSP_CUE_ORG_HEAD)) &&
        !(s->tok[a].flags & (NSP_TOK_UPPER | NSP_TOK_SENT_START)))) &&
      (t->flags & NSP_TOK_SPACE_BEFORE) && (t->flags & NSP_TOK_CAP) &&
      !(t->flags & NSP_TOK_UPPER) && (i + 1 >= s->n || s->cover[i + 1] != s->cover[i])) {
    int l = label_of(s, s->cover[i]);
    if (l == NEWSPARSE_LABEL_LOCATION || l == NEWSPARSE_LABEL_COUNTRY) {
      *at = i + 1;
      return STOP;
    }
  }
  return NO_STEP;
}

/* Particles inside a name: "Marina del Pilar Avila", even where a word
 * after the particle is also a place ("Pilar"). */
static int particle_step(names *s, size_t a, size_t *at) {
  size_t i = *at, j = i + 1;
  if (!(s->cues[i] & NSP_CUE_PARTICLE) || i + 1 >= s->n ||
      (s->tok[i + 1].flags & NSP_TOK_SENT_START))
    return NO_STEP;
  while (j < s->n && (s->cues[j] & NSP_CUE_PARTICLE) && j < i + 3) /* "van der" */
    j++;
  if (j < s->n && name_token(s, j)) {
    *at = j;
    return GO;
  }
  if ((s->cues[a] & NSP_CUE_GIVEN) && s->cover[i + 1] >= 0 && i + 2 < s->n &&
      s->cover[i + 2] != s->cover[i + 1] && name_token(s, i + 2) &&
      !(s->tok[i + 2].flags & NSP_TOK_SENT_START)) {
    *at = i + 2;
    return GO;
  }
  return NO_STEP;
}

/* Do the capitalised words from token i on end with an institution's
 * head ("Drug Administration", "Reconciliation Commission")?  Not a
 * company's legal form or a person: "KeyCorp and Banc One Corp.",
 * "Cargill and Louis Dreyfus Corp" are two. */
static int head_ahead(names *s, size_t i) {
  size_t k = i;
  nsp_cues last;
  if (i >= s->n || (s->cues[i] & (NSP_CUE_GIVEN | NSP_CUE_FUNCTION)))
    return 0;
  while (k < s->n && k < i + 4 && name_token(s, k) && !(s->tok[k].flags & NSP_TOK_SENT_START))
    k++;
  if (k == i)
    return 0;
  last = s->cues[k - 1];
  return (last & (NSP_CUE_ORG_HEAD | NSP_CUE_ORG_SUFFIX)) && !(last & NSP_CUE_NAME_ABBREVIATION) &&
         !(s->tok[k - 1].flags & (NSP_TOK_UPPER | NSP_TOK_ABBR));
}

/* "of", "for", "and" inside an organisation or place name: "Bank of
 * Japan", "Center for Strategic Studies", "Securities and Exchange
 * Commission", "Food and Drug Administration" (one word before "and");
 * after "of" a known place joins too ("University of Michigan"). */
static int connector_step(names *s, size_t a, size_t *at) {
  size_t i = *at;
  if (!((tok_is(s, i, "of") || tok_is(s, i, "for") ||
         (tok_is(s, i, "and") && (!(s->cues[i - 1] & NSP_CUE_ORG_SUFFIX) || i - 1 == a ||
                                  (s->cues[i - 2] & NSP_CUE_FUNCTION)))) &&
        i + 1 < s->n && !(s->tok[i + 1].flags & NSP_TOK_SENT_START) &&
        (org_like(s, a, i) || ((i == a + 1 || (i == a + 2 && (s->cues[a] & NSP_CUE_FUNCTION))) &&
                               tok_is(s, i, "and") && head_ahead(s, i + 1)))))
    return NO_STEP;
  if (name_token(s, i + 1)) {
    *at = i + 1;
    return GO;
  }
  if (tok_is(s, i, "of") && s->cover[i + 1] >= 0) {
    long e = s->cover[i + 1];
    int l = label_of(s, e);
    if (l == NEWSPARSE_LABEL_LOCATION || l == NEWSPARSE_LABEL_COUNTRY) {
      i += 1;
      while (i < s->n && s->cover[i] == e)
        i++;
      *at = i;
      return STOP;
    }
  }
  return NO_STEP;
}

/* An organisation's word that is no name on its own ("Group": "Group B"
 * is none) goes on one: "Gartner Group", "Acme Group Inc".  Not in a
 * sports report, where "National League" is a competition.  A dotted
 * legal form ends one in any case: "Krpaco a.s.". */
static int suffix_step(names *s, size_t *at) {
  size_t i = *at;
  unsigned f = s->tok[i].flags;
  if (s->cover[i] != -1 || !(s->cues[i] & NSP_CUE_ORG_SUFFIX) || !(f & NSP_TOK_SPACE_BEFORE))
    return NO_STEP;
  if ((f & NSP_TOK_ABBR) && (f & NSP_TOK_LOWER)) {
    *at = i + 1;
    return STOP;
  }
  if (s->sports || !(s->cues[i] & NSP_CUE_NOT_NAME) || !(f & NSP_TOK_CAP))
    return NO_STEP;
  *at = i + 1;
  return GO;
}

size_t nm_chunk_end(names *s, size_t a) {
  size_t i = a + 1;
  if (is_initial(s, a))
    i = a + 2;
  while (i < s->n) {
    int step;
    /* names do not run over a line break: in lists and tables each line
     * stands alone, and a wrapped name is rarer than a list of names */
    if (s->tok[i].flags & (NSP_TOK_SENT_START | NSP_TOK_LINE_START))
      break;
    if (name_token(s, i)) {
      i += is_initial(s, i) ? 2 : 1;
      continue;
    }
    if ((step = hyphen_step(s, a, &i)) == NO_STEP && (step = surname_step(s, a, &i)) == NO_STEP &&
        (step = particle_step(s, a, &i)) == NO_STEP && (step = suffix_step(s, &i)) == NO_STEP)
      step = connector_step(s, a, &i);
    if (step != GO)
      break;
  }
  /* never end on a connector */
  while (i > a + 1 && !name_token(s, i - 1) && !tok_is(s, i - 1, ".") && s->cover[i - 1] < 0 &&
         !(s->cues[i - 1] & NSP_CUE_ORG_SUFFIX) &&
         !(i >= 2 && tok_is(s, i - 2, "-") && (s->tok[i - 1].flags & NSP_TOK_LOWER)))
    i--;
  return i;
}

static size_t words_in(names *s, size_t a, size_t b) {
  size_t k, w = 0;
  for (k = a; k < b; k++)
    if ((s->tok[k].flags & NSP_TOK_WORD) && !(s->cues[k] & NSP_CUE_PARTICLE) && !tok_is(s, k, "of"))
      w++;
  return w;
}

/* An acronym in brackets after the lower-case words it abbreviates: a
 * term, not a name ("dark northern spring (DNS) wheat", "the cash
 * reserve ratio (CRR)"). */
static int defines_term(names *s, size_t i) {
  size_t l = tok_len(s, i), k, w;
  const char *t = tok_text(s, i);
  if (i < l + 1 || !tok_is(s, i - 1, "(") || !tok_is(s, i + 1, ")"))
    return 0;
  for (k = 0, w = i - 1 - l; k < l; k++, w++) {
    const char *wt = tok_text(s, w);
    if (!(s->tok[w].flags & NSP_TOK_LOWER) || (wt[0] & ~32) != t[k])
      return 0;
  }
  return 1;
}

/* An organisation's acronym: three to five capitals, no digits, not a field
 * label ("CUSIP:"). */
static int acronym(names *s, size_t i) {
  size_t l = tok_len(s, i), k;
  const char *t = tok_text(s, i);
  if (!(s->tok[i].flags & NSP_TOK_UPPER) || l < 3 || l > 5 || (s->cues[i] & NSP_CUE_COMMON) ||
      (i + 1 < s->n && tok_is(s, i + 1, ":")))
    return 0;
  for (k = 0; k < l; k++)
    if (t[k] < 'A' || t[k] > 'Z')
      return 0;
  return 1;
}

/* The figure at position i is an amount with thousands separators
 * ("Tegel 10,896 up 3.1", "NEW YORK 5,710.53"): a table of traffic or
 * prices, not a match's score. */
static int amount_at(const char *t, size_t len, size_t i) {
  size_t digits = 0;
  for (; i < len && t[i] >= '0' && t[i] <= '9'; i++)
    digits++;
  return digits >= 1 && digits <= 3 && i + 3 < len && t[i] == ',' && t[i + 1] >= '0' &&
         t[i + 1] <= '9' && t[i + 2] >= '0' && t[i + 2] <= '9' && t[i + 3] >= '0' &&
         t[i + 3] <= '9';
}

/* A results line ("Somerset 83 and 174", "Boston 5 Detroit 3"): a digit
 * right after position `end`, not an amount, on a line holding at least
 * two numbers. */
int nm_score_follows(const char *t, size_t len, size_t end, line_numbers *c) {
  size_t i = end, ls, le, numbers = 0;
  while (i < len && t[i] == ' ')
    i++;
  if (i == end || i >= len || t[i] < '0' || t[i] > '9' || amount_at(t, len, i))
    return 0;
  if (!c->valid || end < c->start || end > c->end) {
    ls = end;
    while (ls > 0 && t[ls - 1] != '\n')
      ls--;
    for (le = ls; le < len && t[le] != '\n'; le++)
      if (t[le] >= '0' && t[le] <= '9' && (le == ls || t[le - 1] < '0' || t[le - 1] > '9'))
        numbers++;
    c->start = ls;
    c->end = le;
    c->numbers = numbers;
    c->valid = 1;
  }
  return c->numbers >= 2;
}

/* The figure after a name is a player's, not a team's score: a bowler's
 * analysis ("25-8-61-1", "29.2-9-83-3"), a decimal ("57.2", "66.60"; not
 * "12.10 (82)"), a time ("1:53.067"), an ordinal minute ("(Smith 25th)")
 * or a telephone number ("312-408-8721"). */
int nm_player_figures(const char *t, size_t len, size_t i) {
  int groups = 0, long_groups = 0;
  size_t start;
  while (i < len && t[i] == ' ')
    i++;
  start = i;
  while (i < len && t[i] >= '0' && t[i] <= '9') {
    size_t g = i;
    while (i < len && t[i] >= '0' && t[i] <= '9')
      i++;
    if (i - g >= 3)
      long_groups++;
    if (groups == 0 && i + 1 < len && (t[i] == '.' || t[i] == ':') && t[i + 1] >= '0' &&
        t[i + 1] <= '9') {
      /* a decimal or a time; "12.10 (82)" is a team's goals, behinds and
       * points in Australian football */
      for (i++; i < len && ((t[i] >= '0' && t[i] <= '9') || t[i] == '.' || t[i] == ':'); i++)
        ;
      return !(i + 1 < len && t[i] == ' ' && t[i + 1] == '(');
    }
    if (groups == 0 && i > start && ordinal_suffix(t, len, i))
      return 1; /* an ordinal */
    groups++;
    if (i < len && t[i] == '-')
      i++;
    else
      break;
  }
  return groups >= 4 || (groups == 3 && long_groups >= 2);
}

/* A match score ("2-1", "3 - 0") on the line from i, within 80 bytes, and
 * no second one after it (a tennis set list "6-3 6-4" names players). */
static int match_score_ahead(const char *t, size_t len, size_t i) {
  size_t e = i + 80 < len ? i + 80 : len, scores = 0, k;
  for (k = i; k < e && t[k] != '\n'; k++) {
    size_t j = k;
    if (scores && (t[k] == ';' || (t[k] == '.' && k + 1 < e && t[k + 1] == ' ')))
      break; /* the sentence ends: a score after it is another match's */
    if (t[k] < '0' || t[k] > '9' || (k > 0 && t[k - 1] >= '0' && t[k - 1] <= '9'))
      continue;
    while (j < e && t[j] >= '0' && t[j] <= '9')
      j++;
    if (j + 1 < e && t[j] == '-' && t[j + 1] >= '0' && t[j + 1] <= '9') {
      scores++;
      k = j + 1;
    } else if (scores) {
      break;
    }
  }
  return scores == 1;
}

/* A team around a result verb: "X beat ...", "... beat X 2-1". */
static int result_slot(names *s, size_t a, size_t b) {
  const char *t = s->d->norm.data;
  size_t len = s->d->norm.len;
  if (((s->cues[a] & NSP_CUE_GIVEN) &&
       !(b >= a + 2 && (label_of(s, s->cover[b - 1]) == NEWSPARSE_LABEL_LOCATION))) ||
      b - a > 4)
    return 0; /* "Pete Sampras beat ..." is a player, "Hertha Berlin beat" a club */
  if (b < s->n && (s->cues[b] & NSP_CUE_RESULT_VERB) && match_score_ahead(t, len, s->tok[b].end))
    return 1;
  return a > 0 && (s->cues[a - 1] & NSP_CUE_RESULT_VERB) &&
         match_score_ahead(t, len, s->tok[b - 1].end) &&
         nm_score_follows(t, len, s->tok[b - 1].end, &s->score_line);
}

/* What classify reads of a chunk [a, b). */
typedef struct chunk_facts {
  size_t a, b, n, last, common, upper;
  const nsp_token *first;
  long before; /* the entity just before the chunk, or -1 */
  int lb;      /* its label */
  int has_of, ampersand;
  int org_before_of; /* an organisation's head or last word before "of": "Patriotic Union of" */
} chunk_facts;

/* In a sports report, a name where a team goes (in_team_slot) and "the
 * Yankees" (one capitalised plural after "the").  A given name is a
 * player's ("against Pete Sampras"). */
static int team_slot(names *s, const chunk_facts *f) {
  size_t a = f->a;
  if (s->cues[a] & NSP_CUE_GIVEN)
    return 0;
  if (in_team_slot(s, a, f->last))
    return 1;
  return f->n == 1 && f->upper == 0 && a > 0 &&
         (tok_is(s, a - 1, "the") || tok_is(s, a - 1, "The")) && plural_word(s, a) &&
         !(f->first->flags & NSP_TOK_LINE_START);
}

/* The name's country in brackets after it ("Anna Berg (Norway)"): the
 * token after the bracket, or 0. */
static size_t country_in_brackets(names *s, size_t b) {
  size_t k;
  if (b + 1 >= s->n || !tok_is(s, b, "(") ||
      label_of(s, s->cover[b + 1]) != NEWSPARSE_LABEL_COUNTRY)
    return 0;
  k = after_entity(s, b + 1);
  return k < s->n && tok_is(s, k, ")") ? k + 1 : 0;
}

/* A results line's team: the name, its country in brackets, a whole
 * number and the other side ("Brann (Norway) 2 Shelbourne (Ireland) 1");
 * a time or a distance ("(Germany) 66.60") is an athlete's. */
static int country_then_score(names *s, size_t b) {
  size_t k = country_in_brackets(s, b), j;
  if (!k || k + 1 >= s->n || !(s->tok[k].flags & NSP_TOK_DIGIT) ||
      (s->tok[k].flags & NSP_TOK_LINE_START))
    return 0;
  for (j = 0; j < tok_len(s, k); j++)
    if (tok_text(s, k)[j] < '0' || tok_text(s, k)[j] > '9')
      return 0;
  /* the other side follows on the same line: a set score ("6-3") or a
   * golfer's round on the next line is no match result */
  return (s->tok[k + 1].flags & (NSP_TOK_CAP | NSP_TOK_UPPER)) &&
         !(s->tok[k + 1].flags & NSP_TOK_LINE_START);
}

/* A player in a sports report's list: a scorer with the minute ("(Pires
 * 35th, 48th)"), or a name after a scorecard's one-letter mark ("c Croft
 * b Cork": caught, bowled). */
static int player_row(names *s, const chunk_facts *f) {
  const char *t = s->d->norm.data;
  size_t i = s->tok[f->last].end, len = s->d->norm.len, a = f->a;
  while (i < len && t[i] == ' ')
    i++;
  if (i < len && t[i] >= '0' && t[i] <= '9') {
    while (i < len && t[i] >= '0' && t[i] <= '9')
      i++;
    if (ordinal_suffix(t, len, i))
      return 1;
  }
  return a > 0 && tok_len(s, a - 1) == 1 && (s->tok[a - 1].flags & NSP_TOK_LOWER) &&
         !tok_is(s, a - 1, "a") && !(s->cues[a - 1] & NSP_CUE_TEAM_SLOT); /* not "v" */
}

/* Token i is a place: a known one, or a city that is also a given name. */
static int place_word(names *s, size_t i) {
  int l = label_of(s, s->cover[i]);
  return l == NEWSPARSE_LABEL_LOCATION || (s->cues[i] & NSP_CUE_AMBIGUOUS_PLACE);
}

/* In a sports report, a club's name with its place: "Ajax Amsterdam",
 * "Red Star Belgrade" (a name before a known place), "Atlanta Braves",
 * "Sydney Bulldogs" (a place before a plural).  A given name first that is
 * no place is a player's ("Jack London"). */
static int club_and_place(names *s, const chunk_facts *f) {
  size_t a = f->a, last = f->last;
  if (f->n < 2 || f->upper == f->n)
    return 0;
  if (s->cover[last] >= 0 && place_word(s, last) && !(s->cues[a] & NSP_CUE_GIVEN))
    return 1;
  return f->n == 2 && place_word(s, a) && s->cover[last] < 0 && plural_word(s, last) &&
         !(s->cues[last] & NSP_CUE_GIVEN);
}

/* "X said on Thursday it ...": a speaker that is "it" is an organisation.
 * From token i (after the verb) up to four lower-case words or a date
 * may come before "it" or "its". */
static int it_follows(names *s, size_t i) {
  size_t k;
  for (k = i; k < s->n && k < i + 5; k++) {
    if (s->cues[k] & NSP_CUE_ORG_PRONOUN)
      return 1;
    if (!(s->tok[k].flags & NSP_TOK_LOWER) && label_of(s, s->cover[k]) != NEWSPARSE_LABEL_DATE)
      return 0;
  }
  return 0;
}

static void chunk_facts_of(names *s, size_t a, size_t b, chunk_facts *f) {
  size_t k;
  int seen_org = 0;
  memset(f, 0, sizeof *f);
  f->a = a;
  f->b = b;
  f->n = words_in(s, a, b);
  f->last = b - 1;
  f->first = &s->tok[a];
  f->before = entity_before(s, a);
  f->lb = label_of(s, f->before);
  for (k = a; k < b; k++) {
    if (tok_is(s, k, "of") || tok_is(s, k, "for")) {
      f->has_of = 1;
      f->org_before_of |= seen_org;
    }
    seen_org |= (s->cues[k] & (NSP_CUE_ORG_HEAD | NSP_CUE_ORG_SUFFIX)) != 0;
    if (k > a && k + 1 < b && tok_is(s, k, "&"))
      f->ampersand = 1;
    if ((s->tok[k].flags & NSP_TOK_WORD) && (s->cues[k] & NSP_CUE_COMMON) &&
        !(s->cues[k] & (NSP_CUE_GIVEN | NSP_CUE_AMBIGUOUS_PLACE)))
      f->common++;
    if (s->tok[k].flags & NSP_TOK_UPPER)
      f->upper++;
  }
}

/* A given name that no lexicon also lists as a city: in a place's context
 * it stays a name ("in Chad's view"); "Atlanta", "Florence" do not. */
static int given_not_place(names *s, size_t a) {
  return (s->cues[a] & NSP_CUE_GIVEN) && !(s->cues[a] & NSP_CUE_AMBIGUOUS_PLACE);
}

/* The evidence rules of the rule files (evidence.h), in their order: the
 * first whose role's word stands where it says, for a name of its size
 * and conditions, gives the label; -1 when none does. */
static int table_evidence(names *s, const chunk_facts *f, int *strong) {
  size_t k, at;
  for (k = 0; k < s->d->n_evidence; k++) {
    const nsp_rule *r = s->d->evidence[k];
    unsigned fl = r->ev_flags;
    if (f->n < r->ev_min || f->n > r->ev_max || ((fl & NSP_EV_NOT_CAPITALS) && f->upper == f->n) ||
        (f->n == 1 && tok_len(s, f->a) == 1) || /* one letter: "N / A" */
        ((fl & NSP_EV_NOT_LINE_START) && (f->first->flags & NSP_TOK_LINE_START)) ||
        ((fl & NSP_EV_NOT_GIVEN) && given_not_place(s, f->a)) ||
        ((fl & NSP_EV_NOT_COMMON) && f->common))
      continue;
    if (r->ev_where == NSP_EV_BEFORE && f->a > 0)
      at = f->a - 1;
    else if (r->ev_where == NSP_EV_AFTER && f->b < s->n)
      at = f->b;
    else if (r->ev_where == NSP_EV_FIRST || r->ev_where == NSP_EV_LAST)
      at = r->ev_where == NSP_EV_FIRST ? f->a : f->last;
    else
      continue;
    if (!(s->cues[at] & r->role) || ((fl & NSP_EV_LOWER) && !(s->tok[at].flags & NSP_TOK_LOWER)))
      continue;
    *strong = !(fl & NSP_EV_WEAK);
    s->evidence_rule = r->id;
    return r->label;
  }
  return -1;
}

/* Evidence inside the name and just around it: suffixes, heads, titles,
 * ages, roles, initials, results tables, given names.  A label, 0 for no
 * name, or -1 when none of it applies. */
static int inner_evidence(names *s, const chunk_facts *f, int *strong) {
  int label;
  size_t a = f->a, b = f->b, n = f->n, upper = f->upper;
  if (n == 1 && (s->cues[a] & NSP_CUE_FUNCTION))
    return 0;
  /* names joined by "&" are a firm, not a person: "Procter & Gamble",
   * "Johnson & Johnson", "AT&T" */
  if (f->ampersand)
    return NEWSPARSE_LABEL_ORG;
  if ((s->cues[f->last] & NSP_CUE_ORG_SUFFIX) && (n >= 2 || f->before >= 0))
    return NEWSPARSE_LABEL_ORG;
  if (f->org_before_of) /* "Bank of England", "Patriotic Union of Kurdistan" */
    return NEWSPARSE_LABEL_ORG;
  if (f->has_of && (s->cues[a] & NSP_CUE_LOC_SUFFIX) && !(s->cues[a] & NSP_CUE_ORG_HEAD))
    return NEWSPARSE_LABEL_LOCATION; /* "Bay of Bengal" */
  if ((s->cues[f->last] & NSP_CUE_LOC_SUFFIX) && n >= 2)
    return NEWSPARSE_LABEL_LOCATION;
  /* a generational suffix ends a person's name: "Ken Griffey Jr" */
  if (n >= 2 && (s->cues[f->last] & NSP_CUE_NAME_SUFFIX) && upper < n)
    return NEWSPARSE_LABEL_PERSON;
  if (a > 0 && ((s->cues[a - 1] & NSP_CUE_HONORIFIC) ||
                (a > 1 && tok_is(s, a - 1, ".") && (s->cues[a - 2] & NSP_CUE_HONORIFIC))))
    return NEWSPARSE_LABEL_PERSON;
  if (f->lb == NEWSPARSE_LABEL_OFFICE && upper < n)
    return NEWSPARSE_LABEL_PERSON;
  /* an age: "20-year-old X", "X, 45, said" (one everyday word is no name:
   * "a 58-year-old Republican") */
  if (upper < n && n <= 3 && !(n == 1 && (s->cues[a] & NSP_CUE_COMMON)) &&
      ((a >= 3 && tok_is(s, a - 1, "old") && tok_is(s, a - 2, "-") && tok_is(s, a - 3, "year")) ||
       (b + 2 < s->n && tok_is(s, b, ",") && tok_is(s, b + 2, ",") &&
        (s->tok[b + 1].flags & NSP_TOK_DIGIT) && tok_len(s, b + 1) == 2)))
    return NEWSPARSE_LABEL_PERSON;
  /* the evidence of the rule files: "striker X", "the Green Alliance party", "the
   * news agency X", "Helmand province", "the Clinton administration"
   * (lib/rules/49-evidence.rules) */
  if ((label = table_evidence(s, f, strong)) >= 0)
    return label;
  if (is_initial(s, a) && n >= 2)
    return NEWSPARSE_LABEL_PERSON;
  if (s->sports && upper < n && nm_scorers_follow(s, b))
    return NEWSPARSE_LABEL_ORG; /* a side and its scorers */
  /* a row of a players' table, decided by the table's other rows */
  if (s->player_line && s->player_line[a] && n <= 3 && upper < n &&
      !(s->cues[f->last] & NSP_CUE_ORG_SUFFIX) && nm_row_head(s, a) && b < s->n &&
      ((s->tok[b].flags & NSP_TOK_DIGIT) || tok_is(s, b, "(")))
    return NEWSPARSE_LABEL_PERSON;
  /* a team in a results table, a firm in a table of firms; outside sports
   * reports not a row of everyday words ("Net Income 9,167", "Yellow") */
  if ((s->sports || f->common == 0) && n <= 3 && upper < n && b < s->n &&
      label_of(s, s->cover[b]) != NEWSPARSE_LABEL_DATE &&
      !(a > 0 && (s->tok[a - 1].flags & NSP_TOK_LOWER)) && /* "b Smith 22": a player */
      /* a given name and a surname is a player, also when the surname is a
       * given name too: "Colin Montgomerie 66 70", "Gary Emerson 68" */
      !((s->cues[a] & NSP_CUE_GIVEN) && !(s->cues[a] & NSP_CUE_COMMON) && n >= 2 &&
        !(s->cues[f->last] & NSP_CUE_ORG_SUFFIX)) &&
      nm_score_follows(s->d->norm.data, s->d->norm.len, s->tok[b - 1].end, &s->score_line) &&
      !nm_player_figures(s->d->norm.data, s->d->norm.len, s->tok[b - 1].end))
    return NEWSPARSE_LABEL_ORG;
  /* a given name and a town before or after a result verb is a club:
   * "Lazio beat Hertha Berlin 2-1" */
  if (s->sports && (s->cues[a] & NSP_CUE_GIVEN) && b >= a + 2 &&
      label_of(s, s->cover[b - 1]) == NEWSPARSE_LABEL_LOCATION && result_slot(s, a, b)) {
    *strong = 0;
    return NEWSPARSE_LABEL_ORG;
  }
  if (s->sports && n <= 3 && upper < n && !(s->cues[f->last] & NSP_CUE_ORG_SUFFIX) &&
      player_row(s, f))
    return NEWSPARSE_LABEL_PERSON;
  if (s->sports && club_and_place(s, f))
    return NEWSPARSE_LABEL_ORG;
  if ((s->cues[a] & NSP_CUE_GIVEN) && n >= 2 && n <= 4 && upper < n &&
      !(s->cues[f->last] & NSP_CUE_GIVEN && f->common == n))
    return NEWSPARSE_LABEL_PERSON;
  return -1;
}

/* "and", "or" or a comma between the items of a list. */
static int list_word(names *s, size_t i) {
  return tok_is(s, i, "and") || tok_is(s, i, "or") || tok_is(s, i, ",");
}

/* Is token k (the end or start of a name) a place: one the tagger found,
 * or one this stage has tagged? */
static int place_at(names *s, size_t k) {
  const known_name *kn;
  int l = label_of(s, s->cover[k]);
  if (l == NEWSPARSE_LABEL_LOCATION || l == NEWSPARSE_LABEL_COUNTRY)
    return !(s->cues[k] & NSP_CUE_GIVEN); /* not "Davenport and Mary Joe" */
  return s->cover[k] < 0 && (kn = nm_known_mention(s, k, 1)) != NULL &&
         kn->label == NEWSPARSE_LABEL_LOCATION;
}

/* Evidence in the words around the name: a noun after it, a kind of
 * organisation before it, an acronym, "X, <country>", a speech verb, a
 * locative preposition.  As inner_evidence. */

static int context_evidence(names *s, const chunk_facts *f, int *strong) {
  size_t a = f->a, b = f->b, n = f->n, upper = f->upper;
  if (result_slot(s, a, b)) {
    *strong = 0; /* a team in a match report: not spread from here */
    return NEWSPARSE_LABEL_ORG;
  }
  if (s->sports && team_slot(s, f)) {
    *strong = 0;
    return NEWSPARSE_LABEL_ORG;
  }
  if (s->sports && !(s->cues[a] & NSP_CUE_GIVEN) && country_then_score(s, b))
    return NEWSPARSE_LABEL_ORG;
  /* otherwise a country in brackets after a name is a player's: "Kleinova
   * (Czech Republic) 6-3 6-4", "Ong Ewe Hock (Malaysia) beat" */
  if (s->sports && n <= 4 && upper < n && country_in_brackets(s, b))
    return NEWSPARSE_LABEL_PERSON;
  if (n == 1 && acronym(s, a) && defines_term(s, a)) {
    s->term = 1; /* remembered: the term's later mentions are no names */
    return 0;
  }
  if (n == 1 && acronym(s, a) && !caps_line(s, a)) {
    *strong = 2; /* an acronym: spread, but never joined to a place */
    return NEWSPARSE_LABEL_ORG;
  }
  /* "Palmyra, Syria": a place followed by its country or region; not a
   * reporter before a newsroom ("Jane Roe, Athens Newsroom") */
  if (n <= 2 && b + 1 < s->n && tok_is(s, b, ",") && s->cover[b + 1] >= 0) {
    int l = label_of(s, s->cover[b + 1]);
    size_t k = after_entity(s, b + 1);
    if ((l == NEWSPARSE_LABEL_COUNTRY || l == NEWSPARSE_LABEL_LOCATION) &&
        !(k < s->n && (s->cues[k] & NSP_CUE_ORG_SUFFIX) && (s->tok[k].flags & NSP_TOK_CAP)))
      return NEWSPARSE_LABEL_LOCATION;
  }
  if (b < s->n && (s->cues[b] & NSP_CUE_PERSON_VERB) && !tok_is(s, b, "who") &&
      it_follows(s, b + 1))
    return NEWSPARSE_LABEL_ORG;
  /* "Interacciones kept its forecast": a verb and "its" after the name */
  if (b + 1 < s->n && n <= 3 && (s->tok[b].flags & NSP_TOK_LOWER) &&
      !(s->cues[b] & NSP_CUE_FUNCTION) && tok_is(s, b + 1, "its"))
    return NEWSPARSE_LABEL_ORG;
  if (b < s->n && (s->cues[b] & NSP_CUE_PERSON_VERB) && n >= 2 && n <= 3 && upper == 0)
    return NEWSPARSE_LABEL_PERSON;
  if (a > 0 && (s->cues[a - 1] & NSP_CUE_LOC_PREP) && (s->tok[a - 1].flags & NSP_TOK_LOWER) &&
      n <= 2 && !given_not_place(s, a) && !caps_line(s, a) && f->common == 0 && upper == 0)
    return NEWSPARSE_LABEL_LOCATION;
  /* in a sports report a name after "at" is where the match is played:
   * "at Old Trafford", "at Headingley"; "away at X" is a team's ground */
  if (s->sports && a > 1 && tok_is(s, a - 1, "at") && !tok_is(s, a - 2, "away") && n <= 3 &&
      upper < n && !(s->cues[a] & NSP_CUE_GIVEN) && !caps_line(s, a)) {
    *strong = 0; /* "a flying kick at Moura": not spread from here */
    return NEWSPARSE_LABEL_LOCATION;
  }
  /* a state's abbreviation without its dot after "<place>,": "Tulsa,
   * Okla", "Duluth, Minn" (lexicon abbr.states; not before a name: "Paris,
   * Gen Smith said") */
  if (n == 1 && (s->cues[a] & NSP_CUE_TITLE_ABBR) && a >= 2 && tok_is(s, a - 1, ",") &&
      place_at(s, a - 2) && !(b < s->n && (s->tok[b].flags & (NSP_TOK_CAP | NSP_TOK_UPPER))))
    return NEWSPARSE_LABEL_LOCATION;
  /* a city that is also a given name in a list of places: "in Hamilton
   * and Wellington", "Wellington, Auckland and Nelson" */
  if (n == 1 && (s->cues[a] & NSP_CUE_AMBIGUOUS_PLACE) && !caps_line(s, a) &&
      ((a >= 2 && list_word(s, a - 1) && place_at(s, a - 2)) ||
       (b + 1 < s->n && list_word(s, b) && place_at(s, b + 1))))
    return NEWSPARSE_LABEL_LOCATION;
  /* a city that is also a given name, before a score: a team's place
   * ("CLEVELAND 76 48 .613", "Atlanta 5 Houston 3") */
  if (n == 1 && (s->cues[a] & NSP_CUE_AMBIGUOUS_PLACE) &&
      nm_score_follows(s->d->norm.data, s->d->norm.len, s->tok[a].end, &s->score_line))
    return NEWSPARSE_LABEL_LOCATION;
  if (n == 1 && (s->cues[a] & (NSP_CUE_FUNCTION | NSP_CUE_HONORIFIC)))
    return 0;
  return -1;
}

/* The weakest readings, a PERSON not spread through the document: one
 * word that is a given name or speaks ("Duran told reporters"), or two or
 * three plain capitalised words. */
static int weak_guess(names *s, const chunk_facts *f, int *strong) {
  size_t a = f->a, b = f->b, n = f->n, upper = f->upper, common = f->common;
  const nsp_token *first = f->first;
  if (n == 1 && !caps_line(s, a) && upper == 0 && tok_len(s, a) > 2 &&
      !nm_score_follows(s->d->norm.data, s->d->norm.len, s->tok[a].end, &s->score_line) &&
      /* at a sentence start only when a verb or punctuation follows:
       * "Brent crude rose" is no person */
      (!(first->flags & NSP_TOK_SENT_START) || b >= s->n || (s->tok[b].flags & NSP_TOK_PUNCT) ||
       (s->cues[b] & NSP_CUE_PERSON_VERB)) &&
      (((s->cues[a] & NSP_CUE_GIVEN) && !(s->cues[a] & NSP_CUE_COMMON)) ||
       (b < s->n && (s->cues[b] & NSP_CUE_PERSON_VERB) && !tok_is(s, b, "who") &&
        !(s->cues[a] & NSP_CUE_COMMON)))) {
    *strong = 0;
    return NEWSPARSE_LABEL_PERSON;
  }
  if (n >= 2 && n <= 3 && upper == 0 && !caps_line(s, a) &&
      (common == 0 || (common == 1 && !(s->cues[a] & (NSP_CUE_COMMON | NSP_CUE_GIVEN)) &&
                       !(s->cues[f->last] & (NSP_CUE_ORG_HEAD | NSP_CUE_LOC_SUFFIX)))) &&
      tok_len(s, a) > 1 && tok_len(s, f->last) > 1 &&
      !(s->d->st.has_headline && s->tok[a].start < s->d->st.headline.end)) {
    *strong = 0; /* the weakest guess: tagged here, not spread */
    return NEWSPARSE_LABEL_PERSON;
  }
  return 0;
}

/* The label of chunk [a, b) (0: no name) and how strongly the evidence
 * holds (*strong: 1 evidence, 2 an acronym, 0 a guess). */
int nm_classify(names *s, size_t a, size_t b, int *strong) {
  chunk_facts f;
  const known_name *kn;
  int label;
  *strong = 1;
  s->evidence_rule = NULL;
  s->term = 0;
  s->d->work += b - a + 1;
  /* a name the document has already tagged keeps its label */
  if ((kn = nm_known_mention(s, a, b - a)) != NULL)
    return kn->label;
  chunk_facts_of(s, a, b, &f);
  if ((label = inner_evidence(s, &f, strong)) >= 0 ||
      (label = context_evidence(s, &f, strong)) >= 0)
    return label;
  return weak_guess(s, &f, strong);
}
