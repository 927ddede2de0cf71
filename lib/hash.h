/* hash.h - the hash and the equality of token keys, shared by the token
 * stage (which hashes every key as it makes it) and the phrase tables. */
#ifndef NSP_HASH_H
#define NSP_HASH_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

/* FNV-1a of a key, never 0.  A phrase's hash continues from its first
 * word's: nsp_hash_more(state, " next", 5), then nsp_hash_done. */
#define NSP_HASH_INIT 2166136261u
static inline uint32_t nsp_hash_byte(uint32_t h, unsigned char b) { return (h ^ b) * 16777619u; }
static inline uint32_t nsp_hash_more(uint32_t h, const char *s, size_t n) {
  size_t i;
  for (i = 0; i < n; i++)
    h = nsp_hash_byte(h, (unsigned char)s[i]);
  return h;
}
static inline uint32_t nsp_hash_done(uint32_t h) { return h ? h : 1; }
/* Equality of two keys of n bytes.  Words are short: up to 16 bytes, two
 * overlapping loads from each side (the first and the last 8, 4 or 2
 * bytes; never a byte outside either key) instead of a loop, whose exit
 * the branch predictor cannot know. */
static inline int nsp_key_eq(const char *a, const char *b, size_t n) {
  if (n >= 8) {
    uint64_t a0, a1, b0, b1;
    if (n > 16)
      return memcmp(a, b, n) == 0;
    memcpy(&a0, a, 8);
    memcpy(&b0, b, 8);
    memcpy(&a1, a + n - 8, 8);
    memcpy(&b1, b + n - 8, 8);
    return ((a0 ^ b0) | (a1 ^ b1)) == 0;
  }
  if (n >= 4) {
    uint32_t a0, a1, b0, b1;
    memcpy(&a0, a, 4);
    memcpy(&b0, b, 4);
    memcpy(&a1, a + n - 4, 4);
    memcpy(&b1, b + n - 4, 4);
    return ((a0 ^ b0) | (a1 ^ b1)) == 0;
  }
  if (n >= 2) {
    uint16_t a0, a1, b0, b1;
    memcpy(&a0, a, 2);
    memcpy(&b0, b, 2);
    memcpy(&a1, a + n - 2, 2);
    memcpy(&b1, b + n - 2, 2);
    return ((a0 ^ b0) | (a1 ^ b1)) == 0;
  }
  return n == 0 || a[0] == b[0];
}
static inline uint32_t nsp_hash(const char *s, size_t n) {
  return nsp_hash_done(nsp_hash_more(NSP_HASH_INIT, s, n));
}

#endif
