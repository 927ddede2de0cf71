/* page.h - the article inside a whole web page's text (page.c), a step of
 * the structure stage. */
#ifndef NSP_PAGE_H
#define NSP_PAGE_H

#include "buf.h"
#include "lines.h"
#include "structure.h"

#include <stddef.h>

/* What page.c decided for one line. */
enum { NSP_PAGE_BLANK = 0, NSP_PAGE_PROSE = 1, NSP_PAGE_FURNITURE = 2 };
/* A line of any web copy that is no text (webcopy.c), set by the caller. */
enum { NSP_PAGE_WEB = 5 };

typedef struct nsp_page {
  int is_page;         /* page furniture around a prose region: a whole page */
  size_t first, last;  /* the article's lines [first, last], when is_page */
  unsigned char *role; /* NSP_PAGE_* per line (caller's buffer of n bytes);
                        * not a page: NSP_PAGE_PROSE for every non-blank line */
} nsp_page;

/* Decide whether the n lines of text are a whole page (menus, link lists
 * and footers around the article) and, when they are, which lines are the
 * article.  role must hold n bytes.  Linear in n. */
void nsp_page_find(const char *text, const nsp_line *ln, size_t n, nsp_page *page);

/* Both steps over the n lines: whether the text is a whole page (page),
 * and the kinds of a web copy's own lines (*kinds, from webcopy.c; their
 * role NSP_PAGE_WEB).  scratch holds both arrays.  1 when some line is
 * furniture or web-copy boilerplate (page->role then applies), 0 when
 * none, -1 out of memory. */
int nsp_page_furniture(const char *text, const nsp_line *ln, size_t n, const nsp_word_roles *roles,
                       nsp_buf *scratch, nsp_page *page, const char ***kinds);

/* The line the article's headline search starts at: the longest title-like
 * line among the few right before the article's prose (page->first when
 * there is none). */
size_t nsp_page_headline(const char *text, const nsp_line *ln, const nsp_page *page);

/* The boilerplate lines into st->boilerplate: in a whole page every
 * non-blank line outside the article's parts (headline, byline, dateline,
 * published line, paragraphs), "nav" before the article and menus after
 * it, "other" for the rest; in any text the lines kinds[] names (share
 * buttons, credits: webcopy.c), with that kind.  article_start: the line
 * the article's parts start at. */
int nsp_page_boilerplate(const char *text, const nsp_line *ln, size_t n, const nsp_page *page,
                         const char *const *kinds, size_t article_start, nsp_structure *st);

#endif
