/* page.h - the article inside a whole web page's text (page.c), a step of
 * the structure stage. */
#ifndef NSP_PAGE_H
#define NSP_PAGE_H

#include "lines.h"
#include "structure.h"

#include <stddef.h>

/* What page.c decided for one line. */
enum { NSP_PAGE_BLANK = 0, NSP_PAGE_PROSE = 1, NSP_PAGE_FURNITURE = 2 };

typedef struct nsp_page {
  int is_page;        /* page furniture around a prose region: a whole page */
  size_t first, last; /* the article's lines [first, last], when is_page */
  unsigned char *role; /* NSP_PAGE_* per line (caller's buffer of n bytes) */
} nsp_page;

/* Decide whether the n lines of text are a whole page (menus, link lists
 * and footers around the article) and, when they are, which lines are the
 * article.  role must hold n bytes.  Linear in n. */
void nsp_page_find(const char *text, const nsp_line *ln, size_t n, nsp_page *page);

/* The line the article's headline search starts at: the longest title-like
 * line among the few right before the article's prose (page->first when
 * there is none). */
size_t nsp_page_headline(const char *text, const nsp_line *ln, const nsp_page *page);

/* Every non-blank line of the page outside the article's parts (headline,
 * byline, dateline, published line, paragraphs) goes to st->boilerplate:
 * "nav" before the article and menus after it, "other" for the rest.
 * article_start: the line the article's parts start at. */
int nsp_page_boilerplate(const char *text, const nsp_line *ln, size_t n, const nsp_page *page,
                         size_t article_start, nsp_structure *st);

#endif
