/* wrap.h - where a line of Chinese text may break, and greedy filling
 * of lines to a width. Pure: widths come from a caller's measure function.
 *
 * Opportunities come from libunibreak (UAX #14, language "zh"), then three
 * rules of Chinese typesetting are enforced on top, each tested:
 *   - no line starts with closing punctuation  ，。、；：？！）」》%…
 *   - no line ends with opening punctuation    （「《“‘
 *   - a number is never split from its unit or qualifier: "近70万辆" and
 *     "0.4个百分点" stay whole. */
#ifndef KF_WRAP_H
#define KF_WRAP_H
#include <stddef.h>

/* Returns the width in pixels of s[0..len) as it would be drawn. */
typedef int (*kf_measure_fn)(void *ctx, const char *s, size_t len);

typedef struct kf_line {
    size_t start, len; /* byte range in the text, without trailing spaces */
    int width;         /* measured width                                  */
} kf_line;

/* Fills brk (strlen(text) bytes) with 1 where a line may break after that
 * byte, 0 elsewhere. The last byte is 1 (end of text). */
void kf_wrap_opportunities(const char *text, char *brk);

/* Breaks text into lines no wider than max_width, greedily, at the
 * opportunities above. Writes at most max_lines lines into lines and returns
 * the number of lines the text needs (which may exceed max_lines). Sets
 * *fits to 1 if every line fits in max_width (a piece with no opportunity
 * that is wider than max_width makes it 0). Returns -1 if out of memory. */
int kf_wrap(const char *text, int max_width, kf_measure_fn measure, void *ctx, kf_line *lines,
            int max_lines, int *fits);

#endif
