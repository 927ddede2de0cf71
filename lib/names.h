/* names.h - the name stage: names no list knows (names.c). */
#ifndef NSP_NAMES_H
#define NSP_NAMES_H

#include "doc.h"

int nsp_names(nsp_doc *d);

#endif
