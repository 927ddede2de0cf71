/*
 * names_known.c - the document used as a whole.
 *
 * In: the mentions the name stage has tagged, with the strength of their
 * evidence.  Out: the same label for the same name everywhere (from
 * strong evidence only), a PERSON's surname on its own, an organisation's
 * short form, and surnames that beat a place reading.
 */
#include "names_stage.h"

#include <string.h>

/* The lower-cased words of tokens [a, a + count) joined by spaces. */
static int mention_key(names *s, size_t a, size_t count) {
  size_t k;
  s->key.len = 0;
  for (k = a; k < a + count; k++)
    if ((k > a && nsp_buf_putc(&s->key, ' ')) ||
        nsp_buf_put(&s->key, s->d->tokens.keys.data + s->tok[k].lkey_off, s->tok[k].lkey_len))
      return NEWSPARSE_ERR_NOMEM;
  return NEWSPARSE_OK;
}

int nm_remember(names *s, size_t a, size_t b, int label, int strong) {
  known_name kn;
  uint32_t index = (uint32_t)NSP_VEC_LEN(&s->known, known_name);
  int rc;
  if (b <= a)
    return NEWSPARSE_OK;
  kn.first = a;
  kn.count = b - a;
  kn.label = label;
  kn.strong = strong;
  if (NSP_VEC_PUSH(&s->known, known_name, kn))
    return NEWSPARSE_ERR_NOMEM;
  /* hashed, so that every later look-up is O(1) whatever the document */
  if (strong) { /* the first mention of a name is the one kept */
    uint32_t head;
    if ((rc = mention_key(s, a, b - a)) != 0)
      return rc;
    if (!(nsp_map_find(&s->mentions, s->key.data, s->key.len, &head) & NSP_MAP_VALUES)) {
      size_t k, prefix = 0;
      if ((rc = nsp_map_add(&s->mentions, s->key.data, s->key.len, index)) != 0)
        return rc;
      /* its first words are marked as prefixes: a word-by-word look-up
       * stops where no known mention goes on */
      for (k = a; k + 1 < b; k++) {
        prefix += (k > a) + s->tok[k].lkey_len;
        if ((rc = nsp_map_mark_prefix(&s->mentions, s->key.data, prefix)) != 0)
          return rc;
      }
    }
    if (b - a > s->longest)
      s->longest = b - a;
  }
  if (label == NEWSPARSE_LABEL_PERSON && b - a >= 2) {
    /* keep the first weak and the first strong person of each surname */
    const nsp_token *t = &s->tok[b - 1];
    const char *k = s->d->tokens.keys.data + t->lkey_off;
    uint32_t h = NSP_MAP_NONE;
    int have_weak = 0, have_strong = 0;
    nsp_map_find(&s->surnames, k, t->lkey_len, &h);
    for (; h != NSP_MAP_NONE; h = nsp_map_next(&s->surnames, h)) {
      if (NSP_VEC_AT(&s->known, known_name, nsp_map_value(&s->surnames, h)).strong)
        have_strong = 1;
      else
        have_weak = 1;
    }
    if (((strong && !have_strong) || (!strong && !have_weak)) &&
        (rc = nsp_map_add(&s->surnames, k, t->lkey_len, index)) != 0)
      return rc;
  }
  return NEWSPARSE_OK;
}

/* The first known mention (strong) equal to tokens [a, a + count), or NULL. */
const known_name *nm_known_mention(names *s, size_t a, size_t count) {
  uint32_t head;
  if (count > s->longest || a + count > s->n || mention_key(s, a, count) ||
      !(nsp_map_find(&s->mentions, s->key.data, s->key.len, &head) & NSP_MAP_VALUES))
    return NULL;
  return &NSP_VEC_AT(&s->known, known_name, nsp_map_value(&s->mentions, head));
}

/* A known PERSON whose last word is token i (strong only if asked). */
static const known_name *known_surname(names *s, size_t i, int strong_only) {
  uint32_t h;
  const nsp_token *t = &s->tok[i];
  if (!(nsp_map_find(&s->surnames, s->d->tokens.keys.data + t->lkey_off, t->lkey_len, &h) &
        NSP_MAP_VALUES))
    return NULL;
  for (; h != NSP_MAP_NONE; h = nsp_map_next(&s->surnames, h)) {
    const known_name *kn = &NSP_VEC_AT(&s->known, known_name, nsp_map_value(&s->surnames, h));
    if ((!strong_only || kn->strong) && kn->first + kn->count - 1 != i)
      return kn;
  }
  return NULL;
}

/* An organisation named with a company suffix is later named without it:
 * "Magna International Inc" -> "Magna International". */
int nm_remember_org_alias(names *s, size_t a, size_t b) {
  size_t e = b;
  while (e > a && (tok_is(s, e - 1, ".") ||
                   ((s->cues[e - 1] & NSP_CUE_ORG_SUFFIX) && !(s->cues[e - 1] & NSP_CUE_ORG_HEAD))))
    e--;
  /* an everyday word before a legal form is the firm's name ("Tarmac
   * Plc", "Atria Oy"), not before an everyday head ("State Bank",
   * "Stock Exchange") */
  if (e == b || e == a ||
      (e - a == 1 && (s->cues[a] & (NSP_CUE_COMMON | NSP_CUE_GIVEN)) &&
       ((s->cues[a] & (NSP_CUE_GIVEN | NSP_CUE_HONORIFIC | NSP_CUE_NOT_NAME)) ||
        (s->cues[e] & NSP_CUE_COMMON) || caps_line(s, a))))
    return NEWSPARSE_OK;
  while (e > a && !name_token(s, e - 1) && s->cover[e - 1] != -2)
    e--;
  if (e == a)
    return NEWSPARSE_OK;
  /* ... and often by its first word alone: "Magna" */
  if (e - a >= 2 &&
      !(s->cues[a] & (NSP_CUE_COMMON | NSP_CUE_GIVEN | NSP_CUE_FUNCTION | NSP_CUE_ORG_HEAD)) &&
      (s->tok[a].flags & NSP_TOK_CAP) && nm_remember(s, a, a + 1, NEWSPARSE_LABEL_ORG, 1))
    return NEWSPARSE_ERR_NOMEM;
  return nm_remember(s, a, e, NEWSPARSE_LABEL_ORG, 1);
}

/* Pass 2: the same names elsewhere in the document; a lone surname of a
 * known person is that person. */
int nm_propagate(names *s) {
  size_t i, len, at = 0;
  for (i = 0; (i = next_start(s, &at, i)) < s->n; i++) {
    const known_name *kn = NULL;
    if (s->cover[i] != -1 || !(s->tok[i].flags & NSP_TOK_WORD) ||
        !(s->tok[i].flags & (NSP_TOK_CAP | NSP_TOK_UPPER)) ||
        (s->cues[i] & (NSP_CUE_NOT_NAME | NSP_CUE_FUNCTION)))
      continue;
    const known_name *sn = NULL;
    /* the earliest known mention starting here, free of other entities,
     * its key grown a word at a time while it is a known prefix */
    s->key.len = 0;
    for (len = 1; len <= s->longest; len++) {
      size_t j = i + len - 1;
      uint32_t head;
      int flags;
      if (j >= s->n || s->cover[j] != -1)
        break;
      if ((len > 1 && nsp_buf_putc(&s->key, ' ')) ||
          nsp_buf_put(&s->key, s->d->tokens.keys.data + s->tok[j].lkey_off, s->tok[j].lkey_len))
        return NEWSPARSE_ERR_NOMEM;
      flags = nsp_map_find(&s->mentions, s->key.data, s->key.len, &head);
      s->d->work += len;
      if (flags & NSP_MAP_VALUES) {
        const known_name *m = &NSP_VEC_AT(&s->known, known_name, nsp_map_value(&s->mentions, head));
        if (!kn || m < kn)
          kn = m;
      }
      if (!(flags & NSP_MAP_PREFIX))
        break;
    }
    /* or a surname: the last word of a known multi-word PERSON, whichever
     * the document named first */
    if (!(i + 1 < s->n && name_token(s, i + 1) && !(s->tok[i + 1].flags & NSP_TOK_SENT_START) &&
          !caps_line(s, i)))
      sn = known_surname(s, i, 0);
    if (sn && (!kn || sn < kn)) {
      if (nm_add(s, i, i + 1, NEWSPARSE_LABEL_PERSON, "name.surname"))
        return NEWSPARSE_ERR_NOMEM;
    } else if (kn && kn->label) { /* a defined term (label 0) is none */
      if (nm_add(s, i, i + kn->count, kn->label, "name.same"))
        return NEWSPARSE_ERR_NOMEM;
      i += kn->count - 1;
    }
  }
  return NEWSPARSE_OK;
}

/* A one-word place that is the surname of a person named in full in the
 * document is that person: "Michael Jordan ... Jordan scored". */
void nm_surnames_over_places(names *s) {
  size_t at;
  for (at = 0; at < s->n_starts; at++) { /* a place's name is capitalised */
    size_t i = s->starts[at];
    nsp_entity *e;
    long c = s->cover[i];
    if (c < 0 || s->dropped[c] || (i + 1 < s->n && s->cover[i + 1] == c) ||
        (i > 0 && s->cover[i - 1] == c))
      continue;
    e = &s->ents[c];
    if ((e->label == NEWSPARSE_LABEL_LOCATION || e->label == NEWSPARSE_LABEL_COUNTRY) &&
        known_surname(s, i, 1)) {
      e->label = NEWSPARSE_LABEL_PERSON;
      e->value = NULL;
      e->rule = "name.surname";
    }
  }
}
