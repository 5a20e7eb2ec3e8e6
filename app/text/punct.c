/* punct.c - CJK punctuation classes and compression joints (see punct.h). */
#include "punct.h"

#include "utf8.h"

kf_punct_class kf_punct_class_of(uint32_t cp)
{
    switch (cp) {
    case 0x201C: /* “ */
    case 0x2018: /* ‘ */
    case 0xFF08: /* （ */
    case 0x300A: /* 《 */
    case 0x3008: /* 〈 */
    case 0x300C: /* 「 */
    case 0x300E: /* 『 */
    case 0x3010: /* 【 */
    case 0x3014: /* 〔 */
    case 0x3016: /* 〖 */
    case 0xFF3B: /* ［ */
    case 0xFF5B: /* ｛ */ return KF_PUNCT_OPENING;
    case 0x201D: /* ” */
    case 0x2019: /* ’ */
    case 0xFF09: /* ） */
    case 0x300B: /* 》 */
    case 0x3009: /* 〉 */
    case 0x300D: /* 」 */
    case 0x300F: /* 』 */
    case 0x3011: /* 】 */
    case 0x3015: /* 〕 */
    case 0x3017: /* 〗 */
    case 0xFF3D: /* ］ */
    case 0xFF5D: /* ｝ */
    case 0x3001: /* 、 */
    case 0xFF0C: /* ， */
    case 0x3002: /* 。 */
    case 0xFF1A: /* ： */
    case 0xFF1B: /* ； */
    case 0xFF01: /* ！ */
    case 0xFF1F: /* ？ */ return KF_PUNCT_CLOSING;
    default: return KF_PUNCT_NONE;
    }
}

/* 1 for the quotation marks set half-width beside text (see punct.h). */
static int is_quote(uint32_t cp)
{
    return cp == 0x201C || cp == 0x201D || cp == 0x2018 || cp == 0x2019;
}

/* 1 for text a quotation mark is set tight against: not a mark, not a
 * space, not the start of the string (0). */
static int is_text(uint32_t cp, kf_punct_class c)
{
    return c == KF_PUNCT_NONE && cp > 0x20 && cp != 0x3000 && cp != 0xA0;
}

int kf_punct_joints(const char *s, size_t len, kf_punct_joint *out, int max)
{
    int n = 0;
    uint32_t prev = 0;
    kf_punct_class prev_class = KF_PUNCT_NONE;
    for (size_t i = 0; i < len;) {
        uint32_t cp;
        int l = kf_utf8_decode(s + i, len - i, &cp);
        kf_punct_class c = kf_punct_class_of(cp);
        int squeeze_first = prev_class == KF_PUNCT_CLOSING;
        int joint = (prev_class == KF_PUNCT_CLOSING && c != KF_PUNCT_NONE) ||
                    (prev_class == KF_PUNCT_OPENING && c == KF_PUNCT_OPENING);
        if (!joint && prev_class == KF_PUNCT_CLOSING && is_quote(prev) && is_text(cp, c))
            joint = 1; /* ”成: the quote's right blank */
        if (!joint && c == KF_PUNCT_OPENING && is_quote(cp) && is_text(prev, prev_class))
            joint = 1, squeeze_first = 0; /* 和“: the quote's left blank */
        if (joint) {
            if (n < max) out[n] = (kf_punct_joint){i, prev, cp, squeeze_first};
            n++;
        }
        prev = cp, prev_class = c;
        i += (size_t)l;
    }
    return n;
}
