/* display.h - the display form of a span, and JSON strings (display.c). */
#ifndef NSP_DISPLAY_H
#define NSP_DISPLAY_H

#include "buf.h"
#include "span.h"

/* What a byte is to the display writer: 0 plain, 1 needs a JSON escape,
 * 2 may start white space, 3 white space that needs an escape. */
extern const unsigned char nsp_display_class[256];
/* Append the display text of span s of t (as a JSON string when json);
 * returns 1 when every byte gave one output byte (nothing escaped or
 * collapsed), so that a slice of it is the display of the slice. */
int nsp_display_write(nsp_buf *out, const char *t, nsp_span s, int json);
/* The display text in the arena, NUL-terminated; NULL when out of memory. */
const char *nsp_display(nsp_arena *arena, const char *t, nsp_span s);
/* s as a JSON string (quotes included), or its escaped body alone. */
int nsp_json_string(nsp_buf *out, const char *s, size_t n);
int nsp_json_string_body(nsp_buf *out, const char *s, size_t n);

#endif
