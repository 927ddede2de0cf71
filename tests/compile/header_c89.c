/* The public header compiles as C89 with -pedantic (tests/CMakeLists.txt). */
#include "newsparse.h"

int main(void) {
  newsparse_options o;
  newsparse_options_init(&o);
  return newsparse_version() == NEWSPARSE_VERSION ? 0 : 1;
}
