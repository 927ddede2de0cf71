/*
 * sort.h - a stable merge sort, instantiated per element type.
 *
 * qsort calls its comparator through a pointer and moves elements a byte
 * count at a time; the tagger and the name stage sort small arrays of
 * structs once per document, where that overhead is most of the cost.
 * It is adaptive where that is cheap: a sorted array costs one pass, and
 * two neighbouring runs already in order are copied, not merged.
 * NSP_DEFINE_SORT(name, type, before) defines
 *
 *   static int name(type *a, size_t n, const newsparse_allocator *alc);
 *
 * which sorts a[0..n) so that no element is followed by one that is
 * before() it, keeping the input order of equal elements (as glibc's
 * merge-sort qsort does), and returns NEWSPARSE_OK or
 * NEWSPARSE_ERR_NOMEM.  before(x, y) takes two const type * and is
 * non-zero when *x must come first.
 */
#ifndef NSP_SORT_H
#define NSP_SORT_H

#include "alloc.h"

#define NSP_SORT_RUN 16

#define NSP_DEFINE_SORT(name, type, before)                                                        \
  static void name##_runs(type *a, size_t n) {                                                     \
    size_t s, i, j;                                                                                \
    for (s = 0; s < n; s += NSP_SORT_RUN) { /* insertion sort of each short run */                 \
      size_t e = n - s < NSP_SORT_RUN ? n : s + NSP_SORT_RUN;                                      \
      for (i = s + 1; i < e; i++) {                                                                \
        type x = a[i];                                                                             \
        for (j = i; j > s && before(&x, &a[j - 1]); j--)                                           \
          a[j] = a[j - 1];                                                                         \
        a[j] = x;                                                                                  \
      }                                                                                            \
    }                                                                                              \
  }                                                                                                \
  static int name(type *a, size_t n, const newsparse_allocator *alc) {                             \
    type *tmp, *from = a, *to;                                                                     \
    size_t width, s;                                                                               \
    for (s = 1; s < n && !before(&a[s], &a[s - 1]); s++) /* often sorted already */                \
      ;                                                                                            \
    if (s >= n)                                                                                    \
      return NEWSPARSE_OK;                                                                         \
    name##_runs(a, n);                                                                             \
    if (n <= NSP_SORT_RUN)                                                                         \
      return NEWSPARSE_OK;                                                                         \
    tmp = (type *)nsp_malloc(alc, n * sizeof(type));                                               \
    if (!tmp)                                                                                      \
      return NEWSPARSE_ERR_NOMEM;                                                                  \
    to = tmp;                                                                                      \
    for (width = NSP_SORT_RUN; width < n; width *= 2) { /* merge pairs of runs */                  \
      size_t lo;                                                                                   \
      type *swap;                                                                                  \
      for (lo = 0; lo < n; lo += 2 * width) {                                                      \
        size_t mid = n - lo < width ? n : lo + width, hi = n - mid < width ? n : mid + width;      \
        size_t i = lo, j = mid, k = lo;                                                            \
        if (j < hi && !before(&from[j], &from[j - 1])) { /* the two runs in order: one copy */     \
          memcpy(to + lo, from + lo, (hi - lo) * sizeof(type));                                    \
          continue;                                                                                \
        }                                                                                          \
        while (i < mid && j < hi)                                                                  \
          to[k++] = before(&from[j], &from[i]) ? from[j++] : from[i++];                            \
        while (i < mid)                                                                            \
          to[k++] = from[i++];                                                                     \
        while (j < hi)                                                                             \
          to[k++] = from[j++];                                                                     \
      }                                                                                            \
      swap = from;                                                                                 \
      from = to;                                                                                   \
      to = swap;                                                                                   \
    }                                                                                              \
    if (from != a)                                                                                 \
      memcpy(a, from, n * sizeof(type));                                                           \
    nsp_free(alc, tmp);                                                                            \
    return NEWSPARSE_OK;                                                                           \
  }

#endif
