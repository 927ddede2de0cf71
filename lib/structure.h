/* structure.h - the structure stage: headline, dateline, byline, paragraphs,
 * sentences, related list (structure.c, sentences.c). */
#ifndef NSP_STRUCTURE_H
#define NSP_STRUCTURE_H

#include "buf.h"
#include "cues.h"
#include "published.h"
#include "span.h"

typedef struct nsp_para {
  nsp_span span;
  size_t first_sentence, n_sentences;
} nsp_para;

typedef struct nsp_related {
  nsp_span span;
  nsp_span url; /* empty (start == end) when none */
} nsp_related;

/* A line of a web page that is not the article, and its kind: "nav",
 * "other" (and, from the lexicons, "share", "caption", "credit", "ad",
 * "prompt"). */
typedef struct nsp_boilerplate {
  nsp_span span;
  const char *kind; /* a static string */
} nsp_boilerplate;

typedef struct nsp_structure {
  int has_headline, has_dateline, has_byline;
  nsp_span headline, dateline, byline;
  nsp_buf paragraphs;     /* nsp_para */
  nsp_buf sentences;      /* nsp_span */
  nsp_buf related;        /* nsp_related */
  nsp_date dateline_date; /* month 0 when the dateline carries none */
  int has_published;      /* the line that dates a web page */
  nsp_span published;
  nsp_published published_at;
  nsp_buf boilerplate; /* nsp_boilerplate, in text order */
} nsp_structure;

/* What nsp_structure_find looks for besides headline, byline, dateline
 * and paragraphs. */
enum { NSP_FIND_RELATED = 1, NSP_FIND_BOILERPLATE = 2 };
/* roles: the lexicon roles of words, for the lines a copied web page
 * brings (share buttons, credits); NULL: none are looked for. */
int nsp_structure_find(const char *text, size_t len, unsigned what, const nsp_word_roles *roles,
                       nsp_structure *st);
/* roles: the lexicons' abbreviations and sentence openers; NULL: only
 * initials and dotted words are abbreviations. */
int nsp_sentences_split(const char *text, nsp_span para, const nsp_word_roles *roles, nsp_buf *out);
/* The sentences of every paragraph of st, into st->sentences. */
int nsp_sentences_of_paragraphs(const char *text, const nsp_word_roles *roles, nsp_structure *st);
void nsp_structure_free(nsp_structure *st);

#endif
