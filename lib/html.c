/*
 * html.c - a parsed document as HTML a person can read: the text as it came,
 * its parts (headline, dateline, byline, paragraphs, related links) as
 * blocks, every entity one <mark> with data-label and data-value, and the
 * relations listed below.
 *
 * In: a result, through the public accessors only.  Out: HTML in a buffer:
 * an <article>, and with the page flags one self-contained page (inline
 * CSS, no scripts, nothing fetched).  Every byte of input is escaped;
 * invalid UTF-8 shows as U+FFFD.
 */
#include "doc.h"
#include "utf8.h"

#include <stdlib.h>
#include <string.h>

static const char page_head[] =
    "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
    "<meta name=\"generator\" content=\"newsparse " NEWSPARSE_VERSION_STRING "\">\n"
    "<title>newsparse</title>\n<style>\n"
    "body{font:16px/1.55 Georgia,serif;max-width:46em;margin:2em auto;padding:0 1em;color:#222}\n"
    "article{border-bottom:1px solid #ccc;padding-bottom:1.5em;margin-bottom:2em}\n"
    ".key{font:12px monospace;color:#888}\n"
    "h1{font-size:1.6em;line-height:1.25}\n"
    ".dateline,.byline,.published,.gap,.rel-head{font:14px sans-serif;color:#666}\n"
    ".gap{color:#aaa;white-space:pre-wrap}\n"
    ".related{margin:.2em 0 .2em 1.2em;list-style:disc;display:list-item}\n"
    "mark{padding:0 .15em;border-radius:3px;background:#eee}\n"
    "mark::after{content:attr(data-label);font:bold 9px sans-serif;margin-left:.3em;"
    "vertical-align:middle;opacity:.7}\n"
    "mark[data-label=PERSON]{background:#aa9cfc}mark[data-label=OFFICE]{background:#ddd}\n"
    "mark[data-label=COUNTRY]{background:#feca74}mark[data-label=NORP]{background:#c887fb}\n"
    "mark[data-label=LOCATION]{background:#ff9561}mark[data-label=ORG]{background:#7aecec}\n"
    "mark[data-label=DATE],mark[data-label=TIME]{background:#bfe1d9}\n"
    "mark[data-label=DURATION],mark[data-label=SET]{background:#e4e7d2}\n"
    "mark[data-label=MONEY]{background:#e4e7d2}\n"
    ".relations{font:14px sans-serif;color:#444}\n"
    ".error{color:#a00;font-family:sans-serif}\n"
    "</style>\n</head>\n<body>\n";

/* Length of the valid UTF-8 sequence at s, or 0. */
static size_t valid_utf8(const unsigned char *s, size_t n) {
  int32_t cp;
  int l = nsp_utf8_decode(s, n, &cp);
  return l > 0 ? (size_t)l : 0;
}

/* n bytes as HTML text or attribute: & < > " ' escaped, invalid UTF-8 as
 * U+FFFD, control characters other than tab and LF as spaces. */
static int escape(nsp_buf *out, const char *s, size_t n) {
  const unsigned char *u = (const unsigned char *)s;
  size_t i = 0, run = 0;
  while (i < n) {
    unsigned char c = u[i];
    const char *rep;
    size_t l;
    if (c >= 0x80 && (l = valid_utf8(u + i, n - i)) > 0) {
      i += l;
      continue;
    }
    rep = c == '&'                                            ? "&amp;"
          : c == '<'                                          ? "&lt;"
          : c == '>'                                          ? "&gt;"
          : c == '"'                                          ? "&quot;"
          : c == '\''                                         ? "&#39;"
          : c >= 0x80                                         ? "\xEF\xBF\xBD"
          : (c < 0x20 && c != '\n' && c != '\t') || c == 0x7F ? " "
                                                              : NULL;
    if (!rep) {
      i++;
      continue;
    }
    if (nsp_buf_put(out, s + run, i - run) || nsp_buf_puts(out, rep))
      return -1;
    run = ++i;
  }
  return nsp_buf_put(out, s + run, n - run);
}

static int escape_str(nsp_buf *out, const char *s) { return escape(out, s, s ? strlen(s) : 0); }

/* A block of the document: a part, in original offsets. */
typedef struct block {
  size_t start, end;
  newsparse_part part;
  size_t index;
} block;

typedef struct page {
  nsp_buf *out;
  const newsparse_result *r;
  const char *text;
  size_t len;
  size_t n_entities, next_entity; /* entities are sorted by start */
  newsparse_span *spans;          /* of the entities, original offsets */
} page;

static int by_start(const void *a, const void *b) {
  const block *x = a, *y = b;
  return x->start < y->start ? -1 : x->start > y->start;
}

/* One entity's <mark>, its text as the input has it. */
static int put_mark(page *p, size_t i) {
  const char *value = NULL;
  int label = 0;
  newsparse_span s = p->spans[i];
  newsparse_result_entity(p->r, i, &label, &value, NULL);
  if (nsp_buf_puts(p->out, "<mark data-label=\"") ||
      escape_str(p->out, newsparse_label_name(label)) || nsp_buf_putc(p->out, '"'))
    return -1;
  if (value && (nsp_buf_puts(p->out, " data-value=\"") || escape_str(p->out, value) ||
                nsp_buf_puts(p->out, "\" title=\"") || escape_str(p->out, value) ||
                nsp_buf_putc(p->out, '"')))
    return -1;
  return (nsp_buf_putc(p->out, '>') || escape(p->out, p->text + s.start, s.end - s.start) ||
          nsp_buf_puts(p->out, "</mark>"))
             ? -1
             : 0;
}

/* Text [from, to) with its entities marked.  An entity that starts inside
 * and runs past `to` is written whole; returns where the writing stopped. */
static size_t put_marked(page *p, size_t from, size_t to, int *failed) {
  size_t at = from;
  while (p->next_entity < p->n_entities && p->spans[p->next_entity].start < to) {
    newsparse_span s = p->spans[p->next_entity];
    if (s.start < at) { /* written with the block before */
      p->next_entity++;
      continue;
    }
    if (escape(p->out, p->text + at, s.start - at) || put_mark(p, p->next_entity))
      *failed = 1;
    at = s.end;
    p->next_entity++;
  }
  if (at < to && escape(p->out, p->text + at, to - at))
    *failed = 1;
  return at > to ? at : to;
}

static int only_space(const char *s, size_t n) {
  size_t i;
  for (i = 0; i < n; i++)
    if (s[i] != ' ' && s[i] != '\n' && s[i] != '\t' && s[i] != '\r')
      return 0;
  return 1;
}

/* Text between blocks: dimmed, or nothing when it is white space. */
static size_t put_gap(page *p, size_t from, size_t to, int *failed) {
  if (from >= to || (only_space(p->text + from, to - from) &&
                     (p->next_entity >= p->n_entities || p->spans[p->next_entity].start >= to)))
    return from > to ? from : to;
  if (nsp_buf_puts(p->out, "<div class=\"gap\">"))
    *failed = 1;
  from = put_marked(p, from, to, failed);
  if (nsp_buf_puts(p->out, "</div>\n"))
    *failed = 1;
  return from;
}

static const char *open_tag(newsparse_part part) {
  switch (part) {
  case NEWSPARSE_PART_HEADLINE:
    return "<h1 class=\"headline\">";
  case NEWSPARSE_PART_DATELINE:
    return "<div class=\"dateline\">";
  case NEWSPARSE_PART_BYLINE:
    return "<div class=\"byline\">";
  case NEWSPARSE_PART_PUBLISHED:
    return "<div class=\"published\">";
  case NEWSPARSE_PART_RELATED:
    return "<div class=\"related\">";
  default:
    return "<p>";
  }
}

static const char *close_tag(newsparse_part part) {
  return part == NEWSPARSE_PART_HEADLINE    ? "</h1>\n"
         : part == NEWSPARSE_PART_PARAGRAPH ? "</p>\n"
                                            : "</div>\n";
}

/* A related item: its title as a link when it carries an http(s) URL. */
static size_t put_related(page *p, const block *b, size_t from, int *failed) {
  const char *url = NULL;
  int link;
  newsparse_result_related_url(p->r, b->index, &url);
  link = url && (strncmp(url, "http://", 7) == 0 || strncmp(url, "https://", 8) == 0);
  if (link && (nsp_buf_puts(p->out, "<a href=\"") || escape_str(p->out, url) ||
               nsp_buf_puts(p->out, "\">")))
    *failed = 1;
  from = put_marked(p, from, b->end, failed);
  if (link && nsp_buf_puts(p->out, "</a>"))
    *failed = 1;
  return from;
}

static int collect_blocks(const newsparse_result *r, block **out, size_t *n) {
  static const newsparse_part parts[] = {NEWSPARSE_PART_HEADLINE,  NEWSPARSE_PART_DATELINE,
                                         NEWSPARSE_PART_BYLINE,    NEWSPARSE_PART_PUBLISHED,
                                         NEWSPARSE_PART_PARAGRAPH, NEWSPARSE_PART_RELATED};
  size_t k, i, total = 0, m = 0;
  block *b;
  for (k = 0; k < sizeof parts / sizeof *parts; k++)
    total += newsparse_result_count(r, parts[k]);
  b = nsp_malloc(&r->doc.alc, (total ? total : 1) * sizeof *b);
  if (!b)
    return -1;
  for (k = 0; k < sizeof parts / sizeof *parts; k++)
    for (i = 0; i < newsparse_result_count(r, parts[k]); i++) {
      newsparse_span s;
      if (newsparse_result_span(r, parts[k], i, NEWSPARSE_TEXT_ORIGINAL, &s, NULL) == 0) {
        b[m].start = s.start;
        b[m].end = s.end;
        b[m].part = parts[k];
        b[m++].index = i;
      }
    }
  qsort(b, m, sizeof *b, by_start);
  *out = b;
  *n = m;
  return 0;
}

/* The body: blocks in text order, the text between them as gaps. */
static int put_body(page *p) {
  block *b = NULL;
  size_t n = 0, k, at = 0;
  int failed = 0;
  if (collect_blocks(p->r, &b, &n))
    return -1;
  for (k = 0; k < n && !failed; k++) {
    size_t from;
    at = put_gap(p, at, b[k].start, &failed);
    from = at > b[k].start ? at : b[k].start;
    if (from >= b[k].end && b[k].end > b[k].start)
      continue; /* swallowed by an entity that ran over */
    if (nsp_buf_puts(p->out, open_tag(b[k].part)))
      failed = 1;
    at = b[k].part == NEWSPARSE_PART_RELATED ? put_related(p, &b[k], from, &failed)
                                             : put_marked(p, from, b[k].end, &failed);
    if (nsp_buf_puts(p->out, close_tag(b[k].part)))
      failed = 1;
  }
  if (!failed)
    put_gap(p, at, p->len, &failed);
  nsp_free(&p->r->doc.alc, b);
  return failed ? -1 : 0;
}

/* Display text of entity i, for the relations list. */
static const char *entity_text(const newsparse_result *r, size_t i) {
  const char *d = NULL;
  if (i == NEWSPARSE_NONE ||
      newsparse_result_span(r, NEWSPARSE_PART_ENTITY, i, NEWSPARSE_TEXT_ORIGINAL, NULL, &d))
    return NULL;
  return d;
}

static int put_relations(nsp_buf *out, const newsparse_result *r) {
  size_t i, n = newsparse_result_count(r, NEWSPARSE_PART_RELATION);
  if (n == 0)
    return 0;
  if (nsp_buf_puts(out, "<ul class=\"relations\">\n"))
    return -1;
  for (i = 0; i < n; i++) {
    const char *type = NULL, *of;
    size_t person, office, whose;
    if (newsparse_result_relation(r, i, &type, &person, &office, &whose))
      return -1;
    of = entity_text(r, whose);
    if (nsp_buf_puts(out, "<li>") || escape_str(out, entity_text(r, person)) ||
        nsp_buf_puts(out, " <i>") || escape_str(out, type) || nsp_buf_puts(out, "</i> ") ||
        escape_str(out, entity_text(r, office)) ||
        (of && (nsp_buf_puts(out, " <i>of</i> ") || escape_str(out, of))) ||
        nsp_buf_puts(out, "</li>\n"))
      return -1;
  }
  return nsp_buf_puts(out, "</ul>\n");
}

static int html_doc(nsp_buf *out, const newsparse_result *r, const char *title) {
  page p;
  size_t i;
  int rc;
  memset(&p, 0, sizeof p);
  p.out = out;
  p.r = r;
  p.text = newsparse_result_text(r, NEWSPARSE_TEXT_ORIGINAL, &p.len);
  p.n_entities = newsparse_result_count(r, NEWSPARSE_PART_ENTITY);
  p.spans = nsp_malloc(&r->doc.alc, (p.n_entities ? p.n_entities : 1) * sizeof *p.spans);
  if (!p.spans)
    return -1;
  for (i = 0; i < p.n_entities; i++)
    newsparse_result_span(r, NEWSPARSE_PART_ENTITY, i, NEWSPARSE_TEXT_ORIGINAL, &p.spans[i], NULL);
  rc = nsp_buf_puts(out, "<article>\n") ||
       (title && (nsp_buf_puts(out, "<div class=\"key\">") || escape_str(out, title) ||
                  nsp_buf_puts(out, "</div>\n"))) ||
       put_body(&p) || put_relations(out, r) || nsp_buf_puts(out, "</article>\n");
  nsp_free(&r->doc.alc, p.spans);
  return rc ? -1 : 0;
}

size_t newsparse_result_to_html(const newsparse_result *r, unsigned flags, const char *title,
                                char *buf, size_t size) {
  newsparse_allocator libc;
  nsp_buf b;
  int failed;
  if ((flags & ~(unsigned)NEWSPARSE_HTML_PAGE) || (!buf && size) || (!r && !flags))
    return 0;
  nsp_allocator_init(&libc, NULL);
  /* written straight into the caller's buffer while it fits */
  nsp_buf_borrow(&b, r ? &r->doc.alc : &libc, buf, size);
  failed = ((flags & NEWSPARSE_HTML_PAGE_START) && nsp_buf_puts(&b, page_head)) ||
           (r && html_doc(&b, r, title)) ||
           ((flags & NEWSPARSE_HTML_PAGE_END) && nsp_buf_puts(&b, "</body>\n</html>\n"));
  if (failed || b.oom) {
    nsp_buf_free(&b);
    return 0;
  }
  return nsp_buf_finish_into(&b, buf, size);
}
