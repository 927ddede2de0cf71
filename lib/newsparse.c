/*
 * newsparse.c - the API glue: version, options, parse orchestration and
 * result accessors.
 *
 * In: an engine, raw text and options.  Out: a result that owns a copy of
 * the input, the normalised text, the offset map, the structure, tokens
 * and entities.  newsparse_parse runs the stages in order:
 * input -> structure -> tokens -> tagger -> names -> resolve; JSON comes on demand.
 */
#include "calendar.h"
#include "display.h"
#include "engine.h"
#include "format.h"
#include "input.h"
#include "json.h"
#include "names.h"
#include "resolve.h"
#include "tagger.h"
#include "utf8.h"
#include "values.h"

#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>
#include <utf8proc.h>

unsigned newsparse_version(void) { return NEWSPARSE_VERSION; }
const char *newsparse_version_string(void) { return NEWSPARSE_VERSION_STRING; }
const char *newsparse_unicode_version(void) { return utf8proc_unicode_version(); }

void newsparse_options_init(newsparse_options *o) {
  if (!o)
    return;
  memset(o, 0, sizeof *o);
  o->size = sizeof *o;
  o->max_bytes = NEWSPARSE_DEFAULT_MAX_BYTES;
}

void newsparse_result_free(newsparse_result *r) {
  newsparse_allocator a;
  if (!r)
    return;
  a = r->pool.backing;
  nsp_doc_free(&r->doc);
  nsp_pool_trim(&r->pool);
  nsp_free(&a, r);
}

static void set_dct_text(nsp_doc *d) {
  if (!d->dct_value[0]) /* a dateline's date: its value is the date */
    nsp_date_value(d->dct_value, sizeof d->dct_value, d->dct.year, d->dct.month, d->dct.day, NULL);
  nsp_date_value(d->dct_text, sizeof d->dct_text, d->dct.year, d->dct.month, d->dct.day, NULL);
}

/* Without a reference date from the caller: the published line's date (with
 * its year), else the dateline's (year 0 keeps XXXX in values). */
static void reference_from_structure(nsp_doc *d) {
  const nsp_published *p = &d->st.published_at;
  if (d->st.has_published)
    nsp_published_value(p, d->published_value, sizeof d->published_value);
  if (d->has_dct)
    return;
  if (d->st.has_published && p->date.month && p->date.year) {
    d->dct = p->date;
    d->dct.tense = 0;
    d->dct_source = "published";
    nsp_format(d->dct_value, sizeof d->dct_value, "%s", d->published_value);
    d->has_dct = 1;
  } else if (d->st.dateline_date.month) {
    d->dct = d->st.dateline_date;
    d->dct_source = "dateline";
    d->has_dct = 1;
  }
}

/* The options to use: opts checked, or the defaults. */
static int read_options(const newsparse_options *opts, size_t len, newsparse_options *o,
                        newsparse_error *err) {
  newsparse_options_init(o);
  if (opts) {
    /* size lets a caller built against an older, shorter struct work */
    if (opts->size < offsetof(newsparse_options, max_bytes))
      return nsp_fail(err, NEWSPARSE_ERR_ARG,
                      "options.size is not set: call newsparse_options_init");
    memcpy(o, opts, opts->size < sizeof *o ? opts->size : sizeof *o);
    o->size = sizeof *o;
    if (!o->max_bytes)
      o->max_bytes = NEWSPARSE_DEFAULT_MAX_BYTES;
  }
  if (o->flags & ~(unsigned)NEWSPARSE_OPT_ALL)
    return nsp_fail(err, NEWSPARSE_ERR_ARG, "unknown option flag 0x%x",
                    o->flags & ~(unsigned)NEWSPARSE_OPT_ALL);
  if (len > o->max_bytes)
    return nsp_fail(err, NEWSPARSE_ERR_LIMIT, "input of %zu bytes exceeds the limit of %zu bytes",
                    len, o->max_bytes);
  return NEWSPARSE_OK;
}

/* A warning with a formatted message, kept in the document's arena. */
NSP_PRINTF(3, 4)
static int add_warning(nsp_doc *d, const char *code, const char *fmt, ...) {
  nsp_warning w;
  char msg[200];
  va_list ap;
  int n;
  va_start(ap, fmt);
  n = vsnprintf(msg, sizeof msg, fmt, ap);
  va_end(ap);
  w.code = code;
  w.message = nsp_arena_strndup(&d->arena, msg, n > 0 && (size_t)n < sizeof msg ? (size_t)n : 0);
  if (!w.message)
    return NEWSPARSE_ERR_NOMEM;
  return NSP_VEC_PUSH(&d->warnings, nsp_warning, w);
}

/* Input no text has: more than one byte in four a control character or not
 * UTF-8 (an executable, an image, UTF-16), in at least 32 bytes.  Text in a
 * legacy encoding (Latin-1, cp1252) stays far below that and is repaired.
 * Such input is reported and not looked at for structure or entities,
 * which it cannot hold. */
#define NSP_BINARY_SHARE 4
#define NSP_BINARY_MIN 32

/* Warnings about the input: repaired bytes, and input that is not text.
 * Sets *binary. */
static int input_warnings(nsp_doc *d, const nsp_input_stats *st, int *binary) {
  size_t odd = st->repaired + st->controls + st->fffd;
  int rc = NEWSPARSE_OK;
  *binary = d->orig_len >= NSP_BINARY_MIN && odd * NSP_BINARY_SHARE > d->orig_len;
  if (st->repaired)
    rc = add_warning(d, "repaired-utf8",
                     "%zu invalid UTF-8 bytes were replaced by U+FFFD (of %zu bytes)", st->repaired,
                     d->orig_len);
  if (!rc && *binary)
    rc = add_warning(d, "binary-input",
                     "%zu of %zu bytes are control characters or not UTF-8: not text, so no "
                     "structure or entities were looked for",
                     odd, d->orig_len);
  return rc;
}

/* The lexicon roles of a lower-cased word in the engine's phrase tables
 * (for the structure stage, which runs before the tokens and the tagger
 * and reads words of a few short lines only). */
static uint32_t engine_word_roles(const void *ctx, const char *lkey, size_t n) {
  const newsparse_engine *e = (const newsparse_engine *)ctx;
  uint32_t roles = 0, head;
  size_t k;
  for (k = 0; k < e->n_gazs; k++)
    roles |= (uint32_t)nsp_gaz_find(e->gazs[k], lkey, n, &head) >> NSP_GAZ_CUE_SHIFT;
  return roles;
}

/* Run the stages over text into the empty document d. */
static int parse_doc(const newsparse_engine *engine, const char *text, size_t len,
                     const newsparse_options *o, nsp_doc *d, newsparse_error *err) {
  nsp_input_stats stats;
  nsp_word_roles roles;
  int rc, binary;
  d->opts = o->flags;
  if (o->dct) {
    if (!nsp_parse_iso_date(o->dct, strlen(o->dct), &d->dct))
      return nsp_fail(err, NEWSPARSE_ERR_DATE,
                      "reference date '%.40s' is not YYYY-MM-DD[Thh:mm[:ss]]", o->dct);
    d->has_dct = 1;
    d->dct_source = o->dct_source ? o->dct_source : "option";
    nsp_format(d->dct_value, sizeof d->dct_value, "%.31s", o->dct);
  }
  d->orig = nsp_arena_strndup(&d->arena, text ? text : "", len);
  d->orig_len = len;
  if (!d->orig)
    return nsp_fail(err, NEWSPARSE_ERR_NOMEM, NULL);
  rc = nsp_normalize(&d->alc, d->orig, len, o->flags, &d->norm, &d->map, &stats, err);
  if (rc)
    return rc;
  if ((rc = input_warnings(d, &stats, &binary)) != 0)
    return nsp_fail(err, rc, NULL);
  if (binary) {
    if (d->has_dct)
      set_dct_text(d);
    return NEWSPARSE_OK;
  }
  roles.of = engine_word_roles;
  roles.ctx = engine;
  rc = nsp_structure_find(d->norm.data, d->norm.len,
                          (o->flags & NEWSPARSE_OPT_NO_RELATED ? 0u : NSP_FIND_RELATED) |
                              (o->flags & NEWSPARSE_OPT_NO_BOILERPLATE ? 0u : NSP_FIND_BOILERPLATE),
                          &roles, &d->st);
  if (!rc)
    reference_from_structure(d);
  if (!rc && !(o->flags & NEWSPARSE_OPT_NO_ENTITIES)) {
    rc = nsp_tokenize(d->norm.data, d->norm.len, &d->st, o->flags, &d->tokens);
    if (!rc)
      rc = nsp_tag(engine, d, o->match_limit, o->depth_limit);
    d->evidence = (const struct nsp_rule *const *)engine->evidence; /* the name stage's */
    d->n_evidence = engine->n_evidence;
    if (!rc)
      rc = nsp_names(d);
    if (!rc)
      rc = nsp_resolve(d);
  }
  if (d->has_dct)
    set_dct_text(d);
  return rc ? nsp_fail(err, rc, NULL) : NEWSPARSE_OK;
}

int newsparse_result_new(const newsparse_engine *engine, newsparse_result **out,
                         newsparse_error *err) {
  newsparse_result *r;
  nsp_error_clear(err);
  if (!out)
    return nsp_fail(err, NEWSPARSE_ERR_ARG, "out must not be NULL");
  *out = NULL;
  if (!engine)
    return nsp_fail(err, NEWSPARSE_ERR_ARG, "engine must not be NULL");
  r = nsp_malloc(&engine->alc, sizeof *r);
  if (!r)
    return nsp_fail(err, NEWSPARSE_ERR_NOMEM, NULL);
  nsp_pool_init(&r->pool, &engine->alc);
  nsp_doc_init(&r->doc, &r->pool.alc);
  *out = r;
  return NEWSPARSE_OK;
}

/* A new result parsed into once: the same checks and stages. */
int newsparse_parse(const newsparse_engine *engine, const char *text, size_t len,
                    const newsparse_options *opts, newsparse_result **out, newsparse_error *err) {
  newsparse_result *r;
  int rc;
  if (!out) {
    nsp_error_clear(err);
    return nsp_fail(err, NEWSPARSE_ERR_ARG, "out must not be NULL");
  }
  if ((rc = newsparse_result_new(engine, out, err)) != 0)
    return rc;
  r = *out;
  *out = NULL;
  if ((rc = newsparse_parse_into(engine, text, len, opts, r, err)) != 0) {
    newsparse_result_free(r);
    return rc;
  }
  /* a result that is kept holds its document, not its stages' scratch */
  nsp_pool_trim(&r->pool);
  *out = r;
  return NEWSPARSE_OK;
}

/* The result's document given back to its pool, the result empty. */
static void empty(newsparse_result *r) {
  nsp_doc_free(&r->doc);
  nsp_doc_init(&r->doc, &r->pool.alc);
}

int newsparse_parse_into(const newsparse_engine *engine, const char *text, size_t len,
                         const newsparse_options *opts, newsparse_result *result,
                         newsparse_error *err) {
  newsparse_options o;
  int rc;
  nsp_error_clear(err);
  if (!result)
    return nsp_fail(err, NEWSPARSE_ERR_ARG, "result must not be NULL");
  /* the last document goes first, its blocks back to the pool: on any
   * error below the result is left empty */
  empty(result);
  if (!engine)
    return nsp_fail(err, NEWSPARSE_ERR_ARG, "engine must not be NULL");
  if (!text && len)
    return nsp_fail(err, NEWSPARSE_ERR_ARG, "text is NULL but len is not 0");
  if ((rc = read_options(opts, len, &o, err)) != 0)
    return rc;
  if ((rc = parse_doc(engine, text, len, &o, &result->doc, err)) != 0)
    empty(result);
  return rc;
}

/* ---- accessors ------------------------------------------------------------ */

const char *newsparse_result_text(const newsparse_result *r, newsparse_text which, size_t *len) {
  if (!r) {
    if (len)
      *len = 0;
    return NULL;
  }
  if (which == NEWSPARSE_TEXT_ORIGINAL) {
    if (len)
      *len = r->doc.orig_len;
    return r->doc.orig;
  }
  if (len)
    *len = r->doc.norm.len;
  return r->doc.norm.data ? r->doc.norm.data : "";
}

size_t newsparse_result_count(const newsparse_result *r, newsparse_part part) {
  const nsp_doc *d;
  if (!r)
    return 0;
  d = &r->doc;
  switch (part) {
  case NEWSPARSE_PART_HEADLINE:
    return (size_t)d->st.has_headline;
  case NEWSPARSE_PART_DATELINE:
    return (size_t)d->st.has_dateline;
  case NEWSPARSE_PART_BYLINE:
    return (size_t)d->st.has_byline;
  case NEWSPARSE_PART_PUBLISHED:
    return (size_t)d->st.has_published;
  case NEWSPARSE_PART_BOILERPLATE:
    return NSP_VEC_LEN(&d->st.boilerplate, nsp_boilerplate);
  case NEWSPARSE_PART_PARAGRAPH:
    return NSP_VEC_LEN(&d->st.paragraphs, nsp_para);
  case NEWSPARSE_PART_SENTENCE:
    return NSP_VEC_LEN(&d->st.sentences, nsp_span);
  case NEWSPARSE_PART_RELATED:
    return NSP_VEC_LEN(&d->st.related, nsp_related);
  case NEWSPARSE_PART_ENTITY:
    return NSP_VEC_LEN(&d->entities, nsp_entity);
  case NEWSPARSE_PART_RELATION:
    return NSP_VEC_LEN(&d->relations, nsp_relation);
  case NEWSPARSE_PART_WARNING:
    return NSP_VEC_LEN(&d->warnings, nsp_warning);
  }
  return 0;
}

static int part_span(const nsp_doc *d, newsparse_part part, size_t i, nsp_span *s) {
  switch (part) {
  case NEWSPARSE_PART_HEADLINE:
    *s = d->st.headline;
    return 1;
  case NEWSPARSE_PART_DATELINE:
    *s = d->st.dateline;
    return 1;
  case NEWSPARSE_PART_BYLINE:
    *s = d->st.byline;
    return 1;
  case NEWSPARSE_PART_PUBLISHED:
    *s = d->st.published;
    return 1;
  case NEWSPARSE_PART_BOILERPLATE:
    *s = NSP_VEC_AT(&d->st.boilerplate, nsp_boilerplate, i).span;
    return 1;
  case NEWSPARSE_PART_PARAGRAPH:
    *s = NSP_VEC_AT(&d->st.paragraphs, nsp_para, i).span;
    return 1;
  case NEWSPARSE_PART_SENTENCE:
    *s = NSP_VEC_AT(&d->st.sentences, nsp_span, i);
    return 1;
  case NEWSPARSE_PART_RELATED:
    *s = NSP_VEC_AT(&d->st.related, nsp_related, i).span;
    return 1;
  case NEWSPARSE_PART_ENTITY:
    *s = NSP_VEC_AT(&d->entities, nsp_entity, i).span;
    return 1;
  default:
    return 0;
  }
}

int newsparse_result_span(const newsparse_result *r, newsparse_part part, size_t i,
                          newsparse_text which, newsparse_span *out, const char **display) {
  nsp_span s;
  nsp_doc *d;
  if (!r || i >= newsparse_result_count(r, part) ||
      (which != NEWSPARSE_TEXT_NORMALIZED && which != NEWSPARSE_TEXT_ORIGINAL))
    return NEWSPARSE_ERR_ARG;
  d = (nsp_doc *)&r->doc; /* display strings go to the result's arena */
  if (!part_span(d, part, i, &s))
    return NEWSPARSE_ERR_ARG;
  if (out) {
    if (which == NEWSPARSE_TEXT_ORIGINAL) {
      out->start = nsp_offmap_start(&d->map, s.start);
      out->end = s.end > s.start ? nsp_offmap_end(&d->map, s.end) : out->start;
    } else {
      out->start = s.start;
      out->end = s.end;
    }
  }
  if (display && !(*display = nsp_display(&d->arena, d->norm.data, s)))
    return NEWSPARSE_ERR_NOMEM;
  return NEWSPARSE_OK;
}

int newsparse_result_paragraph_sentences(const newsparse_result *r, size_t i, size_t *first,
                                         size_t *count) {
  const nsp_para *p;
  if (!r || i >= newsparse_result_count(r, NEWSPARSE_PART_PARAGRAPH))
    return NEWSPARSE_ERR_ARG;
  p = &NSP_VEC_AT(&r->doc.st.paragraphs, nsp_para, i);
  if (first)
    *first = p->first_sentence;
  if (count)
    *count = p->n_sentences;
  return NEWSPARSE_OK;
}

int newsparse_result_related_url(const newsparse_result *r, size_t i, const char **url) {
  const nsp_related *rl;
  nsp_doc *d;
  if (!r || i >= newsparse_result_count(r, NEWSPARSE_PART_RELATED))
    return NEWSPARSE_ERR_ARG;
  d = (nsp_doc *)&r->doc;
  rl = &NSP_VEC_AT(&d->st.related, nsp_related, i);
  if (url) {
    *url = NULL;
    if (rl->url.end > rl->url.start &&
        !(*url = nsp_arena_strndup(&d->arena, d->norm.data + rl->url.start,
                                   rl->url.end - rl->url.start)))
      return NEWSPARSE_ERR_NOMEM;
  }
  return NEWSPARSE_OK;
}

int newsparse_result_entity(const newsparse_result *r, size_t i, int *label, const char **value,
                            const char **rule) {
  const nsp_entity *e;
  if (!r || i >= newsparse_result_count(r, NEWSPARSE_PART_ENTITY))
    return NEWSPARSE_ERR_ARG;
  e = &NSP_VEC_AT(&r->doc.entities, nsp_entity, i);
  if (label)
    *label = e->label;
  if (value)
    *value = e->value;
  if (rule)
    *rule = e->rule;
  return NEWSPARSE_OK;
}

int newsparse_result_relation(const newsparse_result *r, size_t i, const char **type,
                              size_t *person, size_t *office, size_t *of) {
  const nsp_relation *rl;
  if (!r || i >= newsparse_result_count(r, NEWSPARSE_PART_RELATION))
    return NEWSPARSE_ERR_ARG;
  rl = &NSP_VEC_AT(&r->doc.relations, nsp_relation, i);
  if (type)
    *type = "holds_office";
  if (person)
    *person = rl->person;
  if (office)
    *office = rl->office;
  if (of)
    *of = rl->of;
  return NEWSPARSE_OK;
}

int newsparse_result_warning(const newsparse_result *r, size_t i, const char **code,
                             const char **message) {
  const nsp_warning *w;
  if (!r || i >= newsparse_result_count(r, NEWSPARSE_PART_WARNING))
    return NEWSPARSE_ERR_ARG;
  w = &NSP_VEC_AT(&r->doc.warnings, nsp_warning, i);
  if (code)
    *code = w->code;
  if (message)
    *message = w->message;
  return NEWSPARSE_OK;
}

const char *newsparse_result_dct(const newsparse_result *r) {
  return r && r->doc.has_dct ? r->doc.dct_text : NULL;
}

const char *newsparse_result_dct_source(const newsparse_result *r) {
  return r && r->doc.has_dct ? r->doc.dct_source : NULL;
}

const char *newsparse_result_boilerplate_kind(const newsparse_result *r, size_t i) {
  if (!r || i >= NSP_VEC_LEN(&r->doc.st.boilerplate, nsp_boilerplate))
    return NULL;
  return NSP_VEC_AT(&r->doc.st.boilerplate, nsp_boilerplate, i).kind;
}

const char *newsparse_result_published(const newsparse_result *r) {
  return r && r->doc.st.has_published && r->doc.published_value[0] ? r->doc.published_value : NULL;
}

size_t newsparse_result_to_json(const newsparse_result *r, unsigned flags, char *buf, size_t size) {
  nsp_buf b;
  if (!r || (flags & ~(unsigned)NEWSPARSE_JSON_ALL) || (!buf && size))
    return 0;
  /* written straight into the caller's buffer while it fits */
  nsp_buf_borrow(&b, &r->doc.alc, buf, size);
  if (nsp_json_write(r, flags, &b)) {
    nsp_buf_free(&b);
    return 0;
  }
  return nsp_buf_finish_into(&b, buf, size);
}
