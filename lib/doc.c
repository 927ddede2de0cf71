/*
 * doc.c - the document a parse fills.
 *
 * In: an allocator.  Out: a document's buffers, empty, and their release;
 * and the order every stage keeps its entities in (by start, stable).
 */
#include "doc.h"
#include "sort.h"

#include <string.h>

void nsp_doc_init(nsp_doc *d, const newsparse_allocator *a) {
  memset(d, 0, sizeof *d);
  d->alc = *a;
  d->arena.alc = &d->alc;
  nsp_buf_init(&d->norm, &d->alc);
  nsp_buf_init(&d->map.pieces, &d->alc);
  nsp_buf_init(&d->st.paragraphs, &d->alc);
  nsp_buf_init(&d->st.sentences, &d->alc);
  nsp_buf_init(&d->st.related, &d->alc);
  nsp_buf_init(&d->st.boilerplate, &d->alc);
  nsp_buf_init(&d->tokens.toks, &d->alc);
  nsp_buf_init(&d->tokens.keys, &d->alc);
  nsp_buf_init(&d->cues, &d->alc);
  nsp_buf_init(&d->entities, &d->alc);
  nsp_buf_init(&d->relations, &d->alc);
  nsp_buf_init(&d->warnings, &d->alc);
}

void nsp_doc_free(nsp_doc *d) {
  nsp_buf_free(&d->norm);
  nsp_buf_free(&d->map.pieces);
  nsp_structure_free(&d->st);
  nsp_tokens_free(&d->tokens);
  nsp_buf_free(&d->cues);
  nsp_buf_free(&d->entities);
  nsp_buf_free(&d->relations);
  nsp_buf_free(&d->warnings);
  nsp_arena_release(&d->arena);
}

static int starts_before(const nsp_entity *x, const nsp_entity *y) {
  return x->span.start < y->span.start;
}
NSP_DEFINE_SORT(sort_by_start, nsp_entity, starts_before)

int nsp_entities_sort(nsp_entity *e, size_t n, const newsparse_allocator *alc) {
  return sort_by_start(e, n, alc);
}
