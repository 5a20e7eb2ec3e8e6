/* utf8.c - UTF-8 decoding and counting (see utf8.h). */
#include "utf8.h"

int kf_utf8_decode(const char *s, size_t len, uint32_t *cp)
{
    const unsigned char *u = (const unsigned char *)s;
    int n;
    uint32_t c, min;

    if (u[0] < 0x80) {
        *cp = u[0];
        return 1;
    }
    if ((u[0] & 0xE0) == 0xC0) {
        n = 2, c = u[0] & 0x1F, min = 0x80;
    } else if ((u[0] & 0xF0) == 0xE0) {
        n = 3, c = u[0] & 0x0F, min = 0x800;
    } else if ((u[0] & 0xF8) == 0xF0) {
        n = 4, c = u[0] & 0x07, min = 0x10000;
    } else {
        goto bad;
    }
    if ((size_t)n > len) goto bad;
    for (int i = 1; i < n; i++) {
        if ((u[i] & 0xC0) != 0x80) goto bad;
        c = (c << 6) | (u[i] & 0x3F);
    }
    if (c < min || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) goto bad;
    *cp = c;
    return n;
bad:
    *cp = 0xFFFD;
    return 1;
}

size_t kf_utf8_count(const char *s)
{
    size_t n = 0, len = 0;
    while (s[len]) len++;
    for (size_t i = 0; i < len; n++) {
        uint32_t cp;
        i += (size_t)kf_utf8_decode(s + i, len - i, &cp);
    }
    return n;
}

int kf_utf8_is_cjk(uint32_t cp)
{
    return (cp >= 0x2E80 && cp <= 0x9FFF) || /* radicals .. unified ideographs */
           (cp >= 0xF900 && cp <= 0xFAFF) || /* compatibility ideographs       */
           (cp >= 0xFE30 && cp <= 0xFE4F) || /* compatibility forms            */
           (cp >= 0xFF00 && cp <= 0xFFEF) || /* full-width forms               */
           (cp >= 0x2010 && cp <= 0x2027) || /* dashes, quotes, ellipsis       */
           (cp >= 0x3000 && cp <= 0x303F);   /* CJK symbols and punctuation    */
}
