/*
 * batch.c - many texts in one call (the public newsparse_batch_*).
 *
 * In: an engine, texts with their options, and the JSON flags to render
 * each document with.  Out: one buffer holding every document's renderings
 * back to back, their offsets, and each text's status and error.
 *
 * For bindings that pay for every call into C: Python's ctypes releases
 * and takes back the GIL around each call, so a thread that parses one
 * document per call waits for the GIL several times per document.  A
 * batch is one call for many documents.  Its texts are parsed one after
 * the other into one result, which keeps its memory between documents, so
 * a batch allocates little after its first documents.
 */
#include "buf.h"
#include "engine.h"
#include "error.h"
#include "json.h"

#include <string.h>

struct newsparse_batch {
  newsparse_allocator alc; /* the engine's, copied: a batch outlives it */
  size_t count, renders;
  nsp_buf json;
  size_t *offsets;         /* count * renders + 1 */
  int *status;             /* per text */
  newsparse_error *errors; /* per text, made at the first failure */
};

/* Text i's error kept; the first failure makes the table. */
static int keep_error(newsparse_batch *b, size_t i, const newsparse_error *e) {
  if (!b->errors) {
    b->errors = nsp_malloc(&b->alc, b->count * sizeof *b->errors);
    if (!b->errors)
      return NEWSPARSE_ERR_NOMEM;
    memset(b->errors, 0, b->count * sizeof *b->errors);
  }
  b->errors[i] = *e;
  return NEWSPARSE_OK;
}

/* The renderings of the document in r, appended; offsets from *slot on. */
static int render(newsparse_batch *b, const newsparse_result *r, const unsigned *json_flags,
                  size_t *slot) {
  size_t k;
  for (k = 0; k < b->renders; k++) {
    if (nsp_json_write(r, json_flags[k], &b->json))
      return NEWSPARSE_ERR_NOMEM;
    b->offsets[++*slot] = b->json.len;
  }
  return NEWSPARSE_OK;
}

/* Each text parsed into one result and rendered; a text that fails gets
 * empty renderings and its error, and the batch goes on. */
static int parse_all(newsparse_batch *b, const newsparse_engine *engine, const char *const *texts,
                     const size_t *lengths, const newsparse_options *const *opts,
                     const unsigned *json_flags, newsparse_error *err) {
  newsparse_result *r;
  newsparse_error e;
  size_t i, k, slot = 0;
  int rc;
  if ((rc = newsparse_result_new(engine, &r, err)) != 0)
    return rc;
  for (i = 0; i < b->count; i++) {
    b->status[i] = newsparse_parse_into(engine, texts[i], lengths[i], opts ? opts[i] : NULL, r, &e);
    if (b->status[i] == NEWSPARSE_OK)
      rc = render(b, r, json_flags, &slot);
    else if ((rc = keep_error(b, i, &e)) == NEWSPARSE_OK)
      for (k = 0; k < b->renders; k++)
        b->offsets[++slot] = b->json.len;
    if (rc)
      break;
  }
  newsparse_result_free(r);
  return rc ? nsp_fail(err, rc, NULL) : NEWSPARSE_OK;
}

/* Arguments checked before anything is allocated. */
static int check(const newsparse_engine *engine, size_t count, const char *const *texts,
                 const size_t *lengths, const unsigned *json_flags, size_t renders,
                 newsparse_batch **out, newsparse_error *err) {
  size_t k;
  if (!out || !engine)
    return nsp_fail(err, NEWSPARSE_ERR_ARG, "%s must not be NULL", out ? "engine" : "out");
  if (count && (!texts || !lengths))
    return nsp_fail(err, NEWSPARSE_ERR_ARG, "texts and lengths must not be NULL");
  if (renders && !json_flags)
    return nsp_fail(err, NEWSPARSE_ERR_ARG, "json_flags must not be NULL");
  if (count > ((size_t)-1 / sizeof(newsparse_error)) / (renders + 1))
    return nsp_fail(err, NEWSPARSE_ERR_LIMIT, "too many texts in one batch");
  for (k = 0; k < renders; k++)
    if (json_flags[k] & ~(unsigned)NEWSPARSE_JSON_ALL)
      return nsp_fail(err, NEWSPARSE_ERR_ARG, "unknown JSON flag 0x%x",
                      json_flags[k] & ~(unsigned)NEWSPARSE_JSON_ALL);
  return NEWSPARSE_OK;
}

int newsparse_batch_parse(const newsparse_engine *engine, size_t count, const char *const *texts,
                          const size_t *lengths, const newsparse_options *const *opts,
                          const unsigned *json_flags, size_t renders, newsparse_batch **out,
                          newsparse_error *err) {
  newsparse_batch *b;
  int rc;
  nsp_error_clear(err);
  if ((rc = check(engine, count, texts, lengths, json_flags, renders, out, err)) != 0)
    return rc;
  *out = NULL;
  b = nsp_malloc(&engine->alc, sizeof *b);
  if (!b)
    return nsp_fail(err, NEWSPARSE_ERR_NOMEM, NULL);
  memset(b, 0, sizeof *b);
  b->alc = engine->alc;
  b->count = count;
  b->renders = renders;
  nsp_buf_init(&b->json, &b->alc);
  b->offsets = nsp_malloc(&b->alc, (count * renders + 1) * sizeof *b->offsets);
  b->status = nsp_malloc(&b->alc, (count + 1) * sizeof *b->status);
  if (!b->offsets || !b->status) {
    newsparse_batch_free(b);
    return nsp_fail(err, NEWSPARSE_ERR_NOMEM, NULL);
  }
  b->offsets[0] = 0;
  if ((rc = parse_all(b, engine, texts, lengths, opts, json_flags, err)) != 0) {
    newsparse_batch_free(b);
    return rc;
  }
  *out = b;
  return NEWSPARSE_OK;
}

const char *newsparse_batch_json(const newsparse_batch *b, const size_t **offsets, size_t *len) {
  if (offsets)
    *offsets = b ? b->offsets : NULL;
  if (len)
    *len = b ? b->json.len : 0;
  if (!b)
    return NULL;
  return b->json.data ? b->json.data : "";
}

size_t newsparse_batch_count(const newsparse_batch *b) { return b ? b->count : 0; }

int newsparse_batch_status(const newsparse_batch *b, size_t i, newsparse_error *err) {
  nsp_error_clear(err);
  if (!b || i >= b->count)
    return nsp_fail(err, NEWSPARSE_ERR_ARG, "no text %zu in this batch", i);
  if (b->status[i] != NEWSPARSE_OK && err)
    *err = b->errors[i];
  return b->status[i];
}

void newsparse_batch_free(newsparse_batch *b) {
  if (!b)
    return;
  nsp_buf_free(&b->json);
  nsp_free(&b->alc, b->offsets);
  nsp_free(&b->alc, b->status);
  nsp_free(&b->alc, b->errors);
  nsp_free(&b->alc, b);
}
