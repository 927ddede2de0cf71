/*
 * json.c - the JSON renderer of a result (the document object of docs/output-format.md).
 *
 * In: a parsed result.  Out: UTF-8 JSON in one growing buffer, compact or
 * indented by two spaces.  Offsets are ORIGINAL byte offsets; "text" is the
 * display form (NFC, white space collapsed).  Strings are escaped per
 * RFC 8259; the text is valid UTF-8 by construction, so only quotes,
 * backslashes and control characters need escapes.
 */
#include "json.h"
#include "display.h"
#include "rules.h"

#include <string.h>

typedef struct writer {
  nsp_buf *b;
  int pretty;
  int depth;
  int first; /* no comma needed before the next member */
  /* the paragraph whose display string was written last: where its
   * string (quotes included) is in the output (last_len 0: none), and
   * whether each of its bytes became one output byte (no escape, no
   * white-space run shortened), so that a sentence in it is a slice */
  nsp_span last;
  size_t last_at, last_len;
  int last_exact;
} writer;

static void newline(writer *w) {
  int k;
  if (!w->pretty)
    return;
  nsp_buf_putc(w->b, '\n');
  for (k = 0; k < w->depth; k++)
    nsp_buf_put(w->b, "  ", 2);
}

static void open_(writer *w, char c) {
  nsp_buf_putc(w->b, c);
  w->depth++;
  w->first = 1;
}

static void close_(writer *w, char c) {
  w->depth--;
  if (!w->first)
    newline(w);
  nsp_buf_putc(w->b, c);
  w->first = 0;
}

/* Start an array element or object member (with its key, of length n).
 * Compact output writes ,"key": with one copy, inline: the key's length
 * is then a constant, and the copy a few stores. */
static void member_indented(writer *w, const char *key, size_t n);
static inline void member(writer *w, const char *key, size_t n) {
  char *p;
  if (w->pretty || nsp_buf_reserve(w->b, n + 4)) {
    member_indented(w, key, n);
    return;
  }
  p = w->b->data + w->b->len;
  if (!w->first)
    *p++ = ',';
  w->first = 0;
  if (key) { /* keys are constant ASCII: no escaping needed */
    *p++ = '"';
    memcpy(p, key, n);
    p += n;
    *p++ = '"';
    *p++ = ':';
  }
  w->b->len = (size_t)(p - w->b->data);
  w->b->data[w->b->len] = '\0';
}

static void member_indented(writer *w, const char *key, size_t n) {
  if (!w->first)
    nsp_buf_putc(w->b, ',');
  newline(w);
  w->first = 0;
  if (key) {
    nsp_buf_putc(w->b, '"');
    nsp_buf_put(w->b, key, n);
    nsp_buf_put(w->b, "\": ", 3);
  }
}
#define item(w, key) member((w), (key), sizeof(key) - 1)
#define element(w) member((w), NULL, 0)

static void str_or_null(writer *w, const char *s) {
  if (s)
    nsp_json_string(w->b, s, strlen(s));
  else
    nsp_buf_put(w->b, "null", 4);
}

/* An entity's label as a JSON string (label names need no escapes). */
static void label_string(writer *w, int label) {
  size_t n;
  const char *name = nsp_label_name_len(label, &n);
  if (!name) {
    nsp_buf_put(w->b, "null", 4);
    return;
  }
  if (!nsp_buf_reserve(w->b, n + 2)) {
    char *p = w->b->data + w->b->len;
    *p = '"';
    memcpy(p + 1, name, n);
    p[n + 1] = '"';
    w->b->len += n + 2;
    w->b->data[w->b->len] = '\0';
  }
}

/* The members "text", "start", "end" of a span. */
static void span_members(writer *w, nsp_doc *d, nsp_span s, int paragraph) {
  const char *t = d->norm.data;
  item(w, "text");
  if (w->last_len && s.start == w->last.start && s.end == w->last.end &&
      !nsp_buf_reserve(w->b, w->last_len)) {
    /* a sentence that is its whole paragraph: the same string again */
    memcpy(w->b->data + w->b->len, w->b->data + w->last_at, w->last_len);
    w->b->len += w->last_len;
    w->b->data[w->b->len] = '\0';
  } else if (w->last_len && w->last_exact && s.start >= w->last.start && s.end <= w->last.end &&
             s.end > s.start && nsp_display_class[(unsigned char)t[s.start]] < 2 &&
             nsp_display_class[(unsigned char)t[s.end - 1]] < 2 &&
             !nsp_buf_reserve(w->b, s.end - s.start + 2)) {
    /* a sentence inside such a paragraph, starting and ending on no
     * white space: its display string is a slice of the paragraph's */
    char *p = w->b->data + w->b->len;
    *p++ = '"';
    memcpy(p, w->b->data + w->last_at + 1 + (s.start - w->last.start), s.end - s.start);
    p += s.end - s.start;
    *p++ = '"';
    w->b->len = (size_t)(p - w->b->data);
    w->b->data[w->b->len] = '\0';
  } else if (paragraph) {
    w->last = s;
    w->last_at = w->b->len;
    w->last_exact = nsp_display_write(w->b, t, s, 1);
    w->last_len = w->b->oom ? 0 : w->b->len - w->last_at;
  } else
    nsp_display_write(w->b, t, s, 1);
  item(w, "start");
  nsp_buf_put_size(w->b, nsp_offmap_start(&d->map, s.start));
  item(w, "end");
  nsp_buf_put_size(w->b, nsp_offmap_end(&d->map, s.end));
}

static void span_or_null(writer *w, nsp_doc *d, const char *key, int has, nsp_span s) {
  member(w, key, strlen(key));
  if (!has) {
    nsp_buf_put(w->b, "null", 4);
    return;
  }
  open_(w, '{');
  span_members(w, d, s, 0);
  close_(w, '}');
}

/* headline, dateline, byline, paragraphs with sentences, related */
static void write_structure(writer *w, nsp_doc *d) {
  size_t k, n;
  span_or_null(w, d, "headline", d->st.has_headline, d->st.headline);
  span_or_null(w, d, "dateline", d->st.has_dateline, d->st.dateline);
  span_or_null(w, d, "byline", d->st.has_byline, d->st.byline);

  item(w, "paragraphs");
  open_(w, '[');
  n = NSP_VEC_LEN(&d->st.paragraphs, nsp_para);
  for (k = 0; k < n; k++) {
    const nsp_para *p = &NSP_VEC_AT(&d->st.paragraphs, nsp_para, k);
    size_t s;
    element(w);
    open_(w, '{');
    span_members(w, d, p->span, 1);
    item(w, "sentences");
    open_(w, '[');
    for (s = p->first_sentence; s < p->first_sentence + p->n_sentences; s++) {
      element(w);
      open_(w, '{');
      span_members(w, d, NSP_VEC_AT(&d->st.sentences, nsp_span, s), 0);
      close_(w, '}');
    }
    close_(w, ']');
    close_(w, '}');
  }
  close_(w, ']');

  item(w, "related");
  open_(w, '[');
  n = NSP_VEC_LEN(&d->st.related, nsp_related);
  for (k = 0; k < n; k++) {
    const nsp_related *rl = &NSP_VEC_AT(&d->st.related, nsp_related, k);
    element(w);
    open_(w, '{');
    span_members(w, d, rl->span, 0);
    item(w, "url");
    if (rl->url.end > rl->url.start)
      nsp_json_string(w->b, d->norm.data + rl->url.start, rl->url.end - rl->url.start);
    else
      nsp_buf_put(w->b, "null", 4);
    close_(w, '}');
  }
  close_(w, ']');
}

/* An entity as a row: [label, start, end, text, value, rule]. */
static void entity_row(writer *w, nsp_doc *d, const nsp_entity *e) {
  nsp_buf *b = w->b;
  nsp_buf_putc(b, '[');
  label_string(w, e->label);
  nsp_buf_putc(b, ',');
  nsp_buf_put_size(b, nsp_offmap_start(&d->map, e->span.start));
  nsp_buf_putc(b, ',');
  nsp_buf_put_size(b, nsp_offmap_end(&d->map, e->span.end));
  nsp_buf_putc(b, ',');
  nsp_display_write(b, d->norm.data, e->span, 1);
  nsp_buf_putc(b, ',');
  str_or_null(w, e->value);
  nsp_buf_putc(b, ',');
  str_or_null(w, e->rule);
  nsp_buf_putc(b, ']');
}

/* One field of every entity, as an array. */
static void entity_column(writer *w, nsp_doc *d, int field) {
  size_t k, n = NSP_VEC_LEN(&d->entities, nsp_entity);
  nsp_buf *b = w->b;
  nsp_buf_putc(b, '[');
  for (k = 0; k < n; k++) {
    const nsp_entity *e = &NSP_VEC_AT(&d->entities, nsp_entity, k);
    if (k)
      nsp_buf_putc(b, ',');
    switch (field) {
    case 0:
      label_string(w, e->label);
      break;
    case 1:
      nsp_buf_put_size(b, nsp_offmap_start(&d->map, e->span.start));
      break;
    case 2:
      nsp_buf_put_size(b, nsp_offmap_end(&d->map, e->span.end));
      break;
    case 3:
      nsp_display_write(b, d->norm.data, e->span, 1);
      break;
    default:
      str_or_null(w, field == 4 ? e->value : e->rule);
    }
  }
  nsp_buf_putc(b, ']');
}

/* "entities" as an object of columns: {"label": [...], "start": [...], ...}. */
static void entity_columns(writer *w, nsp_doc *d) {
  static const char *const fields[] = {"label", "start", "end", "text", "value", "rule"};
  int f;
  item(w, "entities");
  open_(w, '{');
  for (f = 0; f < 6; f++) {
    member(w, fields[f], strlen(fields[f]));
    entity_column(w, d, f);
  }
  close_(w, '}');
}

/* "entities": objects, or rows [label, start, end, text, value, rule] */
static void write_entities(writer *w, nsp_doc *d, int rows) {
  size_t k, n;
  item(w, "entities");
  open_(w, '[');
  n = NSP_VEC_LEN(&d->entities, nsp_entity);
  for (k = 0; k < n; k++) {
    const nsp_entity *e = &NSP_VEC_AT(&d->entities, nsp_entity, k);
    element(w);
    if (rows) {
      entity_row(w, d, e);
      continue;
    }
    open_(w, '{');
    item(w, "label");
    label_string(w, e->label);
    span_members(w, d, e->span, 0);
    item(w, "value");
    str_or_null(w, e->value);
    item(w, "rule");
    str_or_null(w, e->rule);
    close_(w, '}');
  }
  close_(w, ']');
}

static void write_relations(writer *w, nsp_doc *d) {
  size_t k, n;
  item(w, "relations");
  open_(w, '[');
  n = NSP_VEC_LEN(&d->relations, nsp_relation);
  for (k = 0; k < n; k++) {
    const nsp_relation *rl = &NSP_VEC_AT(&d->relations, nsp_relation, k);
    element(w);
    open_(w, '{');
    item(w, "type");
    str_or_null(w, "holds_office");
    item(w, "person");
    nsp_buf_put_size(w->b, rl->person);
    item(w, "office");
    nsp_buf_put_size(w->b, rl->office);
    item(w, "of");
    if (rl->of == NEWSPARSE_NONE)
      nsp_buf_put(w->b, "null", 4);
    else
      nsp_buf_put_size(w->b, rl->of);
    close_(w, '}');
  }
  close_(w, ']');
}

static void write_warnings(writer *w, nsp_doc *d) {
  size_t k, n = NSP_VEC_LEN(&d->warnings, nsp_warning);
  item(w, "warnings");
  open_(w, '[');
  for (k = 0; k < n; k++) {
    const nsp_warning *wn = &NSP_VEC_AT(&d->warnings, nsp_warning, k);
    element(w);
    open_(w, '{');
    item(w, "code");
    str_or_null(w, wn->code);
    item(w, "message");
    str_or_null(w, wn->message);
    close_(w, '}');
  }
  close_(w, ']');
}

/* "dct": the reference date used and where it came from; "published": the
 * line that dates a web page, with its value; "boilerplate": the page's
 * lines that are not the article, with their kinds. */
static void write_dating(writer *w, nsp_doc *d) {
  item(w, "dct");
  if (d->has_dct) {
    open_(w, '{');
    item(w, "value");
    str_or_null(w, d->dct_value);
    item(w, "source");
    str_or_null(w, d->dct_source);
    close_(w, '}');
  } else {
    nsp_buf_put(w->b, "null", 4);
  }
  item(w, "published");
  if (d->st.has_published) {
    open_(w, '{');
    span_members(w, d, d->st.published, 0);
    item(w, "value");
    str_or_null(w, d->published_value[0] ? d->published_value : NULL);
    close_(w, '}');
  } else {
    nsp_buf_put(w->b, "null", 4);
  }
  item(w, "boilerplate");
  open_(w, '[');
  {
    size_t k, nb = NSP_VEC_LEN(&d->st.boilerplate, nsp_boilerplate);
    for (k = 0; k < nb; k++) {
      const nsp_boilerplate *b = &NSP_VEC_AT(&d->st.boilerplate, nsp_boilerplate, k);
      element(w);
      open_(w, '{');
      span_members(w, d, b->span, 0);
      item(w, "kind");
      str_or_null(w, b->kind);
      close_(w, '}');
    }
  }
  close_(w, ']');
}

int nsp_json_write(const newsparse_result *r, unsigned flags, nsp_buf *out) {
  nsp_doc *d = (nsp_doc *)&r->doc;
  writer w;
  w.b = out;
  w.pretty = (flags & NEWSPARSE_JSON_PRETTY) != 0;
  w.depth = 0;
  w.first = 1;
  w.last_at = w.last_len = 0;
  w.last_exact = 0;
  w.last.start = w.last.end = 0;
  open_(&w, '{');
  if (!(flags & NEWSPARSE_JSON_NO_STRUCTURE))
    write_structure(&w, d);
  if (!(flags & NEWSPARSE_JSON_NO_ENTITIES)) {
    if (flags & NEWSPARSE_JSON_ENTITY_COLUMNS)
      entity_columns(&w, d);
    else
      write_entities(&w, d, (flags & NEWSPARSE_JSON_ENTITY_ROWS) != 0);
    write_relations(&w, d);
  }
  write_warnings(&w, d);
  if (!(flags & NEWSPARSE_JSON_NO_STRUCTURE))
    write_dating(&w, d);
  close_(&w, '}');
  return out->oom ? NEWSPARSE_ERR_NOMEM : NEWSPARSE_OK;
}
