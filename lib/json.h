/* json.h - the JSON writer (json.c). */
#ifndef NSP_JSON_H
#define NSP_JSON_H

#include "doc.h"

int nsp_json_write(const newsparse_result *r, unsigned flags, nsp_buf *out);
int nsp_json_string(nsp_buf *out, const char *s, size_t n);
int nsp_json_string_body(nsp_buf *out, const char *s, size_t n); /* no quotes */

#endif
