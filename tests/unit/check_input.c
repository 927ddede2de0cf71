/*
 * check_input.c - the input stage (input.c, offmap.c, utf8.c): repair,
 * line ends, NFC, dropped characters, and the offset-map properties.
 */
#include "testutil.h"

#include <utf8proc.h>

typedef struct norm {
  newsparse_allocator a;
  nsp_buf out;
  nsp_offmap map;
} norm;

static int run(norm *n, const char *in, size_t len, unsigned flags, newsparse_error *err) {
  nsp_allocator_init(&n->a, NULL);
  nsp_buf_init(&n->out, &n->a);
  memset(&n->map, 0, sizeof n->map);
  nsp_buf_init(&n->map.pieces, &n->a);
  return nsp_normalize(&n->a, in, len, flags, &n->out, &n->map, NULL, err);
}

static void done(norm *n) {
  nsp_buf_free(&n->out);
  nsp_buf_free(&n->map.pieces);
}

START_TEST(ascii_is_identity) {
  norm n;
  const char *s = "Plain ASCII text.\nSecond line.";
  size_t i;
  ck_assert_int_eq(run(&n, s, strlen(s), 0, NULL), 0);
  ck_assert_str_eq(n.out.data, s);
  for (i = 0; i < strlen(s); i++) {
    ck_assert_uint_eq(nsp_offmap_start(&n.map, i), i);
    ck_assert_uint_eq(nsp_offmap_end(&n.map, i + 1), i + 1);
  }
  ck_assert_uint_eq(NSP_VEC_LEN(&n.map.pieces, nsp_piece), 1);
  done(&n);
}
END_TEST

START_TEST(crlf_and_cr_become_lf) {
  norm n;
  const char *s = "ab\r\ncd\ref";
  ck_assert_int_eq(run(&n, s, strlen(s), 0, NULL), 0);
  ck_assert_str_eq(n.out.data, "ab\ncd\nef");
  /* "cd" is at normalised 3..5 and original 4..6 */
  ck_assert_uint_eq(nsp_offmap_start(&n.map, 3), 4);
  ck_assert_uint_eq(nsp_offmap_end(&n.map, 5), 6);
  /* the LF that stands for CRLF maps to both bytes */
  ck_assert_uint_eq(nsp_offmap_start(&n.map, 2), 2);
  ck_assert_uint_eq(nsp_offmap_end(&n.map, 3), 4);
  done(&n);
}
END_TEST

START_TEST(decomposed_accent_composes) {
  norm n;
  const char *s = "Jose\xCC\x81 said"; /* e + U+0301 */
  ck_assert_int_eq(run(&n, s, strlen(s), 0, NULL), 0);
  ck_assert_str_eq(n.out.data, "Jos\xC3\xA9 said");
  /* "José" is normalised 0..5, original 0..6 */
  ck_assert_uint_eq(nsp_offmap_end(&n.map, 5), 6);
  ck_assert_uint_eq(nsp_offmap_start(&n.map, 6), 7);
  done(&n);
}
END_TEST

START_TEST(invalid_bytes_repaired_or_refused) {
  norm n;
  newsparse_error err;
  const char *s = "a\xFF"
                  "b\xC0\xAF"
                  "c";
  ck_assert_int_eq(run(&n, s, strlen(s), 0, NULL), 0);
  ck_assert_str_eq(n.out.data, "a\xEF\xBF\xBD"
                               "b\xEF\xBF\xBD\xEF\xBF\xBD"
                               "c");
  ck_assert_uint_eq(nsp_offmap_start(&n.map, 4), 2); /* b */
  done(&n);
  ck_assert_int_eq(run(&n, s, strlen(s), NEWSPARSE_OPT_STRICT_UTF8, &err), NEWSPARSE_ERR_UTF8);
  ck_assert_uint_eq(err.offset, 1);
  done(&n);
}
END_TEST

START_TEST(surrogates_and_overlongs_are_invalid) {
  int32_t cp;
  ck_assert_int_lt(nsp_utf8_decode((const unsigned char *)"\xED\xA0\x80", 3, &cp), 0);
  ck_assert_int_lt(nsp_utf8_decode((const unsigned char *)"\xE0\x80\xAF", 3, &cp), 0);
  ck_assert_int_lt(nsp_utf8_decode((const unsigned char *)"\xF4\x90\x80\x80", 4, &cp), 0);
  ck_assert_int_eq(nsp_utf8_decode((const unsigned char *)"\xF0\x9F\x98\x80", 4, &cp), 4);
  ck_assert_int_eq(cp, 0x1F600);
}
END_TEST

START_TEST(controls_and_format_characters) {
  norm n;
  const char s[] = "\xEF\xBB\xBF"
                   "A\0B\x01"
                   "C\xE2\x80\x8B"
                   "D";
  ck_assert_int_eq(run(&n, s, sizeof s - 1, 0, NULL), 0);
  ck_assert_str_eq(n.out.data, "A B CD");
  ck_assert_uint_eq(nsp_offmap_start(&n.map, 0), 3);  /* after the BOM */
  ck_assert_uint_eq(nsp_offmap_start(&n.map, 5), 11); /* D after ZWSP */
  done(&n);
}
END_TEST

/* Long ASCII runs are scanned eight bytes at a time: a control, CR, DEL or
 * non-ASCII byte at any position of a chunk must still be seen. */
START_TEST(controls_inside_long_ascii_runs) {
  static const struct {
    const char *bad, *good;
  } marks[] = {{"\x01", " "}, {"\x7F", " "}, {"\r", "\n"}, {"\xC3\xA9", "\xC3\xA9"}};
  size_t k, at;
  for (k = 0; k < sizeof marks / sizeof marks[0]; k++)
    for (at = 0; at < 20; at++) {
      char in[64], want[64];
      norm n;
      snprintf(in, sizeof in, "%.*s%s%s", (int)at, "abcdefghij\tklmnopqrs", marks[k].bad,
               "tuvwxyzABCDEFGH");
      snprintf(want, sizeof want, "%.*s%s%s", (int)at, "abcdefghij\tklmnopqrs", marks[k].good,
               "tuvwxyzABCDEFGH");
      ck_assert_int_eq(run(&n, in, strlen(in), 0, NULL), 0);
      ck_assert_str_eq(n.out.data, want);
      ck_assert_uint_eq(nsp_offmap_start(&n.map, n.out.len - 1), strlen(in) - 1);
      done(&n);
    }
}
END_TEST

/* ---- property test ------------------------------------------------------- */

static unsigned long rng_state;
static unsigned rnd(unsigned n) {
  rng_state = rng_state * 6364136223846793005UL + 1442695040888963407UL;
  return (unsigned)((rng_state >> 33) % n);
}

static size_t random_text(char *buf, size_t max) {
  static const char *const atoms[] = {"a",
                                      "Z",
                                      " ",
                                      "\n",
                                      "\r\n",
                                      "\r",
                                      "\t",
                                      ".",
                                      "e\xCC\x81",
                                      "\xC3\xA9",
                                      "\xCC\x81",
                                      "\xE2\x80\x99",
                                      "\xC2\xA0",
                                      "\xEF\xBB\xBF",
                                      "\xE2\x80\x8B",
                                      "\xF0\x9F\x98\x80",
                                      "\xFF",
                                      "\xC0",
                                      "\xE2\x82",
                                      "\xED\xA0\x80",
                                      "\0",
                                      "\xE1\x84\x80\xE1\x85\xA1",
                                      "\xEF\xBC\xA1",
                                      "\xCC\xA3\xCC\x87",
                                      "q\xCC\xA3\xCC\x87"};
  size_t len = 0, n = rnd(40);
  while (n--) {
    const char *a = atoms[rnd(sizeof atoms / sizeof atoms[0])];
    size_t l = a[0] ? strlen(a) : 1;
    if (len + l > max)
      break;
    memcpy(buf + len, a, l);
    len += l;
  }
  return len;
}

START_TEST(offset_map_properties) {
  char buf[256];
  int iter;
  rng_state = 12345;
  for (iter = 0; iter < 20000; iter++) {
    norm n, part;
    size_t len = random_text(buf, sizeof buf), i, np, prev_s = 0, prev_e = 0;
    const nsp_piece *pc;
    ck_assert_int_eq(run(&n, buf, len, 0, NULL), 0);
    /* valid UTF-8 out */
    for (i = 0; i < n.out.len;) {
      int32_t cp;
      int l = nsp_utf8_decode((const unsigned char *)n.out.data + i, n.out.len - i, &cp);
      ck_assert_int_gt(l, 0);
      i += (size_t)l;
    }
    /* monotone maps */
    for (i = 0; i <= n.out.len; i++) {
      size_t s = nsp_offmap_start(&n.map, i), e = nsp_offmap_end(&n.map, i);
      ck_assert_uint_ge(s, prev_s);
      ck_assert_uint_ge(e, prev_e);
      ck_assert_uint_le(s, len);
      ck_assert_uint_le(e, len);
      prev_s = s;
      prev_e = e;
    }
    /* round trip: each piece's original bytes normalise to its text */
    pc = (const nsp_piece *)(const void *)n.map.pieces.data;
    np = NSP_VEC_LEN(&n.map.pieces, nsp_piece);
    for (i = 0; i < np; i++) {
      ck_assert_int_eq(run(&part, buf + pc[i].os, pc[i].ol, 0, NULL), 0);
      ck_assert_uint_eq(part.out.len, pc[i].nl);
      ck_assert(memcmp(part.out.data, n.out.data + pc[i].ns, pc[i].nl) == 0);
      done(&part);
    }
    done(&n);
  }
}
END_TEST

START_TEST(matches_whole_string_nfc) {
  /* on valid text without controls, cluster-wise NFC equals utf8proc's
   * whole-string NFC */
  static const char *const atoms[] = {"a",
                                      "e\xCC\x81",
                                      "\xCC\x81",
                                      "\xCC\xA3\xCC\x87",
                                      "\xE1\x84\x80",
                                      "\xE1\x85\xA1",
                                      "\xE1\x86\xA8",
                                      "o\xCC\x88\xCC\x81",
                                      " ",
                                      "\xEF\xBC\xA1",
                                      "\xE0\xA4\x95\xE0\xA4\xBC"};
  int iter;
  rng_state = 999;
  for (iter = 0; iter < 20000; iter++) {
    char buf[200];
    size_t len = 0, k = rnd(12);
    norm n;
    utf8proc_uint8_t *ref;
    while (k--) {
      const char *a = atoms[rnd(sizeof atoms / sizeof atoms[0])];
      memcpy(buf + len, a, strlen(a));
      len += strlen(a);
    }
    buf[len] = '\0';
    ck_assert_int_eq(run(&n, buf, len, 0, NULL), 0);
    ref = utf8proc_NFC((const utf8proc_uint8_t *)buf);
    ck_assert_str_eq(n.out.data ? n.out.data : "", (const char *)ref);
    free(ref);
    done(&n);
  }
}
END_TEST

/* The code of warning i, or NULL. */
static const char *warning_code(newsparse_result *r, size_t i) {
  const char *code = NULL;
  if (newsparse_result_warning(r, i, &code, NULL))
    return NULL;
  return code;
}

/* Repaired bytes are reported with their count; clean text has no warning. */
START_TEST(repaired_bytes_are_reported) {
  static const char text[] = "Shares fell \xFF\xFE in Mexico on \xC0 Monday.\n";
  newsparse_result *r = NULL;
  newsparse_error err;
  const char *msg = NULL;
  ck_assert_int_eq(newsparse_parse(tu_builtin_engine(), text, sizeof text - 1, NULL, &r, &err), 0);
  ck_assert_uint_eq(newsparse_result_count(r, NEWSPARSE_PART_WARNING), 1);
  ck_assert_str_eq(warning_code(r, 0), "repaired-utf8");
  newsparse_result_warning(r, 0, NULL, &msg);
  ck_assert_ptr_nonnull(strstr(msg, "3 invalid UTF-8 bytes"));
  /* still text: its entities are found */
  ck_assert_int_ge(tu_find_entity(r, NEWSPARSE_LABEL_COUNTRY, "Mexico"), 0);
  newsparse_result_free(r);
  r = tu_parse("Shares fell in Mexico on Monday.\n", NULL);
  ck_assert_uint_eq(newsparse_result_count(r, NEWSPARSE_PART_WARNING), 0);
  newsparse_result_free(r);
}
END_TEST

/* Bytes no text has (an executable's NULs, UTF-16) give binary-input and
 * no structure or entities; a few controls in prose do not. */
START_TEST(binary_input_is_reported_not_parsed) {
  char bin[400];
  static const char utf16[] = "M\0e\0x\0i\0c\0o\0 \0a\0n\0d\0 \0C\0a\0n\0a\0d\0a\0\n\0";
  static const char prose[] = "Mexico\x01 and Canada\x02 signed the deal on Monday in Ottawa.\n";
  /* Latin-1 text: invalid as UTF-8 in places, but text */
  static const char latin1[] = "Le caf\xE9 de la r\xE9gion \xE0 Qu\xE9" "bec a ferm\xE9 lundi.\n";
  newsparse_result *r = NULL;
  newsparse_error err;
  size_t i;
  for (i = 0; i < sizeof bin; i++)
    bin[i] = (char)(i % 3 == 0 ? 0 : "ELF Mexico"[i % 10]);
  ck_assert_int_eq(newsparse_parse(tu_builtin_engine(), bin, sizeof bin, NULL, &r, &err), 0);
  ck_assert_str_eq(warning_code(r, newsparse_result_count(r, NEWSPARSE_PART_WARNING) - 1),
                   "binary-input");
  ck_assert_uint_eq(newsparse_result_count(r, NEWSPARSE_PART_HEADLINE), 0);
  ck_assert_uint_eq(newsparse_result_count(r, NEWSPARSE_PART_PARAGRAPH), 0);
  ck_assert_uint_eq(newsparse_result_count(r, NEWSPARSE_PART_ENTITY), 0);
  newsparse_result_free(r);
  ck_assert_int_eq(
      newsparse_parse(tu_builtin_engine(), utf16, sizeof utf16 - 1, NULL, &r, &err), 0);
  ck_assert_str_eq(warning_code(r, 0), "binary-input");
  newsparse_result_free(r);
  r = tu_parse(latin1, NULL);
  ck_assert_uint_eq(newsparse_result_count(r, NEWSPARSE_PART_WARNING), 1);
  ck_assert_str_eq(warning_code(r, 0), "repaired-utf8");
  ck_assert_uint_eq(newsparse_result_count(r, NEWSPARSE_PART_PARAGRAPH), 1);
  newsparse_result_free(r);
  r = tu_parse(prose, NULL);
  ck_assert_uint_eq(newsparse_result_count(r, NEWSPARSE_PART_WARNING), 0);
  ck_assert_int_ge(tu_find_entity(r, NEWSPARSE_LABEL_COUNTRY, "Canada"), 0);
  newsparse_result_free(r);
}
END_TEST

Suite *input_suite(void) {
  Suite *s = suite_create("input");
  TCase *tc = tcase_create("core");
  tcase_add_test(tc, ascii_is_identity);
  tcase_add_test(tc, crlf_and_cr_become_lf);
  tcase_add_test(tc, decomposed_accent_composes);
  tcase_add_test(tc, invalid_bytes_repaired_or_refused);
  tcase_add_test(tc, surrogates_and_overlongs_are_invalid);
  tcase_add_test(tc, controls_and_format_characters);
  tcase_add_test(tc, controls_inside_long_ascii_runs);
  tcase_add_test(tc, offset_map_properties);
  tcase_add_test(tc, matches_whole_string_nfc);
  tcase_add_test(tc, repaired_bytes_are_reported);
  tcase_add_test(tc, binary_input_is_reported_not_parsed);
  tcase_set_timeout(tc, 120);
  suite_add_tcase(s, tc);
  return s;
}
