/*
 * json.c - the JSON renderer of a result (CONTRACT.md document object).
 *
 * In: a parsed result.  Out: UTF-8 JSON in one growing buffer, compact or
 * indented by two spaces.  Offsets are ORIGINAL byte offsets; "text" is the
 * display form (NFC, white space collapsed).  Strings are escaped per
 * RFC 8259; the text is valid UTF-8 by construction, so only quotes,
 * backslashes and control characters need escapes.
 */
#include "internal.h"

#include <string.h>

typedef struct writer {
  nsp_buf *b;
  int pretty;
  int depth;
  int first; /* no comma needed before the next member */
} writer;

int nsp_json_string(nsp_buf *out, const char *s, size_t n) {
  if (nsp_buf_putc(out, '"') || nsp_json_string_body(out, s, n) || nsp_buf_putc(out, '"'))
    return NEWSPARSE_ERR_NOMEM;
  return NEWSPARSE_OK;
}

int nsp_json_string_body(nsp_buf *out, const char *s, size_t n) {
  static const char hex[] = "0123456789abcdef";
  size_t i, run = 0;
  for (i = 0; i < n; i++) {
    unsigned char c = (unsigned char)s[i];
    char esc[7];
    size_t el = 2;
    if (c >= 0x20 && c != '"' && c != '\\')
      continue;
    if (nsp_buf_put(out, s + run, i - run))
      return NEWSPARSE_ERR_NOMEM;
    esc[0] = '\\';
    switch (c) {
    case '"':
      esc[1] = '"';
      break;
    case '\\':
      esc[1] = '\\';
      break;
    case '\n':
      esc[1] = 'n';
      break;
    case '\t':
      esc[1] = 't';
      break;
    case '\r':
      esc[1] = 'r';
      break;
    default:
      esc[1] = 'u';
      esc[2] = '0';
      esc[3] = '0';
      esc[4] = hex[c >> 4];
      esc[5] = hex[c & 15];
      el = 6;
    }
    if (nsp_buf_put(out, esc, el))
      return NEWSPARSE_ERR_NOMEM;
    run = i + 1;
  }
  return nsp_buf_put(out, s + run, n - run);
}

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

/* Start an array element or object member (with its key). */
static void item(writer *w, const char *key) {
  if (!w->first)
    nsp_buf_putc(w->b, ',');
  newline(w);
  w->first = 0;
  if (key) { /* keys are constant ASCII: no escaping needed */
    nsp_buf_putc(w->b, '"');
    nsp_buf_puts(w->b, key);
    nsp_buf_put(w->b, w->pretty ? "\": " : "\":", w->pretty ? 3 : 2);
  }
}

static void str_or_null(writer *w, const char *s) {
  if (s)
    nsp_json_string(w->b, s, strlen(s));
  else
    nsp_buf_put(w->b, "null", 4);
}

/* The display text of a span as a JSON string, straight into the output:
 * white-space runs become one space, ends are trimmed. */
static void display_string(nsp_buf *out, const char *t, nsp_span s) {
  size_t i = s.start, run = s.start, w;
  int pending = 0, wrote = 0;
  nsp_buf_putc(out, '"');
  while (i < s.end) {
    unsigned char c = (unsigned char)t[i];
    if (c >= 0x20 && c != '"' && c != '\\' && c < 0x80 &&
        (c != ' ' ||
         (i > run && i + 1 < s.end && t[i + 1] > ' ' && (unsigned char)t[i + 1] < 0x80))) {
      i++; /* plain ASCII, and single spaces inside a run, need no change */
      continue;
    }
    if (i > run) {
      if (pending)
        nsp_buf_putc(out, ' ');
      pending = 0;
      wrote = 1;
      nsp_json_string_body(out, t + run, i - run);
    }
    w = nsp_space_len(t + i, s.end - i);
    if (w) {
      pending = wrote;
      i += w;
      run = i;
      continue;
    }
    /* a quote, backslash, control or non-ASCII character */
    {
      size_t j = i + 1;
      while (j < s.end && ((unsigned char)t[j] & 0xC0) == 0x80)
        j++;
      if (pending)
        nsp_buf_putc(out, ' ');
      pending = 0;
      wrote = 1;
      nsp_json_string_body(out, t + i, j - i);
      i = j;
      run = i;
    }
  }
  if (i > run) {
    if (pending)
      nsp_buf_putc(out, ' ');
    nsp_json_string_body(out, t + run, i - run);
  }
  nsp_buf_putc(out, '"');
}

/* The members "text", "start", "end" of a span. */
static void span_members(writer *w, nsp_doc *d, nsp_span s) {
  item(w, "text");
  display_string(w->b, d->norm.data, s);
  item(w, "start");
  nsp_buf_put_size(w->b, nsp_offmap_start(&d->map, s.start));
  item(w, "end");
  nsp_buf_put_size(w->b, nsp_offmap_end(&d->map, s.end));
}

static void span_or_null(writer *w, nsp_doc *d, const char *key, int has, nsp_span s) {
  item(w, key);
  if (!has) {
    nsp_buf_put(w->b, "null", 4);
    return;
  }
  open_(w, '{');
  span_members(w, d, s);
  close_(w, '}');
}

int nsp_json_write(const newsparse_result *r, unsigned flags, nsp_buf *out) {
  nsp_doc *d = (nsp_doc *)&r->doc;
  writer w;
  size_t k, n;
  w.b = out;
  w.pretty = (flags & NEWSPARSE_JSON_PRETTY) != 0;
  w.depth = 0;
  w.first = 1;
  open_(&w, '{');
  span_or_null(&w, d, "headline", d->st.has_headline, d->st.headline);
  span_or_null(&w, d, "dateline", d->st.has_dateline, d->st.dateline);
  span_or_null(&w, d, "byline", d->st.has_byline, d->st.byline);

  item(&w, "paragraphs");
  open_(&w, '[');
  n = NSP_VEC_LEN(&d->st.paragraphs, nsp_para);
  for (k = 0; k < n; k++) {
    const nsp_para *p = &NSP_VEC_AT(&d->st.paragraphs, nsp_para, k);
    size_t s;
    item(&w, NULL);
    open_(&w, '{');
    span_members(&w, d, p->span);
    item(&w, "sentences");
    open_(&w, '[');
    for (s = p->first_sentence; s < p->first_sentence + p->n_sentences; s++) {
      item(&w, NULL);
      open_(&w, '{');
      span_members(&w, d, NSP_VEC_AT(&d->st.sentences, nsp_span, s));
      close_(&w, '}');
    }
    close_(&w, ']');
    close_(&w, '}');
  }
  close_(&w, ']');

  item(&w, "related");
  open_(&w, '[');
  n = NSP_VEC_LEN(&d->st.related, nsp_related);
  for (k = 0; k < n; k++) {
    const nsp_related *rl = &NSP_VEC_AT(&d->st.related, nsp_related, k);
    item(&w, NULL);
    open_(&w, '{');
    span_members(&w, d, rl->span);
    item(&w, "url");
    if (rl->url.end > rl->url.start)
      nsp_json_string(out, d->norm.data + rl->url.start, rl->url.end - rl->url.start);
    else
      nsp_buf_put(out, "null", 4);
    close_(&w, '}');
  }
  close_(&w, ']');

  item(&w, "entities");
  open_(&w, '[');
  n = NSP_VEC_LEN(&d->entities, nsp_entity);
  for (k = 0; k < n; k++) {
    const nsp_entity *e = &NSP_VEC_AT(&d->entities, nsp_entity, k);
    item(&w, NULL);
    open_(&w, '{');
    item(&w, "label");
    str_or_null(&w, newsparse_label_name(e->label));
    span_members(&w, d, e->span);
    item(&w, "value");
    str_or_null(&w, e->value);
    item(&w, "rule");
    str_or_null(&w, e->rule);
    close_(&w, '}');
  }
  close_(&w, ']');

  item(&w, "relations");
  open_(&w, '[');
  n = NSP_VEC_LEN(&d->relations, nsp_relation);
  for (k = 0; k < n; k++) {
    const nsp_relation *rl = &NSP_VEC_AT(&d->relations, nsp_relation, k);
    item(&w, NULL);
    open_(&w, '{');
    item(&w, "type");
    str_or_null(&w, "holds_office");
    item(&w, "person");
    nsp_buf_put_size(out, rl->person);
    item(&w, "office");
    nsp_buf_put_size(out, rl->office);
    item(&w, "of");
    if (rl->of == NEWSPARSE_NONE)
      nsp_buf_put(out, "null", 4);
    else
      nsp_buf_put_size(out, rl->of);
    close_(&w, '}');
  }
  close_(&w, ']');

  item(&w, "warnings");
  open_(&w, '[');
  n = NSP_VEC_LEN(&d->warnings, nsp_warning);
  for (k = 0; k < n; k++) {
    const nsp_warning *wn = &NSP_VEC_AT(&d->warnings, nsp_warning, k);
    item(&w, NULL);
    open_(&w, '{');
    item(&w, "code");
    str_or_null(&w, wn->code);
    item(&w, "message");
    str_or_null(&w, wn->message);
    close_(&w, '}');
  }
  close_(&w, ']');
  close_(&w, '}');
  return out->oom ? NEWSPARSE_ERR_NOMEM : NEWSPARSE_OK;
}
