/* punct.h - CJK punctuation classes and where two adjacent marks are set
 * closer: punctuation compression (CLREQ, "Requirements for Chinese Text
 * Layout", W3C, §3.1.6; JIS X 4051 §3.1.4 for the same rule in Japanese).
 *
 * A full-width mark's glyph fills half of its em: a closing mark and the
 * pause marks (、，。：；！？ ” ） 》) keep a half-em blank on their right,
 * an opening mark (“ （ 《) on its left. Two marks side by side then leave
 * a whole em of blank between their inks ("二、“十四五”" reads as
 * "二、 “十四五”"); CLREQ sets one of the two half-width.
 *
 * Quotation marks (“ ” ‘ ’) are also set half-width beside text, as CLREQ's
 * Kaiming style (开明式, §3.1.6) sets every mark but the stops: they share
 * their code points with Western quotes, and the full-width blank a CJK
 * font gives them reads as a word space ("“十四五” 成就"). Pure: the
 * pixels are text.c's (kf_text_width, kf_text_render). */
#ifndef KF_PUNCT_H
#define KF_PUNCT_H
#include <stddef.h>
#include <stdint.h>

typedef enum kf_punct_class {
    KF_PUNCT_NONE,    /* not a mark that compresses (ideographs, ·, …)  */
    KF_PUNCT_OPENING, /* “ ‘ （ 《 〈 「 『 【 〔 〖 ［ ｛: blank on the left */
    KF_PUNCT_CLOSING  /* ” ’ ） 》 … and 、，。：；！？: blank on the right */
} kf_punct_class;

/* The class of code point cp. */
kf_punct_class kf_punct_class_of(uint32_t cp);

/* One place where two marks, or a quotation mark and text, meet. */
typedef struct kf_punct_joint {
    size_t at;         /* byte offset of the second character            */
    uint32_t first;    /* the character before it                        */
    uint32_t second;   /* the character at `at`                          */
    int squeeze_first; /* 1: the first's right blank goes (a closing mark
                          before any mark, a closing quote before text),
                          0: the second's left blank (an opening mark
                          after an opening mark, an opening quote after
                          text)                                          */
} kf_punct_joint;

/* Finds the joints of s[0..len) in order: a closing mark followed by a
 * closing or an opening mark, an opening mark followed by an opening one,
 * a closing quotation mark followed by text (not a mark, not a space), or
 * text followed by an opening quotation mark. Stores at most max of them in out and returns how many there are
 * (may be more than max; out may be NULL when max is 0). */
int kf_punct_joints(const char *s, size_t len, kf_punct_joint *out, int max);

#endif
