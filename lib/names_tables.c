/*
 * names_tables.c - results tables decided as a whole.
 *
 * In: the tokens with their cues and the tagger's entities.  Out: per
 * token, whether its line belongs to a table of players
 * (names_stage.h: names.player_line, NULL where none is); where a row's
 * name starts (nm_row_head); whether a side's goals and scorers follow a
 * name (nm_scorers_follow).  A table is a run of consecutive rows, a row
 * a line that opens with a rank or a number, then a name, then a figure
 * or a bracket ("2. Corser 270", "Ijaz Ahmed 3 6 1 344", "Kay Lund
 * (Norway) 4:05.11").  Each row with evidence votes: an initial, a given
 * name before a surname or a nation in brackets makes a player; a known
 * place or organisation, or an organisation's suffix, a team.  Where the
 * players win, the rows without evidence are players too ("3. Kocinski
 * 254" under "1. Colin Edwards (U.S.) 290"); a row alone decides nothing.
 */
#include "names_stage.h"

enum { ROW_NONE = 0, ROW_PLAIN, ROW_PLAYER, ROW_TEAM };

/* Is token i a name's word on the line that token h opens? */
static int head_word(names *s, size_t h, size_t i) {
  const nsp_token *t = &s->tok[i];
  if (i > h && (t->flags & NSP_TOK_LINE_START))
    return 0;
  if ((t->flags & NSP_TOK_WORD) && !(t->flags & NSP_TOK_DIGIT) && (t->flags & NSP_TOK_CAP))
    return 1;
  /* the full stop of an initial, an inner hyphen: "J. Crawley", "Ata-ur" */
  return i > h && !(t->flags & NSP_TOK_SPACE_BEFORE) && (tok_is(s, i, ".") || tok_is(s, i, "-")) &&
         i + 1 < s->n && !(s->tok[i + 1].flags & NSP_TOK_LINE_START);
}

/* What the rest of a row's line says, from token k: 1 a team's figures
 * followed by its players in brackets ("Essex 532-8 (G. Gooch 111,"),
 * -1 a line that closes a bracket opened on an earlier line (a wrapped
 * row: "N. Williams 5-43)."), 0 neither. */
static int rest_of_row(names *s, size_t k) {
  for (; k < s->n && !(s->tok[k].flags & NSP_TOK_LINE_START); k++) {
    if (tok_is(s, k, ")"))
      return -1;
    if (tok_is(s, k, "(") && k + 1 < s->n &&
        (is_initial(s, k + 1) || (s->cues[k + 1] & NSP_CUE_GIVEN)))
      return 1;
    if (tok_is(s, k, "("))
      return 0;
  }
  return 0;
}

/* The kind of row the line starting at token l is. */
static int row_kind(names *s, size_t l) {
  size_t h = l, k, bracket = 0;
  int rest;
  long c;
  if (s->tok[h].flags & NSP_TOK_DIGIT) { /* a rank or a place: "2.", "201" */
    h++;
    if (h < s->n && (tok_is(s, h, ".") || tok_is(s, h, ")")) &&
        !(s->tok[h].flags & NSP_TOK_SPACE_BEFORE))
      h++;
  }
  for (k = h; k < s->n && k < h + 6 && head_word(s, h, k); k++)
    ;
  if (k == h || k >= s->n || (s->tok[k].flags & NSP_TOK_LINE_START))
    return ROW_NONE;
  if (tok_is(s, k, "(") && k + 2 < s->n && s->cover[k + 1] >= 0)
    bracket = k + 1;
  else if (!(s->tok[k].flags & NSP_TOK_DIGIT))
    return ROW_NONE;
  if ((rest = rest_of_row(s, k)) != 0)
    return rest > 0 ? ROW_TEAM : ROW_NONE;
  if (is_initial(s, h) ||
      (k - h >= 2 && (s->cues[h] & NSP_CUE_GIVEN) && !(s->cues[h] & NSP_CUE_AMBIGUOUS_PLACE) &&
       !(s->tok[k - 1].flags & NSP_TOK_UPPER)) ||
      (bracket && label_of(s, s->cover[bracket]) == NEWSPARSE_LABEL_COUNTRY))
    return ROW_PLAYER;
  c = s->cover[h];
  if ((c >= 0 && s->cover[k - 1] == c &&
       (label_of(s, c) == NEWSPARSE_LABEL_LOCATION || label_of(s, c) == NEWSPARSE_LABEL_ORG ||
        label_of(s, c) == NEWSPARSE_LABEL_COUNTRY)) ||
      (s->cues[k - 1] & NSP_CUE_ORG_SUFFIX))
    return ROW_TEAM;
  return ROW_PLAIN;
}

/* A run of rows [first, end) with these votes: the players' lines. */
static int close_table(names *s, size_t first, size_t end, size_t players, size_t teams) {
  if (players < 2 || players <= 2 * teams)
    return NEWSPARSE_OK;
  if (!s->player_line) { /* made for the few documents that have one */
    if (!(s->player_line = nsp_malloc(&s->d->alc, s->n + 1)))
      return NEWSPARSE_ERR_NOMEM;
    memset(s->player_line, 0, s->n + 1);
  }
  for (; first < end; first++)
    s->player_line[first] = 1;
  return NEWSPARSE_OK;
}

/* Only sports reports have tables of players. */
int nm_decide_tables(names *s) {
  size_t i = 0, table = 0, players = 0, teams = 0;
  int in_table = 0, rc = NEWSPARSE_OK;
  s->player_line = NULL;
  if (!s->sports)
    return NEWSPARSE_OK;
  while (i < s->n && !rc) {
    size_t line_end = i + 1;
    int kind = row_kind(s, i);
    while (line_end < s->n && !(s->tok[line_end].flags & NSP_TOK_LINE_START))
      line_end++;
    if (kind == ROW_NONE) {
      if (in_table)
        rc = close_table(s, table, i, players, teams);
      in_table = 0;
    } else {
      if (!in_table) {
        table = i;
        players = teams = 0;
        in_table = 1;
      }
      players += kind == ROW_PLAYER;
      teams += kind == ROW_TEAM;
    }
    i = line_end;
  }
  if (in_table && !rc)
    rc = close_table(s, table, s->n, players, teams);
  return rc;
}

/* Does a row's name start at token a: at the line's start, after its
 * rank ("2. Corser 270", "201 Kay Lund 68 65") or after a figure and a
 * comma ("68 65 68, Roger Chapman 72 62 67")?  Not after a bracket:
 * "Kay Lund (Norway) Yamaha 176" names the team there. */
int nm_row_head(names *s, size_t a) {
  if (s->tok[a].flags & NSP_TOK_LINE_START)
    return 1;
  if (a == 0)
    return 0;
  if ((s->tok[a - 1].flags & NSP_TOK_DIGIT) && (s->tok[a - 1].flags & NSP_TOK_LINE_START))
    return 1;
  return (tok_is(s, a - 1, ".") && a >= 2 && (s->tok[a - 2].flags & NSP_TOK_DIGIT) &&
          (s->tok[a - 2].flags & NSP_TOK_LINE_START)) ||
         (tok_is(s, a - 1, ",") && a >= 2 && (s->tok[a - 2].flags & NSP_TOK_DIGIT));
}

/* After the name at token b: a side's goals and its scorers with their
 * minutes in brackets ("Willem II Tilburg 1 (Van Hintum 69th)"). */
int nm_scorers_follow(names *s, size_t b) {
  size_t k;
  const char *t = s->d->norm.data;
  if (b + 3 >= s->n || !(s->tok[b].flags & NSP_TOK_DIGIT) || tok_len(s, b) > 2 ||
      !tok_is(s, b + 1, "(") || !(s->tok[b + 2].flags & NSP_TOK_CAP))
    return 0;
  for (k = b + 3; k < s->n && k < b + 7 && !tok_is(s, k, ")"); k++) {
    const nsp_token *m = &s->tok[k];
    size_t digits = m->start;
    while (digits < m->end && t[digits] >= '0' && t[digits] <= '9')
      digits++;
    if ((m->flags & NSP_TOK_DIGIT) && digits > m->start && digits + 2 == m->end &&
        ordinal_suffix(t, m->end, digits))
      return 1;
  }
  return 0;
}
