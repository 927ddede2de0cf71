/* evidence.h - evidence for the name stage as data: a word of a lexicon
 * role next to a name gives the name a label (evidence.c). */
#ifndef NSP_EVIDENCE_H
#define NSP_EVIDENCE_H

#include "rules.h"

/* Where the role's word stands: just before the name, just after it, as
 * its first or as its last word. */
enum { NSP_EV_BEFORE = 1, NSP_EV_AFTER = 2, NSP_EV_FIRST = 3, NSP_EV_LAST = 4 };
enum {
  NSP_EV_NOT_CAPITALS = 1u << 0,   /* not a name in capitals only */
  NSP_EV_NOT_LINE_START = 1u << 1, /* the name does not open a line */
  NSP_EV_NOT_GIVEN = 1u << 2,      /* the name's first word is no given name */
  NSP_EV_WEAK = 1u << 3,           /* a guess: not spread to other mentions */
  NSP_EV_LOWER = 1u << 4,          /* the role's word is in lower case */
  NSP_EV_NOT_COMMON = 1u << 5      /* no word of the name is an everyday word */
};

/* The bit of a lexicon role by name: a built-in role's, or a role of the
 * set's own, given the next free bit the first time it is named; 0 when
 * no bit is left. */
nsp_cues nsp_role_bit(newsparse_rules *set, const char *s, size_t n);

/* The rest of an evidence line after its id and label, t[i..e):
 * "WHERE ROLE [words=MIN-MAX] [not-capitals] [not-line-start] [not-given]
 * [not-common] [weak] [lower]".  0, or NEWSPARSE_ERR_RULE_SYNTAX with *at the offset
 * and *why the reason. */
int nsp_evidence_parse(newsparse_rules *set, const char *t, size_t i, size_t e, nsp_rule *r,
                       size_t *at, const char **why);

/* A warning for each lexicon of `added` (rules of one text) whose role is
 * a set's own that no evidence rule of the set or of `added` reads. */
int nsp_evidence_warnings(newsparse_rules *set, const nsp_buf *added, nsp_buf *warnings);

#endif
