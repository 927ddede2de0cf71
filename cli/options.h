/* options.h - the command line of the newsparse CLI (options.c). */
#ifndef NSP_CLI_OPTIONS_H
#define NSP_CLI_OPTIONS_H

#include <stddef.h>

#define EXIT_OK 0
#define EXIT_IO 1
#define EXIT_USAGE 2
#define EXIT_RECORDS 3

/* How documents are written. */
typedef enum out_format {
  FORMAT_DEFAULT = 0, /* json for FILEs and stdin, jsonl with --jsonl */
  FORMAT_JSON,
  FORMAT_JSONL,
  FORMAT_TSV,
  FORMAT_CSV,
  FORMAT_HTML
} out_format;

typedef struct config {
  const char *dct;
  const char **rule_files;
  size_t n_rule_files;
  int no_builtin;
  int jsonl;
  int threads;
  int progress;
  out_format format;
  unsigned flags;   /* NEWSPARSE_OPT_* */
  size_t max_bytes; /* 0: the library's default */
  const char **files;
  size_t n_files;
} config;

/*
 * Fill cfg from argv (getopt_long: --opt=value, --opt value, "--" ends the
 * options).  Returns EXIT_OK to go on, EXIT_USAGE after a message naming
 * the option, or -1 after --help or --version were printed.  cfg's arrays
 * are allocated here; free them with config_free().
 */
int config_parse(int argc, char **argv, config *cfg);
void config_free(config *cfg);

#endif
