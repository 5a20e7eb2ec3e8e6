/* wrap.h - where a line of Chinese text may break, and greedy filling
 * of lines to a width. Pure: widths come from a caller's measure function.
 *
 * Opportunities come from libunibreak (UAX #14, language "zh"), then three
 * rules of Chinese typesetting are enforced on top, each tested:
 *   - no line starts with closing punctuation  ，。、；：？！）」》%…
 *   - no line ends with opening punctuation    （「《“‘
 *   - a number is never split from its unit or qualifier, nor from the
 *     word before it: "近70万辆", "1月25日" and "450亿千瓦时" stay whole.
 *     The units come from the caller (the figures table's: every unit and
 *     qualifier it uses, and the calendar's 年 月 日 时 分 秒 届 期); after a
 *     number the longest unit is taken, again and again ("万" then "平方米"),
 *     then the longest start of a unit, two characters or more ("1.6万千瓦":
 *     千瓦 of 千瓦时); where no unit matches, the one character after the
 *     number still stays with it (a measure word: "50米", "36项").
 * Each opportunity is then told as between two words or inside one (ICU's
 * word boundaries, which segment Chinese with its CJK dictionary; libunibreak
 * has none; a one-ideograph word between ideographs counts as part of its
 * neighbours, 母亲河 and 市政协 whole, a run of them as one word, 年均): lines
 * break between words where that fills a line at least half, so "一般公共预算收入增长" breaks as
 * 一般公共|预算收入增长, not 一般公共预|算收入增长. The text handed to libunibreak never holds what
 * Debian 12's libunibreak 1.1 asserts on (U+FFFF, which it takes for the end of the text, other
 * noncharacters, regional indicators): each is replaced by U+FFFD (or, for
 * a four-byte one, U+20000) of the same length in a copy. */
#ifndef KF_WRAP_H
#define KF_WRAP_H
#include <stddef.h>

/* Returns the width in pixels of s[0..len) as it would be drawn. */
typedef int (*kf_measure_fn)(void *ctx, const char *s, size_t len);

typedef struct kf_line {
    size_t start, len; /* byte range in the text, without trailing spaces */
    int width;         /* measured width                                  */
} kf_line;

/* What kf_wrap_opportunities stores after a byte. */
enum {
    KF_BREAK_NONE = 0,        /* no line break after this byte              */
    KF_BREAK_INSIDE_WORD = 1, /* allowed, but it splits a word              */
    KF_BREAK_WORD = 2         /* allowed, between two words (or at the end) */
};

/* Fills brk (strlen(text) bytes) with where a line may break after that
 * byte: KF_BREAK_WORD or KF_BREAK_INSIDE_WORD (ICU's word boundaries tell
 * them apart) at UAX #14 break opportunities (libunibreak, "zh"), less
 * those kinsoku forbids (no closing punctuation at a line's start, no
 * opening one at its end), those inside a 《》 or “” pair of at most 12
 * characters, those inside a number with its unit, and those inside the
 * report's compound terms ICU splits (自贸试验区, 社会主义); KF_BREAK_NONE
 * elsewhere. The last byte is KF_BREAK_WORD (end of text). units: the units
 * that stay with a number, NULL-terminated, any order (NULL: none). Returns
 * 0, or -1 when out of memory (brk then allows breaks everywhere). Costs
 * one ICU segmentation (some 25 us): compute it once per text. */
int kf_wrap_opportunities(const char *text, const char *const *units, char *brk);

/* Breaks text into lines no wider than max_width, greedily, at the
 * opportunities brk (kf_wrap_opportunities of text): each line ends at the
 * last opportunity between words that fits, unless that fills less than
 * half of max_width; then at the last opportunity that fits. Writes at most
 * max_lines lines into lines and returns the number of lines the text needs
 * (which may exceed max_lines). Sets *fits to 1 if every line fits in
 * max_width (a piece with no opportunity that is wider than max_width makes
 * it 0). */
int kf_wrap(const char *text, const char *brk, int max_width, kf_measure_fn measure, void *ctx,
            kf_line *lines, int max_lines, int *fits);

/* Balances lines already wrapped into n lines (n >= 1, from kf_wrap at some
 * width <= width, fitting): rewraps text at the narrowest width that still
 * gives n fitting lines, so the lines are near the same length and the
 * last one is never a character alone (停车|位 becomes 停|车位 at worst,
 * 城镇调查失业|率 becomes 城镇调查|失业率): CSS text-wrap: balance. Of the
 * widths that do, the narrowest whose lines break inside a word no more
 * often than the given lines (so 办理市|政协提案 never becomes 办理市政|协提案
 * for the sake of balance). Rewrites lines[0..n) and returns the widest
 * line's width (px). */
int kf_wrap_balance(const char *text, const char *brk, int width, kf_measure_fn measure, void *ctx,
                    kf_line *lines, int n);

#endif
