/* doc.h - the document a parse fills, stage by stage, and the result
 * that owns it (newsparse.c). */
#ifndef NSP_DOC_H
#define NSP_DOC_H

#include "offmap.h"
#include "structure.h"
#include "tokens.h"

typedef struct nsp_entity {
  nsp_span span;
  int label;
  int priority;
  const char *value; /* NUL-terminated or NULL */
  const char *rule;  /* rule id */
} nsp_entity;

typedef struct nsp_relation {
  size_t person, office, of;
} nsp_relation;

typedef struct nsp_warning {
  const char *code;
  const char *message;
} nsp_warning;

typedef struct nsp_doc nsp_doc;
struct nsp_doc {
  newsparse_allocator alc;
  nsp_arena arena;
  char *orig;
  size_t orig_len;
  nsp_buf norm; /* normalised text, NUL-terminated */
  nsp_offmap map;
  nsp_structure st;
  nsp_tokens tokens;
  nsp_buf cues; /* nsp_cues per token: lexicon roles (NSP_CUE_*), from the tagger */
  /* the engine's evidence rules (evidence.h), read by the name stage */
  const struct nsp_rule *const *evidence;
  size_t n_evidence;
  nsp_buf entities;  /* nsp_entity */
  nsp_buf relations; /* nsp_relation */
  nsp_buf warnings;  /* nsp_warning */
  nsp_date dct;      /* year 0 and month 0: none */
  int has_dct;
  char dct_text[16];        /* YYYY-MM-DD (XXXX for an unknown year) */
  const char *dct_source;   /* "option" (or the caller's name), "published", "dateline" */
  char dct_value[32];       /* the TimeML value, with its time when one was given */
  char published_value[32]; /* the published line's value; "" when none */
  unsigned opts;
  size_t work; /* look-ups and match attempts: tests check it grows linearly */
};

struct newsparse_result {
  nsp_doc doc;   /* allocates from pool */
  nsp_pool pool; /* backed by the allocator of the engine that made it */
};

/* Sort entities by start, in place (stable). */
int nsp_entities_sort(nsp_entity *e, size_t n, const newsparse_allocator *alc);

/* A document's buffers, empty, using allocator a; and their release. */
void nsp_doc_init(nsp_doc *d, const newsparse_allocator *a);
void nsp_doc_free(nsp_doc *d);

#endif
