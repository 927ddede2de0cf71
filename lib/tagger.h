/* tagger.h - the tagging stage: gazetteers, lexicon cues and PCRE2 rules
 * over the tokens (tagger.c). */
#ifndef NSP_TAGGER_H
#define NSP_TAGGER_H

#include "doc.h"
#include "engine.h"

/* Sort entities by start, in place (stable). */
int nsp_entities_sort(nsp_buf *entities, const newsparse_allocator *alc);
int nsp_tag(const newsparse_engine *e, nsp_doc *d, unsigned match_limit, unsigned depth_limit);

#endif
