/* defines.h - the `define`s of a rule text (defines.c). */
#ifndef NSP_DEFINES_H
#define NSP_DEFINES_H

#include "buf.h"

#include <stddef.h>

typedef struct nsp_defines {
  nsp_buf pairs;    /* "name\0body\0" */
  nsp_buf blocks;   /* define_block: the phrase lines of each gazetteer */
  nsp_buf expanded; /* the last expansion, NUL-terminated */
} nsp_defines;

void nsp_defines_init(nsp_defines *d, const newsparse_allocator *a);
void nsp_defines_free(nsp_defines *d);
/* A run that reads as a define's name: A-Z, 0-9 and '_'. */
int nsp_define_name(const char *s, size_t n);
/* `define NAME BODY`. */
int nsp_defines_add(nsp_defines *d, const char *name, size_t name_len, const char *body,
                    size_t body_len);
/* The phrase lines of gazetteer `id` (a string that outlives d) are
 * text[start, end). */
int nsp_defines_block(nsp_defines *d, const char *id, size_t start, size_t end);
/* `define NAME from ID` (words NSP_DEFINE_PATTERN): NAME is the
 * alternation of the phrases of the gazetteer ID of the same text, longest
 * first, each as written (white space matching any, an apostrophe either
 * form): "(?:Christmas\sDay|Christmas)".  `define NAME starts from ID`
 * (NSP_DEFINE_STARTS): their first words, and `define NAME near from ID`
 * (NSP_DEFINE_NEAR): their key words (the longest of each), in lower case,
 * for starts= and near= ("new|black", "year|friday").  1 when the text has
 * no such gazetteer above. */
enum { NSP_DEFINE_PATTERN = 0, NSP_DEFINE_STARTS = 1, NSP_DEFINE_NEAR = 2 };
int nsp_defines_add_from(nsp_defines *d, const char *name, size_t name_len, const char *id,
                         size_t id_len, int words, const char *text);
/* Expand %NAME% in s into d->expanded; *undefined is the offset in s of a
 * %NAME% no define gave ((size_t)-1 when none): an error for the caller
 * (a mistyped name would otherwise be matched as text). */
int nsp_defines_expand(nsp_defines *d, const char *s, size_t n, size_t *undefined);

#endif
