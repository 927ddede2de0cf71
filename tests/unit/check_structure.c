/*
 * check_structure.c - headline, dateline, byline, paragraphs and related
 * lists on layouts written for these tests.
 */
#include "testutil.h"

#include "lines.h"

static size_t count(newsparse_result *r, newsparse_part p) { return newsparse_result_count(r, p); }

START_TEST(headline_blank_line_and_paragraphs) {
  newsparse_result *r = tu_parse("Harbour Bridge Reopens After Repairs\n\n"
                                 "The bridge reopened on Monday after six months of work.\n\n"
                                 "Traffic was light in the morning, officials said.\n",
                                 NULL);
  ck_assert_str_eq(tu_text(r, NEWSPARSE_PART_HEADLINE, 0), "Harbour Bridge Reopens After Repairs");
  ck_assert_uint_eq(count(r, NEWSPARSE_PART_PARAGRAPH), 2);
  ck_assert_uint_eq(count(r, NEWSPARSE_PART_DATELINE), 0);
  ck_assert_uint_eq(count(r, NEWSPARSE_PART_RELATED), 0);
  newsparse_result_free(r);
}
END_TEST

START_TEST(prose_start_has_no_headline) {
  newsparse_result *r = tu_parse("The council voted on Tuesday to close the old library.\n"
                                 "Residents had campaigned for two years to keep it open.\n",
                                 NULL);
  ck_assert_uint_eq(count(r, NEWSPARSE_PART_HEADLINE), 0);
  ck_assert_uint_eq(count(r, NEWSPARSE_PART_PARAGRAPH), 2);
  newsparse_result_free(r);
}
END_TEST

START_TEST(dateline_with_agency_and_dash) {
  const char *t = "Markets Slip\n\nLONDON, March 3 (Reuters) - Shares fell on Monday.\n\n"
                  "Bonds rose.\n";
  newsparse_result *r = tu_parse(t, NULL);
  newsparse_span s;
  ck_assert_str_eq(tu_text(r, NEWSPARSE_PART_DATELINE, 0), "LONDON, March 3");
  s = tu_span(r, NEWSPARSE_PART_PARAGRAPH, 0);
  ck_assert(strncmp(t + s.start, "Shares fell", 11) == 0);
  ck_assert_str_eq(newsparse_result_dct(r), "XXXX-03-03");
  newsparse_result_free(r);
}
END_TEST

START_TEST(dateline_variants) {
  static const char *const cases[][2] = {
      {"WASHINGTON (AP) \xE2\x80\x94 The Senate voted late on Friday.\n", "WASHINGTON"},
      {"NEW YORK, Feb. 26, 1987 \xE2\x80\x93 Stocks rose in early trade.\n",
       "NEW YORK, Feb. 26, 1987"},
      {"BRUSSELS 1996-08-22\nThe Commission said it would act.\n", "BRUSSELS 1996-08-22"},
      {"ST. LOUIS, Mo., June 2 -- Rain delayed the game.\n", "ST. LOUIS, Mo., June 2"}};
  size_t k;
  for (k = 0; k < sizeof cases / sizeof cases[0]; k++) {
    newsparse_result *r = tu_parse(cases[k][0], NULL);
    ck_assert_msg(count(r, NEWSPARSE_PART_DATELINE) == 1, "no dateline in case %zu", k);
    ck_assert_str_eq(tu_text(r, NEWSPARSE_PART_DATELINE, 0), cases[k][1]);
    ck_assert_uint_eq(count(r, NEWSPARSE_PART_PARAGRAPH), 1);
    newsparse_result_free(r);
  }
}
END_TEST

START_TEST(more_top_layouts) {
  newsparse_result *r =
      tu_parse("Washington (CNN) -- The Senate voted on the budget on Friday.\n", NULL);
  ck_assert_str_eq(tu_text(r, NEWSPARSE_PART_DATELINE, 0), "Washington");
  newsparse_result_free(r);
  r = tu_parse("By JANE DOE\nAssociated Press\n\nWASHINGTON \xE2\x80\x94 The Senate voted on "
               "the budget today.\n",
               NULL);
  ck_assert_str_eq(tu_text(r, NEWSPARSE_PART_BYLINE, 0), "By JANE DOE Associated Press");
  ck_assert_str_eq(tu_text(r, NEWSPARSE_PART_DATELINE, 0), "WASHINGTON");
  ck_assert_uint_eq(newsparse_result_count(r, NEWSPARSE_PART_PARAGRAPH), 1);
  newsparse_result_free(r);
  r = tu_parse("Storm Hits Coast\nResidents Flee Rising Water\n\nBy Jane Doe | Reuters\n\n"
               "Rain fell for days.\n",
               NULL);
  ck_assert_str_eq(tu_text(r, NEWSPARSE_PART_HEADLINE, 0),
                   "Storm Hits Coast Residents Flee Rising Water");
  ck_assert_str_eq(tu_text(r, NEWSPARSE_PART_BYLINE, 0), "By Jane Doe | Reuters");
  newsparse_result_free(r);
  r = tu_parse("GRAIN MARKETS - WHEAT PRICES FALL AGAIN\n\nPrices fell on Monday.\n", NULL);
  ck_assert_uint_eq(newsparse_result_count(r, NEWSPARSE_PART_DATELINE), 0);
  ck_assert_str_eq(tu_text(r, NEWSPARSE_PART_HEADLINE, 0),
                   "GRAIN MARKETS - WHEAT PRICES FALL AGAIN");
  newsparse_result_free(r);
}
END_TEST

START_TEST(dateline_year_becomes_reference_date) {
  newsparse_result *r = tu_parse("BRUSSELS 1996-08-22\nThe talks ended on Tuesday.\n", NULL);
  ck_assert_str_eq(newsparse_result_dct(r), "1996-08-22");
  ck_assert_str_eq(tu_entity_value(r, tu_find_entity(r, NEWSPARSE_LABEL_DATE, "Tuesday")),
                   "1996-08-20");
  newsparse_result_free(r);
}
END_TEST

START_TEST(byline_after_headline) {
  newsparse_result *r = tu_parse("Port Strike Ends\nBy Jane Doe and John Roe, Reuters\n\n"
                                 "Dock workers returned to work on Friday.\n",
                                 NULL);
  ck_assert_str_eq(tu_text(r, NEWSPARSE_PART_HEADLINE, 0), "Port Strike Ends");
  ck_assert_str_eq(tu_text(r, NEWSPARSE_PART_BYLINE, 0), "By Jane Doe and John Roe, Reuters");
  ck_assert_uint_eq(count(r, NEWSPARSE_PART_PARAGRAPH), 1);
  newsparse_result_free(r);
}
END_TEST

START_TEST(hard_wrapped_paragraphs_join) {
  newsparse_result *r =
      tu_parse("The ministry said on Wednesday that it would review the rules for\n"
               "imports of grain, after farmers complained that prices had fallen\n"
               "sharply.\n"
               "\n"
               "A spokesman said the review would take several weeks and that no\n"
               "decision had been made on tariffs.\n",
               NULL);
  ck_assert_uint_eq(count(r, NEWSPARSE_PART_PARAGRAPH), 2);
  ck_assert_str_eq(tu_text(r, NEWSPARSE_PART_PARAGRAPH, 1),
                   "A spokesman said the review would take several weeks and that no "
                   "decision had been made on tariffs.");
  newsparse_result_free(r);
}
END_TEST

START_TEST(indented_paragraphs_split) {
  newsparse_result *r =
      tu_parse("    The ministry said on Wednesday that it would review the rules for\n"
               "imports of grain, after farmers complained that prices had fallen.\n"
               "    A spokesman said the review would take several weeks and that no\n"
               "decision had been made on tariffs or on quotas for the coming year.\n"
               "    Farmers' groups welcomed the review but said it came far too late\n"
               "for this year's harvest, which is already in the barns and silos.\n",
               NULL);
  ck_assert_uint_eq(count(r, NEWSPARSE_PART_PARAGRAPH), 3);
  newsparse_result_free(r);
}
END_TEST

START_TEST(single_newline_paragraphs) {
  newsparse_result *r = tu_parse("The council approved the budget on Thursday after a long debate "
                                 "about road repairs and schools.\n"
                                 "Opposition members said the plan would raise local taxes by more "
                                 "than five percent next year.\n"
                                 "The mayor said the increase was needed to pay for repairs that "
                                 "had been put off for a decade.\n",
                                 NULL);
  ck_assert_uint_eq(count(r, NEWSPARSE_PART_PARAGRAPH), 3);
  newsparse_result_free(r);
}
END_TEST

/* Separator lines part paragraphs and are none themselves; a line of
 * symbols with a word or a number is text. */
START_TEST(separator_lines_are_no_paragraphs) {
  newsparse_result *r = tu_parse("The storm passed the coast on Sunday night.\n\n* * *\n\n"
                                 "Power came back to most homes by Monday.\n___\n"
                                 "Schools stay shut until Wednesday.\n\n"
                                 "\xe2\x80\x94\xe2\x80\x94\xe2\x80\x94\n\n# # #\n\n"
                                 "-- 30 --\n",
                                 NULL);
  ck_assert_uint_eq(count(r, NEWSPARSE_PART_PARAGRAPH), 4);
  ck_assert_str_eq(tu_text(r, NEWSPARSE_PART_PARAGRAPH, 1),
                   "Power came back to most homes by Monday.");
  ck_assert_str_eq(tu_text(r, NEWSPARSE_PART_PARAGRAPH, 2), "Schools stay shut until Wednesday.");
  ck_assert_str_eq(tu_text(r, NEWSPARSE_PART_PARAGRAPH, 3), "-- 30 --");
  newsparse_result_free(r);
}
END_TEST

START_TEST(related_with_header_bullets_and_urls) {
  const char *t = "The museum will reopen next spring after a long renovation.\n\n"
                  "Related:\n"
                  "- Gallery Wins Design Award - https://example.org/a\n"
                  "* City Plans New Library https://example.org/b\n"
                  "\xE2\x80\xA2 [Concert Hall Sold](https://example.org/c)\n"
                  "1. Park Opens To Public\n";
  newsparse_result *r = tu_parse(t, NULL);
  const char *url;
  ck_assert_uint_eq(count(r, NEWSPARSE_PART_PARAGRAPH), 1);
  ck_assert_uint_eq(count(r, NEWSPARSE_PART_RELATED), 4);
  ck_assert_str_eq(tu_text(r, NEWSPARSE_PART_RELATED, 0), "Gallery Wins Design Award");
  newsparse_result_related_url(r, 0, &url);
  ck_assert_str_eq(url, "https://example.org/a");
  ck_assert_str_eq(tu_text(r, NEWSPARSE_PART_RELATED, 1), "City Plans New Library");
  ck_assert_str_eq(tu_text(r, NEWSPARSE_PART_RELATED, 2), "Concert Hall Sold");
  newsparse_result_related_url(r, 2, &url);
  ck_assert_str_eq(url, "https://example.org/c");
  ck_assert_str_eq(tu_text(r, NEWSPARSE_PART_RELATED, 3), "Park Opens To Public");
  newsparse_result_related_url(r, 3, &url);
  ck_assert_ptr_null(url);
  newsparse_result_free(r);
}
END_TEST

START_TEST(related_url_on_next_line) {
  newsparse_result *r = tu_parse("The museum will reopen next spring after a long renovation.\n\n"
                                 "Read more:\nGallery Wins Design Award\nhttps://example.org/a\n"
                                 "City Plans New Library\nhttps://example.org/b\n",
                                 NULL);
  const char *url;
  ck_assert_uint_eq(count(r, NEWSPARSE_PART_RELATED), 2);
  newsparse_result_related_url(r, 1, &url);
  ck_assert_str_eq(url, "https://example.org/b");
  newsparse_result_free(r);
}
END_TEST

START_TEST(bare_related_list_and_switch_off) {
  const char *t =
      "The museum will reopen next spring after a long renovation.\n"
      "Visitors will find three new galleries and a larger cafe.\n\n"
      "Gallery Wins Design Award\nCity Plans New Library\nConcert Hall Sold To Developer\n";
  newsparse_options o;
  newsparse_result *r = tu_parse(t, NULL);
  ck_assert_uint_eq(count(r, NEWSPARSE_PART_PARAGRAPH), 2);
  ck_assert_uint_eq(count(r, NEWSPARSE_PART_RELATED), 3);
  newsparse_result_free(r);
  newsparse_options_init(&o);
  o.flags = NEWSPARSE_OPT_NO_RELATED;
  r = tu_parse(t, &o);
  ck_assert_uint_eq(count(r, NEWSPARSE_PART_RELATED), 0);
  ck_assert_uint_ge(count(r, NEWSPARSE_PART_PARAGRAPH), 3);
  newsparse_result_free(r);
}
END_TEST

/* Texts with little or nothing in them: nothing is invented. */
START_TEST(degenerate_inputs) {
  static const struct {
    const char *text;
    size_t paragraphs, related;
    const char *first; /* the first paragraph or related item */
  } cases[] = {{"", 0, 0, NULL},
               {"   \n\t\n  ", 0, 0, NULL},
               /* one line of prose is a paragraph, not a headline */
               {"one line without end", 1, 0, "one line without end"},
               /* a list alone is a related list with no body */
               {"Related:\n- Only A List\n- Of Links\n", 0, 2, "Only A List"}};
  size_t k;
  for (k = 0; k < sizeof cases / sizeof cases[0]; k++) {
    newsparse_result *r = tu_parse(cases[k].text, NULL);
    ck_assert_uint_eq(count(r, NEWSPARSE_PART_HEADLINE), 0);
    ck_assert_uint_eq(count(r, NEWSPARSE_PART_DATELINE), 0);
    ck_assert_uint_eq(count(r, NEWSPARSE_PART_BYLINE), 0);
    ck_assert_uint_eq(count(r, NEWSPARSE_PART_PARAGRAPH), cases[k].paragraphs);
    ck_assert_uint_eq(count(r, NEWSPARSE_PART_RELATED), cases[k].related);
    ck_assert_uint_eq(count(r, NEWSPARSE_PART_ENTITY), 0);
    if (cases[k].first)
      ck_assert_str_eq(
          tu_text(r, cases[k].paragraphs ? NEWSPARSE_PART_PARAGRAPH : NEWSPARSE_PART_RELATED, 0),
          cases[k].first);
    newsparse_result_free(r);
  }
}
END_TEST

START_TEST(many_short_lines) {
  size_t n = 100000, i;
  char *t = malloc(n * 3 + 1);
  newsparse_result *r;
  for (i = 0; i < n; i++)
    memcpy(t + 3 * i, "ab\n", 3);
  t[3 * n] = '\0';
  r = tu_parse(t, NULL);
  ck_assert_uint_ge(count(r, NEWSPARSE_PART_PARAGRAPH), 1);
  newsparse_result_free(r);
  free(t);
}
END_TEST

/* The counts of one line; the line is the whole text. */
static nsp_line measure_line(const char *t) {
  newsparse_allocator a;
  nsp_buf out;
  nsp_line ln;
  nsp_allocator_init(&a, NULL);
  nsp_buf_init(&out, &a);
  ck_assert_int_eq(nsp_lines_split(t, strlen(t), &out), NEWSPARSE_OK);
  ck_assert_uint_eq(NSP_VEC_LEN(&out, nsp_line), 1);
  ln = NSP_VEC_AT(&out, nsp_line, 0);
  nsp_buf_free(&out);
  return ln;
}

/* Words, capitals and URLs are counted eight bytes at a time where the
 * text is ASCII: words across chunk edges, a URL starting mid-chunk, tabs,
 * accented letters and NBSP must count as the byte loop counts them. */
START_TEST(line_counts) {
  static const struct {
    const char *line;
    size_t chars, words, cap, lower, upper_letters, lower_letters, url_start;
  } cases[] = {
      {"Read more: https://example.org/a-b Then", 39, 4, 2, 1, 2, 10, 11},
      {"see www.example.com", 19, 2, 0, 1, 0, 3, 4},
      {"he who went with them", 21, 5, 0, 5, 0, 17, 0},
      {"Zoë Müller and\tÉmile went 42 km", 31, 7, 4, 3, 3, 20, 0},
      {"A\xC2\xA0"
       "B c d e f g h i j k",
       21, 11, 2, 9, 2, 9, 0},
      {"abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ", 53, 2, 1, 1, 26, 26, 0},
      {"Prices in Mexico City rose 3 percent; read https://news.example/x today", 71, 10, 4, 5, 3,
       35, 43},
  };
  size_t k, pad;
  for (k = 0; k < sizeof cases / sizeof cases[0]; k++) {
    nsp_line ln = measure_line(cases[k].line);
    ck_assert_uint_eq(ln.chars, cases[k].chars);
    ck_assert_uint_eq(ln.words, cases[k].words);
    ck_assert_uint_eq(ln.cap_words, cases[k].cap);
    ck_assert_uint_eq(ln.lower_words, cases[k].lower);
    ck_assert_uint_eq(ln.upper_letters, cases[k].upper_letters);
    ck_assert_uint_eq(ln.lower_letters, cases[k].lower_letters);
    ck_assert_uint_eq(ln.url_start, cases[k].url_start);
    ck_assert_uint_eq(ln.url_end != 0, cases[k].url_start != 0);
    /* spaces after the first word move everything after it across the
     * eight- and sixteen-byte chunks; only the character count may change */
    for (pad = 1; pad < 17; pad++) {
      char t[200];
      const char *sp = strchr(cases[k].line, ' ');
      size_t head = (size_t)(sp - cases[k].line);
      nsp_line moved;
      snprintf(t, sizeof t, "%.*s%*s%s", (int)head, cases[k].line, (int)pad, "", sp);
      moved = measure_line(t);
      ck_assert_uint_eq(moved.chars, ln.chars + pad);
      ck_assert_uint_eq(moved.words, ln.words);
      ck_assert_uint_eq(moved.cap_words, ln.cap_words);
      ck_assert_uint_eq(moved.lower_words, ln.lower_words);
      ck_assert_uint_eq(moved.upper_letters, ln.upper_letters);
      ck_assert_uint_eq(moved.lower_letters, ln.lower_letters);
      ck_assert_uint_eq(moved.url_start != 0, ln.url_start != 0);
    }
  }
}
END_TEST

/* The line that dates a web page: found in the forms pages print, kept out
 * of the body, and the reference date when no other is given. */
START_TEST(published_lines) {
  static const struct {
    const char *line, *value; /* value NULL: a relative time only */
  } cases[] = {{"Published: 9 September 2025", "2025-09-09"},
               {"Updated 07:20 GMT, 14 October 2025", "2025-10-14T07:20"},
               {"June 3, 2025 / 4:05 PM / Updated 2 hours ago", "2025-06-03T16:05"},
               {"Sept. 9, 2025, 11:02 AM PT", "2025-09-09T11:02"},
               {"Wed, Nov 20, 2019", "2019-11-20"},
               {"Last updated on 12 March 2024 at 9:15 am", "2024-03-12T09:15"},
               {"Updated 2 hours ago", NULL}};
  size_t k;
  for (k = 0; k < sizeof cases / sizeof cases[0]; k++) {
    char text[256];
    newsparse_result *r;
    const char *src;
    snprintf(text, sizeof text,
             "Harbour Reopens After Storm\n\n%s\n\nShips left the port on "
             "Monday, officials said.\n",
             cases[k].line);
    r = tu_parse(text, NULL);
    ck_assert_msg(count(r, NEWSPARSE_PART_PUBLISHED) == 1, "no published line: %s", cases[k].line);
    ck_assert_str_eq(tu_text(r, NEWSPARSE_PART_PUBLISHED, 0), cases[k].line);
    ck_assert_uint_eq(count(r, NEWSPARSE_PART_PARAGRAPH), 1);
    ck_assert_str_eq(tu_text(r, NEWSPARSE_PART_HEADLINE, 0), "Harbour Reopens After Storm");
    if (cases[k].value) {
      ck_assert_str_eq(newsparse_result_published(r), cases[k].value);
      src = newsparse_result_dct_source(r);
      ck_assert_str_eq(src, "published");
    } else {
      ck_assert_ptr_null(newsparse_result_published(r));
      ck_assert_ptr_null(newsparse_result_dct_source(r));
    }
    newsparse_result_free(r);
  }
}
END_TEST

/* Lines with a date that do not date the page stay where they are. */
START_TEST(not_published_lines) {
  static const char *const texts[] = {
      "Talks Resume\n\nPublished by the council on 9 September 2025\n\nThe talks resumed.\n",
      "The talks resumed on 9 September 2025, officials said.\n",
      "Talks Resume\n\nUpdated guidance\n\nThe talks resumed.\n"};
  size_t k;
  for (k = 0; k < sizeof texts / sizeof texts[0]; k++) {
    newsparse_result *r = tu_parse(texts[k], NULL);
    ck_assert_uint_eq(count(r, NEWSPARSE_PART_PUBLISHED), 0);
    newsparse_result_free(r);
  }
}
END_TEST

/* The reference date: the caller's wins over the page's, the page's over
 * the dateline's. */
START_TEST(reference_date_sources) {
  const char *text = "Published: 9 September 2025\n\nLONDON, March 3 (Reuters) - Ships left "
                     "on Monday.\n";
  newsparse_options o;
  newsparse_result *r = tu_parse(text, NULL);
  ck_assert_str_eq(newsparse_result_dct(r), "2025-09-09");
  ck_assert_str_eq(newsparse_result_dct_source(r), "published");
  newsparse_result_free(r);
  newsparse_options_init(&o);
  o.dct = "2025-03-05";
  r = tu_parse(text, &o);
  ck_assert_str_eq(newsparse_result_dct_source(r), "option");
  newsparse_result_free(r);
  o.dct_source = "record";
  r = tu_parse(text, &o);
  ck_assert_str_eq(newsparse_result_dct_source(r), "record");
  newsparse_result_free(r);
  r = tu_parse("LONDON, March 3 (Reuters) - Ships left on Monday.\n", NULL);
  ck_assert_str_eq(newsparse_result_dct_source(r), "dateline");
  ck_assert_str_eq(newsparse_result_dct(r), "XXXX-03-03");
  newsparse_result_free(r);
}
END_TEST

/* A whole page's text, as "select all, copy" gives it: a menu, the
 * article (headline, published line, an image's text, prose), a footer.
 * Invented text in a common layout. */
static const char *const whole_page =
    "Skip to content\n\n  \xE2\x80\xA2 Home\n  \xE2\x80\xA2 World\n  \xE2\x80\xA2 Business\n"
    "  \xE2\x80\xA2 Markets\n  \xE2\x80\xA2 Sport\n  \xE2\x80\xA2 Culture\n\nSign In\n\n"
    "Harbour Authority Approves New Ferry Terminal\n\nPublished: 9 September 2025\n\n"
    "[Ferry at dawn]\n\n"
    "The harbour authority on Tuesday approved plans for a new ferry terminal on the eastern "
    "quay, ending two years of debate over the cost of the project and its effect on traffic.\n\n"
    "The terminal will handle up to twelve sailings a day when it opens, and the authority said "
    "that work on the foundations could begin as early as next spring if funding is confirmed.\n\n"
    "Residents had asked for a study of the noise from the quay, which the authority agreed to "
    "publish before the final vote on the budget later this year.\n\n"
    "Most Read\n\n  \xE2\x80\xA2 Market Close Report\n  \xE2\x80\xA2 Weather Warning Issued\n"
    "  \xE2\x80\xA2 Cup Final Tickets\n\nAbout Us\nContact\nPrivacy Policy\nTerms of Use\n";

START_TEST(whole_page_article) {
  newsparse_result *r = tu_parse(whole_page, NULL);
  size_t k, nb = newsparse_result_count(r, NEWSPARSE_PART_BOILERPLATE), nav = 0;
  ck_assert_str_eq(tu_text(r, NEWSPARSE_PART_HEADLINE, 0),
                   "Harbour Authority Approves New Ferry Terminal");
  ck_assert_uint_eq(newsparse_result_count(r, NEWSPARSE_PART_PUBLISHED), 1);
  ck_assert_uint_eq(newsparse_result_count(r, NEWSPARSE_PART_PARAGRAPH), 3);
  ck_assert(strncmp(tu_text(r, NEWSPARSE_PART_PARAGRAPH, 0), "The harbour authority", 21) == 0);
  ck_assert_uint_eq(newsparse_result_count(r, NEWSPARSE_PART_RELATED), 0);
  ck_assert_uint_eq(nb, 17); /* 8 menu lines, the image's text, 8 box and footer lines */
  for (k = 0; k < nb; k++)
    nav += strcmp(newsparse_result_boilerplate_kind(r, k), "nav") == 0;
  ck_assert_str_eq(tu_text(r, NEWSPARSE_PART_BOILERPLATE, 0), "Skip to content");
  ck_assert_str_eq(newsparse_result_boilerplate_kind(r, 0), "nav");
  ck_assert_str_eq(tu_text(r, NEWSPARSE_PART_BOILERPLATE, nb - 1), "Terms of Use");
  ck_assert_str_eq(newsparse_result_boilerplate_kind(r, nb - 1), "nav");
  ck_assert_uint_eq(nav, 15);
  ck_assert_str_eq(newsparse_result_boilerplate_kind(r, 7), "prompt"); /* Sign In */
  ck_assert_str_eq(newsparse_result_boilerplate_kind(r, 8), "other");  /* [Ferry at dawn] */
  ck_assert_ptr_null(newsparse_result_boilerplate_kind(r, nb));
  newsparse_result_free(r);
}
END_TEST

/* With NEWSPARSE_OPT_NO_BOILERPLATE every line stays in the body; an
 * article with a bulleted related list is no page. */
START_TEST(whole_page_off_and_articles) {
  newsparse_options o;
  newsparse_result *r;
  newsparse_options_init(&o);
  o.flags = NEWSPARSE_OPT_NO_BOILERPLATE;
  r = tu_parse(whole_page, &o);
  ck_assert_uint_eq(newsparse_result_count(r, NEWSPARSE_PART_BOILERPLATE), 0);
  ck_assert_uint_gt(newsparse_result_count(r, NEWSPARSE_PART_PARAGRAPH), 6);
  newsparse_result_free(r);
  r = tu_parse(
      "Harbour Authority Approves New Ferry Terminal\n\n"
      "The harbour authority on Tuesday approved plans for a new ferry terminal on the "
      "eastern quay, ending two years of debate over the cost of the project.\n\n"
      "Related\n\n  \xE2\x80\xA2 Market Close Report\n  \xE2\x80\xA2 Weather Warning Issued\n"
      "  \xE2\x80\xA2 Cup Final Tickets\n  \xE2\x80\xA2 Rail Strike Called Off\n",
      NULL);
  ck_assert_uint_eq(newsparse_result_count(r, NEWSPARSE_PART_BOILERPLATE), 0);
  ck_assert_uint_eq(newsparse_result_count(r, NEWSPARSE_PART_RELATED), 4);
  newsparse_result_free(r);
}
END_TEST

/* A copied web page's own lines (buttons, an advertisement's label, a
 * prompt, a photo's caption and credit) are boilerplate with their kind;
 * a line with one word outside the lexicons stays text. */
START_TEST(web_copy_lines) {
  static const char *const text =
      "Harbour Authority Approves New Ferry Terminal\n\nBy Jane Doe\n\nShare\nEmail this\n\n"
      "The harbour authority on Tuesday approved plans for a new ferry terminal.\n\n"
      "Advertisement\n\nResidents had asked for a study of the noise.\n\n"
      "Workers at the quay on Monday.\nJane Doe/Reuters/Alamy\n\n"
      "Sign up for our newsletter\n\nShare prices fell on the news.\n\n"
      "Photo: John Roe\n\nMore on this story\n\nThe vote is due later this year.\n";
  static const char *const want[][2] = {{"share", "Share"},
                                        {"share", "Email this"},
                                        {"ad", "Advertisement"},
                                        {"caption", "Workers at the quay on Monday."},
                                        {"credit", "Jane Doe/Reuters/Alamy"},
                                        {"prompt", "Sign up for our newsletter"},
                                        {"credit", "Photo: John Roe"}};
  newsparse_result *r = tu_parse(text, NULL);
  size_t k, n = sizeof want / sizeof want[0];
  ck_assert_str_eq(tu_text(r, NEWSPARSE_PART_HEADLINE, 0),
                   "Harbour Authority Approves New Ferry Terminal");
  ck_assert_str_eq(tu_text(r, NEWSPARSE_PART_BYLINE, 0), "By Jane Doe");
  ck_assert_uint_eq(newsparse_result_count(r, NEWSPARSE_PART_BOILERPLATE), n);
  for (k = 0; k < n; k++) {
    ck_assert_str_eq(newsparse_result_boilerplate_kind(r, k), want[k][0]);
    ck_assert_str_eq(tu_text(r, NEWSPARSE_PART_BOILERPLATE, k), want[k][1]);
  }
  ck_assert_uint_eq(newsparse_result_count(r, NEWSPARSE_PART_PARAGRAPH), 5);
  ck_assert_str_eq(tu_text(r, NEWSPARSE_PART_PARAGRAPH, 2), "Share prices fell on the news.");
  ck_assert_str_eq(tu_text(r, NEWSPARSE_PART_PARAGRAPH, 3), "More on this story");
  newsparse_result_free(r);
}
END_TEST

/* The words are lexicons: a user's file adds a label of another language. */
START_TEST(web_copy_user_lexicon) {
  newsparse_engine *e = tu_engine_from("lexicon my.ad web-ad case=any\nanzeige\nend\n", 1);
  const char *text = "Die Stadt baut ein neues Terminal am Hafen.\n\nAnzeige\n\n"
                     "Die Arbeiten beginnen im Fr\xC3\xBChjahr.\n";
  newsparse_result *r = tu_parse_with(e, text, NULL);
  ck_assert_uint_eq(newsparse_result_count(r, NEWSPARSE_PART_BOILERPLATE), 1);
  ck_assert_str_eq(newsparse_result_boilerplate_kind(r, 0), "ad");
  ck_assert_uint_eq(newsparse_result_count(r, NEWSPARSE_PART_PARAGRAPH), 2);
  newsparse_result_free(r);
  r = tu_parse(text, NULL);
  ck_assert_uint_eq(newsparse_result_count(r, NEWSPARSE_PART_BOILERPLATE), 0);
  newsparse_result_free(r);
  newsparse_engine_free(e);
}
END_TEST

Suite *structure_suite(void) {
  Suite *s = suite_create("structure");
  TCase *tc = tcase_create("layouts");
  tcase_add_test(tc, headline_blank_line_and_paragraphs);
  tcase_add_test(tc, prose_start_has_no_headline);
  tcase_add_test(tc, dateline_with_agency_and_dash);
  tcase_add_test(tc, dateline_variants);
  tcase_add_test(tc, dateline_year_becomes_reference_date);
  tcase_add_test(tc, more_top_layouts);
  tcase_add_test(tc, byline_after_headline);
  tcase_add_test(tc, hard_wrapped_paragraphs_join);
  tcase_add_test(tc, indented_paragraphs_split);
  tcase_add_test(tc, single_newline_paragraphs);
  tcase_add_test(tc, related_with_header_bullets_and_urls);
  tcase_add_test(tc, related_url_on_next_line);
  tcase_add_test(tc, bare_related_list_and_switch_off);
  tcase_add_test(tc, degenerate_inputs);
  tcase_add_test(tc, published_lines);
  tcase_add_test(tc, not_published_lines);
  tcase_add_test(tc, reference_date_sources);
  tcase_add_test(tc, many_short_lines);
  tcase_add_test(tc, line_counts);
  tcase_add_test(tc, separator_lines_are_no_paragraphs);
  tcase_add_test(tc, whole_page_article);
  tcase_add_test(tc, whole_page_off_and_articles);
  tcase_add_test(tc, web_copy_lines);
  tcase_add_test(tc, web_copy_user_lexicon);
  tcase_set_timeout(tc, 60);
  suite_add_tcase(s, tc);
  return s;
}
