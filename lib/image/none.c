/*
 * none.c - no built-in image: the built-in rule text is parsed when a rule
 * set is made.  Linked into the image generator itself, and into builds
 * that cannot run it (cross-compiling, NEWSPARSE_PREBUILT_TABLES=OFF).
 */
#include "gazetteer.h"

const nsp_gaz_image *const nsp_builtin_image = NULL;
