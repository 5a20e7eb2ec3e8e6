/* utf8.h - the few UTF-8 operations keyfig needs: decode one code point,
 * count code points, classify CJK. Pure, no allocation. */
#ifndef KF_UTF8_H
#define KF_UTF8_H
#include <stddef.h>
#include <stdint.h>

/* Decodes the code point at s[0..len). Returns its byte length (1-4) and
 * stores it in *cp; on an invalid or truncated sequence returns 1 and
 * stores U+FFFD, so a loop always advances. len must be > 0. */
int kf_utf8_decode(const char *s, size_t len, uint32_t *cp);

/* Returns the number of code points in the NUL-terminated s. */
size_t kf_utf8_count(const char *s);

/* Returns 1 if cp is a CJK ideograph or CJK/full-width punctuation, the
 * characters that take no spaces around them in Chinese text. */
int kf_utf8_is_cjk(uint32_t cp);

#endif
