/* tagger.h - the tagging stage: gazetteers, lexicon cues and PCRE2 rules
 * over the tokens (tagger.c). */
#ifndef NSP_TAGGER_H
#define NSP_TAGGER_H

#include "doc.h"
#include "engine.h"

int nsp_tag(const newsparse_engine *e, nsp_doc *d, unsigned match_limit, unsigned depth_limit);

#endif
