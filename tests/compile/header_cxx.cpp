// The public header compiles as C++ and links from C++ (extern "C").
#include "newsparse.h"

int main() {
  newsparse_engine *e = 0;
  newsparse_error err;
  if (newsparse_engine_new(0, &e, &err) != NEWSPARSE_OK)
    return 1;
  newsparse_engine_free(e);
  return newsparse_label_name(NEWSPARSE_LABEL_PERSON) ? 0 : 1;
}
