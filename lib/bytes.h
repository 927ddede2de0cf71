/* bytes.h - word-at-a-time byte tests (8 bytes; exact for "is there any"). */
#ifndef NSP_BYTES_H
#define NSP_BYTES_H

#include <stdint.h>
#include <string.h>

#define NSP_ONES8 ((uint64_t)0x0101010101010101u)
#define NSP_HIGHS8 ((uint64_t)0x8080808080808080u)
static inline uint64_t nsp_load8(const char *p) {
  uint64_t x;
  memcpy(&x, p, 8);
  return x;
}
/* Non-zero when a byte of x is below n (exact for n == 1; for a larger n
 * <= 0x80, when no byte of x is 0x80 or above). */
static inline uint64_t nsp_any_below8(uint64_t x, unsigned n) {
  return (x - NSP_ONES8 * n) & ~x & NSP_HIGHS8;
}
/* Non-zero when a byte of x equals c. */
static inline uint64_t nsp_any_eq8(uint64_t x, unsigned char c) {
  return nsp_any_below8(x ^ (NSP_ONES8 * c), 1);
}

#endif
