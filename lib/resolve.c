/*
 * resolve.c - document-level resolution after tagging.
 *
 * In: the selected entities (sorted, non-overlapping) and the text.
 * Out: PERSON values set to the fullest form of the name in the document
 * (a later "Rubio" gets "Marco Rubio"), and holds_office relations linking
 * an OFFICE to the PERSON right after it, with `of` the COUNTRY, LOCATION,
 * NORP or ORG right before the office ("U.S. Attorney General Pam Bondi",
 * "Mexico's Attorney General Alejandro Gertz").
 */
#include "resolve.h"
#include "display.h"
#include "format.h"
#include "map.h"
#include "utf8.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Only white space (and at most one possessive 's) between a and b? */
static int adjacent(const char *t, size_t a, size_t b, int allow_possessive) {
  while (a < b) {
    size_t w = nsp_space_len(t + a, b - a);
    if (w) {
      a += w;
      continue;
    }
    if (allow_possessive && b - a >= 2 && t[a] == '\'' && t[a + 1] == 's') {
      a += 2;
      allow_possessive = 0;
      continue;
    }
    if (allow_possessive && b - a >= 4 && memcmp(t + a, "\xE2\x80\x99s", 4) == 0) {
      a += 4;
      allow_possessive = 0;
      continue;
    }
    return 0;
  }
  return 1;
}

/* The last word of a span: [*ls, end). */
static size_t last_word_start(const char *t, nsp_span s) {
  size_t i = s.end;
  while (i > s.start && !nsp_space_len(t + i - 1, 1))
    i--;
  return i;
}

/* Each PERSON's value is the longest PERSON of the document that ends with
 * the same word (on one line).  One pass builds last word -> longest
 * mention in a hash table, a second assigns: linear in the entities. */
static int resolve_names(nsp_doc *d) {
  nsp_entity *en = (nsp_entity *)(void *)d->entities.data;
  size_t n = NSP_VEC_LEN(&d->entities, nsp_entity), i;
  const char *t = d->norm.data;
  nsp_map longest; /* last word -> index of the longest PERSON ending with it */
  int rc = NEWSPARSE_OK;
  nsp_map_init(&longest, &d->alc);
  for (i = 0; i < n && !rc; i++) {
    size_t li;
    uint32_t head;
    if (en[i].label != NEWSPARSE_LABEL_PERSON ||
        memchr(t + en[i].span.start, '\n', en[i].span.end - en[i].span.start))
      continue;
    li = last_word_start(t, en[i].span);
    if (nsp_map_find(&longest, t + li, en[i].span.end - li, &head) & NSP_MAP_VALUES) {
      const nsp_entity *cur = &en[nsp_map_value(&longest, head)];
      if (en[i].span.end - en[i].span.start > cur->span.end - cur->span.start)
        nsp_map_set_value(&longest, head, (uint32_t)i);
    } else {
      rc = nsp_map_add(&longest, t + li, en[i].span.end - li, (uint32_t)i);
    }
  }
  for (i = 0; i < n && !rc; i++) {
    size_t li;
    uint32_t head;
    nsp_span s = en[i].span;
    if (en[i].label != NEWSPARSE_LABEL_PERSON)
      continue;
    li = last_word_start(t, s);
    if (nsp_map_find(&longest, t + li, s.end - li, &head) & NSP_MAP_VALUES) {
      const nsp_entity *b = &en[nsp_map_value(&longest, head)];
      if (b->span.end - b->span.start > s.end - s.start)
        s = b->span;
    }
    if (!(en[i].value = nsp_display(&d->arena, d->norm.data, s)))
      rc = NEWSPARSE_ERR_NOMEM;
  }
  nsp_map_free(&longest);
  return rc;
}

static int find_relations(nsp_doc *d) {
  nsp_entity *en = (nsp_entity *)(void *)d->entities.data;
  size_t n = NSP_VEC_LEN(&d->entities, nsp_entity), i;
  const char *t = d->norm.data;
  for (i = 0; i + 1 < n; i++) {
    nsp_relation r;
    if (en[i].label != NEWSPARSE_LABEL_OFFICE || en[i + 1].label != NEWSPARSE_LABEL_PERSON ||
        !adjacent(t, en[i].span.end, en[i + 1].span.start, 0))
      continue;
    r.office = i;
    r.person = i + 1;
    r.of = NEWSPARSE_NONE;
    if (i > 0) {
      int l = en[i - 1].label;
      if ((l == NEWSPARSE_LABEL_COUNTRY || l == NEWSPARSE_LABEL_LOCATION ||
           l == NEWSPARSE_LABEL_NORP || l == NEWSPARSE_LABEL_ORG) &&
          adjacent(t, en[i - 1].span.end, en[i].span.start, 1))
        r.of = i - 1;
    }
    if (NSP_VEC_PUSH(&d->relations, nsp_relation, r))
      return NEWSPARSE_ERR_NOMEM;
  }
  return NEWSPARSE_OK;
}

int nsp_resolve(nsp_doc *d) {
  int rc = resolve_names(d);
  return rc ? rc : find_relations(d);
}
