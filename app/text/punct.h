/* punct.h - CJK punctuation classes and where two adjacent marks are set
 * closer: punctuation compression (CLREQ, "Requirements for Chinese Text
 * Layout", W3C, §3.1.6; JIS X 4051 §3.1.4 for the same rule in Japanese).
 *
 * A full-width mark's glyph fills half of its em: a closing mark and the
 * pause marks (、，。：；！？ ” ） 》) keep a half-em blank on their right,
 * an opening mark (“ （ 《) on its left. Two marks side by side then leave
 * a whole em of blank between their inks ("二、“十四五”" reads as
 * "二、 “十四五”"); CLREQ sets one of the two half-width. Pure: the
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

/* One place where two marks meet. */
typedef struct kf_punct_joint {
    size_t at;         /* byte offset of the second mark in the string   */
    uint32_t first;    /* the mark before it                             */
    uint32_t second;   /* the mark at `at`                               */
    int squeeze_first; /* 1: the first mark's right blank goes (a closing
                          mark before any mark), 0: the second's left
                          blank (an opening mark after an opening mark)  */
} kf_punct_joint;

/* Finds the joints of s[0..len) in order: a closing mark followed by a
 * closing or an opening mark, or an opening mark followed by an opening
 * one. Stores at most max of them in out and returns how many there are
 * (may be more than max; out may be NULL when max is 0). */
int kf_punct_joints(const char *s, size_t len, kf_punct_joint *out, int max);

#endif
