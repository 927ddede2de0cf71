/* run.h - the two ways the CLI runs: FILEs (files.c) and --jsonl
 * (batch.c).  Each returns the exit status. */
#ifndef NSP_CLI_RUN_H
#define NSP_CLI_RUN_H

#include "newsparse.h"
#include "options.h"

int run_files(const config *cfg, const newsparse_engine *engine);
int run_jsonl(const config *cfg, const newsparse_engine *engine);

#endif
