/* resolve.h - the resolve stage: full names, values, relations (resolve.c). */
#ifndef NSP_RESOLVE_H
#define NSP_RESOLVE_H

#include "doc.h"

int nsp_resolve(nsp_doc *d);

#endif
