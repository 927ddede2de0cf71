/* json.h - the JSON writer (json.c). */
#ifndef NSP_JSON_H
#define NSP_JSON_H

#include "doc.h"

int nsp_json_write(const newsparse_result *r, unsigned flags, nsp_buf *out);

#endif
