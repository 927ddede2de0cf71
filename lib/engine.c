/*
 * engine.c - building the immutable engine from a rule set.
 *
 * In: a newsparse_rules set (or none: the built-in rules).  Out: an engine
 * owning private copies of every rule (strings, JIT-compiled pattern
 * copies) and one phrase table per rule text (the built-in text's is the
 * static image made at build time, shared, not copied).  Nothing in an
 * engine changes after newsparse_engine_new returns, so threads share it.
 */
#include "engine.h"
#include "error.h"
#include "gazetteer.h"
#include "regex.h"
#include "rules.h"

#include <string.h>

static const char *copy_str(nsp_arena *ar, const char *s) {
  return s ? nsp_arena_strndup(ar, s, strlen(s)) : NULL;
}

/* Add one word of a `starts` or `near` list to the start table under
 * `rule`, lower-cased as token keys are.  A two-word start "the+end" is
 * the key "the end", with "the" marked as its prefix ("the+#digit": "the"
 * before a number). */
static int add_start_word(newsparse_engine *e, const char *s, size_t n, uint32_t rule) {
  char w[64];
  size_t i, plus = 0;
  int rc;
  if (n >= sizeof w)
    n = sizeof w - 1;
  for (i = 0; i < n; i++) {
    w[i] = (char)((s[i] >= 'A' && s[i] <= 'Z') ? s[i] + 32 : s[i]);
    if (w[i] == '+' && i > 0 && !plus) {
      w[i] = ' ';
      plus = i;
    }
  }
  if (plus && (rc = nsp_gaz_mark_prefix(e->starts, w, plus)) != 0)
    return rc;
  return nsp_gaz_add(e->starts, w, n, NULL, 0, rule, NULL);
}

/* Index the start words and classes of regex rule k ("#digit|may|the+end"),
 * and its near words as NSP_NEAR_ENTRY entries under the rule's near bit
 * (`bit`; past 64 such rules the others go without the filter). */
static int build_starts(newsparse_engine *e, uint32_t k, unsigned *bit) {
  nsp_rule *r = &e->rules[k];
  const char *s;
  int rc;
  e->has_anchored = 1;
  for (s = r->starts; *s; s += *s == '|') {
    size_t n = strcspn(s, "|");
    uint32_t cls = nsp_start_class(s, n);
    r->start_classes |= cls;
    if (!cls && n && (rc = add_start_word(e, s, n, k)) != 0)
      return rc;
    s += n;
  }
  if (!r->near || *bit >= 64)
    return NEWSPARSE_OK;
  r->near_bit = (uint64_t)1 << (*bit)++;
  e->has_near = 1;
  for (s = r->near; *s; s += *s == '|') {
    size_t n = strcspn(s, "|");
    if (n && (rc = add_start_word(e, s, n, k | NSP_NEAR_ENTRY)) != 0)
      return rc;
    s += n;
  }
  return NEWSPARSE_OK;
}

/* Copy rule k of the set into the engine, its strings into the engine's
 * arena and its pattern compiled again with the engine's allocator: the
 * engine must not depend on the rule set, which the caller may free. */
static int copy_rule(newsparse_engine *e, const nsp_rule *src, nsp_rule *dst) {
  int rc = NEWSPARSE_OK;
  *dst = *src;
  dst->code = NULL;
  dst->id = copy_str(&e->strings, src->id);
  dst->value = copy_str(&e->strings, src->value);
  dst->source = copy_str(&e->strings, src->source);
  dst->starts = copy_str(&e->strings, src->starts);
  dst->near = copy_str(&e->strings, src->near);
  dst->near_bit = 0;
  if ((src->starts && !dst->starts) || (src->near && !dst->near))
    rc = NEWSPARSE_ERR_NOMEM;
  dst->pattern =
      src->pattern ? nsp_arena_strndup(&e->strings, src->pattern, src->pattern_len) : NULL;
  if (!dst->id || (src->value && !dst->value) || !dst->source || (src->pattern && !dst->pattern))
    rc = NEWSPARSE_ERR_NOMEM;
  if (!rc && src->kind == NSP_RULE_REGEX) {
    int off;
    char msg[8];
    rc = nsp_regex_compile(&e->alc, dst->pattern, dst->pattern_len,
                           (dst->caseless ? NSP_REGEX_CASELESS : 0) |
                               (dst->starts ? NSP_REGEX_ANCHORED : 0),
                           &dst->code, &off, msg, sizeof msg);
    if (!rc) {
      dst->jit = nsp_regex_jit(dst->code);
      dst->group_e = nsp_regex_group(dst->code);
    }
  }
  return rc;
}

static int copy_rules(newsparse_engine *e, const newsparse_rules *rules) {
  size_t k, n = NSP_VEC_LEN(&rules->rules, nsp_rule);
  int rc = NEWSPARSE_OK;
  if (n) {
    e->rules = nsp_malloc(&e->alc, n * sizeof *e->rules);
    if (!e->rules)
      return NEWSPARSE_ERR_NOMEM;
    memset(e->rules, 0, n * sizeof *e->rules);
  }
  for (k = 0; !rc && k < n; k++) {
    rc = copy_rule(e, &NSP_VEC_AT(&rules->rules, nsp_rule, k), &e->rules[k]);
    e->n_rules = k + 1;
  }
  /* the evidence rules listed once, so that a document does not look for them */
  if (!rc && n && !(e->evidence = nsp_malloc(&e->alc, n * sizeof *e->evidence)))
    rc = NEWSPARSE_ERR_NOMEM;
  for (k = 0; !rc && k < e->n_rules; k++)
    if (e->rules[k].kind == NSP_RULE_EVIDENCE)
      e->evidence[e->n_evidence++] = &e->rules[k];
  return rc;
}

/* The start table of anchored regex rules, and per combination of a
 * token's start classes the rules to try, in rule order. */
static int build_start_tables(newsparse_engine *e) {
  unsigned near_bits = 0; /* near bits handed out so far */
  size_t k, c, used = 0, with_class = 0, n = e->n_rules;
  int rc = nsp_gaz_new(&e->alc, &e->starts);
  for (k = 0; !rc && k < n; k++)
    if (e->rules[k].kind == NSP_RULE_REGEX && e->rules[k].starts)
      rc = build_starts(e, (uint32_t)k, &near_bits);
  if (!rc)
    rc = nsp_gaz_seal(e->starts);
  if (rc)
    return rc;
  for (k = 0; k < n; k++)
    with_class += e->rules[k].start_classes != 0;
  e->class_rules = nsp_malloc(&e->alc, (NSP_START_COMBOS * with_class + 1) * sizeof(uint32_t));
  if (!e->class_rules)
    return NEWSPARSE_ERR_NOMEM;
  for (c = 0; c < NSP_START_COMBOS; c++) {
    e->class_first[c] = (uint32_t)used;
    for (k = 0; k < n; k++)
      if (e->rules[k].start_classes & c)
        e->class_rules[used++] = (uint32_t)k;
  }
  e->class_first[NSP_START_COMBOS] = (uint32_t)used;
  return NEWSPARSE_OK;
}

/* The phrase tables: flat arrays, copied whole (taken from `own`, a rule
 * set of the engine's own that is freed next), with the lexicons' roles
 * folded into their keys. */
static int adopt_tables(newsparse_engine *e, const newsparse_rules *rules, newsparse_rules *own) {
  size_t k, ng = NSP_VEC_LEN(&rules->gazs, nsp_gazetteer *);
  uint32_t *roles;
  int rc = NEWSPARSE_OK;
  if (!ng)
    return NEWSPARSE_OK;
  roles = nsp_malloc(&e->alc, (e->n_rules ? e->n_rules : 1) * sizeof *roles);
  /* a role past the folded ones keeps its entries: the tagger reads them */
  for (k = 0; roles && k < e->n_rules; k++)
    roles[k] = e->rules[k].kind == NSP_RULE_LEXICON && !(e->rules[k].role & ~NSP_CUE_FOLDED)
                   ? (uint32_t)e->rules[k].role
                   : 0;
  if (!roles)
    rc = NEWSPARSE_ERR_NOMEM;
  e->gazs = nsp_malloc(&e->alc, ng * sizeof *e->gazs);
  if (!e->gazs)
    rc = NEWSPARSE_ERR_NOMEM;
  for (k = 0; !rc && k < ng; k++) {
    if (own) {
      nsp_gazetteer **src = &NSP_VEC_AT(&own->gazs, nsp_gazetteer *, k);
      e->gazs[k] = *src;
      *src = NULL;
    } else
      rc = nsp_gaz_clone(&e->alc, NSP_VEC_AT(&rules->gazs, nsp_gazetteer *, k), &e->gazs[k]);
    if (!rc && roles)
      nsp_gaz_fold_roles(e->gazs[k], roles, e->n_rules);
    if (!rc && (rc = nsp_gaz_seal(e->gazs[k])) != 0)
      nsp_gaz_free(e->gazs[k]);
    if (!rc)
      e->n_gazs = k + 1;
  }
  nsp_free(&e->alc, roles);
  return rc;
}

/* The finished tables, seen as arrays by the tagger. */
static int make_views(newsparse_engine *e) {
  size_t k;
  e->starts_view = nsp_gaz_view_of(e->starts);
  e->views = nsp_malloc(&e->alc, (e->n_gazs ? e->n_gazs : 1) * sizeof *e->views);
  if (!e->views)
    return NEWSPARSE_ERR_NOMEM;
  for (k = 0; k < e->n_gazs; k++)
    e->views[k] = nsp_gaz_view_of(e->gazs[k]);
  return NEWSPARSE_OK;
}

int newsparse_engine_new(const newsparse_rules *rules, newsparse_engine **out,
                         newsparse_error *err) {
  newsparse_rules *own = NULL;
  newsparse_engine *e;
  int rc;
  nsp_error_clear(err);
  if (!out)
    return nsp_fail(err, NEWSPARSE_ERR_ARG, "out must not be NULL");
  *out = NULL;
  if (!rules) {
    if ((rc = newsparse_rules_new(0, NULL, &own, err)) != 0)
      return rc;
    rules = own;
  }
  e = nsp_malloc(&rules->alc, sizeof *e);
  if (!e) {
    newsparse_rules_free(own);
    return nsp_fail(err, NEWSPARSE_ERR_NOMEM, NULL);
  }
  memset(e, 0, sizeof *e);
  e->alc = rules->alc;
  e->strings.alc = &e->alc;
  rc = copy_rules(e, rules);
  if (!rc)
    rc = build_start_tables(e);
  if (!rc)
    rc = adopt_tables(e, rules, own);
  if (!rc)
    rc = make_views(e);
  newsparse_rules_free(own);
  if (rc) {
    newsparse_engine_free(e);
    return nsp_fail(err, rc, NULL);
  }
  *out = e;
  return NEWSPARSE_OK;
}

void newsparse_engine_free(newsparse_engine *e) {
  newsparse_allocator a;
  size_t k;
  if (!e)
    return;
  a = e->alc;
  for (k = 0; k < e->n_rules; k++)
    if (e->rules[k].code)
      nsp_regex_free(e->rules[k].code);
  nsp_free(&a, e->rules);
  nsp_free(&a, (void *)e->evidence);
  for (k = 0; k < e->n_gazs; k++)
    nsp_gaz_free(e->gazs[k]);
  nsp_free(&a, e->gazs);
  nsp_free(&a, e->views);
  nsp_free(&a, e->class_rules);
  nsp_gaz_free(e->starts);
  nsp_arena_release(&e->strings);
  nsp_free(&a, e);
}
