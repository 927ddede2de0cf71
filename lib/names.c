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
#include "names_stage.h"

#include <stdlib.h>
#include <string.h>

/* Entities inside a new chunk ("Michigan" in "University of Michigan")
 * give way to it: they are dropped when the list is rebuilt. */
static int absorb(names *s, size_t a, size_t b) {
  size_t k;
  for (k = a; k < b; k++)
    if (s->cover[k] >= 0)
      s->dropped[s->cover[k]] = 1;
  return NEWSPARSE_OK;
}

int nm_add(names *s, size_t a, size_t b, int label, const char *rule) {
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

/* Pass 0: the place of a dateline ("IRVINE, Calif 1996-08-30") is a
 * LOCATION even when no gazetteer knows it. */
static int place_candidate(names *s, size_t i) {
  const nsp_token *t = &s->tok[i];
  return s->cover[i] == -1 && (t->flags & NSP_TOK_WORD) &&
         (t->flags & (NSP_TOK_CAP | NSP_TOK_UPPER)) && !(t->flags & NSP_TOK_DIGIT) &&
         !(s->cues[i] & NSP_CUE_NOT_NAME);
}

/* A line of a place in capitals and a date alone ("WELLINGTON
 * 1996-08-28") is a dateline also where the structure stage found none
 * (after a headline that ends in a full stop): the words are a place. */
static int dated_place_lines(names *s) {
  size_t at;
  for (at = 0; at < s->n_starts; at++) { /* a word in capitals starts a name */
    size_t i = s->starts[at], end = i, k;
    long c;
    if ((s->tok[i].flags & (NSP_TOK_LINE_START | NSP_TOK_UPPER)) !=
        (NSP_TOK_LINE_START | NSP_TOK_UPPER))
      continue;
    while (end < s->n && end < i + 4 && (s->tok[end].flags & NSP_TOK_UPPER) &&
           s->cover[end] == -1 && !(s->cues[end] & NSP_CUE_NOT_NAME) &&
           (end == i || !(s->tok[end].flags & NSP_TOK_LINE_START)))
      end++;
    if (end == i || end >= s->n || (c = s->cover[end]) < 0 ||
        label_of(s, c) != NEWSPARSE_LABEL_DATE || (s->tok[end].flags & NSP_TOK_LINE_START))
      continue;
    k = after_entity(s, end);
    if (k < s->n && !(s->tok[k].flags & NSP_TOK_LINE_START))
      continue; /* more on the line than a place and a date */
    if (nm_add(s, i, end, NEWSPARSE_LABEL_LOCATION, "dateline.place"))
      return NEWSPARSE_ERR_NOMEM;
  }
  return NEWSPARSE_OK;
}

/* An everyday word in the run of a bare dateline ("PRESS DIGEST -",
 * "WEATHER -", "FEATURE -" open wire stories the way a dateline does)
 * makes it no unknown place; "BUFFALO, N.Y." and "WELLINGTON, March 25"
 * carry more than a place. */
static int has_common_word(names *s, size_t a, size_t b) {
  size_t k;
  for (k = a; k < b; k++)
    if ((s->cues[k] & NSP_CUE_COMMON) && !(s->cues[k] & (NSP_CUE_GIVEN | NSP_CUE_AMBIGUOUS_PLACE)))
      return 1;
  return 0;
}

static int dateline_place(names *s) {
  const nsp_structure *st = &s->d->st;
  const char *t = s->d->norm.data;
  size_t i = 0, k;
  int bare = 1; /* no comma, no date: "WEATHER -" rather than "BUFFALO, N.Y." */
  if (!st->has_dateline)
    return NEWSPARSE_OK;
  for (k = st->dateline.start; k < st->dateline.end; k++)
    if (t[k] == ',' || (t[k] >= '0' && t[k] <= '9'))
      bare = 0;
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
    if ((!bare || !has_common_word(s, a, i)) &&
        nm_add(s, a, i, NEWSPARSE_LABEL_LOCATION, "dateline.place"))
      return NEWSPARSE_ERR_NOMEM;
  }
  return NEWSPARSE_OK;
}

/* After the chunks: in a photo credit ("Jane Doe/Reuters/Alamy", "AP
 * Photo/John Roe": structure's boilerplate of kind "credit") an agency
 * word and the capitalised words after it are an organisation, never a
 * person. */
static int credit_agencies(names *s) {
  const nsp_structure *st = &s->d->st;
  size_t b, nb = NSP_VEC_LEN(&st->boilerplate, nsp_boilerplate), i = 0, k = 0;
  size_t na = NSP_VEC_LEN(&s->added, nsp_entity);
  for (b = 0; b < nb; b++) {
    const nsp_boilerplate *bp = &NSP_VEC_AT(&st->boilerplate, nsp_boilerplate, b);
    if (strcmp(bp->kind, "credit") != 0)
      continue;
    while (i < s->n && s->tok[i].start < bp->span.start)
      i++;
    for (; i < s->n && s->tok[i].start < bp->span.end; i++) {
      size_t a = i;
      if (s->cover[i] == -2 && (s->cues[i] & NSP_CUE_WEB_AGENCY)) {
        /* a name the chunk pass read as a person's: "Getty Images"; the
         * added entities are in text order, so one pointer walks them */
        while (k < na && NSP_VEC_AT(&s->added, nsp_entity, k).span.start < s->tok[i].start)
          k++;
        if (k < na && NSP_VEC_AT(&s->added, nsp_entity, k).span.start == s->tok[i].start &&
            NSP_VEC_AT(&s->added, nsp_entity, k).label == NEWSPARSE_LABEL_PERSON) {
          NSP_VEC_AT(&s->added, nsp_entity, k).label = NEWSPARSE_LABEL_ORG;
          NSP_VEC_AT(&s->added, nsp_entity, k).rule = "credit.agency";
        }
        continue;
      }
      if (s->cover[i] != -1 || !(s->cues[i] & NSP_CUE_WEB_AGENCY) ||
          !(s->tok[i].flags & (NSP_TOK_CAP | NSP_TOK_UPPER)))
        continue;
      while (i + 1 < s->n && s->tok[i + 1].start < bp->span.end && s->cover[i + 1] == -1 &&
             (s->tok[i + 1].flags & NSP_TOK_SPACE_BEFORE) &&
             (s->tok[i + 1].flags & (NSP_TOK_CAP | NSP_TOK_UPPER)) &&
             (s->cues[i + 1] & (NSP_CUE_WEB_AGENCY | NSP_CUE_WEB_CREDIT)))
        i++; /* "Getty Images" */
      if (nm_add(s, a, i + 1, NEWSPARSE_LABEL_ORG, "credit.agency"))
        return NEWSPARSE_ERR_NOMEM;
    }
  }
  return NEWSPARSE_OK;
}

/* A known place or country followed by capitalised words that end in a
 * place suffix is the longer place: "Manila Bay", "Guantanamo Naval
 * Station".  The suffix must end the name: "Paris St Germain" is no
 * street, "U.S. District Judge" no district. */
static void places_with_suffix(names *s) {
  size_t at, k;
  for (at = 0; at < s->n_starts; at++) { /* the next word is capitalised */
    size_t i = s->starts[at] - 1, last = 0;
    long c = s->starts[at] > 0 ? s->cover[i] : -1;
    nsp_entity *e;
    if (c < 0 || s->cover[i + 1] == c)
      continue; /* not the last token of a tagger entity */
    e = &s->ents[c];
    if (e->label != NEWSPARSE_LABEL_LOCATION && e->label != NEWSPARSE_LABEL_COUNTRY)
      continue;
    for (k = i + 1;
         k < s->n && k <= i + 3 && name_token(s, k) && (s->tok[k].flags & NSP_TOK_SPACE_BEFORE) &&
         !(s->tok[k].flags & (NSP_TOK_SENT_START | NSP_TOK_LINE_START));
         k++)
      if ((s->cues[k] & NSP_CUE_LOC_SUFFIX) &&
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
  }
}

/* A known organisation followed by its legal form or another word that
 * ends a firm's name is the longer name: "Goldman Sachs & Co", "Daewoo
 * Group". */
static void organisations_with_suffix(names *s) {
  size_t at, k;
  for (at = 0; at < s->n_starts; at++) { /* the suffix is capitalised */
    size_t i = s->starts[at], last = 0;
    long c;
    if (i >= 3 && (tok_is(s, i - 1, "&") || tok_is(s, i - 1, "and")))
      i--; /* "Goldman Sachs & Co" */
    if (i == 0 || (c = s->cover[i - 1]) < 0 || s->cover[i] == c ||
        label_of(s, c) != NEWSPARSE_LABEL_ORG)
      continue; /* no known organisation ends right before */
    i--;
    for (k = i + 1; k < s->n && k <= i + 4 && s->cover[k] < 0 &&
                    !(s->tok[k].flags & (NSP_TOK_SENT_START | NSP_TOK_LINE_START));
         k++) {
      if ((tok_is(s, k, "&") || tok_is(s, k, "and")) && k + 1 < s->n &&
          (s->cues[k + 1] & NSP_CUE_NAME_ABBREVIATION))
        continue; /* "& Co" */
      if (!(s->cues[k] & (NSP_CUE_ORG_SUFFIX | NSP_CUE_NAME_ABBREVIATION)) ||
          !(s->tok[k].flags & (NSP_TOK_CAP | NSP_TOK_UPPER)) ||
          !(s->tok[k].flags & NSP_TOK_SPACE_BEFORE))
        break;
      last = k;
    }
    if (!last)
      continue;
    last = with_abbreviation_dot(s, last + 1) - 1;
    s->ents[c].span.end = s->tok[last].end;
    s->ents[c].rule = "name.org";
    for (k = i + 1; k <= last; k++)
      s->cover[k] = c;
  }
}

/* A city's name right after an initial is a surname: "I. Salisbury",
 * "C. Lewis".  The place the tagger found gives way, and the chunk pass
 * reads the initial and the name as a person. */
static void initials_over_places(names *s) {
  size_t at;
  for (at = 0; at < s->n_starts; at++) { /* an initial is capitalised */
    size_t i = s->starts[at];
    long c = i + 2 < s->n ? s->cover[i + 2] : -1;
    if (c < 0 || !is_initial(s, i) || s->cover[i] >= 0 ||
        label_of(s, c) != NEWSPARSE_LABEL_LOCATION ||
        !(s->tok[i + 2].flags & NSP_TOK_SPACE_BEFORE) || (i + 3 < s->n && s->cover[i + 3] == c) ||
        s->tok[i + 2].start != s->ents[c].span.start)
      continue;
    if (strcmp(s->ents[c].rule, "place.city") != 0 ||
        (i > 0 && tok_is(s, i - 1, ".") && !(s->tok[i].flags & NSP_TOK_SPACE_BEFORE)))
      continue; /* a region ("N. Carolina"), or part of "U.S." */
    s->dropped[c] = 1;
    s->cover[i + 2] = -1;
  }
}

/* A one-word place that is also a given name, before a name: "Chad Curtis",
 * "Mary Joe Fernandez". */
static int given_over_place(names *s, size_t i) {
  long c = s->cover[i];
  int l;
  if (c < 0 || !(s->cues[i] & NSP_CUE_GIVEN) || (s->tok[i].flags & NSP_TOK_UPPER) ||
      caps_line(s, i) || i + 1 >= s->n || s->cover[i + 1] == c || (i > 0 && s->cover[i - 1] == c))
    return 0;
  l = label_of(s, c);
  if (l != NEWSPARSE_LABEL_LOCATION && l != NEWSPARSE_LABEL_COUNTRY)
    return 0;
  return (s->tok[i + 1].flags & NSP_TOK_SPACE_BEFORE) &&
         !(s->tok[i + 1].flags & NSP_TOK_LINE_START) &&
         (name_token(s, i + 1) || (s->cues[i + 1] & NSP_CUE_GIVEN));
}

/* Month names are "not a name" too, but never open an organisation. */
static int nsp_month_of_token(names *s, size_t i) {
  return nsp_month_from_name(tok_text(s, i), tok_len(s, i)) ||
         nsp_weekday_from_name(tok_text(s, i), tok_len(s, i));
}

/* Does token a open a sentence or a line?  A function word ("The") also
 * after an opening quote, a colon, a dash or a bullet ("\"The Foreign
 * Ministry said", "SALES - The Commodity Credit Corp"). */
static int opens_sentence(names *s, size_t a) {
  const nsp_token *p;
  if (s->tok[a].flags & (NSP_TOK_SENT_START | NSP_TOK_LINE_START))
    return 1;
  if (a == 0 || !((p = &s->tok[a - 1])->flags & NSP_TOK_PUNCT) || !(s->cues[a] & NSP_CUE_FUNCTION))
    return 0;
  if (tok_is(s, a - 1, ":") || tok_is(s, a - 1, "-") || tok_is(s, a - 1, "*"))
    return 1;
  return (p->flags & (NSP_TOK_SENT_START | NSP_TOK_LINE_START)) &&
         (tok_is(s, a - 1, "\"") || tok_is(s, a - 1, "'") || tok_is(s, a - 1, "\xE2\x80\x9C"));
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
    b = nm_chunk_end(s, a);
    /* a sentence-initial everyday word is not part of the name */
    while (a < b && opens_sentence(s, a) && (s->cues[a] & (NSP_CUE_COMMON | NSP_CUE_FUNCTION)) &&
           !(s->cues[a] & NSP_CUE_GIVEN) && !is_initial(s, a) && entity_before(s, a) < 0 &&
           /* "Foreign Ministry said", "Advanced Medical Inc. said": the
            * word is the name's */
           !(b >= a + 2 && !(s->cues[a] & NSP_CUE_FUNCTION) &&
             (s->cues[b - 1] & NSP_CUE_ORG_SUFFIX)) &&
           /* "Orioles manager Davey Johnson": a team's */
           !(s->sports && !(s->cues[a] & NSP_CUE_FUNCTION) && in_team_slot(s, a, b - 1))) {
      a++;
      while (a < b && !name_token(s, a))
        a++;
    }
    if (a >= b) {
      i = b > i ? b : i + 1;
      continue;
    }
    label = nm_classify(s, a, b, &strong);
    if (label != NEWSPARSE_LABEL_ORG) {
      /* "and" and "for" belong to organisations only, absorbed entities to
       * organisations, people and places ("Sea of Japan") */
      size_t k;
      for (k = a; k < b; k++)
        if (tok_is(s, k, "and") || tok_is(s, k, "for") ||
            (s->cover[k] >= 0 && label != NEWSPARSE_LABEL_PERSON &&
             label != NEWSPARSE_LABEL_LOCATION))
          break;
      if (k < b) {
        b = k;
        while (b > a && !name_token(s, b - 1))
          b--;
        if (b == a) {
          i = k + 1;
          continue;
        }
        label = nm_classify(s, a, b, &strong);
      }
    }
    /* "European Central Bank": a capitalised adjective opens the name */
    while (label == NEWSPARSE_LABEL_ORG && strong != 2 && a > 0 && s->cover[a - 1] == -1 &&
           (s->tok[a - 1].flags & NSP_TOK_CAP) && (s->cues[a - 1] & NSP_CUE_NOT_NAME) &&
           (s->tok[a].flags & NSP_TOK_SPACE_BEFORE) && !(s->tok[a].flags & NSP_TOK_LINE_START) &&
           !(s->tok[a - 1].flags & NSP_TOK_DIGIT) && nsp_month_of_token(s, a - 1) == 0 &&
           !((s->tok[a - 1].flags & NSP_TOK_UPPER) &&
             tok_len(s, a - 1) <= 4)) /* "THU", a table's day */
      a--;
    if (!label && s->term && nm_remember(s, a, b, 0, 1))
      return NEWSPARSE_ERR_NOMEM;
    if (label) {
      b = with_abbreviation_dot(s, b);
      const char *rule = s->evidence_rule                  ? s->evidence_rule
                         : label == NEWSPARSE_LABEL_PERSON ? "name.person"
                         : label == NEWSPARSE_LABEL_ORG
                             ? (strong == 2 ? "name.acronym" : "name.org")
                             : "name.location";
      if (absorb(s, a, b) || nm_add(s, a, b, label, rule) || nm_remember(s, a, b, label, strong) ||
          (label == NEWSPARSE_LABEL_ORG && nm_remember_org_alias(s, a, b)))
        return NEWSPARSE_ERR_NOMEM;
    }
    i = b;
  }
  return NEWSPARSE_OK;
}

/* The lexicon roles of the token that starts at byte `at` (ending 0) or
 * ends there (ending 1); none when no token does.  For the passes over
 * entities, which know bytes, not tokens. */
static nsp_cues cues_at_byte(const nsp_doc *d, size_t at, int ending) {
  const nsp_token *tok = (const nsp_token *)(const void *)d->tokens.toks.data;
  size_t n = NSP_VEC_LEN(&d->tokens.toks, nsp_token), k = nsp_token_at(tok, n, at);
  if (ending ? (k == 0 || tok[--k].end != at) : (k >= n || tok[k].start != at))
    return 0;
  return ((const nsp_cues *)(const void *)d->cues.data)[k];
}

/* Conventions of news annotation: a place in a compound ("Ontario-based",
 * "Amman-bound") is no entity, and a full stop that ends the line ends the
 * sentence, not the abbreviation ("Jacksonville, Fla."). */
static void tidy(nsp_doc *d, unsigned char *drop) {
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
          !(cues_at_byte(d, w, 0) & NSP_CUE_FUNCTION)) /* "the", "his", "former" */
        e[i].span.start = w;
    }
    if ((e[i].label == NEWSPARSE_LABEL_LOCATION || e[i].label == NEWSPARSE_LABEL_COUNTRY ||
         e[i].label == NEWSPARSE_LABEL_NORP) &&
        end + 1 < d->norm.len && t[end] == '-' && t[end + 1] >= 'a' && t[end + 1] <= 'z')
      drop[i] = 1;
    else if (end - e[i].span.start > 2 && t[end - 1] == '.' && t[end - 2] != '.' &&
             (end == d->norm.len || t[end] == '\n') && e[i].label != NEWSPARSE_LABEL_DATE &&
             e[i].label != NEWSPARSE_LABEL_MONEY && e[i].label != NEWSPARSE_LABEL_COUNTRY)
      e[i].span.end = end - 1;
  }
}

/* The start of the capitalised words right before s on its line, at most
 * three ("PSV Eindhoven", "Red Star Belgrade" before a score). */
static size_t team_start(const char *t, size_t s) {
  size_t a = s, words = 0;
  while (words < 3 && a >= 2 && t[a - 1] == ' ') {
    size_t b = a - 1;
    while (b > 0 && (((t[b - 1] | 32) >= 'a' && (t[b - 1] | 32) <= 'z') || t[b - 1] == '.' ||
                     t[b - 1] == '\'' || (unsigned char)t[b - 1] >= 0x80))
      b--;
    if (b == a - 1 || t[b] < 'A' || t[b] > 'Z' || (b > 0 && t[b - 1] != ' ' && t[b - 1] != '\n'))
      break;
    a = b;
    words++;
  }
  return a;
}

/* Two to six capitals, dots between them allowed: "UN", "U.N.", "NATO". */
static int is_acronym(const char *t, nsp_span sp) {
  size_t k, caps = 0;
  for (k = sp.start; k < sp.end; k++) {
    if (t[k] >= 'A' && t[k] <= 'Z')
      caps++;
    else if (t[k] != '.')
      return 0;
  }
  return caps >= 2 && caps <= 6;
}

/* An organisation this stage found from evidence: "name.org", or an
 * evidence rule's. */
static int found_by_evidence(const nsp_doc *d, const char *rule) {
  size_t k;
  if (strcmp(rule, "name.org") == 0)
    return 1;
  for (k = 0; k < d->n_evidence; k++)
    if (rule == d->evidence[k]->id)
      return 1;
  return 0;
}

/* The label of entity q joined to entity p right before it, or 0 when
 * they stay apart.  Only a space between.  An ORG this stage found joins
 * the entity before it ("Mexican Foreign Ministry"), and a body's acronym
 * its organ ("UN Security Council"); in a sports report a club's letters
 * join its town ("PSV Eindhoven"); a region joins the nation or wider
 * region that qualifies it ("U.S. Midwest", "Pakistani Kashmir",
 * "Mideast Gulf"). */
static int join_label(const nsp_doc *d, const nsp_entity *p, const nsp_entity *q, int sports) {
  if (q->span.start == p->span.end + 4 && memcmp(d->norm.data + p->span.end, " of ", 4) == 0 &&
      p->label == NEWSPARSE_LABEL_LOCATION &&
      (q->label == NEWSPARSE_LABEL_LOCATION || q->label == NEWSPARSE_LABEL_COUNTRY))
    /* "Gulf of Mexico": a place's head word (lexicon role location-suffix) */
    return (cues_at_byte(d, p->span.end, 1) & NSP_CUE_LOC_SUFFIX) ? NEWSPARSE_LABEL_LOCATION : 0;
  if (q->span.start != p->span.end + 1 || d->norm.data[p->span.end] != ' ' || !q->rule)
    return 0;
  if (sports && p->label == NEWSPARSE_LABEL_ORG && q->label == NEWSPARSE_LABEL_LOCATION &&
      is_acronym(d->norm.data, p->span))
    return NEWSPARSE_LABEL_ORG;
  if (q->label == NEWSPARSE_LABEL_LOCATION && strcmp(q->rule, "place.area") == 0 &&
      (p->label == NEWSPARSE_LABEL_NORP || p->label == NEWSPARSE_LABEL_COUNTRY ||
       (p->label == NEWSPARSE_LABEL_LOCATION && p->rule && strcmp(p->rule, "place.area") == 0)))
    return NEWSPARSE_LABEL_LOCATION;
  if (q->label != NEWSPARSE_LABEL_ORG)
    return 0;
  if (p->label == NEWSPARSE_LABEL_ORG && is_acronym(d->norm.data, p->span))
    return NEWSPARSE_LABEL_ORG;
  return (p->label == NEWSPARSE_LABEL_NORP || p->label == NEWSPARSE_LABEL_OFFICE ||
          p->label == NEWSPARSE_LABEL_LOCATION || p->label == NEWSPARSE_LABEL_COUNTRY ||
          p->label == NEWSPARSE_LABEL_ORG) &&
                 found_by_evidence(d, q->rule)
             ? NEWSPARSE_LABEL_ORG
             : 0;
}

/* Names joined (join_label) with the entity right before them; a city
 * before a score is a team. */
static void join_names(nsp_doc *d, const unsigned char *drop, int sports) {
  int label;
  nsp_entity *e = (nsp_entity *)(void *)d->entities.data;
  size_t n = NSP_VEC_LEN(&d->entities, nsp_entity), i, out = 0;
  line_numbers score_line = {0, 0, 0, 0};
  for (i = 0; i < n; i++) {
    if (drop[i])
      continue; /* no entity after all */
    /* a city with a score after it is a team: "Boston 5 Detroit 3" */
    if (e[i].label == NEWSPARSE_LABEL_LOCATION &&
        !(i + 1 < n && e[i + 1].label == NEWSPARSE_LABEL_DATE &&
          e[i + 1].span.start <= e[i].span.end + 2) &&
        nm_score_follows(d->norm.data, d->norm.len, e[i].span.end, &score_line)) {
      if (nm_player_figures(d->norm.data, d->norm.len, e[i].span.end)) {
        /* a player named like a place: "Cork 14.3-4-45-1", "(Dundee 45th)" */
        e[i].label = NEWSPARSE_LABEL_PERSON;
        e[i].value = NULL;
        e[i].rule = "name.person";
        e[out++] = e[i];
        continue;
      }
      e[i].label = NEWSPARSE_LABEL_ORG;
      e[i].value = NULL;
      e[i].rule = "name.team";
      /* the team is the whole capitalised run before the score: "PSV
       * Eindhoven", "Bayern Munich"; what was found inside it goes */
      e[i].span.start = team_start(d->norm.data, e[i].span.start);
      while (out > 0 && e[out - 1].span.start >= e[i].span.start)
        out--;
    }
    e[out++] = e[i];
    /* "Reuters Toronto Bureau": a joined name may join the one before */
    while (out >= 2 && (label = join_label(d, &e[out - 2], &e[out - 1], sports)) != 0) {
      e[out - 2].span.end = e[out - 1].span.end;
      e[out - 2].value = NULL;
      /* the rule of the name that decided: the region's, the organisation's;
       * the head's in "Gulf of Mexico" */
      if ((label == NEWSPARSE_LABEL_LOCATION && e[out - 1].span.start == e[out - 2].span.end + 1) ||
          e[out - 1].label == NEWSPARSE_LABEL_ORG)
        e[out - 2].rule = e[out - 1].rule;
      e[out - 2].label = label;
      out--;
    }
  }
  d->entities.len = out * sizeof(nsp_entity);
}

/* A sports report: a sport word (lexicon role sport-word) in the headline
 * or, without one, on the first line; or three sport words and one token
 * in sixty. */
static int sports_report(const names *s) {
  size_t i, sport;
  size_t head_end = s->d->st.has_headline ? s->d->st.headline.end : (size_t)-1;
  for (i = 0; i < s->n && s->tok[i].start < head_end; i++) {
    if (i > 0 && !s->d->st.has_headline && (s->tok[i].flags & NSP_TOK_LINE_START))
      break;
    if (s->cues[i] & NSP_CUE_SPORT)
      return 1;
  }
  sport = s->sport_words;
  return sport >= 3 && sport * 60 >= s->n;
}

/* A fixture line, "OAKLAND AT BOSTON": the place that opens it (token i,
 * its name ending before token after) is the visiting side; the place
 * after "at" is where they play. */
static int away_side(names *s, size_t i, size_t after) {
  const nsp_token *t = &s->tok[after < s->n ? after : i];
  return (s->tok[i].flags & NSP_TOK_LINE_START) && after + 1 < s->n && t->lkey_len == 2 &&
         memcmp(s->d->tokens.keys.data + t->lkey_off, "at", 2) == 0 &&
         (s->tok[after + 1].flags & (NSP_TOK_CAP | NSP_TOK_UPPER)) &&
         !(s->tok[after + 1].flags & NSP_TOK_LINE_START);
}

/* In a sports report a place in a team slot is the team: "v Hampshire",
 * "Kent v Sussex", "against Lancashire", "Blackburn's Alan Shearer",
 * "Oakland manager Art Howe".  Countries stay countries (the national side
 * is read as its country). */
static void places_in_team_slots(names *s) {
  size_t at;
  for (at = 0; at < s->n_starts; at++) { /* a place starts capitalised */
    size_t i = s->starts[at], after;
    long c = s->cover[i];
    if (c < 0 || label_of(s, c) != NEWSPARSE_LABEL_LOCATION ||
        s->tok[i].start != s->ents[c].span.start)
      continue;
    after = after_entity(s, i);
    /* a team's slot, a fixture line's visitors, a side before or after a
     * result verb ("Lazio edged Osasuna") */
    if (in_team_slot(s, i, after - 1) || away_side(s, i, after) ||
        (strcmp(s->ents[c].rule, "place.area") != 0 && /* "England beat": a nation's side */
         !(s->cues[i] & NSP_CUE_GIVEN) &&              /* "beat Virginia Ruano-Pascual": a player */
         ((after < s->n && (s->cues[after] & NSP_CUE_RESULT_VERB)) ||
          (i > 0 && (s->cues[i - 1] & NSP_CUE_RESULT_VERB))))) {
      size_t k = after;
      s->ents[c].label = NEWSPARSE_LABEL_ORG;
      s->ents[c].value = NULL;
      s->ents[c].rule = "name.team";
      /* the club's name goes on: "Manchester City", "Plymouth Argyle" */
      for (; k < s->n && name_token(s, k) && !(s->cues[k] & NSP_CUE_FUNCTION) &&
             !(s->tok[k].flags & NSP_TOK_SENT_START) && (s->tok[k].flags & NSP_TOK_SPACE_BEFORE) &&
             !(s->tok[k].flags & NSP_TOK_LINE_START);
           k++) {
        s->cover[k] = c;
        s->ents[c].span.end = s->tok[k].end;
      }
    }
  }
}

/* The stage's state over the document's tokens and the tagger's entities:
 * which entity covers each token, where names may start. */
static int names_open(names *s, nsp_doc *d) {
  size_t i, t = 0, ne = NSP_VEC_LEN(&d->entities, nsp_entity);
  memset(s, 0, sizeof *s);
  s->d = d;
  s->tok = (const nsp_token *)(const void *)d->tokens.toks.data;
  s->cues = (const nsp_cues *)(const void *)d->cues.data;
  s->n = NSP_VEC_LEN(&d->tokens.toks, nsp_token);
  nsp_buf_init(&s->added, &d->alc);
  nsp_buf_init(&s->known, &d->alc);
  nsp_buf_init(&s->key, &d->alc);
  nsp_map_init(&s->mentions, &d->alc);
  nsp_map_init(&s->surnames, &d->alc);
  s->cover = nsp_malloc(&d->alc, s->n * sizeof *s->cover);
  s->starts = nsp_malloc(&d->alc, s->n * sizeof *s->starts);
  s->dropped = nsp_malloc(&d->alc, ne + 1);
  s->ents = nsp_malloc(&d->alc, (ne + 1) * sizeof *s->ents);
  if (!s->cover || !s->starts || !s->dropped || !s->ents)
    return NEWSPARSE_ERR_NOMEM;
  memset(s->dropped, 0, ne + 1);
  /* the tagger's entities are this stage's input: it revises a copy and
   * writes the document's list anew at the end */
  if (ne)
    memcpy(s->ents, d->entities.data, ne * sizeof *s->ents);
  for (i = 0; i < s->n; i++) {
    s->cover[i] = -1;
    s->starts[s->n_starts] = (uint32_t)i;
    s->n_starts += may_start_name(s, i) != 0;
    s->sport_words += (s->cues[i] & NSP_CUE_SPORT) != 0;
  }
  s->sports = sports_report(s);
  for (i = 0; i < ne; i++) { /* entities are sorted: one sweep */
    const nsp_entity *e = &NSP_VEC_AT(&d->entities, nsp_entity, i);
    size_t step = 8;
    /* leaps over the tokens between two entities, then a token at a time */
    while (t + step < s->n && s->tok[t + step].end <= e->span.start)
      t += step, step *= 2;
    while (t < s->n && s->tok[t].end <= e->span.start)
      t++;
    while (t < s->n && s->tok[t].start < e->span.end) {
      s->cover[t] = (long)i;
      t++;
    }
  }
  return NEWSPARSE_OK;
}

static void names_close(names *s) {
  nsp_free(&s->d->alc, s->cover);
  nsp_free(&s->d->alc, s->starts);
  nsp_free(&s->d->alc, s->dropped);
  nsp_free(&s->d->alc, s->ents);
  nsp_free(&s->d->alc, s->player_line);
  nsp_buf_free(&s->added);
  nsp_buf_free(&s->known);
  nsp_buf_free(&s->key);
  nsp_map_free(&s->mentions);
  nsp_map_free(&s->surnames);
}

/* The document's entities written anew: the tagger's as this stage
 * revised them, less those a longer name took in, and the new names, in
 * order; then tidied and joined. */
static int rebuild(names *s) {
  nsp_doc *d = s->d;
  nsp_entity *e = (nsp_entity *)(void *)d->entities.data;
  size_t i, out = 0, n = NSP_VEC_LEN(&d->entities, nsp_entity);
  unsigned char *drop;
  int rc;
  for (i = 0; i < n; i++)
    if (!s->dropped[i])
      e[out++] = s->ents[i];
  d->entities.len = out * sizeof(nsp_entity);
  if (s->added.len &&
      ((rc = nsp_buf_put(&d->entities, s->added.data, s->added.len)) != 0 ||
       (rc = nsp_entities_sort((nsp_entity *)(void *)d->entities.data,
                               NSP_VEC_LEN(&d->entities, nsp_entity), &d->alc)) != 0))
    return rc;
  n = NSP_VEC_LEN(&d->entities, nsp_entity);
  if (!(drop = nsp_malloc(&d->alc, n + 1)))
    return NEWSPARSE_ERR_NOMEM;
  memset(drop, 0, n + 1);
  /* a span found twice (a dateline's place that the chunk pass read
   * again): the later reading, made with the name's own evidence, stays */
  e = (nsp_entity *)(void *)d->entities.data; /* the buffer may have moved */
  for (i = 0; i + 1 < n; i++)
    if (e[i].span.start == e[i + 1].span.start && e[i].span.end == e[i + 1].span.end)
      drop[i] = 1;
  tidy(d, drop);
  join_names(d, drop, s->sports);
  nsp_free(&d->alc, drop);
  return NEWSPARSE_OK;
}

int nsp_names(nsp_doc *d) {
  names s;
  int rc;
  if (NSP_VEC_LEN(&d->tokens.toks, nsp_token) == 0)
    return NEWSPARSE_OK;
  rc = names_open(&s, d);
  if (!rc) /* before any pass revises the tagger's places */
    rc = nm_decide_tables(&s);
  if (!rc)
    rc = dateline_place(&s);
  if (!rc && !s.d->st.has_dateline)
    rc = dated_place_lines(&s);
  if (!rc) {
    places_with_suffix(&s);
    organisations_with_suffix(&s);
    initials_over_places(&s);
    if (s.sports)
      places_in_team_slots(&s);
    rc = find_chunks(&s);
  }
  if (!rc)
    rc = credit_agencies(&s);
  if (!rc)
    rc = nm_propagate(&s);
  if (!rc) {
    nm_surnames_over_places(&s);
    rc = rebuild(&s);
  }
  names_close(&s);
  return rc;
}
