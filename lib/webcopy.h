/* webcopy.h - the lines a copy of a web page brings that are not the
 * article's text (webcopy.c), a step of the structure stage. */
#ifndef NSP_WEBCOPY_H
#define NSP_WEBCOPY_H

#include "cues.h"
#include "lines.h"

#include <stddef.h>

/* For each of the n lines, its boilerplate kind ("share", "ad", "prompt",
 * "credit", "caption") or NULL: kind must hold n pointers.  Words are
 * looked up in roles (the web-* lexicon roles); without a lookup nothing
 * is found.  Linear in the text. */
void nsp_webcopy_kinds(const char *text, const nsp_line *ln, size_t n, const nsp_word_roles *roles,
                       const char **kind);

#endif
