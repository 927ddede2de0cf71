/* cues.h - the lexicon roles a rule file gives words (a base header: the
 * rule parser, the tagger, the name stage and the structure stage read
 * them). */
#ifndef NSP_CUES_H
#define NSP_CUES_H

#include <stddef.h>
#include <stdint.h>

/* Lexicon roles: word classes that rule files give words, read by the
 * name stage and the tense of dates (from token cues) and by the web-copy
 * lines of the structure stage (through nsp_word_roles). */
enum {
  NSP_CUE_COMMON = 1u << 0,           /* an ordinary lower-case English word */
  NSP_CUE_GIVEN = 1u << 1,            /* a given name */
  NSP_CUE_HONORIFIC = 1u << 2,        /* Mr, Mrs, Dr, Sir */
  NSP_CUE_ORG_SUFFIX = 1u << 3,       /* last word of an organisation: Inc, Party */
  NSP_CUE_ORG_HEAD = 1u << 4,         /* head of "X of Y": University, Bank */
  NSP_CUE_PERSON_VERB = 1u << 5,      /* said, told: a person speaks */
  NSP_CUE_LOC_PREP = 1u << 6,         /* in, near: a place follows */
  NSP_CUE_PARTICLE = 1u << 7,         /* de, van, bin: inside names */
  NSP_CUE_LOC_SUFFIX = 1u << 8,       /* Street, River: last word of a place */
  NSP_CUE_FUNCTION = 1u << 9,         /* The, However: never starts a name */
  NSP_CUE_NOT_NAME = 1u << 10,        /* capitalised but not a name: Monday, God */
  NSP_CUE_ORG_KIND = 1u << 11,        /* agency, chipmaker: an organisation's name follows */
  NSP_CUE_PERSON_ROLE = 1u << 12,     /* striker, economist: a person's name follows */
  NSP_CUE_TENSE_FUTURE = 1u << 13,    /* will, plans: a date ahead (tense.c) */
  NSP_CUE_FUTURE_TO = 1u << 14,       /* is, set, going: future before "to" */
  NSP_CUE_TENSE_PAST = 1u << 15,      /* was, had, broke, ago: a date behind */
  NSP_CUE_PAST_PERFECT = 1u << 16,    /* had: "had been due" is past */
  NSP_CUE_WEB_SHARE = 1u << 17,       /* share, print, listen: a button line */
  NSP_CUE_WEB_AD = 1u << 18,          /* advertisement, sponsored */
  NSP_CUE_WEB_PROMPT = 1u << 19,      /* subscribe, newsletter, app */
  NSP_CUE_WEB_CREDIT = 1u << 20,      /* photo, image, credit: before a colon */
  NSP_CUE_WEB_CAPTION = 1u << 21,     /* above, pictured: before a colon */
  NSP_CUE_WEB_AGENCY = 1u << 22,      /* Reuters, Getty, Alamy: a credit's agency */
  NSP_CUE_ABBREVIATION = 1u << 23,    /* vs, etc, approx: a dot after it ends no sentence */
  NSP_CUE_TITLE_ABBR = 1u << 24,      /* Gen, Sen, Calif, No: ... when capitalised */
  NSP_CUE_WEB_TEASER = 1u << 25,      /* read more, recommended: a teaser in the body */
  NSP_CUE_AMBIGUOUS_PLACE = 1u << 26, /* Atlanta, Florence: a city in a place's context */
  NSP_CUE_RESULT_VERB = 1u << 27,     /* beat, defeated: teams around it before a score */
  NSP_CUE_SPORT = 1u << 28,           /* soccer, innings, striker: a sports report */
  NSP_CUE_TEAM_SLOT = 1u << 29        /* against, v: a team follows, in a sports report */
};
/* A token's roles.  The phrase table folds the first 30 into a word's
 * look-up flags (NSP_GAZ_CUE_SHIFT); the roles from bit 30 on come from
 * the word's lexicon entries (the tagger sets them; the structure stage,
 * which reads only the folded flags, does not see them). */
typedef uint64_t nsp_cues;
#define NSP_CUE_FOLDED ((nsp_cues)0x3FFFFFFF)
#define NSP_CUE_ORG_NOUN ((nsp_cues)1 << 30)    /* party, bank: after a name, an organisation's */
#define NSP_CUE_PLACE_NOUN ((nsp_cues)1 << 31)  /* province, airport: after a name, a place's */
#define NSP_CUE_PERSON_NOUN ((nsp_cues)1 << 32) /* administration: after one name, a person's */
#define NSP_CUE_NAME_SUFFIX ((nsp_cues)1 << 33) /* Jr, III: ends a person's name */
#define NSP_CUE_NAME_ABBREVIATION ((nsp_cues)1 << 34) /* Inc, Corp: the full stop is the name's */
#define NSP_CUE_ORG_PRONOUN ((nsp_cues)1 << 35) /* it, its: "X said it": X is an organisation */
#define NSP_CUE_PARTY_NOUN ((nsp_cues)1 << 36)  /* party: after one name, a party's */
#define NSP_CUE_TEAM_NOUN ((nsp_cues)1 << 37)   /* champions, leaders: a team follows, in sports */
/* The roles of a lower-cased word, from whatever tables a caller has
 * (the engine's lexicons); of == NULL: none. */
typedef struct nsp_word_roles {
  uint32_t (*of)(const void *ctx, const char *lkey, size_t n);
  const void *ctx;
} nsp_word_roles;

/* The roles of the word [s, s + n) in any case (ASCII folded); 0 without
 * a lookup or for a word over 31 bytes. */
static inline uint32_t nsp_roles_of_word(const nsp_word_roles *r, const char *s, size_t n) {
  char key[32];
  size_t k;
  if (!r || !r->of || n == 0 || n >= sizeof key)
    return 0;
  for (k = 0; k < n; k++) {
    unsigned char c = (unsigned char)s[k];
    key[k] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
  }
  return r->of(r->ctx, key, n);
}

#endif
