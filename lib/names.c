/*
 * names.c - the name stage: PERSON, ORG and LOCATION for names that no
 * gazetteer knows.
 *
 * In: tokens with lexicon cues (common word, given name, honorific, org
 * suffix, ...) and the entities the tagger selected.  Out: more entities.
 *
 * 1. Chunks: runs of capitalised tokens not covered by an entity, with
 *    name particles ("del", "van"), initials ("J."), inner hyphens and "&".
 *    A common word that only starts the sentence is dropped from a chunk.
 *    On Title Case or ALL CAPS lines capitals prove nothing, so chunks there
 *    take only words that are not everyday English.
 * 2. Evidence decides the label: an organisation suffix or "X of Y" head
 *    (ORG), a place suffix or "X, <country>" (LOCATION), a title, honorific,
 *    initial or given name before the name, or a speech verb after it
 *    (PERSON).  Without evidence nothing is tagged.
 * 3. Adjacent entities join an organisation ("Mexican" + "Foreign Ministry").
 * 4. The document is used as a whole: once "Claudia Sheinbaum" is a PERSON,
 *    "Sheinbaum" is one too, in headlines and lists as well; a chunk that
 *    was tagged once is tagged the same everywhere.
 */
#include "names.h"
#include "calendar.h"
#include "tagger.h"

#include <stdlib.h>
#include <string.h>

/* The numbers on one line, counted once: a long line is asked about at
 * every name on it, so recounting per name would be quadratic. */
typedef struct line_numbers {
  size_t start, end; /* the line [start, end) last counted */
  size_t numbers;
  int valid;
} line_numbers;

typedef struct names {
  nsp_doc *d;
  nsp_token *tok;
  size_t n;
  long *cover;             /* per token: index of the entity covering it, or -1 */
  nsp_buf added;           /* nsp_entity */
  nsp_buf known;           /* known_name, for propagation */
  nsp_gazetteer *mentions; /* lower-cased words of a strong mention -> known index */
  nsp_gazetteer *surnames; /* last word of a multi-word PERSON -> known index */
  nsp_buf key;             /* scratch key */
  size_t longest;          /* most words in a known mention */
  /* the tokens a name can start at, ascending (capitalised, or a given
   * name): the passes walk these instead of every token */
  uint32_t *starts;
  size_t n_starts;
  line_numbers score_line; /* the last line score_follows counted */
} names;

typedef struct known_name {
  size_t first, count; /* tokens of one tagged mention */
  int label;
  int strong; /* found with evidence, not by the weakest default */
} known_name;

static const char *tok_text(names *s, size_t i) { return s->d->norm.data + s->tok[i].start; }
static size_t tok_len(names *s, size_t i) { return s->tok[i].end - s->tok[i].start; }

static int tok_is(names *s, size_t i, const char *w) {
  size_t n;
  if (i >= s->n || *tok_text(s, i) != w[0]) /* the first byte rules out most */
    return 0;
  n = strlen(w);
  return tok_len(s, i) == n && memcmp(tok_text(s, i), w, n) == 0;
}

static int is_lower_word(names *s, size_t i, const char *const *words) {
  for (; *words; words++)
    if (tok_is(s, i, *words))
      return 1;
  return 0;
}

static int caps_line(names *s, size_t i) { return (s->tok[i].flags & NSP_TOK_CAPS_LINE) != 0; }

/* An initial: one capital letter followed directly by a full stop. */
static int is_initial(names *s, size_t i) {
  return i + 1 < s->n && tok_len(s, i) == 1 && (s->tok[i].flags & NSP_TOK_CAP) &&
         tok_is(s, i + 1, ".") && !(s->tok[i + 1].flags & NSP_TOK_SPACE_BEFORE);
}

/* May token i be part of a name? */
static int name_token(names *s, size_t i) {
  const nsp_token *t = &s->tok[i];
  if (s->cover[i] >= 0 || !(t->flags & NSP_TOK_WORD) || (t->flags & NSP_TOK_DIGIT) ||
      !(t->flags & (NSP_TOK_CAP | NSP_TOK_UPPER)) || (t->cues & NSP_CUE_NOT_NAME))
    return 0;
  if (caps_line(s, i) && (t->cues & (NSP_CUE_COMMON | NSP_CUE_FUNCTION)) &&
      !(t->cues & NSP_CUE_GIVEN))
    return 0;
  return 1;
}

/* Does the chunk [a, i) read like an organisation or place so far? */
static int org_like(names *s, size_t a, size_t i) {
  size_t k;
  for (k = a; k < i; k++)
    if (s->tok[k].cues & (NSP_CUE_ORG_HEAD | NSP_CUE_ORG_SUFFIX | NSP_CUE_LOC_SUFFIX))
      return 1;
  return 0;
}

static int label_of(names *s, long e);

/* Are tokens [a, i) all given names ("Billie Jean")? */
static int all_given(names *s, size_t a, size_t i) {
  size_t k;
  if (i <= a)
    return 0;
  for (k = a; k < i; k++)
    if (!(s->tok[k].cues & NSP_CUE_GIVEN) || (s->tok[k].flags & NSP_TOK_UPPER))
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
      (s->tok[a].cues & NSP_CUE_GIVEN) && (s->tok[i + 1].flags & NSP_TOK_LOWER) &&
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
  if ((i == a + 1 || (s->tok[a].cues & NSP_CUE_GIVEN)) && s->cover[i] >= 0 && !caps_line(s, a) &&
      (((s->tok[a].cues & NSP_CUE_GIVEN) && !(s->tok[a].flags & NSP_TOK_UPPER)) ||
       (!(s->tok[a].cues & (NSP_CUE_COMMON | NSP_CUE_FUNCTION | NSP_CUE_ORG_HEAD)) &&
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
  if (!(s->tok[i].cues & NSP_CUE_PARTICLE) || i + 1 >= s->n ||
      (s->tok[i + 1].flags & NSP_TOK_SENT_START))
    return NO_STEP;
  while (j < s->n && (s->tok[j].cues & NSP_CUE_PARTICLE) && j < i + 3) /* "van der" */
    j++;
  if (j < s->n && name_token(s, j)) {
    *at = j;
    return GO;
  }
  if ((s->tok[a].cues & NSP_CUE_GIVEN) && s->cover[i + 1] >= 0 && i + 2 < s->n &&
      s->cover[i + 2] != s->cover[i + 1] && name_token(s, i + 2) &&
      !(s->tok[i + 2].flags & NSP_TOK_SENT_START)) {
    *at = i + 2;
    return GO;
  }
  return NO_STEP;
}

/* "of", "for", "and" inside an organisation or place name: "Bank of
 * Japan", "Center for Strategic Studies", "Securities and Exchange
 * Commission"; after "of" a known place joins too ("University of
 * Michigan"). */
static int connector_step(names *s, size_t a, size_t *at) {
  size_t i = *at;
  if (!((tok_is(s, i, "of") || tok_is(s, i, "for") ||
         (tok_is(s, i, "and") && !(s->tok[i - 1].cues & NSP_CUE_ORG_SUFFIX))) &&
        i + 1 < s->n && !(s->tok[i + 1].flags & NSP_TOK_SENT_START) && org_like(s, a, i)))
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

/* Where the chunk of capitalised words starting at token a ends. */
static size_t chunk_end(names *s, size_t a) {
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
        (step = particle_step(s, a, &i)) == NO_STEP)
      step = connector_step(s, a, &i);
    if (step != GO)
      break;
  }
  /* never end on a connector */
  while (i > a + 1 && !name_token(s, i - 1) && !tok_is(s, i - 1, ".") && s->cover[i - 1] < 0 &&
         !(i >= 2 && tok_is(s, i - 2, "-") && (s->tok[i - 1].flags & NSP_TOK_LOWER)))
    i--;
  return i;
}

/* "Inc." and "Jr." keep their full stop. */
static size_t with_abbreviation_dot(names *s, size_t b) {
  static const char *const abbr[] = {"Inc", "Corp", "Co",   "Cos",  "Ltd", "Bros",
                                     "Plc", "Dept", "Assn", "Intl", NULL};
  if (b < s->n && b > 0 && tok_is(s, b, ".") && !(s->tok[b].flags & NSP_TOK_SPACE_BEFORE) &&
      is_lower_word(s, b - 1, abbr))
    return b + 1;
  return b;
}

static size_t words_in(names *s, size_t a, size_t b) {
  size_t k, w = 0;
  for (k = a; k < b; k++)
    if ((s->tok[k].flags & NSP_TOK_WORD) && !(s->tok[k].cues & NSP_CUE_PARTICLE) &&
        !tok_is(s, k, "of"))
      w++;
  return w;
}

/* The entity that ends right before token a (only white space between). */
static long entity_before(names *s, size_t a) {
  size_t k;
  if (a == 0 || s->cover[a - 1] < 0)
    return -1;
  for (k = s->tok[a - 1].end; k < s->tok[a].start; k++)
    if (s->d->norm.data[k] == '\n')
      return -1;
  return s->cover[a - 1];
}

static int label_of(names *s, long e) {
  return e < 0 ? 0 : NSP_VEC_AT(&s->d->entities, nsp_entity, (size_t)e).label;
}

static const known_name *known_mention(names *s, size_t a, size_t count);

/* An organisation's acronym: three to five capitals, no digits, not a field
 * label ("CUSIP:"). */
static int acronym(names *s, size_t i) {
  size_t l = tok_len(s, i), k;
  const char *t = tok_text(s, i);
  if (!(s->tok[i].flags & NSP_TOK_UPPER) || l < 3 || l > 5 || (s->tok[i].cues & NSP_CUE_COMMON) ||
      (i + 1 < s->n && tok_is(s, i + 1, ":")))
    return 0;
  for (k = 0; k < l; k++)
    if (t[k] < 'A' || t[k] > 'Z')
      return 0;
  return 1;
}

/* A results line ("Somerset 83 and 174", "Boston 5 Detroit 3"): a digit
 * right after position `end` on a line holding at least two numbers. */
static int score_follows(const char *t, size_t len, size_t end, line_numbers *c) {
  size_t i = end, ls, le, numbers = 0;
  while (i < len && t[i] == ' ')
    i++;
  if (i == end || i >= len || t[i] < '0' || t[i] > '9')
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

/* What classify reads of a chunk [a, b). */
typedef struct chunk_facts {
  size_t a, b, n, last, common, upper;
  const nsp_token *first, *lt;
  long before; /* the entity just before the chunk, or -1 */
  int lb;      /* its label */
  int has_of, ampersand;
} chunk_facts;

static void chunk_facts_of(names *s, size_t a, size_t b, chunk_facts *f) {
  size_t k;
  memset(f, 0, sizeof *f);
  f->a = a;
  f->b = b;
  f->n = words_in(s, a, b);
  f->last = b - 1;
  f->first = &s->tok[a];
  f->lt = &s->tok[f->last];
  f->before = entity_before(s, a);
  f->lb = label_of(s, f->before);
  for (k = a; k < b; k++) {
    if (tok_is(s, k, "of") || tok_is(s, k, "for"))
      f->has_of = 1;
    if (k > a && k + 1 < b && tok_is(s, k, "&"))
      f->ampersand = 1;
    if ((s->tok[k].flags & NSP_TOK_WORD) && (s->tok[k].cues & NSP_CUE_COMMON) &&
        !(s->tok[k].cues & NSP_CUE_GIVEN))
      f->common++;
    if (s->tok[k].flags & NSP_TOK_UPPER)
      f->upper++;
  }
}

/* Evidence inside the name and just around it: suffixes, heads, titles,
 * ages, roles, initials, results tables, given names.  A label, 0 for no
 * name, or -1 when none of it applies. */
static int inner_evidence(names *s, const chunk_facts *f) {
  size_t a = f->a, b = f->b, n = f->n, upper = f->upper;
  const nsp_token *first = f->first, *lt = f->lt;
  if (n == 1 && (first->cues & NSP_CUE_FUNCTION))
    return 0;
  /* names joined by "&" are a firm, not a person: "Procter & Gamble",
   * "Johnson & Johnson", "AT&T" */
  if (f->ampersand)
    return NEWSPARSE_LABEL_ORG;
  if ((lt->cues & NSP_CUE_ORG_SUFFIX) && (n >= 2 || f->before >= 0))
    return NEWSPARSE_LABEL_ORG;
  if ((first->cues & NSP_CUE_ORG_HEAD) && f->has_of)
    return NEWSPARSE_LABEL_ORG;
  if ((lt->cues & NSP_CUE_LOC_SUFFIX) && n >= 2)
    return NEWSPARSE_LABEL_LOCATION;
  if (a > 0 && ((s->tok[a - 1].cues & NSP_CUE_HONORIFIC) ||
                (a > 1 && tok_is(s, a - 1, ".") && (s->tok[a - 2].cues & NSP_CUE_HONORIFIC))))
    return NEWSPARSE_LABEL_PERSON;
  if (f->lb == NEWSPARSE_LABEL_OFFICE && upper < n)
    return NEWSPARSE_LABEL_PERSON;
  /* an age: "20-year-old X", "X, 45, said" (one everyday word is no name:
   * "a 58-year-old Republican") */
  if (upper < n && n <= 3 && !(n == 1 && (first->cues & NSP_CUE_COMMON)) &&
      ((a >= 3 && tok_is(s, a - 1, "old") && tok_is(s, a - 2, "-") && tok_is(s, a - 3, "year")) ||
       (b + 2 < s->n && tok_is(s, b, ",") && tok_is(s, b + 2, ",") &&
        (s->tok[b + 1].flags & NSP_TOK_DIGIT) && tok_len(s, b + 1) == 2)))
    return NEWSPARSE_LABEL_PERSON;
  /* a role just before the name: "Wimbledon finalist X", "striker X" */
  if (a > 0 && upper < n && (s->tok[a - 1].cues & NSP_CUE_PERSON_ROLE) &&
      !(first->flags & NSP_TOK_LINE_START))
    return NEWSPARSE_LABEL_PERSON;
  if (is_initial(s, a) && n >= 2)
    return NEWSPARSE_LABEL_PERSON;
  if (n <= 3 && upper < n && b < s->n && label_of(s, s->cover[b]) != NEWSPARSE_LABEL_DATE &&
      !(a > 0 && (s->tok[a - 1].flags & NSP_TOK_LOWER)) && /* "b Smith 22": a player */
      /* a given name and a surname is a player: "Colin Montgomerie 66 70" */
      !((first->cues & NSP_CUE_GIVEN) && !(first->cues & NSP_CUE_COMMON) && n >= 2 &&
        !(lt->cues & (NSP_CUE_ORG_SUFFIX | NSP_CUE_GIVEN))) &&
      score_follows(s->d->norm.data, s->d->norm.len, s->tok[b - 1].end, &s->score_line))
    return NEWSPARSE_LABEL_ORG; /* a team in a results table */
  if ((first->cues & NSP_CUE_GIVEN) && n >= 2 && n <= 4 && upper < n &&
      !(lt->cues & NSP_CUE_GIVEN && f->common == n))
    return NEWSPARSE_LABEL_PERSON;
  return -1;
}

/* Evidence in the words around the name: a noun after it, a kind of
 * organisation before it, an acronym, "X, <country>", a speech verb, a
 * locative preposition.  As inner_evidence. */
static int context_evidence(names *s, const chunk_facts *f, int *strong) {
  static const char *const org_nouns[] = {
      "party", "group",  "movement", "militia",   "company", "firm",       "bank", "club",
      "union", "agency", "rebels",   "newspaper", "airline", "insurgents", NULL};
  static const char *const place_nouns[] = {
      "province", "region", "district", "county",    "village", "town",
      "city",     "island", "islands",  "mountains", "river",   "valley",
      "airport",  "prison", "coast",    "peninsula", "state",   NULL};
  static const char *const person_nouns[] = {
      "administration", "campaign", "presidency", "government", "family", "era", NULL};
  size_t a = f->a, b = f->b, n = f->n, upper = f->upper;
  const nsp_token *first = f->first;
  if (b < s->n && is_lower_word(s, b, org_nouns))
    return NEWSPARSE_LABEL_ORG;
  /* a kind of organisation just before the name: "the news agency X",
   * "French first division side X" */
  if (a > 0 && n <= 3 && upper < n && tok_len(s, a) > 1 && !(first->flags & NSP_TOK_LINE_START) &&
      (s->tok[a - 1].cues & NSP_CUE_ORG_KIND) && !(first->cues & NSP_CUE_GIVEN))
    return NEWSPARSE_LABEL_ORG;
  if (b < s->n && n <= 2 && is_lower_word(s, b, place_nouns) && !(first->cues & NSP_CUE_GIVEN))
    return NEWSPARSE_LABEL_LOCATION;
  if (b < s->n && n == 1 && is_lower_word(s, b, person_nouns) && !acronym(s, a))
    return NEWSPARSE_LABEL_PERSON;
  if (n == 1 && acronym(s, a) && !caps_line(s, a)) {
    *strong = 2; /* an acronym: spread, but never joined to a place */
    return NEWSPARSE_LABEL_ORG;
  }
  /* "Palmyra, Syria": a place followed by its country or region */
  if (n <= 2 && b + 1 < s->n && tok_is(s, b, ",") && s->cover[b + 1] >= 0) {
    int l = label_of(s, s->cover[b + 1]);
    if (l == NEWSPARSE_LABEL_COUNTRY || l == NEWSPARSE_LABEL_LOCATION)
      return NEWSPARSE_LABEL_LOCATION;
  }
  if (b < s->n && (s->tok[b].cues & NSP_CUE_PERSON_VERB) && n >= 2 && n <= 3 && upper == 0)
    return NEWSPARSE_LABEL_PERSON;
  if (a > 0 && (s->tok[a - 1].cues & NSP_CUE_LOC_PREP) && (s->tok[a - 1].flags & NSP_TOK_LOWER) &&
      n <= 2 && !(first->cues & NSP_CUE_GIVEN) && !caps_line(s, a) && f->common == 0 && upper == 0)
    return NEWSPARSE_LABEL_LOCATION;
  if (n == 1 && (first->cues & (NSP_CUE_FUNCTION | NSP_CUE_HONORIFIC)))
    return 0;
  return -1;
}

/* The weakest readings, a PERSON not spread through the document: one
 * word that is a given name or speaks ("Duran told reporters"), or two or
 * three plain capitalised words. */
static int weak_guess(names *s, const chunk_facts *f, int *strong) {
  size_t a = f->a, b = f->b, n = f->n, upper = f->upper, common = f->common;
  const nsp_token *first = f->first, *lt = f->lt;
  if (n == 1 && !caps_line(s, a) && upper == 0 && tok_len(s, a) > 2 &&
      !score_follows(s->d->norm.data, s->d->norm.len, s->tok[a].end, &s->score_line) &&
      /* at a sentence start only when a verb or punctuation follows:
       * "Brent crude rose" is no person */
      (!(first->flags & NSP_TOK_SENT_START) || b >= s->n || (s->tok[b].flags & NSP_TOK_PUNCT) ||
       (s->tok[b].cues & NSP_CUE_PERSON_VERB)) &&
      (((first->cues & NSP_CUE_GIVEN) && !(first->cues & NSP_CUE_COMMON)) ||
       (b < s->n && (s->tok[b].cues & NSP_CUE_PERSON_VERB) && !tok_is(s, b, "who") &&
        !(first->cues & NSP_CUE_COMMON)))) {
    *strong = 0;
    return NEWSPARSE_LABEL_PERSON;
  }
  if (n >= 2 && n <= 3 && upper == 0 && !caps_line(s, a) &&
      (common == 0 || (common == 1 && !(first->cues & (NSP_CUE_COMMON | NSP_CUE_GIVEN)) &&
                       !(lt->cues & (NSP_CUE_ORG_HEAD | NSP_CUE_LOC_SUFFIX)))) &&
      tok_len(s, a) > 1 && tok_len(s, f->last) > 1 &&
      !(s->d->st.has_headline && s->tok[a].start < s->d->st.headline.end)) {
    *strong = 0; /* the weakest guess: tagged here, not spread */
    return NEWSPARSE_LABEL_PERSON;
  }
  return 0;
}

/* The label of chunk [a, b) (0: no name) and how strongly the evidence
 * holds (*strong: 1 evidence, 2 an acronym, 0 a guess). */
static int classify(names *s, size_t a, size_t b, int *strong) {
  chunk_facts f;
  const known_name *kn;
  int label;
  *strong = 1;
  s->d->work += b - a + 1;
  /* a name the document has already tagged keeps its label */
  if ((kn = known_mention(s, a, b - a)) != NULL)
    return kn->label;
  chunk_facts_of(s, a, b, &f);
  if ((label = inner_evidence(s, &f)) >= 0 || (label = context_evidence(s, &f, strong)) >= 0)
    return label;
  return weak_guess(s, &f, strong);
}

/* Entities inside a new chunk ("Michigan" in "University of Michigan")
 * give way to it: they are marked for removal. */
static int absorb(names *s, size_t a, size_t b) {
  size_t k;
  for (k = a; k < b; k++)
    if (s->cover[k] >= 0)
      NSP_VEC_AT(&s->d->entities, nsp_entity, (size_t)s->cover[k]).label = 0;
  return NEWSPARSE_OK;
}

static int add(names *s, size_t a, size_t b, int label, const char *rule) {
  nsp_entity e;
  size_t k;
  e.span.start = s->tok[a].start;
  e.span.end = s->tok[b - 1].end;
  e.label = label;
  e.priority = 0;
  e.value = NULL;
  e.rule = rule;
  for (k = a; k < b; k++)
    s->cover[k] = -2; /* taken by a new entity */
  return NSP_VEC_PUSH(&s->added, nsp_entity, e);
}

/* The lower-cased words of tokens [a, a + count) joined by spaces. */
static int mention_key(names *s, size_t a, size_t count) {
  size_t k;
  s->key.len = 0;
  for (k = a; k < a + count; k++)
    if ((k > a && nsp_buf_putc(&s->key, ' ')) ||
        nsp_buf_put(&s->key, s->d->tokens.keys.data + s->tok[k].lkey_off, s->tok[k].lkey_len))
      return NEWSPARSE_ERR_NOMEM;
  return NEWSPARSE_OK;
}

static int remember(names *s, size_t a, size_t b, int label, int strong) {
  known_name kn;
  uint32_t index = (uint32_t)NSP_VEC_LEN(&s->known, known_name);
  int rc;
  if (b <= a)
    return NEWSPARSE_OK;
  kn.first = a;
  kn.count = b - a;
  kn.label = label;
  kn.strong = strong;
  if (NSP_VEC_PUSH(&s->known, known_name, kn))
    return NEWSPARSE_ERR_NOMEM;
  /* hashed, so that every later look-up is O(1) whatever the document */
  if (strong) { /* the first mention of a name is the one kept */
    uint32_t head;
    if ((rc = mention_key(s, a, b - a)) != 0)
      return rc;
    if (!(nsp_gaz_find(s->mentions, s->key.data, s->key.len, &head) & NSP_GAZ_ENTRY)) {
      size_t k, prefix = 0;
      if ((rc = nsp_gaz_add(s->mentions, s->key.data, s->key.len, NULL, 0, index, NULL)) != 0)
        return rc;
      /* its first words are marked as prefixes: a word-by-word look-up
       * stops where no known mention goes on */
      for (k = a; k + 1 < b; k++) {
        prefix += (k > a) + s->tok[k].lkey_len;
        if ((rc = nsp_gaz_mark_prefix(s->mentions, s->key.data, prefix)) != 0)
          return rc;
      }
    }
    if (b - a > s->longest)
      s->longest = b - a;
  }
  if (label == NEWSPARSE_LABEL_PERSON && b - a >= 2) {
    /* keep the first weak and the first strong person of each surname */
    const nsp_token *t = &s->tok[b - 1];
    const char *k = s->d->tokens.keys.data + t->lkey_off;
    uint32_t h = UINT32_MAX;
    int have_weak = 0, have_strong = 0;
    nsp_gaz_find(s->surnames, k, t->lkey_len, &h);
    while (h != UINT32_MAX) {
      const nsp_gaz_entry *en = nsp_gaz_entry_at(s->surnames, h);
      if (NSP_VEC_AT(&s->known, known_name, en->rule).strong)
        have_strong = 1;
      else
        have_weak = 1;
      h = en->next;
    }
    if (((strong && !have_strong) || (!strong && !have_weak)) &&
        (rc = nsp_gaz_add(s->surnames, k, t->lkey_len, NULL, 0, index, NULL)) != 0)
      return rc;
  }
  return NEWSPARSE_OK;
}

/* The first known mention (strong) equal to tokens [a, a + count), or NULL. */
static const known_name *known_mention(names *s, size_t a, size_t count) {
  uint32_t head;
  if (count > s->longest || a + count > s->n || mention_key(s, a, count) ||
      !(nsp_gaz_find(s->mentions, s->key.data, s->key.len, &head) & NSP_GAZ_ENTRY))
    return NULL;
  return &NSP_VEC_AT(&s->known, known_name, nsp_gaz_entry_at(s->mentions, head)->rule);
}

/* A known PERSON whose last word is token i (strong only if asked). */
static const known_name *known_surname(names *s, size_t i, int strong_only) {
  uint32_t h;
  const nsp_token *t = &s->tok[i];
  if (!(nsp_gaz_find(s->surnames, s->d->tokens.keys.data + t->lkey_off, t->lkey_len, &h) &
        NSP_GAZ_ENTRY))
    return NULL;
  while (h != UINT32_MAX) {
    const nsp_gaz_entry *en = nsp_gaz_entry_at(s->surnames, h);
    const known_name *kn = &NSP_VEC_AT(&s->known, known_name, en->rule);
    if ((!strong_only || kn->strong) && kn->first + kn->count - 1 != i)
      return kn;
    h = en->next;
  }
  return NULL;
}

/* An organisation named with a company suffix is later named without it:
 * "Magna International Inc" -> "Magna International". */
static int remember_org_alias(names *s, size_t a, size_t b) {
  size_t e = b;
  while (e > a && (tok_is(s, e - 1, ".") || ((s->tok[e - 1].cues & NSP_CUE_ORG_SUFFIX) &&
                                             !(s->tok[e - 1].cues & NSP_CUE_ORG_HEAD))))
    e--;
  if (e == b || e == a || (e - a == 1 && (s->tok[a].cues & (NSP_CUE_COMMON | NSP_CUE_GIVEN))))
    return NEWSPARSE_OK;
  while (e > a && !name_token(s, e - 1) && s->cover[e - 1] != -2)
    e--;
  if (e == a)
    return NEWSPARSE_OK;
  /* ... and often by its first word alone: "Magna" */
  if (e - a >= 2 &&
      !(s->tok[a].cues & (NSP_CUE_COMMON | NSP_CUE_GIVEN | NSP_CUE_FUNCTION | NSP_CUE_ORG_HEAD)) &&
      (s->tok[a].flags & NSP_TOK_CAP) && remember(s, a, a + 1, NEWSPARSE_LABEL_ORG, 1))
    return NEWSPARSE_ERR_NOMEM;
  return remember(s, a, e, NEWSPARSE_LABEL_ORG, 1);
}

/* Pass 0: the place of a dateline ("IRVINE, Calif 1996-08-30") is a
 * LOCATION even when no gazetteer knows it. */
static int place_candidate(names *s, size_t i) {
  const nsp_token *t = &s->tok[i];
  return s->cover[i] == -1 && (t->flags & NSP_TOK_WORD) &&
         (t->flags & (NSP_TOK_CAP | NSP_TOK_UPPER)) && !(t->flags & NSP_TOK_DIGIT) &&
         !(t->cues & NSP_CUE_NOT_NAME);
}

static int dateline_place(names *s) {
  const nsp_structure *st = &s->d->st;
  size_t i = 0;
  if (!st->has_dateline)
    return NEWSPARSE_OK;
  while (i < s->n && s->tok[i].start < st->dateline.start)
    i++;
  while (i < s->n && s->tok[i].start < st->dateline.end) {
    size_t a = i;
    if (!place_candidate(s, i)) {
      i++;
      continue;
    }
    while (i < s->n && s->tok[i].start < st->dateline.end && place_candidate(s, i))
      i++;
    if (add(s, a, i, NEWSPARSE_LABEL_LOCATION, "dateline.place"))
      return NEWSPARSE_ERR_NOMEM;
  }
  return NEWSPARSE_OK;
}

/* A known place or country followed by capitalised words that end in a
 * place suffix is the longer place: "Manila Bay", "Guantanamo Naval
 * Station".  The suffix must end the name: "Paris St Germain" is no
 * street, "U.S. District Judge" no district. */
static void places_with_suffix(names *s) {
  size_t i, k;
  for (i = 0; i + 1 < s->n; i++) {
    long c = s->cover[i];
    size_t last = 0;
    nsp_entity *e;
    if (c < 0 || s->cover[i + 1] == c)
      continue; /* not the last token of a tagger entity */
    e = &NSP_VEC_AT(&s->d->entities, nsp_entity, (size_t)c);
    if (e->label != NEWSPARSE_LABEL_LOCATION && e->label != NEWSPARSE_LABEL_COUNTRY)
      continue;
    for (k = i + 1;
         k < s->n && k <= i + 3 && name_token(s, k) && (s->tok[k].flags & NSP_TOK_SPACE_BEFORE) &&
         !(s->tok[k].flags & (NSP_TOK_SENT_START | NSP_TOK_LINE_START));
         k++)
      if ((s->tok[k].cues & NSP_CUE_LOC_SUFFIX) &&
          (k + 1 >= s->n || !(s->tok[k + 1].flags & (NSP_TOK_CAP | NSP_TOK_UPPER)) ||
           (s->tok[k + 1].flags & (NSP_TOK_SENT_START | NSP_TOK_LINE_START))))
        last = k;
    if (!last)
      continue;
    e->span.end = s->tok[last].end;
    e->label = NEWSPARSE_LABEL_LOCATION;
    e->value = NULL;
    e->rule = "name.location";
    for (k = i + 1; k <= last; k++)
      s->cover[k] = c;
    i = last;
  }
}

/* A one-word place that is also a given name, before a name: "Chad Curtis",
 * "Mary Joe Fernandez". */
static int given_over_place(names *s, size_t i) {
  long c = s->cover[i];
  int l;
  if (c < 0 || !(s->tok[i].cues & NSP_CUE_GIVEN) || (s->tok[i].flags & NSP_TOK_UPPER) ||
      caps_line(s, i) || i + 1 >= s->n || s->cover[i + 1] == c || (i > 0 && s->cover[i - 1] == c))
    return 0;
  l = label_of(s, c);
  if (l != NEWSPARSE_LABEL_LOCATION && l != NEWSPARSE_LABEL_COUNTRY)
    return 0;
  return (s->tok[i + 1].flags & NSP_TOK_SPACE_BEFORE) &&
         !(s->tok[i + 1].flags & NSP_TOK_LINE_START) &&
         (name_token(s, i + 1) || (s->tok[i + 1].cues & NSP_CUE_GIVEN));
}

/* Month names are "not a name" too, but never open an organisation. */
static int nsp_month_of_token(names *s, size_t i) {
  static const char *const days[] = {"Monday", "Tuesday",  "Wednesday", "Thursday",
                                     "Friday", "Saturday", "Sunday",    NULL};
  return nsp_month_from_name(tok_text(s, i), tok_len(s, i)) || is_lower_word(s, i, days);
}

/* Can a name start at token i (name_token or given_over_place)?  Only
 * what no pass changes: shape and cues. */
static int may_start_name(const nsp_token *t) {
  return (t->flags & (NSP_TOK_CAP | NSP_TOK_UPPER)) || (t->cues & NSP_CUE_GIVEN);
}

/* The first token from i on where a name may start, or s->n; *at is the
 * caller's place in s->starts, moved forward. */
static size_t next_start(const names *s, size_t *at, size_t i) {
  while (*at < s->n_starts && s->starts[*at] < i)
    ++*at;
  return *at < s->n_starts ? s->starts[*at] : s->n;
}

/* Pass 1: chunks with evidence. */
static int find_chunks(names *s) {
  size_t i = 0, at = 0;
  while ((i = next_start(s, &at, i)) < s->n) {
    size_t a = i, b;
    int label, strong;
    if (!name_token(s, i) && !given_over_place(s, i)) {
      i++;
      continue;
    }
    b = chunk_end(s, a);
    /* a sentence-initial everyday word is not part of the name */
    while (a < b && (s->tok[a].flags & (NSP_TOK_SENT_START | NSP_TOK_LINE_START)) &&
           (s->tok[a].cues & (NSP_CUE_COMMON | NSP_CUE_FUNCTION)) &&
           !(s->tok[a].cues & NSP_CUE_GIVEN) && !is_initial(s, a) && entity_before(s, a) < 0) {
      a++;
      while (a < b && !name_token(s, a))
        a++;
    }
    if (a >= b) {
      i = b > i ? b : i + 1;
      continue;
    }
    label = classify(s, a, b, &strong);
    if (label != NEWSPARSE_LABEL_ORG) {
      /* "and", "for" and absorbed entities belong to organisations only */
      size_t k;
      for (k = a; k < b; k++)
        if (tok_is(s, k, "and") || tok_is(s, k, "for") ||
            (s->cover[k] >= 0 && label != NEWSPARSE_LABEL_PERSON))
          break;
      if (k < b) {
        b = k;
        while (b > a && !name_token(s, b - 1))
          b--;
        if (b == a) {
          i = k + 1;
          continue;
        }
        label = classify(s, a, b, &strong);
      }
    }
    if (label == NEWSPARSE_LABEL_PERSON) { /* "Al Unser Jr": Jr is no part of the name */
      static const char *const suffixes[] = {"Jr", "Sr", "II", "III", "IV", NULL};
      while (b > a + 1 && is_lower_word(s, b - 1, suffixes))
        b--;
    }
    /* "European Central Bank": a capitalised adjective opens the name */
    while (label == NEWSPARSE_LABEL_ORG && strong != 2 && a > 0 && s->cover[a - 1] == -1 &&
           (s->tok[a - 1].flags & NSP_TOK_CAP) && (s->tok[a - 1].cues & NSP_CUE_NOT_NAME) &&
           (s->tok[a].flags & NSP_TOK_SPACE_BEFORE) && !(s->tok[a].flags & NSP_TOK_LINE_START) &&
           !(s->tok[a - 1].flags & NSP_TOK_DIGIT) && nsp_month_of_token(s, a - 1) == 0)
      a--;
    if (label) {
      b = with_abbreviation_dot(s, b);
      if (absorb(s, a, b) ||
          add(s, a, b, label,
              label == NEWSPARSE_LABEL_PERSON ? "name.person"
              : label == NEWSPARSE_LABEL_ORG  ? (strong == 2 ? "name.acronym" : "name.org")
                                              : "name.location") ||
          remember(s, a, b, label, strong) ||
          (label == NEWSPARSE_LABEL_ORG && remember_org_alias(s, a, b)))
        return NEWSPARSE_ERR_NOMEM;
    }
    i = b;
  }
  return NEWSPARSE_OK;
}

/* Pass 2: the same names elsewhere in the document; a lone surname of a
 * known person is that person. */
static int propagate(names *s) {
  size_t i, len, at = 0;
  for (i = 0; (i = next_start(s, &at, i)) < s->n; i++) {
    const known_name *kn = NULL;
    if (s->cover[i] != -1 || !(s->tok[i].flags & NSP_TOK_WORD) ||
        !(s->tok[i].flags & (NSP_TOK_CAP | NSP_TOK_UPPER)) ||
        (s->tok[i].cues & (NSP_CUE_NOT_NAME | NSP_CUE_FUNCTION)))
      continue;
    const known_name *sn = NULL;
    /* the earliest known mention starting here, free of other entities,
     * its key grown a word at a time while it is a known prefix */
    s->key.len = 0;
    for (len = 1; len <= s->longest; len++) {
      size_t j = i + len - 1;
      uint32_t head;
      int flags;
      if (j >= s->n || s->cover[j] != -1)
        break;
      if ((len > 1 && nsp_buf_putc(&s->key, ' ')) ||
          nsp_buf_put(&s->key, s->d->tokens.keys.data + s->tok[j].lkey_off, s->tok[j].lkey_len))
        return NEWSPARSE_ERR_NOMEM;
      flags = nsp_gaz_find(s->mentions, s->key.data, s->key.len, &head);
      s->d->work += len;
      if (flags & NSP_GAZ_ENTRY) {
        const known_name *m =
            &NSP_VEC_AT(&s->known, known_name, nsp_gaz_entry_at(s->mentions, head)->rule);
        if (!kn || m < kn)
          kn = m;
      }
      if (!(flags & NSP_GAZ_PREFIX))
        break;
    }
    /* or a surname: the last word of a known multi-word PERSON, whichever
     * the document named first */
    if (!(i + 1 < s->n && name_token(s, i + 1) && !(s->tok[i + 1].flags & NSP_TOK_SENT_START) &&
          !caps_line(s, i)))
      sn = known_surname(s, i, 0);
    if (sn && (!kn || sn < kn)) {
      if (add(s, i, i + 1, NEWSPARSE_LABEL_PERSON, "name.surname"))
        return NEWSPARSE_ERR_NOMEM;
    } else if (kn) {
      if (add(s, i, i + kn->count, kn->label, "name.same"))
        return NEWSPARSE_ERR_NOMEM;
      i += kn->count - 1;
    }
  }
  return NEWSPARSE_OK;
}

/* A one-word place that is the surname of a person named in full in the
 * document is that person: "Michael Jordan ... Jordan scored". */
static void surnames_over_places(names *s) {
  size_t i;
  for (i = 0; i < s->n; i++) {
    nsp_entity *e;
    long c = s->cover[i];
    if (c < 0 || (i + 1 < s->n && s->cover[i + 1] == c) || (i > 0 && s->cover[i - 1] == c))
      continue;
    e = &NSP_VEC_AT(&s->d->entities, nsp_entity, (size_t)c);
    if ((e->label == NEWSPARSE_LABEL_LOCATION || e->label == NEWSPARSE_LABEL_COUNTRY) &&
        known_surname(s, i, 1)) {
      e->label = NEWSPARSE_LABEL_PERSON;
      e->value = NULL;
      e->rule = "name.surname";
    }
  }
}

/* Join an ORG with the NORP, COUNTRY, LOCATION or OFFICE entity right before
 * it ("Mexican Foreign Ministry", "General Motors"), when only a space
 * separates them. */
static int is_determiner(const char *w, size_t n) {
  static const char *const dets[] = {"the", "a",   "an",     "his",  "her",  "their", "its",
                                     "our", "new", "former", "this", "that", NULL};
  size_t k;
  for (k = 0; dets[k]; k++)
    if (strlen(dets[k]) == n && memcmp(dets[k], w, n) == 0)
      return 1;
  return 0;
}

/* Conventions of news annotation: a place in a compound ("Ontario-based",
 * "Amman-bound") is no entity, and a full stop that ends the line ends the
 * sentence, not the abbreviation ("Jacksonville, Fla."). */
static void tidy(nsp_doc *d) {
  nsp_entity *e = (nsp_entity *)(void *)d->entities.data;
  size_t n = NSP_VEC_LEN(&d->entities, nsp_entity), i;
  const char *t = d->norm.data;
  for (i = 0; i < n; i++) {
    size_t end = e[i].span.end, st = e[i].span.start;
    /* "fentanyl czar", "drug tsar": the office takes the noun before it */
    if (e[i].label == NEWSPARSE_LABEL_OFFICE && e[i].rule &&
        strcmp(e[i].rule, "office.czar") == 0 && st >= 2 && t[st - 1] == ' ' && t[st - 2] >= 'a' &&
        t[st - 2] <= 'z') {
      size_t w = st - 1;
      while (w > 0 && t[w - 1] >= 'a' && t[w - 1] <= 'z')
        w--;
      if ((w == 0 || t[w - 1] == ' ' || t[w - 1] == '\n') && !(i > 0 && e[i - 1].span.end > w) &&
          !is_determiner(t + w, st - 1 - w))
        e[i].span.start = w;
    }
    if ((e[i].label == NEWSPARSE_LABEL_LOCATION || e[i].label == NEWSPARSE_LABEL_COUNTRY ||
         e[i].label == NEWSPARSE_LABEL_NORP) &&
        end + 1 < d->norm.len && t[end] == '-' && t[end + 1] >= 'a' && t[end + 1] <= 'z')
      e[i].label = 0;
    else if (end - e[i].span.start > 2 && t[end - 1] == '.' && t[end - 2] != '.' &&
             (end == d->norm.len || t[end] == '\n') && e[i].label != NEWSPARSE_LABEL_DATE &&
             e[i].label != NEWSPARSE_LABEL_MONEY && e[i].label != NEWSPARSE_LABEL_COUNTRY)
      e[i].span.end = end - 1;
  }
}

static void join_organisations(nsp_doc *d) {
  nsp_entity *e = (nsp_entity *)(void *)d->entities.data;
  size_t n = NSP_VEC_LEN(&d->entities, nsp_entity), i, out = 0;
  line_numbers score_line = {0, 0, 0, 0};
  for (i = 0; i < n; i++) {
    if (e[i].label == 0)
      continue; /* absorbed into a longer name */
    /* a city with a score after it is a team: "Boston 5 Detroit 3" */
    if (e[i].label == NEWSPARSE_LABEL_LOCATION &&
        !(i + 1 < n && e[i + 1].label == NEWSPARSE_LABEL_DATE &&
          e[i + 1].span.start <= e[i].span.end + 2) &&
        score_follows(d->norm.data, d->norm.len, e[i].span.end, &score_line)) {
      e[i].label = NEWSPARSE_LABEL_ORG;
      e[i].value = NULL;
      e[i].rule = "name.team";
    }
    if (out > 0 && e[i].label == NEWSPARSE_LABEL_ORG && e[i].rule &&
        strcmp(e[i].rule, "name.org") == 0) {
      nsp_entity *p = &e[out - 1];
      size_t gap = e[i].span.start - p->span.end;
      if ((p->label == NEWSPARSE_LABEL_NORP || p->label == NEWSPARSE_LABEL_OFFICE ||
           p->label == NEWSPARSE_LABEL_LOCATION || p->label == NEWSPARSE_LABEL_COUNTRY ||
           p->label == NEWSPARSE_LABEL_ORG) &&
          gap == 1 && d->norm.data[p->span.end] == ' ') {
        p->span.end = e[i].span.end;
        p->label = NEWSPARSE_LABEL_ORG;
        p->value = NULL;
        p->rule = e[i].rule;
        continue;
      }
    }
    e[out++] = e[i];
  }
  d->entities.len = out * sizeof(nsp_entity);
}

int nsp_names(nsp_doc *d) {
  names s;
  size_t i, ne = NSP_VEC_LEN(&d->entities, nsp_entity), t = 0;
  int rc = NEWSPARSE_OK;
  memset(&s, 0, sizeof s);
  s.d = d;
  s.tok = (nsp_token *)(void *)d->tokens.toks.data;
  s.n = NSP_VEC_LEN(&d->tokens.toks, nsp_token);
  if (s.n == 0)
    return NEWSPARSE_OK;
  s.cover = nsp_malloc(&d->alc, s.n * sizeof *s.cover);
  if (!s.cover)
    return NEWSPARSE_ERR_NOMEM;
  nsp_buf_init(&s.added, &d->alc);
  nsp_buf_init(&s.known, &d->alc);
  nsp_buf_init(&s.key, &d->alc);
  if (nsp_gaz_new(&d->alc, &s.mentions) || nsp_gaz_new(&d->alc, &s.surnames)) {
    nsp_gaz_free(s.mentions);
    nsp_free(&d->alc, s.cover);
    return NEWSPARSE_ERR_NOMEM;
  }
  s.starts = nsp_malloc(&d->alc, s.n * sizeof *s.starts);
  if (!s.starts) {
    nsp_gaz_free(s.mentions);
    nsp_gaz_free(s.surnames);
    nsp_free(&d->alc, s.cover);
    return NEWSPARSE_ERR_NOMEM;
  }
  for (i = 0; i < s.n; i++) {
    s.cover[i] = -1;
    s.starts[s.n_starts] = (uint32_t)i;
    s.n_starts += may_start_name(&s.tok[i]) != 0;
  }
  for (i = 0; i < ne; i++) { /* entities are sorted: one sweep */
    const nsp_entity *e = &NSP_VEC_AT(&d->entities, nsp_entity, i);
    while (t < s.n && s.tok[t].end <= e->span.start)
      t++;
    while (t < s.n && s.tok[t].start < e->span.end) {
      s.cover[t] = (long)i;
      t++;
    }
  }
  rc = dateline_place(&s);
  if (!rc) {
    places_with_suffix(&s);
    rc = find_chunks(&s);
  }
  if (!rc)
    rc = propagate(&s);
  if (!rc)
    surnames_over_places(&s);
  if (!rc && s.added.len) {
    rc = nsp_buf_put(&d->entities, s.added.data, s.added.len);
    if (!rc)
      rc = nsp_entities_sort(&d->entities, &d->alc);
  }
  if (!rc) {
    tidy(d);
    join_organisations(d);
  }
  nsp_free(&d->alc, s.cover);
  nsp_free(&d->alc, s.starts);
  nsp_buf_free(&s.added);
  nsp_buf_free(&s.known);
  nsp_buf_free(&s.key);
  nsp_gaz_free(s.mentions);
  nsp_gaz_free(s.surnames);
  return rc;
}
