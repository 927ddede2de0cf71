/*
 * names_stage.h - what the files of the name stage share (names.c,
 * names_evidence.c, names_known.c): the stage's working state over the
 * tokens, and small token tests.  Private to the stage.
 */
#ifndef NSP_NAMES_STAGE_H
#define NSP_NAMES_STAGE_H

#include "doc.h"
#include "map.h"
#include "rules.h"
#include "wordlist.h"

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
  const nsp_token *tok;
  const nsp_cues *cues; /* per token: the lexicon roles the tagger found */
  size_t n;
  long *cover;            /* per token: index of the entity covering it, or -1 */
  nsp_entity *ents;       /* the tagger's entities, as this stage revises them */
  unsigned char *dropped; /* per tagger entity: taken into a longer name */
  nsp_buf added;          /* nsp_entity */
  nsp_buf known;          /* known_name, for propagation */
  nsp_map mentions;       /* lower-cased words of a strong mention -> known index */
  nsp_map surnames;       /* last word of a multi-word PERSON -> known indexes */
  nsp_buf key;            /* scratch key */
  size_t longest;         /* most words in a known mention */
  /* the tokens a name can start at, ascending (capitalised, or a given
   * name): the passes walk these instead of every token */
  uint32_t *starts;
  size_t n_starts;
  line_numbers score_line;    /* the last line score_follows counted */
  size_t sport_words;         /* tokens of lexicon role sport-word */
  const char *evidence_rule;  /* the evidence rule nm_classify decided by, or NULL */
  int term;                   /* nm_classify found a defined term, no name */
  int sports;                 /* the document is a sports report (names.c) */
  unsigned char *player_line; /* per token: its line is in a players' table */
} names;

typedef struct known_name {
  size_t first, count; /* tokens of one tagged mention */
  int label;
  int strong; /* found with evidence, not by the weakest default */
} known_name;

static inline const char *tok_text(names *s, size_t i) { return s->d->norm.data + s->tok[i].start; }
static inline size_t tok_len(names *s, size_t i) { return s->tok[i].end - s->tok[i].start; }

static inline int tok_is(names *s, size_t i, const char *w) {
  return i < s->n && nsp_word_is(tok_text(s, i), tok_len(s, i), w);
}

static inline int caps_line(names *s, size_t i) {
  return (s->tok[i].flags & NSP_TOK_CAPS_LINE) != 0;
}

/* The label of tagger entity e; 0 for none, or one a longer name took in. */
static inline int label_of(names *s, long e) {
  return e < 0 || s->dropped[e] ? 0 : s->ents[e].label;
}

/* Can a name start at token i (name_token or given_over_place)?  Only
 * what no pass changes: shape and cues. */
static inline int may_start_name(const names *s, size_t i) {
  return (s->tok[i].flags & (NSP_TOK_CAP | NSP_TOK_UPPER)) || (s->cues[i] & NSP_CUE_GIVEN);
}

/* The first token from i on where a name may start, or s->n; *at is the
 * caller's place in s->starts, moved forward. */
static inline size_t next_start(const names *s, size_t *at, size_t i) {
  while (*at < s->n_starts && s->starts[*at] < i)
    ++*at;
  return *at < s->n_starts ? s->starts[*at] : s->n;
}

/* The first token after the tagger entity that covers token k (k itself
 * when none does). */
static inline size_t after_entity(names *s, size_t k) {
  long c = s->cover[k];
  if (c < 0)
    return k;
  while (k < s->n && s->cover[k] == c)
    k++;
  return k;
}

/* Digits end at t[i] in an ordinal's suffix: "25th", "1st", "3rd". */
static inline int ordinal_suffix(const char *t, size_t len, size_t i) {
  return i + 1 < len && ((t[i] == 's' && t[i + 1] == 't') || (t[i] == 'n' && t[i + 1] == 'd') ||
                         (t[i] == 'r' && t[i + 1] == 'd') || (t[i] == 't' && t[i + 1] == 'h'));
}

/* Token i is a capitalised plural of four letters or more ("Yankees",
 * "Braves"). */
static inline int plural_word(names *s, size_t i) {
  size_t n = tok_len(s, i);
  return n > 3 && tok_text(s, i)[n - 1] == 's';
}

/* A possessive "'s" (one token: the tokenizer splits it off the name). */
static inline int is_possessive(names *s, size_t i) {
  return tok_is(s, i, "'s") || tok_is(s, i, "\xE2\x80\x99s");
}

/* In a sports report, does the name on tokens [first, last] stand where a
 * team goes?  After "against", "v" (lexicon role team-slot), before one
 * and another name, before "'s" and a player's given name or role
 * ("Everton's Duncan Ferguson"), before a role and a name ("Oakland
 * manager Art Howe"), in brackets after a player's name ("Guivarch
 * (Rennes)"); the last two not for a known region or nation ("Mark
 * Cairns (England)", "England captain"). */
static inline int in_team_slot(names *s, size_t first, size_t last) {
  size_t after = last + 1;
  if (first > 0 && (s->cues[first - 1] & (NSP_CUE_TEAM_SLOT | NSP_CUE_TEAM_NOUN)))
    return 1;
  if (after + 1 >= s->n)
    return 0;
  if ((s->cues[after] & NSP_CUE_TEAM_SLOT) &&
      (s->tok[after + 1].flags & (NSP_TOK_CAP | NSP_TOK_UPPER)))
    return 1;
  if (is_possessive(s, after) && (s->cues[after + 1] & (NSP_CUE_GIVEN | NSP_CUE_PERSON_ROLE)))
    return 1;
  if (s->cover[first] >= 0 && strcmp(s->ents[s->cover[first]].rule, "place.city") != 0)
    return 0; /* a region or a nation in these is the country's side or a player's */
  if ((s->cues[after] & NSP_CUE_PERSON_ROLE) && (s->tok[after].flags & NSP_TOK_LOWER) &&
      (s->tok[after + 1].flags & NSP_TOK_CAP))
    return 1;
  return first >= 2 && tok_is(s, first - 1, "(") && tok_is(s, after, ")") &&
         (s->tok[first - 2].flags & NSP_TOK_CAP) && s->cover[first - 2] < 0 &&
         !(s->tok[first].flags & NSP_TOK_UPPER) && tok_len(s, first) > 2; /* not "(B)" */
}

/* names_tables.c: which lines are rows of a players' table; does a row's
 * name start at token a; do a side's goals and scorers follow token b. */
int nm_decide_tables(names *s);
int nm_row_head(names *s, size_t a);
int nm_scorers_follow(names *s, size_t b);

/* An initial: one capital letter followed directly by a full stop. */
static inline int is_initial(names *s, size_t i) {
  return i + 1 < s->n && tok_len(s, i) == 1 && (s->tok[i].flags & NSP_TOK_CAP) &&
         tok_is(s, i + 1, ".") && !(s->tok[i + 1].flags & NSP_TOK_SPACE_BEFORE);
}

/* May token i be part of a name? */
static inline int name_token(names *s, size_t i) {
  const nsp_token *t = &s->tok[i];
  if (s->cover[i] >= 0 || !(t->flags & NSP_TOK_WORD) || (t->flags & NSP_TOK_DIGIT) ||
      !(t->flags & (NSP_TOK_CAP | NSP_TOK_UPPER)) || (s->cues[i] & NSP_CUE_NOT_NAME))
    return 0;
  if (caps_line(s, i) && (s->cues[i] & (NSP_CUE_COMMON | NSP_CUE_FUNCTION)) &&
      !(s->cues[i] & NSP_CUE_GIVEN))
    return 0;
  return 1;
}

/* "Inc." and "Jr." keep their full stop. */
static inline size_t with_abbreviation_dot(names *s, size_t b) {
  if (b < s->n && b > 0 && tok_is(s, b, ".") && !(s->tok[b].flags & NSP_TOK_SPACE_BEFORE) &&
      (s->cues[b - 1] & NSP_CUE_NAME_ABBREVIATION))
    return b + 1;
  return b;
}

/* The entity that ends right before token a (only white space between). */
static inline long entity_before(names *s, size_t a) {
  size_t k;
  if (a == 0 || s->cover[a - 1] < 0)
    return -1;
  for (k = s->tok[a - 1].end; k < s->tok[a].start; k++)
    if (s->d->norm.data[k] == '\n')
      return -1;
  return s->cover[a - 1];
}

/* names_evidence.c: where a chunk of capitalised words ends, and what its
 * label is. */
size_t nm_chunk_end(names *s, size_t a);
int nm_classify(names *s, size_t a, size_t b, int *strong);
int nm_score_follows(const char *t, size_t len, size_t end, line_numbers *c);
int nm_player_figures(const char *t, size_t len, size_t i);

/* names_known.c: the names the document has tagged, spread to their other
 * mentions. */
int nm_remember(names *s, size_t a, size_t b, int label, int strong);
int nm_remember_org_alias(names *s, size_t a, size_t b);
const known_name *nm_known_mention(names *s, size_t a, size_t count);
int nm_propagate(names *s);
void nm_surnames_over_places(names *s);

/* names.c */
int nm_add(names *s, size_t a, size_t b, int label, const char *rule);

#endif
