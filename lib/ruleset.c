/*
 * ruleset.c - the rule-set API.
 *
 * In: rule files, rule texts and the built-in rules.  Out: a newsparse_rules
 * set (rules.c parses each text into it), its counts and loader warnings.
 */
#include "error.h"
#include "gazetteer.h"
#include "rules.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>

extern const char *const nsp_builtin_rules;
extern const size_t nsp_builtin_rules_len;

int newsparse_rules_add_file(newsparse_rules *set, const char *path, newsparse_error *err) {
  FILE *f;
  nsp_buf b;
  char chunk[65536];
  size_t n;
  int rc;
  nsp_error_clear(err);
  if (!set || !path)
    return nsp_fail(err, NEWSPARSE_ERR_ARG, "rules and path must not be NULL");
  f = fopen(path, "rb");
  if (!f)
    return nsp_fail(err, NEWSPARSE_ERR_IO, "%s: %s", path, strerror(errno));
  nsp_buf_init(&b, &set->alc);
  while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
    if (nsp_buf_put(&b, chunk, n))
      break;
  if (ferror(f) || b.oom) {
    int oom = b.oom;
    fclose(f);
    nsp_buf_free(&b);
    return oom ? nsp_fail(err, NEWSPARSE_ERR_NOMEM, NULL)
               : nsp_fail(err, NEWSPARSE_ERR_IO, "%s: read error", path);
  }
  fclose(f);
  rc = newsparse_rules_add_text(set, path, b.data ? b.data : "", b.len, err);
  nsp_buf_free(&b);
  return rc;
}

int newsparse_rules_new(unsigned flags, const newsparse_allocator *alc, newsparse_rules **out,
                        newsparse_error *err) {
  newsparse_allocator a;
  newsparse_rules *set;
  int rc;
  nsp_error_clear(err);
  if (!out || (flags & ~NEWSPARSE_RULES_NO_BUILTIN))
    return nsp_fail(err, NEWSPARSE_ERR_ARG, "out must not be NULL; unknown flag");
  *out = NULL;
  nsp_allocator_init(&a, alc);
  set = nsp_malloc(&a, sizeof *set);
  if (!set)
    return nsp_fail(err, NEWSPARSE_ERR_NOMEM, NULL);
  memset(set, 0, sizeof *set);
  set->alc = a;
  nsp_buf_init(&set->rules, &set->alc);
  nsp_buf_init(&set->gazs, &set->alc);
  nsp_buf_init(&set->warnings, &set->alc);
  set->strings.alc = &set->alc;
  if (!(flags & NEWSPARSE_RULES_NO_BUILTIN)) {
    rc = nsp_rules_add_text(set, "<builtin>", nsp_builtin_rules, nsp_builtin_rules_len,
                            nsp_builtin_image, err);
    if (rc) {
      newsparse_rules_free(set);
      return rc;
    }
  }
  *out = set;
  return NEWSPARSE_OK;
}

size_t newsparse_rules_count(const newsparse_rules *set) {
  return set ? NSP_VEC_LEN(&set->rules, nsp_rule) : 0;
}

size_t newsparse_rules_warning_count(const newsparse_rules *set) {
  return set ? NSP_VEC_LEN(&set->warnings, const char *) : 0;
}

const char *newsparse_rules_warning(const newsparse_rules *set, size_t i) {
  if (!set || i >= newsparse_rules_warning_count(set))
    return NULL;
  return NSP_VEC_AT(&set->warnings, const char *, i);
}

void newsparse_rules_free(newsparse_rules *set) {
  newsparse_allocator a;
  if (!set)
    return;
  a = set->alc;
  nsp_rule_codes_free(&set->rules);
  nsp_buf_free(&set->rules);
  {
    size_t k;
    for (k = 0; k < NSP_VEC_LEN(&set->gazs, nsp_gazetteer *); k++)
      nsp_gaz_free(NSP_VEC_AT(&set->gazs, nsp_gazetteer *, k));
  }
  nsp_buf_free(&set->gazs);
  nsp_buf_free(&set->warnings);
  nsp_arena_release(&set->strings);
  nsp_free(&a, set);
}
