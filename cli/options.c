/*
 * options.c - the newsparse command line.
 *
 * In: argv.  Out: a config, or a usage message naming what is wrong.
 * getopt_long does the parsing, so --opt=value, --opt value, "--" and
 * unambiguous prefixes all work as in other GNU-style tools.
 */
#include "options.h"

#include "newsparse.h"

#include <errno.h>
#include <getopt.h>
#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void usage(FILE *f) {
  fputs("Usage: newsparse [OPTIONS] [FILE...]\n"
        "       newsparse --jsonl [OPTIONS] [FILE]\n"
        "\n"
        "Parse raw news text into structure (headline, dateline, byline,\n"
        "paragraphs, sentences, related links) and entities.\n"
        "One FILE (or stdin, or -): a JSON object; several FILEs: a JSON array\n"
        "whose objects carry \"file\" (an unreadable FILE gives an error item).\n"
        "\n"
        "Options:\n"
        "  --jsonl              JSON Lines in ({\"id\", \"text\", \"dct\"} per line, from\n"
        "                       FILE or stdin), one output line per non-blank line\n"
        "  --format F           json, jsonl, tsv, csv or html (default: json; jsonl\n"
        "                       with --jsonl); tsv/csv: one row per entity\n"
        "  --html               the same as --format html: one self-contained page\n"
        "  --dct DATE           reference date YYYY-MM-DD[Thh:mm[:ss]] for relative\n"
        "                       dates; a record's own \"dct\" wins over it\n"
        "  --rules FILE         add a rule file (repeatable)\n"
        "  --no-builtin-rules   use only the --rules files\n"
        "  --threads N          worker threads for --jsonl, 1-64 (output identical)\n"
        "  --max-bytes N        the largest document parsed, in bytes; k, M, G\n"
        "                       suffixes (default 16M)\n"
        "  --progress           --jsonl: records, MB and MB/s on stderr, and a\n"
        "                       summary line at the end\n"
        "  --no-related         do not detect the trailing related-links list\n"
        "  --no-boilerplate     keep every line in the body: no article finding in a\n"
        "                       whole page's text, no \"boilerplate\" lines\n"
        "  --strict-utf8        invalid UTF-8 is an error instead of being repaired\n"
        "  --version            print versions and exit\n"
        "  -h, --help           print this help and exit\n"
        "  --                   end of options: what follows are FILEs\n"
        "\n"
        "Exit status:\n"
        "  0  every document parsed\n"
        "  1  input/output error (with several FILEs: after the readable ones\n"
        "     were written, an error item in place of each unreadable one)\n"
        "  2  usage error, bad option value (--dct) or a rule file that does not\n"
        "     load; nothing was processed and nothing written to stdout\n"
        "  3  --jsonl: some records gave error records; or a FILE was read but\n"
        "     could not be parsed (over --max-bytes, invalid UTF-8 with\n"
        "     --strict-utf8); every other document was written\n",
        f);
}

static void print_version(void) {
  char pcre[64];
  pcre2_config(PCRE2_CONFIG_VERSION, pcre);
  printf("newsparse %s (libnewsparse %s, Unicode %s, PCRE2 %s)\n", NEWSPARSE_VERSION_STRING,
         newsparse_version_string(), newsparse_unicode_version(), pcre);
}

/* "1048576", "512k", "16M", "1G": bytes, at least 1. */
static int parse_size(const char *s, size_t *out) {
  char *end;
  unsigned long long n;
  unsigned shift = 0;
  if (*s < '0' || *s > '9')
    return -1;
  errno = 0;
  n = strtoull(s, &end, 10);
  if (errno)
    return -1;
  if (*end == 'k' || *end == 'K')
    shift = 10;
  else if (*end == 'M')
    shift = 20;
  else if (*end == 'G')
    shift = 30;
  if (shift)
    end++;
  if (*end || n == 0 || n > ((unsigned long long)(size_t)-1 >> shift))
    return -1;
  *out = (size_t)(n << shift);
  return 0;
}

static int parse_format(const char *s, out_format *f) {
  static const struct {
    const char *name;
    out_format f;
  } names[] = {{"json", FORMAT_JSON},
               {"jsonl", FORMAT_JSONL},
               {"tsv", FORMAT_TSV},
               {"csv", FORMAT_CSV},
               {"html", FORMAT_HTML}};
  size_t k;
  for (k = 0; k < sizeof names / sizeof *names; k++)
    if (strcmp(s, names[k].name) == 0) {
      *f = names[k].f;
      return 0;
    }
  return -1;
}

enum {
  OPT_JSONL = 256,
  OPT_DCT,
  OPT_RULES,
  OPT_NO_BUILTIN,
  OPT_THREADS,
  OPT_FORMAT,
  OPT_HTML,
  OPT_MAX_BYTES,
  OPT_PROGRESS,
  OPT_NO_RELATED,
  OPT_NO_BOILERPLATE,
  OPT_STRICT_UTF8,
  OPT_VERSION
};

static const struct option long_options[] = {
    {"jsonl", no_argument, NULL, OPT_JSONL},
    {"dct", required_argument, NULL, OPT_DCT},
    {"rules", required_argument, NULL, OPT_RULES},
    {"no-builtin-rules", no_argument, NULL, OPT_NO_BUILTIN},
    {"threads", required_argument, NULL, OPT_THREADS},
    {"format", required_argument, NULL, OPT_FORMAT},
    {"html", no_argument, NULL, OPT_HTML},
    {"max-bytes", required_argument, NULL, OPT_MAX_BYTES},
    {"progress", no_argument, NULL, OPT_PROGRESS},
    {"no-related", no_argument, NULL, OPT_NO_RELATED},
    {"no-boilerplate", no_argument, NULL, OPT_NO_BOILERPLATE},
    {"strict-utf8", no_argument, NULL, OPT_STRICT_UTF8},
    {"version", no_argument, NULL, OPT_VERSION},
    {"help", no_argument, NULL, 'h'},
    {NULL, 0, NULL, 0}};

/* One option with its argument; EXIT_OK, EXIT_USAGE or -1 (done). */
static int take_option(int c, const char *arg, config *cfg) {
  char *end;
  long n;
  switch (c) {
  case 'h':
    usage(stdout);
    return -1;
  case OPT_VERSION:
    print_version();
    return -1;
  case OPT_JSONL:
    cfg->jsonl = 1;
    return EXIT_OK;
  case OPT_DCT:
    cfg->dct = arg;
    return EXIT_OK;
  case OPT_RULES:
    cfg->rule_files[cfg->n_rule_files++] = arg;
    return EXIT_OK;
  case OPT_NO_BUILTIN:
    cfg->no_builtin = 1;
    return EXIT_OK;
  case OPT_HTML:
    cfg->format = FORMAT_HTML;
    return EXIT_OK;
  case OPT_PROGRESS:
    cfg->progress = 1;
    return EXIT_OK;
  case OPT_NO_RELATED:
    cfg->flags |= NEWSPARSE_OPT_NO_RELATED;
    return EXIT_OK;
  case OPT_NO_BOILERPLATE:
    cfg->flags |= NEWSPARSE_OPT_NO_BOILERPLATE;
    return EXIT_OK;
  case OPT_STRICT_UTF8:
    cfg->flags |= NEWSPARSE_OPT_STRICT_UTF8;
    return EXIT_OK;
  case OPT_THREADS:
    n = strtol(arg, &end, 10);
    if (*end || end == arg || n < 1 || n > 64) {
      fprintf(stderr, "newsparse: --threads takes a number from 1 to 64, not '%s'\n", arg);
      return EXIT_USAGE;
    }
    cfg->threads = (int)n;
    return EXIT_OK;
  case OPT_FORMAT:
    if (parse_format(arg, &cfg->format) == 0)
      return EXIT_OK;
    fprintf(stderr, "newsparse: --format takes json, jsonl, tsv, csv or html, not '%s'\n", arg);
    return EXIT_USAGE;
  case OPT_MAX_BYTES:
    if (parse_size(arg, &cfg->max_bytes) == 0)
      return EXIT_OK;
    fprintf(stderr, "newsparse: --max-bytes takes a size such as 1048576, 512k or 64M, not '%s'\n",
            arg);
    return EXIT_USAGE;
  default:
    return EXIT_USAGE; /* getopt_long has said what is wrong */
  }
}

int config_parse(int argc, char **argv, config *cfg) {
  int c, rc;
  memset(cfg, 0, sizeof *cfg);
  cfg->threads = 1;
  cfg->rule_files = calloc((size_t)argc + 1, sizeof *cfg->rule_files);
  cfg->files = calloc((size_t)argc + 1, sizeof *cfg->files);
  if (!cfg->rule_files || !cfg->files) {
    fprintf(stderr, "newsparse: out of memory\n");
    return EXIT_USAGE;
  }
  opterr = 0; /* the messages below name the option without argv[0]'s path */
  optind = 1;
  while ((c = getopt_long(argc, argv, ":h", long_options, NULL)) != -1) {
    if (c == '?' || c == ':') {
      const char *what = argv[optind - 1];
      fprintf(stderr,
              c == ':' ? "newsparse: option '%s' needs a value (see --help)\n"
                       : "newsparse: unknown option '%s' (see --help)\n",
              what);
      return EXIT_USAGE;
    }
    if ((rc = take_option(c, optarg, cfg)) != EXIT_OK)
      return rc;
  }
  for (; optind < argc; optind++)
    cfg->files[cfg->n_files++] = argv[optind];
  if (cfg->jsonl && cfg->n_files > 1) {
    fprintf(stderr, "newsparse: --jsonl reads one FILE or stdin\n");
    return EXIT_USAGE;
  }
  if (cfg->progress && !cfg->jsonl) {
    fprintf(stderr, "newsparse: --progress goes with --jsonl\n");
    return EXIT_USAGE;
  }
  if (cfg->format == FORMAT_DEFAULT)
    cfg->format = cfg->jsonl ? FORMAT_JSONL : FORMAT_JSON;
  else if (cfg->jsonl && cfg->format == FORMAT_JSON)
    cfg->format = FORMAT_JSONL; /* one document per line is the only JSON form there */
  return EXIT_OK;
}

void config_free(config *cfg) {
  free(cfg->rule_files);
  free(cfg->files);
  cfg->rule_files = cfg->files = NULL;
}
