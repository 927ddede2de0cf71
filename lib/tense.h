/* tense.h - the tense of the clause around a date, from the lexicon cues
 * of its words (tense.c). */
#ifndef NSP_TENSE_H
#define NSP_TENSE_H

#include "doc.h"

#include <stddef.h>

/* +1 future, -1 past, 0 unknown, for the date at normalised bytes [s, e)
 * of d, whose tokens carry their lexicon cues (d->cues). */
int nsp_clause_tense(const nsp_doc *d, size_t s, size_t e);

#endif
