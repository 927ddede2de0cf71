/*
 * render.c - a parsed document as JSON (with its "id" or "file" first) or as
 * TSV/CSV rows, one per entity.
 *
 * In: a newsparse_result and the key that names it.  Out: bytes appended to
 * a strbuf.  The JSON itself comes from the library; this file only puts
 * the key in front and writes error objects of the same shape.
 */
#include "render.h"

#include <stdio.h>
#include <string.h>

/* The library's JSON of r into scratch, grown until it fits. */
static int library_json(const newsparse_result *r, unsigned flags, strbuf *scratch) {
  size_t need = newsparse_result_to_json(r, flags, scratch->p, scratch->cap);
  if (need == 0)
    return -1;
  if (need >= scratch->cap) {
    scratch->len = 0;
    if (sb_reserve(scratch, need))
      return -1;
    need = newsparse_result_to_json(r, flags, scratch->p, scratch->cap);
    if (need == 0 || need >= scratch->cap)
      return -1;
  }
  scratch->len = need;
  return 0;
}

/* "member": value, as the first member of an object. */
static int put_key(strbuf *out, const doc_key *key, int pretty) {
  if (sb_puts(out, pretty ? "{\n  \"" : "{\"") || sb_puts(out, key->member) ||
      sb_puts(out, pretty ? "\": " : "\":"))
    return -1;
  return key->json ? sb_put(out, key->json, key->json_len) : sb_puts(out, "null");
}

int render_json(strbuf *out, const newsparse_result *r, const doc_key *key, int pretty,
                strbuf *scratch) {
  const char *j;
  if (library_json(r, pretty ? NEWSPARSE_JSON_PRETTY : 0, scratch))
    return -1;
  j = scratch->p;
  if (!key)
    return sb_put(out, j, scratch->len);
  if (scratch->len < 3 || j[0] != '{')
    return -1;
  /* the key, then the library's members after its '{' */
  if (put_key(out, key, pretty) || sb_putc(out, ','))
    return -1;
  return sb_put(out, j + 1, scratch->len - 1);
}

int render_json_error(strbuf *out, const doc_key *key, size_t line, const char *code,
                      const char *message, int pretty) {
  const char *sep = pretty ? ",\n  " : ",";
  char num[32];
  if (key ? put_key(out, key, pretty) : sb_puts(out, pretty ? "{\n  " : "{"))
    return -1;
  if (line) {
    snprintf(num, sizeof num, "%zu", line);
    if (sb_puts(out, sep) || sb_puts(out, pretty ? "\"line\": " : "\"line\":") || sb_puts(out, num))
      return -1;
  }
  if ((key || line) && sb_puts(out, sep))
    return -1;
  if (sb_puts(out, pretty ? "\"error\": {\"code\": " : "\"error\":{\"code\":") ||
      sb_json_string(out, code, strlen(code)) ||
      sb_puts(out, pretty ? ", \"message\": " : ",\"message\":") ||
      sb_json_string(out, message, strlen(message)))
    return -1;
  return sb_puts(out, pretty ? "}\n}" : "}}");
}

/* ---- HTML ----------------------------------------------------------------- */

static int html_of(strbuf *out, const newsparse_result *r, unsigned flags, const char *title) {
  size_t room = out->cap > out->len ? out->cap - out->len : 0;
  size_t n = newsparse_result_to_html(r, flags, title, out->p ? out->p + out->len : NULL, room);
  if (n == 0)
    return -1;
  if (n >= room) {
    if (sb_reserve(out, n))
      return -1;
    if (newsparse_result_to_html(r, flags, title, out->p + out->len, n + 1) != n)
      return -1;
  }
  out->len += n;
  return 0;
}

int render_html_head(strbuf *out) { return html_of(out, NULL, NEWSPARSE_HTML_PAGE_START, NULL); }
int render_html_tail(strbuf *out) { return html_of(out, NULL, NEWSPARSE_HTML_PAGE_END, NULL); }
int render_html_doc(strbuf *out, const newsparse_result *r, const char *title) {
  return html_of(out, r, 0, title);
}

/* An error in place of a document: its key, code and message, escaped. */
int render_html_error(strbuf *out, const char *title, const char *code, const char *message) {
  const char *parts[] = {"<article>\n<div class=\"key\">",
                         title,
                         "</div>\n<p class=\"error\">",
                         code,
                         ": ",
                         message,
                         "</p>\n</article>\n"};
  size_t k;
  for (k = 0; k < sizeof parts / sizeof *parts; k++) {
    const char *s = parts[k];
    if (k % 2 == 0) { /* markup */
      if (sb_puts(out, s))
        return -1;
      continue;
    }
    for (; *s; s++) { /* text: the five characters HTML gives meaning to */
      const char *e = *s == '&'    ? "&amp;"
                      : *s == '<'  ? "&lt;"
                      : *s == '>'  ? "&gt;"
                      : *s == '"'  ? "&quot;"
                      : *s == '\'' ? "&#39;"
                                   : NULL;
      if (e ? sb_puts(out, e) : sb_putc(out, *s))
        return -1;
    }
  }
  return 0;
}

/* ---- TSV and CSV ---------------------------------------------------------- */

/* A TSV field: tab, newline, CR and backslash escaped as \t \n \r \\. */
static int tsv_field(strbuf *out, const char *s) {
  size_t i, run = 0;
  for (i = 0; s[i]; i++) {
    const char *esc = s[i] == '\t'   ? "\\t"
                      : s[i] == '\n' ? "\\n"
                      : s[i] == '\r' ? "\\r"
                      : s[i] == '\\' ? "\\\\"
                                     : NULL;
    if (!esc)
      continue;
    if (sb_put(out, s + run, i - run) || sb_puts(out, esc))
      return -1;
    run = i + 1;
  }
  return sb_put(out, s + run, i - run);
}

/* A CSV field (RFC 4180): quoted when it holds a comma, quote, CR or LF,
 * or starts or ends with a space; quotes doubled. */
static int csv_field(strbuf *out, const char *s) {
  size_t i, n = strlen(s), run = 0;
  if (!strpbrk(s, ",\"\r\n") && !(n && (s[0] == ' ' || s[n - 1] == ' ')))
    return sb_put(out, s, n);
  if (sb_putc(out, '"'))
    return -1;
  for (i = 0; i < n; i++) {
    if (s[i] != '"')
      continue;
    if (sb_put(out, s + run, i + 1 - run) || sb_putc(out, '"'))
      return -1;
    run = i + 1;
  }
  return (sb_put(out, s + run, n - run) || sb_putc(out, '"')) ? -1 : 0;
}

static int put_row(strbuf *out, out_format f, const char *const *fields, size_t n) {
  size_t k;
  for (k = 0; k < n; k++) {
    if (k && sb_putc(out, f == FORMAT_CSV ? ',' : '\t'))
      return -1;
    if ((f == FORMAT_CSV ? csv_field : tsv_field)(out, fields[k] ? fields[k] : ""))
      return -1;
  }
  return sb_puts(out, f == FORMAT_CSV ? "\r\n" : "\n");
}

int render_rows_header(strbuf *out, out_format f, const char *key_column) {
  const char *const head[] = {key_column, "label", "start", "end", "text", "value", "rule"};
  return put_row(out, f, head, sizeof head / sizeof *head);
}

int render_rows(strbuf *out, const newsparse_result *r, out_format f, const char *key) {
  size_t i, n = newsparse_result_count(r, NEWSPARSE_PART_ENTITY);
  for (i = 0; i < n; i++) {
    newsparse_span sp;
    const char *text = NULL, *value = NULL, *rule = NULL, *fields[7];
    char start[32], end[32];
    int label = 0;
    if (newsparse_result_span(r, NEWSPARSE_PART_ENTITY, i, NEWSPARSE_TEXT_ORIGINAL, &sp, &text) ||
        newsparse_result_entity(r, i, &label, &value, &rule))
      return -1;
    snprintf(start, sizeof start, "%zu", sp.start);
    snprintf(end, sizeof end, "%zu", sp.end);
    fields[0] = key;
    fields[1] = newsparse_label_name(label);
    fields[2] = start;
    fields[3] = end;
    fields[4] = text;
    fields[5] = value;
    fields[6] = rule;
    if (put_row(out, f, fields, 7))
      return -1;
  }
  return 0;
}
