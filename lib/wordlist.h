/* wordlist.h - is a word one of a list: the one look-up every stage uses
 * for its short lists of English words. */
#ifndef NSP_WORDLIST_H
#define NSP_WORDLIST_H

#include <stddef.h>
#include <string.h>

/* The word w[0..n) equals lit, byte for byte. */
static inline int nsp_word_is(const char *w, size_t n, const char *lit) {
  if (!n || w[0] != lit[0]) /* the first byte rules out most */
    return 0;
  return strlen(lit) == n && memcmp(w, lit, n) == 0;
}

/* The word is one of the NULL-terminated list; with fold, w's ASCII
 * capitals compare as lower case (the list is then lower-case). */
static inline int nsp_word_in(const char *w, size_t n, const char *const *list, int fold) {
  size_t i;
  int first = n ? (unsigned char)w[0] : 0;
  if (fold && first >= 'A' && first <= 'Z')
    first += 32;
  for (; *list; list++) {
    if ((unsigned char)(*list)[0] != first || strlen(*list) != n)
      continue; /* the first byte turns most away before strlen */
    for (i = 0; i < n; i++) {
      int c = (unsigned char)w[i];
      if (fold && c >= 'A' && c <= 'Z')
        c += 32;
      if (c != (unsigned char)(*list)[i])
        break;
    }
    if (i == n)
      return 1;
  }
  return 0;
}

#endif
