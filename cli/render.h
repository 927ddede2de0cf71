/* render.h - one document (or error) in each output format (render.c,
 * html.c).  Everything appends to a strbuf; 0 on success, -1 when out of
 * memory. */
#ifndef NSP_CLI_RENDER_H
#define NSP_CLI_RENDER_H

#include "newsparse.h"
#include "options.h"
#include "strbuf.h"

/* What names a document in the output: "file" with a name, or "id" with
 * the record's id as JSON text (NULL: null). */
typedef struct doc_key {
  const char *member; /* "file" or "id" */
  const char *json;   /* the key's value as JSON text */
  size_t json_len;
  const char *text; /* the key as plain text, for TSV/CSV and HTML */
} doc_key;

/* The document object with the key as its first member; pretty or one
 * line.  `scratch` is reused from call to call. */
int render_json(strbuf *out, const newsparse_result *r, const doc_key *key, int pretty,
                strbuf *scratch);
/* {key, "line": N (when line > 0), "error": {"code", "message"}}. */
int render_json_error(strbuf *out, const doc_key *key, size_t line, const char *code,
                      const char *message, int pretty);

/* TSV or CSV: the header row, and one row per entity. */
int render_rows_header(strbuf *out, out_format f, const char *key_column);
int render_rows(strbuf *out, const newsparse_result *r, out_format f, const char *key);

/* HTML (the library's newsparse_result_to_html): the page's head, one
 * document, an error, the page's end. */
int render_html_head(strbuf *out);
int render_html_doc(strbuf *out, const newsparse_result *r, const char *title);
int render_html_error(strbuf *out, const char *title, const char *code, const char *message);
int render_html_tail(strbuf *out);

#endif
