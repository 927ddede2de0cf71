/*
 * tagger.c - the tagging stage: gazetteers and lexicons over tokens, PCRE2
 * rules at the tokens that can start them, then overlap resolution.
 *
 * In: the engine's rules and phrase tables, the document's tokens and
 * normalised text.  Out: lexicon cues on the tokens, and the final
 * non-overlapping entity list sorted by start (nsp_doc.entities).
 * Gazetteer matching walks the tokens once, extending a phrase only while
 * a table says a longer phrase can follow.
 * Regex rules with start words run anchored at those tokens only; the
 * others scan the text.  Overlaps are resolved greedily: the longer span
 * first, then higher priority, then the earlier start, then rule order.
 */
#include "tagger.h"
#include "lines.h"
#include "regex.h"
#include "sort.h"
#include "tense.h"
#include "values.h"
#include "wordlist.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct cand {
  size_t start, end;
  uint32_t rule;
  int priority;
  const char *value;
} cand;

/* A token the anchored pass visits: one with start-table entries, the
 * first word of a two-word start, or a token of a class that starts rules.
 * Most tokens are none of these, so that pass walks this list, made by
 * the gazetteer pass, instead of every token. */
typedef struct anchor {
  uint32_t token;
  uint32_t head; /* the word's entries in the start table, UINT32_MAX if none */
  uint32_t cls;  /* its NSP_START_* classes */
  int flags;     /* its start-table flags (NSP_GAZ_PREFIX: a two-word start) */
} anchor;

typedef struct tagger {
  const newsparse_engine *e;
  nsp_doc *d;
  nsp_buf cands; /* cand */
  nsp_buf key;
  uint32_t rule; /* current regex rule */
  /* from the gazetteer pass for the anchored pass (NULL: no start table):
   * per token, its near bits; the anchors in token order; the tokens
   * whose near bits are not 0 */
  uint64_t *near;
  anchor *anchors;
  size_t n_anchors;
  uint32_t *near_tokens;
  size_t n_near;
  /* what the text named before, for "that day", "the following year",
   * "a year ago" after a quarter (the selection takes entities in text
   * order) */
  nsp_named named;
  size_t cluster, cluster_end; /* the candidates competing now: cands[cluster, cluster_end) */
} tagger;

static int push(tagger *tg, size_t s, size_t e, uint32_t rule, const char *value) {
  cand c;
  const nsp_rule *r = &tg->e->rules[rule];
  c.start = s;
  c.end = e;
  c.rule = rule;
  c.priority = r->priority;
  c.value = value ? value : r->value; /* "$date", "$money": computed if selected */
  return NSP_VEC_PUSH(&tg->cands, cand, c);
}

/* A value worked out when the candidate is selected: "$date", "$money",
 * ... or a holiday's day rule ("@12-25"). */
static int computed(const char *value) { return value && (value[0] == '$' || value[0] == '@'); }

/* The day rule of a holiday the candidate's span holds: its own value
 * ("Christmas" @12-25, from lib/rules/19-holidays.rules) or that of a
 * holiday candidate inside it ("last Christmas", "the day after
 * Thanksgiving"); NULL for none. */
static const char *holiday_rule(const tagger *tg, const cand *c) {
  const cand *all = (const cand *)(const void *)tg->cands.data;
  size_t k;
  if (c->value && c->value[0] == '@')
    return c->value;
  for (k = tg->cluster; k < tg->cluster_end; k++)
    if (all[k].start >= c->start && all[k].end <= c->end && all[k].value && all[k].value[0] == '@')
      return all[k].value;
  return NULL;
}

/* The value of a candidate that overlap resolution selected: a computed
 * value ("$date", "$money") is worked out only now, as most candidates
 * lose to a longer one.  1: the candidate is no entity after all
 * ("February 30" is no date); it is then passed over exactly as if it had
 * never been a candidate. */
static int computed_value(tagger *tg, cand *c) {
  const char *text = tg->d->norm.data + c->start;
  size_t s = c->start, e = c->end;
  char v[64];
  int got = 0;
  if (!computed(c->value))
    return NEWSPARSE_OK;
  if (strcmp(c->value, "$money") == 0)
    got = nsp_value_money(text, e - s, v, sizeof v);
  else if (strcmp(c->value, "$duration") == 0)
    got = nsp_value_duration(text, e - s, v, sizeof v);
  else if (strcmp(c->value, "$set") == 0)
    got = nsp_value_set(text, e - s, v, sizeof v);
  else if (strcmp(c->value, "$date") == 0 || c->value[0] == '@') {
    /* the tense of the clause is worked out only when the value needs
     * it (a date with a year does not) */
    nsp_date ref = tg->d->dct;
    ref.tense = NSP_TENSE_UNSET;
    nsp_named_forget(&tg->named, s);
    tg->named.holiday = holiday_rule(tg, c);
    got = nsp_value_date(text, e - s, tg->d->has_dct ? &ref : NULL, &tg->named, v, sizeof v);
    if (got == NSP_VALUE_NEEDS_TENSE) {
      ref.tense = nsp_clause_tense(tg->d, s, e);
      got = nsp_value_date(text, e - s, &ref, &tg->named, v, sizeof v);
    }
    tg->named.holiday = NULL;
  }
  if (got < 0)
    return 1;
  c->value = NULL;
  if (got > 0 && !(c->value = nsp_arena_strndup(&tg->d->arena, v, strlen(v))))
    return NEWSPARSE_ERR_NOMEM;
  return NEWSPARSE_OK;
}

/* Count LFs between two offsets, stopping at 2: phrases do not cross a
 * blank line. */
static int crosses_blank_line(const char *t, size_t a, size_t b) {
  int lf = 0;
  for (; a < b; a++)
    if (t[a] == '\n' && ++lf >= 2)
      return 1;
  return 0;
}

/* The start classes of a token: #digit, #year (1000 to 2999), #day (one
 * or two digits), #cap, #word, #symbol. */
static uint32_t start_classes(const char *t, const nsp_token *tok) {
  uint32_t cls = 0;
  unsigned char c = (unsigned char)t[tok->start];
  if (tok->flags & NSP_TOK_DIGIT) {
    size_t d = 0;
    while (tok->start + d < tok->end && t[tok->start + d] >= '0' && t[tok->start + d] <= '9')
      d++;
    cls |= NSP_START_DIGIT | (d <= 2 ? NSP_START_DAY : 0) |
           (d == 4 && (c == '1' || c == '2') ? NSP_START_YEAR : 0);
  }
  if (tok->flags & NSP_TOK_CAP)
    cls |= NSP_START_CAP;
  if (tok->flags & NSP_TOK_WORD)
    cls |= NSP_START_WORD;
  else if (c == '$' || c >= 0x80)
    cls |= NSP_START_SYMBOL;
  return cls;
}

/* The entries of one table for the phrase of tokens [i, j]. */
static int table_entries(tagger *tg, const nsp_gazetteer *g, uint32_t head, size_t i, size_t j) {
  const nsp_tokens *tk = &tg->d->tokens;
  const nsp_token *tok = (const nsp_token *)(const void *)tk->toks.data;
  const char *keys = tk->keys.data;
  uint32_t idx;
  for (idx = head; idx != UINT32_MAX;) {
    const nsp_gaz_entry *en = nsp_gaz_entry_at(g, idx);
    const char *exact = nsp_gaz_str(g, en->exact_off);
    const nsp_rule *rule;
    idx = en->next;
    if (en->rule >= tg->e->n_rules)
      continue;
    rule = &tg->e->rules[en->rule];
    if (exact) {
      /* compare case: the exact key of tokens [i, j] */
      size_t k, pos = 0, ok = 1;
      for (k = i; k <= j && ok; k++) {
        if (k > i && (tok[k].flags & NSP_TOK_SPACE_BEFORE)) {
          ok = pos < en->exact_len && exact[pos] == ' ';
          pos++;
        }
        ok = ok && pos + tok[k].key_len <= en->exact_len &&
             nsp_key_eq(exact + pos, keys + tok[k].key_off, tok[k].key_len);
        pos += tok[k].key_len;
      }
      if (!ok || pos != en->exact_len)
        continue;
    }
    if (rule->kind == NSP_RULE_LEXICON) {
      /* a cue for the name stage, not an entity; one-word entries only */
      if (j == i)
        ((nsp_cues *)(void *)tg->d->cues.data)[i] |= rule->role;
      continue;
    }
    if (push(tg, tok[i].start, tok[j].end, en->rule, nsp_gaz_str(g, en->value_off)))
      return NEWSPARSE_ERR_NOMEM;
  }
  return NEWSPARSE_OK;
}

/* Token i in the start table: its near bits (the rules of its
 * NSP_NEAR_ENTRY entries), and an anchor when the anchored pass has
 * something to try there. */
static void word_starts(tagger *tg, const nsp_token *tok, size_t i, const char *word) {
  const newsparse_engine *e = tg->e;
  uint32_t h = UINT32_MAX, cls = start_classes(tg->d->norm.data, &tok[i]);
  uint64_t near = 0;
  int flags = nsp_gaz_view_find(&e->starts_view, word, tok[i].lkey_len,
                                nsp_hash_done(tok[i].lkey_state), &h);
  uint32_t head = (flags & NSP_GAZ_ENTRY) ? h : UINT32_MAX;
  for (; e->has_near && h != UINT32_MAX; h = nsp_gaz_entry_at(e->starts, h)->next) {
    uint32_t rule = nsp_gaz_entry_at(e->starts, h)->rule;
    if (rule & NSP_NEAR_ENTRY)
      near |= e->rules[rule & ~NSP_NEAR_ENTRY].near_bit;
  }
  tg->near[i] = near;
  if (near)
    tg->near_tokens[tg->n_near++] = (uint32_t)i;
  if (head != UINT32_MAX || (flags & NSP_GAZ_PREFIX) ||
      e->class_first[cls] != e->class_first[cls + 1]) {
    anchor *a = &tg->anchors[tg->n_anchors++];
    a->token = (uint32_t)i;
    a->head = head;
    a->cls = cls;
    a->flags = flags;
  }
}

/* Append the keys of tokens (from, to] to the phrase key of the tagger. */
static int extend_key(tagger *tg, const nsp_token *tok, size_t from, size_t to) {
  const char *keys = tg->d->tokens.keys.data;
  size_t k;
  for (k = from + 1; k <= to; k++)
    if (((tok[k].flags & NSP_TOK_SPACE_BEFORE) && nsp_buf_putc(&tg->key, ' ')) ||
        nsp_buf_put(&tg->key, keys + tok[k].lkey_off, tok[k].lkey_len))
      return NEWSPARSE_ERR_NOMEM;
  return NEWSPARSE_OK;
}

/* Walk the tokens once; at each, look the word up, and while a table
 * says a longer phrase can follow, the phrase.  A phrase's hash continues
 * from the word's, computed by the tokenizer, and its key is written out
 * only when a table's miss filter lets it through.  (A per-document cache
 * of one-word results was tried: the tables' slots of common words stay in
 * the CPU caches anyway, and keeping it cost more than it saved.) */
#define NSP_PREFETCH_AHEAD 12 /* tokens */
static int gazetteer_pass(tagger *tg) {
  const nsp_tokens *tk = &tg->d->tokens;
  const nsp_token *tok = (const nsp_token *)(const void *)tk->toks.data;
  size_t n = NSP_VEC_LEN(&tk->toks, nsp_token), i, j, t, nt = tg->e->n_gazs;
  const char *keys = tk->keys.data, *text = tg->d->norm.data;
  for (i = 0; i < n; i++) {
    uint32_t state = tok[i].lkey_state;
    nsp_cues cues = 0;
    size_t built = i; /* tg->key holds the phrase of tokens [i, built] */
    int any = 0;
    const char *word = keys + tok[i].lkey_off;
    /* the tables' memory for a word a few tokens on is fetched while this
     * one is looked up: a first occurrence misses the caches */
    if (i + NSP_PREFETCH_AHEAD < n)
      for (t = 0; t < nt; t++)
        nsp_gaz_view_prefetch(&tg->e->views[t],
                              nsp_hash_done(tok[i + NSP_PREFETCH_AHEAD].lkey_state));
    if (tg->anchors)
      word_starts(tg, tok, i, word);
    for (t = 0; t < nt; t++) {
      uint32_t head = UINT32_MAX;
      int flags =
          nsp_gaz_view_find(&tg->e->views[t], word, tok[i].lkey_len, nsp_hash_done(state), &head);
      tg->d->work++;
      any |= flags;
      cues |= (uint32_t)flags >> NSP_GAZ_CUE_SHIFT;
      if ((flags & NSP_GAZ_ENTRY) && table_entries(tg, tg->e->gazs[t], head, i, i))
        return NEWSPARSE_ERR_NOMEM;
    }
    /* lexicon roles folded into the word's key: cues for the name stage */
    ((nsp_cues *)(void *)tg->d->cues.data)[i] |= cues;
    if (!(any & NSP_GAZ_PREFIX))
      continue;
    /* phrases of two words and more */
    tg->key.len = 0;
    if (nsp_buf_put(&tg->key, word, tok[i].lkey_len))
      return NEWSPARSE_ERR_NOMEM;
    for (j = i + 1; j < n; j++) {
      uint32_t h;
      int maybe = 0;
      if (crosses_blank_line(text, tok[j - 1].end, tok[j].start))
        break;
      if (tok[j].flags & NSP_TOK_SPACE_BEFORE)
        state = nsp_hash_more(state, " ", 1);
      state = nsp_hash_more(state, keys + tok[j].lkey_off, tok[j].lkey_len);
      h = nsp_hash_done(state);
      for (t = 0; t < nt && !maybe; t++)
        maybe = nsp_gaz_view_may_hold(&tg->e->views[t], h);
      if (!maybe)
        break; /* no phrase is this key, nor starts with it */
      if (extend_key(tg, tok, built, j))
        return NEWSPARSE_ERR_NOMEM;
      built = j;
      any = 0;
      for (t = 0; t < nt; t++) {
        uint32_t head = UINT32_MAX;
        int flags = nsp_gaz_view_find(&tg->e->views[t], tg->key.data, tg->key.len, h, &head);
        tg->d->work++;
        any |= flags;
        if ((flags & NSP_GAZ_ENTRY) && table_entries(tg, tg->e->gazs[t], head, i, j))
          return NEWSPARSE_ERR_NOMEM;
      }
      if (!(any & NSP_GAZ_PREFIX))
        break;
    }
  }
  return NEWSPARSE_OK;
}

static int on_match(void *ctx, size_t s, size_t e) {
  tagger *tg = ctx;
  tg->d->work++;
  return push(tg, s, e, tg->rule, NULL) ? NEWSPARSE_ERR_NOMEM : 0;
}

static int warn(nsp_doc *d, const char *code, const char *rule_id) {
  nsp_warning w;
  char msg[200];
  size_t n;
  n = (size_t)snprintf(msg, sizeof msg,
                       "rule %s hit a PCRE2 match limit and was skipped for "
                       "this document",
                       rule_id);
  w.code = code;
  w.message = nsp_arena_strndup(&d->arena, msg, n < sizeof msg ? n : sizeof msg - 1);
  if (!w.message)
    return NEWSPARSE_ERR_NOMEM;
  return NSP_VEC_PUSH(&d->warnings, nsp_warning, w);
}

/* Rules with start words run anchored at the tokens that can start them,
 * never as a scan of the whole text: one pass over the tokens asks the
 * start table which rules may begin at each token. */
typedef struct anchor_state {
  size_t *next;  /* per rule: no new match before this offset */
  size_t *tried; /* per rule: 1 + the token index last tried */
  unsigned char *dead;
  uint64_t *near; /* per token: near bits of the words from it on */
} anchor_state;

/* Each token with near bits (from the gazetteer pass) lends them to the
 * tokens before it in the window of NSP_NEAR_TOKENS tokens that ends at
 * it. */
static void spread_near(const tagger *tg, uint64_t *near) {
  size_t k, i, j;
  /* near words are few: only they are visited.  Ascending, a token's own
   * bits are read before any later token writes to it. */
  for (k = 0; k < tg->n_near; k++) {
    i = tg->near_tokens[k];
    for (j = i > NSP_NEAR_TOKENS - 1 ? i - (NSP_NEAR_TOKENS - 1) : 0; j < i; j++)
      near[j] |= near[i];
  }
}

static int try_rule(tagger *tg, nsp_regex_ctx *rc, anchor_state *st, uint32_t k, size_t i,
                    size_t at) {
  const nsp_rule *rule = &tg->e->rules[k];
  size_t ms, me;
  int m;
  if (st->dead[k] || at < st->next[k] || st->tried[k] == i + 1 ||
      (rule->near_bit && !(st->near[i] & rule->near_bit)))
    return NEWSPARSE_OK;
  st->tried[k] = i + 1;
  tg->d->work++;
  m = nsp_regex_at(rc, rule->code, rule->group_e, rule->jit, tg->d->norm.data, tg->d->norm.len, at,
                   &ms, &me);
  if (m == 1 && me > ms) {
    tg->rule = k;
    st->next[k] = me;
    return on_match(tg, ms, me);
  }
  if (m == 2) {
    st->dead[k] = 1; /* skipped for this document, with a warning */
    return warn(tg->d, "match-limit", rule->id);
  }
  return m < 0 ? m : NEWSPARSE_OK;
}

/* Try the rules of one start-table entry list at token i. */
static int try_rules(tagger *tg, nsp_regex_ctx *rc, anchor_state *st, uint32_t head, size_t i) {
  const nsp_gazetteer *starts = tg->e->starts;
  size_t at = ((const nsp_token *)(const void *)tg->d->tokens.toks.data)[i].start;
  int r = NEWSPARSE_OK;
  while (head != UINT32_MAX && r == NEWSPARSE_OK) {
    const nsp_gaz_entry *en = nsp_gaz_entry_at(starts, head);
    if (!(en->rule & NSP_NEAR_ENTRY))
      r = try_rule(tg, rc, st, en->rule, i, at);
    head = en->next;
  }
  return r;
}

static int anchored_pass(tagger *tg, nsp_regex_ctx *rc) {
  const newsparse_engine *e = tg->e;
  const nsp_tokens *tk = &tg->d->tokens;
  const nsp_token *tok = (const nsp_token *)(const void *)tk->toks.data;
  size_t n = NSP_VEC_LEN(&tk->toks, nsp_token), a, nr = e->n_rules;
  anchor_state st;
  uint32_t k;
  int r = NEWSPARSE_OK;
  char pair[64];
  st.near = tg->near;
  st.next = nsp_malloc(&tg->d->alc, nr * sizeof *st.next);
  st.tried = nsp_malloc(&tg->d->alc, nr * sizeof *st.tried);
  st.dead = nsp_malloc(&tg->d->alc, nr);
  if (!st.next || !st.tried || !st.dead) {
    r = NEWSPARSE_ERR_NOMEM;
    goto done;
  }
  memset(st.next, 0, nr * sizeof *st.next);
  memset(st.tried, 0, nr * sizeof *st.tried);
  memset(st.dead, 0, nr);
  spread_near(tg, st.near);
  for (a = 0; a < tg->n_anchors && r == NEWSPARSE_OK; a++) {
    const anchor *an = &tg->anchors[a];
    size_t i = an->token;
    uint32_t head, cls = an->cls;
    const char *key = tk->keys.data + tok[i].lkey_off;
    /* rules named by this start word */
    if (an->head != UINT32_MAX)
      r = try_rules(tg, rc, &st, an->head, i);
    /* rules named by a two-word start: "the end", "the #digit" */
    if ((an->flags & NSP_GAZ_PREFIX) && i + 1 < n && r == NEWSPARSE_OK) {
      const char *next = tk->keys.data + tok[i + 1].lkey_off;
      size_t nl = tok[i + 1].lkey_len;
      if (tok[i + 1].flags & NSP_TOK_DIGIT) {
        next = "#digit";
        nl = 6;
      }
      /* the pair's hash continues from the word's: most pairs ("the
       * house") are turned away by the filter before a key is written */
      uint32_t h = nsp_hash_done(nsp_hash_more(nsp_hash_more(tok[i].lkey_state, " ", 1), next, nl));
      if (tok[i].lkey_len + 1 + nl <= sizeof pair && nsp_gaz_view_may_hold(&e->starts_view, h)) {
        memcpy(pair, key, tok[i].lkey_len);
        pair[tok[i].lkey_len] = ' ';
        memcpy(pair + tok[i].lkey_len + 1, next, nl);
        if (nsp_gaz_view_find(&e->starts_view, pair, tok[i].lkey_len + 1 + nl, h, &head) &
            NSP_GAZ_ENTRY)
          r = try_rules(tg, rc, &st, head, i);
      }
    }
    /* rules started by a class of token */
    for (k = e->class_first[cls]; k < e->class_first[cls + 1] && r == NEWSPARSE_OK; k++)
      r = try_rule(tg, rc, &st, e->class_rules[k], i, tok[i].start);
  }
done:
  nsp_free(&tg->d->alc, st.next);
  nsp_free(&tg->d->alc, st.tried);
  nsp_free(&tg->d->alc, st.dead);
  return r;
}

static int regex_pass(tagger *tg, unsigned match_limit, unsigned depth_limit) {
  nsp_regex_ctx *rc = NULL;
  uint32_t k;
  int r = NEWSPARSE_OK;
  if (tg->e->has_anchored) {
    if ((r = nsp_regex_ctx_new(&tg->d->alc, match_limit, depth_limit, &rc)) != 0)
      return r;
    r = anchored_pass(tg, rc);
  }
  for (k = 0; k < tg->e->n_rules && r == NEWSPARSE_OK; k++) {
    size_t before;
    if (tg->e->rules[k].kind != NSP_RULE_REGEX || tg->e->rules[k].starts)
      continue;
    if (!rc && (r = nsp_regex_ctx_new(&tg->d->alc, match_limit, depth_limit, &rc)) != 0)
      break;
    tg->rule = k;
    before = tg->cands.len;
    r = nsp_regex_each(rc, tg->e->rules[k].code, tg->d->norm.data, tg->d->norm.len, on_match, tg);
    if (r == 1) { /* limit: drop this rule's matches, warn, go on */
      tg->cands.len = before;
      r = warn(tg->d, "match-limit", tg->e->rules[k].id);
    }
  }
  nsp_regex_ctx_free(rc);
  return r;
}

/* The longer, more specific reading wins ("Fed Chair" over "Fed"), then
 * the rule's priority, then the earlier start, then rule order. */
static int preferred(const cand *x, const cand *y) {
  size_t lx = x->end - x->start, ly = y->end - y->start;
  if (lx != ly)
    return lx > ly;
  if (x->priority != y->priority)
    return x->priority > y->priority;
  if (x->start != y->start)
    return x->start < y->start;
  return x->rule < y->rule;
}
NSP_DEFINE_SORT(sort_by_preference, cand, preferred)

static int cand_starts_before(const cand *x, const cand *y) { return x->start < y->start; }
NSP_DEFINE_SORT(sort_by_cand_start, cand, cand_starts_before)

/* Is [s, e) inside a URL: a run without white space in which one starts
 * (nsp_is_url_at: "http://", "https://", "www.")?  Dates and amounts there
 * are none ("example.com/2025/03/story"). */
static int in_url(const char *t, size_t len, size_t s, size_t e) {
  size_t a = s, b = e, k;
  while (a > 0 && s - a < 256 && t[a - 1] != ' ' && t[a - 1] != '\n' && t[a - 1] != '\t')
    a--;
  while (b < len && b - e < 256 && t[b] != ' ' && t[b] != '\n' && t[b] != '\t')
    b++;
  if (a == s && b == e)
    return 0; /* white space on both sides: the candidate is no part of a link */
  for (k = a; k < b; k++)
    if ((t[k] == 'h' || t[k] == 'w') && nsp_is_url_at(t + k, b - k))
      return 1;
  return 0;
}

/* A TimeML value with a time of day: a T right after the date's digits
 * ("2025-12-05T09:30", "2025-12-05TEV", "XXXX-WXX-1TNI", "XXXX-XX-XXTMO";
 * not "PAST_REF"). */
static int has_time_of_day(const char *v) {
  const char *t = v ? strchr(v, 'T') : NULL;
  return t && t > v && ((t[-1] >= '0' && t[-1] <= '9') || t[-1] == 'X');
}

/* Take candidate c if its span is still free: the selection's step. */
static int take(tagger *tg, cand *c, unsigned char *taken) {
  size_t b;
  nsp_entity en;
  int rc;
  for (b = c->start; b < c->end; b++)
    if (taken[b >> 3] & (1u << (b & 7)))
      return NEWSPARSE_OK;
  if (computed(c->value) && in_url(tg->d->norm.data, tg->d->norm.len, c->start, c->end))
    return NEWSPARSE_OK; /* a computed value (a date, an amount) inside a URL */
  if ((rc = computed_value(tg, c)) != 0)
    return rc == 1 ? NEWSPARSE_OK : rc;
  for (b = c->start; b < c->end; b++)
    taken[b >> 3] |= (unsigned char)(1u << (b & 7));
  en.span.start = c->start;
  en.span.end = c->end;
  en.label = tg->e->rules[c->rule].label;
  /* a date with a time of day is a TIME, as TimeML types it: "Friday
   * evening" 2025-12-05TEV, "9:30 a.m. Friday" 2025-12-05T09:30 */
  if (en.label == NEWSPARSE_LABEL_DATE && has_time_of_day(c->value))
    en.label = NEWSPARSE_LABEL_TIME;
  if ((en.label == NEWSPARSE_LABEL_DATE || en.label == NEWSPARSE_LABEL_TIME) && c->value)
    nsp_named_update(&tg->named, c->value, c->end);
  en.priority = c->priority;
  en.value = c->value;
  en.rule = tg->e->rules[c->rule].id;
  return NSP_VEC_PUSH(&tg->d->entities, nsp_entity, en);
}

/* Greedy selection in order of preference, one cluster of overlapping
 * candidates at a time: candidates of different clusters never compete,
 * so this takes what one pass over all candidates in preference order
 * takes, while sorting only the clusters (most are one candidate) and
 * giving the entities in text order.  The candidates are sorted by start
 * first; they come nearly so (token order, the regex pass after the
 * gazetteers), and the sort is stable, so equally preferred candidates
 * keep the order they were found in. */
static int select_entities(tagger *tg) {
  size_t n = NSP_VEC_LEN(&tg->cands, cand), a, b, k, bytes,
         before = NSP_VEC_LEN(&tg->d->entities, nsp_entity);
  cand *c = (cand *)(void *)tg->cands.data;
  unsigned char *taken;
  int rc = NEWSPARSE_OK;
  if (!n)
    return NEWSPARSE_OK;
  if (sort_by_cand_start(c, n, &tg->d->alc))
    return NEWSPARSE_ERR_NOMEM;
  bytes = tg->d->norm.len / 8 + 1;
  taken = nsp_malloc(&tg->d->alc, bytes);
  if (!taken)
    return NEWSPARSE_ERR_NOMEM;
  memset(taken, 0, bytes);
  for (a = 0; a < n && !rc; a = b) {
    size_t end = c[a].end, first = NSP_VEC_LEN(&tg->d->entities, nsp_entity);
    for (b = a + 1; b < n && c[b].start < end; b++)
      if (c[b].end > end)
        end = c[b].end;
    if (b - a > 1 && sort_by_preference(c + a, b - a, &tg->d->alc))
      rc = NEWSPARSE_ERR_NOMEM;
    tg->cluster = a;
    tg->cluster_end = b;
    for (k = a; k < b && !rc; k++)
      rc = take(tg, &c[k], taken);
    if (!rc && NSP_VEC_LEN(&tg->d->entities, nsp_entity) - first > 1)
      rc = nsp_entities_sort((nsp_entity *)(void *)tg->d->entities.data + first,
                             NSP_VEC_LEN(&tg->d->entities, nsp_entity) - first, &tg->d->alc);
  }
  nsp_free(&tg->d->alc, taken);
  if (!rc && before) /* entities from before: all in order again */
    rc = nsp_entities_sort((nsp_entity *)(void *)tg->d->entities.data,
                           NSP_VEC_LEN(&tg->d->entities, nsp_entity), &tg->d->alc);
  return rc;
}

int nsp_tag(const newsparse_engine *e, nsp_doc *d, unsigned match_limit, unsigned depth_limit) {
  tagger tg;
  int rc;
  tg.e = e;
  tg.d = d;
  tg.rule = 0;
  nsp_buf_init(&tg.cands, &d->alc);
  nsp_buf_init(&tg.key, &d->alc);
  tg.near = NULL;
  tg.anchors = NULL;
  tg.near_tokens = NULL;
  tg.n_anchors = tg.n_near = 0;
  nsp_named_init(&tg.named, d->has_dct ? &d->dct : NULL);
  rc = NEWSPARSE_OK;
  if (e->has_anchored) {
    size_t n = NSP_VEC_LEN(&d->tokens.toks, nsp_token) + 1;
    tg.near = nsp_malloc(&d->alc, n * sizeof *tg.near);
    tg.anchors = nsp_malloc(&d->alc, n * sizeof *tg.anchors);
    tg.near_tokens = nsp_malloc(&d->alc, n * sizeof *tg.near_tokens);
    if (!tg.near || !tg.anchors || !tg.near_tokens)
      rc = NEWSPARSE_ERR_NOMEM;
  }
  { /* the lexicon roles of each token: the tagger's output beside the
     * entities, read by the name stage */
    size_t n = NSP_VEC_LEN(&d->tokens.toks, nsp_token);
    d->cues.len = 0;
    if (!rc && nsp_buf_reserve(&d->cues, n * sizeof(nsp_cues) + sizeof(nsp_cues)))
      rc = NEWSPARSE_ERR_NOMEM;
    if (!rc) {
      memset(d->cues.data, 0, n * sizeof(nsp_cues));
      d->cues.len = n * sizeof(nsp_cues);
    }
  }
  if (!rc)
    rc = gazetteer_pass(&tg);
  if (!rc)
    rc = regex_pass(&tg, match_limit, depth_limit);
  if (!rc)
    rc = select_entities(&tg);
  nsp_buf_free(&tg.cands);
  nsp_buf_free(&tg.key);
  nsp_free(&d->alc, tg.near);
  nsp_free(&d->alc, tg.anchors);
  nsp_free(&d->alc, tg.near_tokens);
  return rc;
}
