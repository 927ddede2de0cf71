/* rules.h - rule sets: rules, lexicon roles, start classes (rules.c). */
#ifndef NSP_RULES_H
#define NSP_RULES_H

#include "buf.h"
#include "cues.h"

#include <stdint.h>

enum { NSP_RULE_REGEX = 1, NSP_RULE_GAZETTEER = 2, NSP_RULE_LEXICON = 3, NSP_RULE_EVIDENCE = 4 };
nsp_cues nsp_cue_from_name(const char *s, size_t n);
enum { NSP_CASE_EXACT = 0, NSP_CASE_ANY = 1, NSP_CASE_CAPS = 2 };
typedef struct nsp_rule {
  int kind;
  const char *id;
  int label;
  int priority;
  const char *value;      /* constant value, "$money" / "$date" computed, NULL */
  int case_mode;          /* gazetteers and lexicons: NSP_CASE_* */
  nsp_cues role;          /* lexicons: NSP_CUE_* */
  void *code;             /* pcre2_code_8 * for regex rules */
  const char *pattern;    /* regex source, recompiled by each engine */
  const char *starts;     /* regex: words and #classes a match may start at */
  uint32_t start_classes; /* NSP_START_* parsed from `starts` (engine) */
  const char *near;       /* regex: words one of which a match holds near its start */
  uint64_t near_bit;      /* engine: this rule's bit in the near table, 0: none */
  int group_e;            /* engine: number of the group named e, 0 if none */
  int jit;                /* engine: 1 when the pattern is JIT-compiled */
  size_t pattern_len;
  int caseless;
  const char *source; /* "file:line" for messages */
  /* evidence (evidence.h): where the word of `role` stands next to a name,
   * for how many words of name, and its conditions */
  unsigned char ev_where, ev_min, ev_max;
  unsigned ev_flags;
} nsp_rule;

/* Roles a rule file names that are none of the built-in ones: each gets
 * one of the bits past them. */
#define NSP_USER_ROLES 26
#define NSP_USER_ROLE_FIRST 38
struct newsparse_rules {
  newsparse_allocator alc;
  char user_roles[NSP_USER_ROLES][32];
  size_t n_user_roles;
  nsp_buf rules;     /* nsp_rule */
  nsp_buf gazs;      /* nsp_gazetteer *, one per added text */
  nsp_arena strings; /* ids, values, sources, warnings */
  nsp_buf warnings;  /* const char *: what the loader noticed, file:line:col first */
};
int nsp_label_from_name(const char *s, size_t n);
/* Parse a rule text into the set (all of it, or nothing on an error).  With
 * an image (the built-in text's own table, made at build time from this
 * very text) the phrase lines are only stepped over and the table is the
 * image. */
struct nsp_gaz_image;
int nsp_rules_add_text(newsparse_rules *set, const char *name, const char *text, size_t len,
                       const struct nsp_gaz_image *image, newsparse_error *err);
/* Free the compiled patterns of an array of nsp_rule. */
void nsp_rule_codes_free(nsp_buf *rules);
/* newsparse_label_name, with the length of the name it returns. */
const char *nsp_label_name_len(int label, size_t *len);

/* A rule with `near=` words is tried only where one of them is among the
 * NSP_NEAR_TOKENS tokens from the start token on. */
#define NSP_NEAR_TOKENS 8
/* Near words share the start table; their entries carry this bit. */
#define NSP_NEAR_ENTRY 0x80000000u

/* Token classes a regex rule may start at ("starts=#digit|#symbol|may"). */
enum {
  NSP_START_DIGIT = 1u << 0,
  NSP_START_CAP = 1u << 1,
  NSP_START_SYMBOL = 1u << 2,
  NSP_START_WORD = 1u << 3,
  NSP_START_YEAR = 1u << 4, /* four digits, 1000 to 2999: 1996, 1990s */
  NSP_START_DAY = 1u << 5   /* one or two digits: 27, 9 */
};
#define NSP_START_COMBOS 64 /* every combination of the bits above */
/* The class words of `starts`, and the NSP_START_* bit of one (0: none). */
uint32_t nsp_start_class(const char *s, size_t n);

#endif
