/* engine.h - the immutable engine shared by threads (engine.c). */
#ifndef NSP_ENGINE_H
#define NSP_ENGINE_H

#include "gazetteer.h"
#include "rules.h"

struct newsparse_engine {
  newsparse_allocator alc;
  nsp_rule *rules;
  size_t n_rules;
  nsp_gazetteer **gazs; /* phrase tables, one per rule text; read-only */
  size_t n_gazs;
  nsp_gazetteer *starts; /* start and near words of regex rules -> rule indexes */
  nsp_gaz_view *views;   /* of gazs[k], for inline look-ups */
  nsp_gaz_view starts_view;
  int has_anchored; /* some regex rule has `starts` */
  /* regex rules started by a token class, listed per combination of a
   * token's NSP_START_* bits: those of combination c are
   * class_rules[class_first[c] .. class_first[c + 1]) */
  uint32_t *class_rules;
  uint32_t class_first[NSP_START_COMBOS + 1];
  int has_near;              /* some rule has `near` words (NSP_NEAR_ENTRY in starts) */
  const nsp_rule **evidence; /* the evidence rules, in rule order, for the name stage */
  size_t n_evidence;
  nsp_arena strings;
};

#endif
