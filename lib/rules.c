/*
 * rules.c - the rule-file parser and the rule-set API.
 *
 * In: rule texts (format below and in README.md).  Out: rules appended to a
 * newsparse_rules set, with gazetteer phrases in the set's phrase table and
 * regex patterns compiled.  A text is parsed into a scratch set first and
 * merged only when all of it is valid, so a failing text leaves the set
 * unchanged; errors name the source, line and column.
 *
 *   # comment
 *   define <NAME> <pattern text>        (%NAME% in later patterns)
 *   regex <id> <LABEL> [priority=N] [value=V] [starts=W|W+W|#class] [near=W|W] /<PCRE2 pattern>/[i]
 *   gazetteer <id> <LABEL> [priority=N] [value=V] [case=exact|caps|any]
 *   phrase | alias | alias => value
 *   end
 *   lexicon <id> <role> [case=exact|caps|any]     (default any)
 *   word
 *   end
 *
 * In a block, a line starting with a backslash is an entry even when it
 * reads "end" or starts like a rule ("\end").
 *
 * V is a word or a "quoted string"; $money, $date, $duration and $set ask for the
 * computed values of those labels.  In a regex, a group named e sets the span.
 */
#include "rules.h"
#include "defines.h"
#include "error.h"
#include "evidence.h"
#include "gazetteer.h"
#include "regex.h"
#include "tokens.h"
#include "utf8.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <utf8proc.h>

static const struct {
  char name[9];
  unsigned char len;
} labels[] = {{"", 0},      {"PERSON", 6},   {"OFFICE", 6},   {"COUNTRY", 7},
              {"NORP", 4},  {"LOCATION", 8}, {"ORG", 3},      {"DATE", 4},
              {"MONEY", 5}, {"TIME", 4},     {"DURATION", 8}, {"SET", 3}};
#define NSP_LABELS ((int)(sizeof labels / sizeof labels[0]) - 1)

const char *nsp_label_name_len(int label, size_t *len) {
  if (label < 1 || label > NSP_LABELS)
    return NULL;
  *len = labels[label].len;
  return labels[label].name;
}

const char *newsparse_label_name(int label) {
  size_t len;
  return nsp_label_name_len(label, &len);
}

static const char *const cue_names[] = {
    "common-word", "given-name",      "honorific",     "org-suffix",      "org-head",
    "person-verb", "location-prep",   "name-particle", "location-suffix", "function-word",
    "not-a-name",  "org-kind",        "person-role",   "tense-future",    "future-before-to",
    "tense-past",  "past-perfect",    "web-share",     "web-ad",          "web-prompt",
    "web-credit",  "web-caption",     "web-agency",    "abbreviation",    "title-abbreviation",
    "web-teaser",  "ambiguous-place", "result-verb",   "sport-word",      "team-slot",
    "org-noun",    "place-noun",      "person-noun",   "name-suffix",     "name-abbreviation",
    "org-pronoun", "party-noun",      "team-noun"};

nsp_cues nsp_cue_from_name(const char *s, size_t n) {
  size_t k;
  for (k = 0; k < sizeof cue_names / sizeof cue_names[0]; k++)
    if (strlen(cue_names[k]) == n && memcmp(cue_names[k], s, n) == 0)
      return (nsp_cues)1 << k;
  return 0;
}

int nsp_label_from_name(const char *s, size_t n) {
  int k;
  for (k = 1; k <= NSP_LABELS; k++)
    if (labels[k].len == n && memcmp(labels[k].name, s, n) == 0)
      return k;
  return 0;
}

typedef struct parser {
  const char *name;
  const char *t;
  size_t n;
  size_t line; /* 1-based */
  size_t line_start;
  newsparse_rules *set; /* target set (for strings, ids, base index) */
  nsp_buf rules;        /* new rules */
  nsp_gazetteer *gaz;   /* new phrases */
  nsp_buf key, exact, up;
  nsp_defines defines; /* `define` lines; a pattern after %name% expansion */
  nsp_tokens toks;
  nsp_buf warnings; /* const char *, in the set's strings */
  int skip_phrases; /* the phrases come with the table (a built-in image) */
  const nsp_gaz_image *image;
  newsparse_error *err;
} parser;

static int fail(parser *p, int code, size_t at, const char *msg) {
  return nsp_fail_at(p->err, code, p->line, at - p->line_start + 1, at, "%s:%zu:%zu: %s", p->name,
                     p->line, at - p->line_start + 1, msg);
}

/* A warning that does not stop the text from loading: "source:line:col: msg". */
static int warn(parser *p, size_t at, const char *msg, const char *what, size_t what_len) {
  char buf[300];
  const char *w;
  int n = snprintf(buf, sizeof buf, "%s:%zu:%zu: %s '%.*s'", p->name, p->line,
                   at - p->line_start + 1, msg, (int)(what_len > 60 ? 60 : what_len), what);
  if (n < 0)
    return NEWSPARSE_OK;
  w = nsp_arena_strndup(&p->set->strings, buf, (size_t)n < sizeof buf ? (size_t)n : sizeof buf - 1);
  if (!w || NSP_VEC_PUSH(&p->warnings, const char *, w))
    return NEWSPARSE_ERR_NOMEM;
  return NEWSPARSE_OK;
}

static int is_blank(char c) { return c == ' ' || c == '\t' || c == '\r'; }

static size_t skip_blank(parser *p, size_t i, size_t e) {
  while (i < e && is_blank(p->t[i]))
    i++;
  return i;
}

static size_t word_end(parser *p, size_t i, size_t e) {
  while (i < e && !is_blank(p->t[i]))
    i++;
  return i;
}

static const char *dup(parser *p, const char *s, size_t n) {
  return nsp_arena_strndup(&p->set->strings, s, n);
}

static int id_taken(parser *p, const char *id, size_t n) {
  size_t k;
  nsp_buf *sets[2];
  int s;
  sets[0] = &p->set->rules;
  sets[1] = &p->rules;
  for (s = 0; s < 2; s++)
    for (k = 0; k < NSP_VEC_LEN(sets[s], nsp_rule); k++) {
      const char *o = NSP_VEC_AT(sets[s], nsp_rule, k).id;
      if (strlen(o) == n && memcmp(o, id, n) == 0)
        return 1;
    }
  return 0;
}

static int expand(parser *p, const char *s, size_t n);

uint32_t nsp_start_class(const char *s, size_t n) {
  static const struct {
    const char *name;
    uint32_t bit;
  } classes[] = {{"#digit", NSP_START_DIGIT},   {"#cap", NSP_START_CAP},
                 {"#symbol", NSP_START_SYMBOL}, {"#word", NSP_START_WORD},
                 {"#year", NSP_START_YEAR},     {"#day", NSP_START_DAY}};
  size_t k;
  for (k = 0; k < sizeof classes / sizeof classes[0]; k++)
    if (strlen(classes[k].name) == n && memcmp(s, classes[k].name, n) == 0)
      return classes[k].bit;
  return 0;
}

/* "<kind> <id> <LABEL> key=value ..." up to `stop` (the pattern). */
/* `near` items: words (token keys), no classes or pairs. */
static int check_near(parser *p, const char *s, size_t at) {
  while (*s) {
    size_t n = strcspn(s, "|");
    if (n == 0 || s[0] == '#' || memchr(s, '+', n))
      return fail(p, NEWSPARSE_ERR_RULE_SYNTAX, at, "near= lists words: a|b|c");
    s += n;
    if (*s == '|')
      s++;
  }
  return NEWSPARSE_OK;
}

/* `starts` items: a word, a class (#digit, #year, #day, #cap, #word,
 * #symbol) or two words joined by '+' ("the+end", "the+#digit"). */
static int check_starts(parser *p, const char *s, size_t at) {
  while (*s) {
    size_t n = strcspn(s, "|"), plus;
    const char *pl = memchr(s, '+', n); /* within the item: a long list stays linear */
    plus = pl ? (size_t)(pl - s) : n;
    if (n == 0)
      return fail(p, NEWSPARSE_ERR_RULE_SYNTAX, at, "empty item in starts=");
    if (s[0] == '#' && !nsp_start_class(s, n))
      return fail(p, NEWSPARSE_ERR_RULE_SYNTAX, at,
                  "unknown start class (#digit, #year, #day, #cap, #word, #symbol)");
    if (plus < n &&
        (s[0] == '#' || plus == 0 || plus + 1 == n ||
         (s[plus + 1] == '#' && !(n - plus - 1 == 6 && memcmp(s + plus + 1, "#digit", 6) == 0)) ||
         memchr(s + plus + 1, '+', n - plus - 1)))
      return fail(p, NEWSPARSE_ERR_RULE_SYNTAX, at, "a two-word start is word+word or word+#digit");
    s += n;
    if (*s == '|')
      s++;
  }
  return NEWSPARSE_OK;
}

/* The id and the label (or lexicon role) at the start of a rule line;
 * *end is set after them. */
static int parse_id_and_label(parser *p, size_t i, size_t e, nsp_rule *r, size_t *end) {
  size_t j, k;
  i = skip_blank(p, i, e);
  j = word_end(p, i, e);
  if (j == i)
    return fail(p, NEWSPARSE_ERR_RULE_SYNTAX, i, "expected a rule id");
  for (k = i; k < j; k++) {
    char c = p->t[k];
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' ||
          c == '-' || c == '_'))
      return fail(p, NEWSPARSE_ERR_RULE_SYNTAX, k,
                  "rule ids use letters, digits, '.', '-' and '_'");
  }
  if (id_taken(p, p->t + i, j - i))
    return fail(p, NEWSPARSE_ERR_RULE_SYNTAX, i, "duplicate rule id");
  if (!(r->id = dup(p, p->t + i, j - i)))
    return NEWSPARSE_ERR_NOMEM;
  i = skip_blank(p, j, e);
  *end = j = word_end(p, i, e);
  if (r->kind == NSP_RULE_LEXICON) {
    /* a role the built-in rules do not name is the set's own: an
     * evidence line gives it its meaning */
    r->role = nsp_role_bit(p->set, p->t + i, j - i);
    r->case_mode = NSP_CASE_ANY;
    if (!r->role || j == i)
      return fail(p, NEWSPARSE_ERR_RULE_SYNTAX, i,
                  "a lexicon needs a role (a rule set has at most 27 of its own)");
  } else if (!(r->label = nsp_label_from_name(p->t + i, j - i))) {
    return fail(p, NEWSPARSE_ERR_RULE_SYNTAX, i,
                "unknown label (PERSON OFFICE COUNTRY NORP LOCATION ORG "
                "DATE TIME DURATION SET MONEY)");
  }
  return NEWSPARSE_OK;
}

/* priority=N */
static int parse_priority(parser *p, size_t d, size_t j, nsp_rule *r) {
  long v = 0;
  size_t at = d;
  int neg = d < j && p->t[d] == '-';
  if (neg)
    d++;
  if (d == j)
    return fail(p, NEWSPARSE_ERR_RULE_SYNTAX, at, "priority is a number");
  for (; d < j; d++) {
    if (p->t[d] < '0' || p->t[d] > '9' || v > 100000)
      return fail(p, NEWSPARSE_ERR_RULE_SYNTAX, d, "priority is a number from -100000 to 100000");
    v = v * 10 + (p->t[d] - '0');
  }
  r->priority = (int)(neg ? -v : v);
  return NEWSPARSE_OK;
}

/* starts=... or near=...: word lists, with %NAME% expanded */
static int parse_word_list(parser *p, size_t vs, size_t ve, int near, nsp_rule *r) {
  const char *list;
  int rc = expand(p, p->t + vs, ve - vs);
  if (rc)
    return rc;
  if ((rc = near ? check_near(p, p->defines.expanded.data, vs)
                 : check_starts(p, p->defines.expanded.data, vs)))
    return rc;
  if (!(list = dup(p, p->defines.expanded.data, p->defines.expanded.len - 1)))
    return NEWSPARSE_ERR_NOMEM;
  *(near ? &r->near : &r->starts) = list;
  return NEWSPARSE_OK;
}

/* case=exact|caps|any */
static int parse_case(parser *p, size_t at, size_t j, nsp_rule *r) {
  size_t vl = j - at;
  const char *v = p->t + at;
  if (vl == 5 && memcmp(v, "exact", 5) == 0)
    r->case_mode = NSP_CASE_EXACT;
  else if (vl == 4 && memcmp(v, "caps", 4) == 0)
    r->case_mode = NSP_CASE_CAPS;
  else if (vl == 3 && memcmp(v, "any", 3) == 0)
    r->case_mode = NSP_CASE_ANY;
  else
    return fail(p, NEWSPARSE_ERR_RULE_SYNTAX, at, "case is exact, caps or any");
  return NEWSPARSE_OK;
}

/* One key=value of a rule's head, the key [i, eq), the value up to j (or
 * the quoted [eq + 2, ve)). */
static int parse_option(parser *p, size_t i, size_t eq, size_t j, size_t ve, nsp_rule *r) {
  size_t vs = eq + 1 < p->n && p->t[eq + 1] == '"' ? eq + 2 : eq + 1; /* "key=" may end the text */
  if (eq - i == 8 && memcmp(p->t + i, "priority", 8) == 0)
    return parse_priority(p, eq + 1, j, r);
  if (eq - i == 5 && memcmp(p->t + i, "value", 5) == 0) {
    if (!(r->value = dup(p, p->t + vs, ve - vs)))
      return NEWSPARSE_ERR_NOMEM;
    if (r->value[0] == '$' && strcmp(r->value, "$money") != 0 && strcmp(r->value, "$date") != 0 &&
        strcmp(r->value, "$duration") != 0 && strcmp(r->value, "$set") != 0)
      return fail(p, NEWSPARSE_ERR_RULE_SYNTAX, vs,
                  "computed values are $money, $date, $duration or $set");
    return NEWSPARSE_OK;
  }
  if (r->kind == NSP_RULE_REGEX && ((eq - i == 6 && memcmp(p->t + i, "starts", 6) == 0) ||
                                    (eq - i == 4 && memcmp(p->t + i, "near", 4) == 0)))
    return parse_word_list(p, vs, ve, eq - i == 4, r);
  if (eq - i == 4 && memcmp(p->t + i, "case", 4) == 0 && r->kind != NSP_RULE_REGEX)
    return parse_case(p, eq + 1, j, r);
  return fail(p, NEWSPARSE_ERR_RULE_SYNTAX, i, "unknown key");
}

/* A rule's head: id, label or role, then key=value options. */
static int parse_head(parser *p, size_t i, size_t e, nsp_rule *r) {
  size_t j = i;
  char src[64];
  int rc;
  if ((rc = parse_id_and_label(p, i, e, r, &j)) != 0)
    return rc;
  snprintf(src, sizeof src, "%.40s:%zu", p->name, p->line);
  if (!(r->source = dup(p, src, strlen(src))))
    return NEWSPARSE_ERR_NOMEM;
  for (;;) {
    size_t eq, ve;
    i = skip_blank(p, j, e);
    if (i >= e)
      return NEWSPARSE_OK;
    j = word_end(p, i, e);
    eq = i;
    while (eq < j && p->t[eq] != '=')
      eq++;
    if (eq == j)
      return fail(p, NEWSPARSE_ERR_RULE_SYNTAX, i, "expected key=value");
    ve = j;
    if (eq + 1 < e && p->t[eq + 1] == '"') {
      ve = eq + 2;
      while (ve < e && p->t[ve] != '"')
        ve++;
      if (ve >= e)
        return fail(p, NEWSPARSE_ERR_RULE_SYNTAX, eq + 1, "unterminated string");
      j = ve + 1;
    }
    if ((rc = parse_option(p, i, eq, j, ve, r)) != 0)
      return rc;
  }
}

/* `define NAME BODY`: later patterns of the same text may use %NAME%;
 * `define NAME from ID`: the phrases of the gazetteer ID above; `define
 * NAME starts from ID`, `define NAME near from ID`: their first and their
 * key words. */
static int parse_define(parser *p, size_t i, size_t e) {
  size_t j, k, w, body;
  int words;
  i = skip_blank(p, i, e);
  j = word_end(p, i, e);
  for (k = i; k < j; k++)
    if (!nsp_define_name(p->t + k, 1))
      return fail(p, NEWSPARSE_ERR_RULE_SYNTAX, k, "define names use A-Z, 0-9 and '_'");
  if (j == i)
    return fail(p, NEWSPARSE_ERR_RULE_SYNTAX, i, "expected a name after 'define'");
  k = skip_blank(p, j, e);
  while (e > k && is_blank(p->t[e - 1]))
    e--;
  if (k == e)
    return fail(p, NEWSPARSE_ERR_RULE_SYNTAX, k, "define without a body");
  body = k;
  w = word_end(p, k, e);
  words = w - k == 6 && memcmp(p->t + k, "starts", 6) == 0 ? NSP_DEFINE_STARTS
          : w - k == 4 && memcmp(p->t + k, "near", 4) == 0 ? NSP_DEFINE_NEAR
                                                           : NSP_DEFINE_PATTERN;
  if (words)
    w = word_end(p, k = skip_blank(p, w, e), e);
  if (w - k == 4 && memcmp(p->t + k, "from", 4) == 0 && w < e) {
    size_t id = skip_blank(p, w, e);
    int rc;
    if (word_end(p, id, e) == e) {
      rc = nsp_defines_add_from(&p->defines, p->t + i, j - i, p->t + id, e - id, words, p->t);
      return rc == 1 ? fail(p, NEWSPARSE_ERR_RULE_SYNTAX, id, "no gazetteer of this id above") : rc;
    }
  }
  return nsp_defines_add(&p->defines, p->t + i, j - i, p->t + body, e - body);
}

/* Expand %NAME% (defined earlier in the text) in a pattern into
 * p->defines.expanded; a %NAME% that no define gave is an error. */
static int expand(parser *p, const char *s, size_t n) {
  size_t undefined;
  int rc = nsp_defines_expand(&p->defines, s, n, &undefined);
  if (!rc && undefined != (size_t)-1)
    return fail(p, NEWSPARSE_ERR_RULE_SYNTAX, (size_t)(s + undefined - p->t),
                "undefined %NAME%: no 'define' of it above this line");
  return rc;
}

static int parse_regex(parser *p, size_t i, size_t e) {
  nsp_rule r;
  size_t open, close, f;
  int rc, off = 0, caseless = 0;
  char msg[160];
  memset(&r, 0, sizeof r);
  r.kind = NSP_RULE_REGEX;
  open = i; /* the pattern is the first word that starts with '/' */
  while (open < e && !(p->t[open] == '/' && open > i && is_blank(p->t[open - 1])))
    open++;
  close = e;
  while (close > open && p->t[close - 1] != '/')
    close--;
  if (open >= e || close <= open + 1)
    return fail(p, NEWSPARSE_ERR_RULE_SYNTAX, open < e ? open : e,
                "expected /pattern/ at the end of the line");
  close--; /* the closing slash */
  for (f = close + 1; f < e; f++) {
    if (p->t[f] == 'i')
      caseless = 1;
    else if (!is_blank(p->t[f]))
      return fail(p, NEWSPARSE_ERR_RULE_SYNTAX, f, "unknown pattern flag");
  }
  if ((rc = parse_head(p, i, open, &r)) != 0)
    return rc;
  if (r.near && !r.starts)
    return fail(p, NEWSPARSE_ERR_RULE_SYNTAX, i,
                "near= filters where starts= tries a rule: give both");
  r.caseless = caseless;
  if ((rc = expand(p, p->t + open + 1, close - open - 1)) != 0)
    return rc;
  r.pattern_len = p->defines.expanded.len - 1;
  if (!(r.pattern = dup(p, p->defines.expanded.data, r.pattern_len)))
    return NEWSPARSE_ERR_NOMEM;
  if (p->skip_phrases) /* the built-in text: checked when its table was made; */
    return NSP_VEC_PUSH(&p->rules, nsp_rule, r); /* each engine compiles it */
  rc = nsp_regex_compile(&p->set->alc, r.pattern, r.pattern_len, caseless ? NSP_REGEX_CASELESS : 0,
                         &r.code, &off, msg, sizeof msg);
  if (rc == NEWSPARSE_ERR_REGEX) {
    if (r.pattern_len == close - open - 1) /* no expansion: the offset is exact */
      return fail(p, rc, open + 1 + (size_t)off, msg);
    return fail(p, rc, open + 1, msg);
  }
  if (rc)
    return rc;
  if (nsp_regex_min_length(r.code) == 0) {
    nsp_regex_free(r.code);
    return fail(p, NEWSPARSE_ERR_REGEX, open + 1,
                "the pattern can match the empty string, so it would match everywhere");
  }
  if (NSP_VEC_PUSH(&p->rules, nsp_rule, r)) {
    nsp_regex_free(r.code);
    return NEWSPARSE_ERR_NOMEM;
  }
  return NEWSPARSE_OK;
}

/* Build the lower-case key of a phrase, marking its prefixes; also the
 * exact (case-kept) key. */
static int phrase_keys(parser *p, const char *s, size_t n, int mark_prefixes) {
  size_t k, nt;
  nsp_token *tk;
  p->toks.toks.len = p->toks.keys.len = 0;
  p->key.len = p->exact.len = 0;
  /* fast path: one plain ASCII word, as most lexicon entries are; the
   * tokenizer would give the same single token */
  for (k = 0; k < n; k++) {
    char c = s[k];
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')))
      break;
  }
  if (k == n && n > 0) {
    if (nsp_buf_put(&p->exact, s, n) || nsp_buf_reserve(&p->key, n))
      return NEWSPARSE_ERR_NOMEM;
    for (k = 0; k < n; k++)
      p->key.data[k] = (char)((s[k] >= 'A' && s[k] <= 'Z') ? s[k] + 32 : s[k]);
    p->key.len = n;
    p->key.data[n] = '\0';
    return NEWSPARSE_OK;
  }
  if (nsp_tokenize(s, n, NULL, 0, &p->toks))
    return NEWSPARSE_ERR_NOMEM;
  tk = (nsp_token *)(void *)p->toks.toks.data;
  nt = NSP_VEC_LEN(&p->toks.toks, nsp_token);
  for (k = 0; k < nt; k++) {
    if (k && mark_prefixes && nsp_gaz_mark_prefix(p->gaz, p->key.data, p->key.len))
      return NEWSPARSE_ERR_NOMEM;
    if (k && (tk[k].flags & NSP_TOK_SPACE_BEFORE)) {
      if (nsp_buf_putc(&p->key, ' ') || nsp_buf_putc(&p->exact, ' '))
        return NEWSPARSE_ERR_NOMEM;
    }
    if (nsp_buf_put(&p->key, p->toks.keys.data + tk[k].lkey_off, tk[k].lkey_len) ||
        nsp_buf_put(&p->exact, p->toks.keys.data + tk[k].key_off, tk[k].key_len))
      return NEWSPARSE_ERR_NOMEM;
  }
  return nt ? NEWSPARSE_OK : 1;
}

static int upper_of(nsp_buf *out, const char *s, size_t n) {
  size_t i = 0;
  out->len = 0;
  while (i < n) {
    int32_t cp = 0;
    char enc[4];
    int l = nsp_utf8_decode((const unsigned char *)s + i, n - i, &cp);
    if (l < 0)
      l = 1;
    if (nsp_buf_put(out, enc, (size_t)nsp_utf8_encode(utf8proc_toupper(cp), enc)))
      return NEWSPARSE_ERR_NOMEM;
    i += (size_t)l;
  }
  return NEWSPARSE_OK;
}

static int add_phrase(parser *p, const nsp_rule *r, uint32_t rule_index, size_t s, size_t e,
                      const char *value) {
  int rc;
  while (s < e && is_blank(p->t[s]))
    s++;
  while (e > s && is_blank(p->t[e - 1]))
    e--;
  if (s == e)
    return fail(p, NEWSPARSE_ERR_RULE_SYNTAX, s, "empty phrase");
  rc = phrase_keys(p, p->t + s, e - s, 1);
  if (rc == 1)
    return fail(p, NEWSPARSE_ERR_RULE_SYNTAX, s, "phrase has no words");
  if (rc)
    return rc;
  if (r->kind == NSP_RULE_LEXICON && NSP_VEC_LEN(&p->toks.toks, nsp_token) > 1 &&
      (rc = warn(p, s,
                 "a lexicon entry is looked up one token at a time, and the tokenizer splits "
                 "this one, so it never matches:",
                 p->t + s, e - s)) != 0)
    return rc;
  if (r->case_mode == NSP_CASE_ANY)
    return nsp_gaz_add(p->gaz, p->key.data, p->key.len, NULL, 0, rule_index, value);
  if ((rc = nsp_gaz_add(p->gaz, p->key.data, p->key.len, p->exact.data, p->exact.len, rule_index,
                        value)) != 0)
    return rc;
  if (r->case_mode == NSP_CASE_CAPS) {
    if ((rc = upper_of(&p->up, p->exact.data, p->exact.len)) != 0)
      return rc;
    return nsp_gaz_add(p->gaz, p->key.data, p->key.len, p->up.data, p->up.len, rule_index, value);
  }
  return NEWSPARSE_OK;
}

/* The built-in text's phrase lines, leapt over: its table holds them and
 * the text was checked when the table was made.  Returns the start of the
 * next "end" line at or after i that the image lists (or p->n), with the
 * line count kept. */
static size_t skip_phrase_lines(parser *p, size_t i) {
  const nsp_gaz_image *img = p->image;
  size_t lo = 0, hi = img->n_ends;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (img->end_at[mid] < i)
      lo = mid + 1;
    else
      hi = mid;
  }
  if (lo == img->n_ends)
    return p->n;
  p->line = img->end_breaks[lo];
  return p->line_start = img->end_at[lo];
}

/* Lines after "gazetteer ..." up to "end". Returns with p->pos past it. */
static int parse_gazetteer(parser *p, int kind, size_t i, size_t e, size_t *pos) {
  nsp_rule r;
  size_t body;
  uint32_t index;
  int rc;
  memset(&r, 0, sizeof r);
  r.kind = kind;
  if ((rc = parse_head(p, i, e, &r)) != 0)
    return rc;
  index = (uint32_t)(NSP_VEC_LEN(&p->set->rules, nsp_rule) + NSP_VEC_LEN(&p->rules, nsp_rule));
  body = *pos;
  for (;;) {
    size_t s = p->skip_phrases ? (*pos = skip_phrase_lines(p, *pos)) : *pos, le, a, arrow, v0, v1;
    const char *value = NULL;
    if (s >= p->n)
      return fail(p, NEWSPARSE_ERR_RULE_SYNTAX, s, "gazetteer without 'end'");
    {
      const char *nl = memchr(p->t + s, '\n', p->n - s);
      le = nl ? (size_t)(nl - p->t) : p->n;
    }
    *pos = le < p->n ? le + 1 : le;
    p->line++;
    p->line_start = s;
    a = skip_blank(p, s, le);
    if (a == le || p->t[a] == '#')
      continue;
    /* the built-in text's phrases come with its table, and the text was
     * checked when the table was made: only its "end" matters here */
    if (p->skip_phrases && p->t[a] != 'e')
      continue;
    if (le - a >= 3 && memcmp(p->t + a, "end", 3) == 0 && skip_blank(p, a + 3, le) == le) {
      if (kind == NSP_RULE_GAZETTEER && (rc = nsp_defines_block(&p->defines, r.id, body, s)) != 0)
        return rc; /* its phrases, for `define NAME from ID` */
      break;
    }
    if (p->t[a] == '\\') {
      a++; /* "\end" is the word "end", not the end of the block */
    } else if ((le - a > 6 && memcmp(p->t + a, "regex", 5) == 0 && is_blank(p->t[a + 5])) ||
               (le - a > 8 && memcmp(p->t + a, "lexicon", 7) == 0 && is_blank(p->t[a + 7])) ||
               (le - a > 10 && memcmp(p->t + a, "gazetteer", 9) == 0 && is_blank(p->t[a + 9])))
      return fail(p, NEWSPARSE_ERR_RULE_SYNTAX, a,
                  "a rule starts inside a gazetteer: is an 'end' missing?");
    if (p->skip_phrases)
      continue;
    arrow = a;
    while (arrow + 1 < le && !(p->t[arrow] == '=' && p->t[arrow + 1] == '>'))
      arrow++;
    if (arrow + 1 < le) {
      v0 = skip_blank(p, arrow + 2, le);
      v1 = le;
      while (v1 > v0 && is_blank(p->t[v1 - 1]))
        v1--;
      if (v0 == v1)
        return fail(p, NEWSPARSE_ERR_RULE_SYNTAX, arrow, "'=>' without a value");
      if (!(value = dup(p, p->t + v0, v1 - v0)))
        return NEWSPARSE_ERR_NOMEM;
    } else {
      arrow = le;
    }
    while (a < arrow) {
      size_t bar = a;
      while (bar < arrow && p->t[bar] != '|')
        bar++;
      if ((rc = add_phrase(p, &r, index, a, bar, value)) != 0)
        return rc;
      a = bar + 1;
    }
  }
  return NSP_VEC_PUSH(&p->rules, nsp_rule, r);
}

/* `evidence ID LABEL WHERE ROLE [conditions]` (evidence.h). */
static int parse_evidence(parser *p, size_t i, size_t e) {
  nsp_rule r;
  size_t j = i, at = i;
  const char *why = NULL;
  char src[64];
  int rc;
  memset(&r, 0, sizeof r);
  r.kind = NSP_RULE_EVIDENCE;
  if ((rc = parse_id_and_label(p, i, e, &r, &j)) != 0)
    return rc;
  if (nsp_evidence_parse(p->set, p->t, j, e, &r, &at, &why))
    return fail(p, NEWSPARSE_ERR_RULE_SYNTAX, at, why);
  snprintf(src, sizeof src, "%.40s:%zu", p->name, p->line);
  if (!(r.source = dup(p, src, strlen(src))))
    return NEWSPARSE_ERR_NOMEM;
  return NSP_VEC_PUSH(&p->rules, nsp_rule, r);
}

static int parse_text(parser *p) {
  size_t pos = 0;
  while (pos < p->n) {
    size_t s = pos, e = pos, a, w;
    int rc;
    while (e < p->n && p->t[e] != '\n')
      e++;
    pos = e < p->n ? e + 1 : e;
    p->line++;
    p->line_start = s;
    if (memchr(p->t + s, '\0', e - s))
      return fail(p, NEWSPARSE_ERR_RULE_SYNTAX, s, "NUL byte in rule text");
    a = skip_blank(p, s, e);
    if (a == e || p->t[a] == '#')
      continue;
    w = word_end(p, a, e);
    if (w - a == 5 && memcmp(p->t + a, "regex", 5) == 0)
      rc = parse_regex(p, w, e);
    else if (w - a == 9 && memcmp(p->t + a, "gazetteer", 9) == 0)
      rc = parse_gazetteer(p, NSP_RULE_GAZETTEER, w, e, &pos);
    else if (w - a == 7 && memcmp(p->t + a, "lexicon", 7) == 0)
      rc = parse_gazetteer(p, NSP_RULE_LEXICON, w, e, &pos);
    else if (w - a == 6 && memcmp(p->t + a, "define", 6) == 0)
      rc = parse_define(p, w, e);
    else if (w - a == 8 && memcmp(p->t + a, "evidence", 8) == 0)
      rc = parse_evidence(p, w, e);
    else
      rc = fail(p, NEWSPARSE_ERR_RULE_SYNTAX, a,
                "expected 'regex', 'gazetteer', 'lexicon', 'evidence', 'define' or a comment");
    if (rc)
      return rc;
  }
  return NEWSPARSE_OK;
}

void nsp_rule_codes_free(nsp_buf *rules) {
  size_t k;
  for (k = 0; k < NSP_VEC_LEN(rules, nsp_rule); k++)
    if (NSP_VEC_AT(rules, nsp_rule, k).code)
      nsp_regex_free(NSP_VEC_AT(rules, nsp_rule, k).code);
}

/* Parse a rule text into the set.  With an image (the built-in text's own
 * table, made at build time from this very text) the phrase lines are only
 * stepped over and the table is the image. */
int nsp_rules_add_text(newsparse_rules *set, const char *name, const char *text, size_t len,
                       const nsp_gaz_image *image, newsparse_error *err) {
  parser p;
  int rc;
  size_t user_roles;
  nsp_error_clear(err);
  if (!set || (!text && len))
    return nsp_fail(err, NEWSPARSE_ERR_ARG, "rules and text must not be NULL");
  user_roles = set->n_user_roles; /* roles this text names go with it on an error */
  memset(&p, 0, sizeof p);
  p.skip_phrases = image != NULL;
  p.image = image;
  p.name = name ? name : "<rules>";
  p.t = text;
  p.n = len;
  p.set = set;
  p.err = err;
  nsp_buf_init(&p.rules, &set->alc);
  nsp_buf_init(&p.key, &set->alc);
  nsp_buf_init(&p.exact, &set->alc);
  nsp_buf_init(&p.up, &set->alc);
  nsp_defines_init(&p.defines, &set->alc);
  nsp_buf_init(&p.toks.toks, &set->alc);
  nsp_buf_init(&p.toks.keys, &set->alc);
  nsp_buf_init(&p.warnings, &set->alc);
  rc = image ? nsp_gaz_from_image(&set->alc, image, &p.gaz) : nsp_gaz_new(&set->alc, &p.gaz);
  if (!rc && !image) { /* about one phrase per line: size the table once */
    size_t lines = 0, k;
    for (k = 0; k < len; k++)
      lines += text[k] == '\n';
    rc = nsp_gaz_reserve(p.gaz, lines + lines / 4);
  }
  if (!rc)
    rc = parse_text(&p);
  if (!rc)
    rc = nsp_evidence_warnings(set, &p.rules, &p.warnings);
  /* commit only when nothing can fail any more */
  if (!rc)
    rc = nsp_buf_reserve(&set->rules, p.rules.len);
  if (!rc)
    rc = nsp_buf_reserve(&set->gazs, sizeof p.gaz);
  if (!rc)
    rc = nsp_buf_reserve(&set->warnings, p.warnings.len);
  if (!rc) {
    nsp_buf_put(&set->warnings, p.warnings.data, p.warnings.len);
    nsp_buf_put(&set->rules, p.rules.data, p.rules.len);
    nsp_buf_put(&set->gazs, &p.gaz, sizeof p.gaz);
    p.gaz = NULL;
  } else {
    set->n_user_roles = user_roles;
    nsp_rule_codes_free(&p.rules);
  }
  nsp_buf_free(&p.rules);
  nsp_buf_free(&p.key);
  nsp_buf_free(&p.exact);
  nsp_buf_free(&p.up);
  nsp_defines_free(&p.defines);
  nsp_tokens_free(&p.toks);
  nsp_buf_free(&p.warnings);
  nsp_gaz_free(p.gaz);
  if (rc == NEWSPARSE_ERR_NOMEM)
    return nsp_fail(err, rc, NULL);
  return rc;
}

int newsparse_rules_add_text(newsparse_rules *set, const char *name, const char *text, size_t len,
                             newsparse_error *err) {
  return nsp_rules_add_text(set, name, text, len, NULL, err);
}
