/* numfmt.h - figures as text: parsing the report's numbers, the count-up's
 * intermediate text, and a source quote made fit for the screen. Pure. */
#ifndef KF_NUMFMT_H
#define KF_NUMFMT_H
#include <stddef.h>

#define KF_NUM_MAX_PARTS 2 /* "4.5—5" is a range of two numbers */

/* A number as the report prints it: one or two parts (a range), each with
 * its value and the count of digits after the decimal point ("2.0" -> 1). */
typedef struct kf_number {
    int n_parts;
    double value[KF_NUM_MAX_PARTS];
    int decimals[KF_NUM_MAX_PARTS];
    int digits[KF_NUM_MAX_PARTS]; /* digits before the point, "2049" -> 4 */
} kf_number;

/* Parses text of the form D[.D] or D[.D]—D[.D] (U+2014 between). Returns 0
 * and fills *out, or -1 if text is not of that form (out is then undefined). */
int kf_num_parse(const char *text, kf_number *out);

/* The value of text's last part ("4.5—5" -> 5, "83.9" -> 83.9), what a bar
 * or a scale measures it by; 0 if kf_num_parse rejects text. */
double kf_num_magnitude(const char *text);

/* Writes into buf (size n) the text of `final` at count-up progress t
 * (0..1). A number that counts keeps the final text's shape from the first
 * frame to the last, so it never moves on screen: each part runs from the
 * smallest number with the final's count of digits before the point (0 for
 * one digit: "5.2" from 0.0, "1309" from 1000, "83.9" from 10.0) up to the
 * final, with the final's decimals, rounded down, so it never shows more
 * than the final value and never goes backwards as t grows. A part that
 * would pass through fewer than KF_NUM_MIN_STEPS values ("5", "16", "100")
 * does not count: it shows its final text throughout. At t >= 1 the result
 * is `final` byte for byte. Text that kf_num_parse rejects is copied
 * unchanged. Returns the length written (always NUL-terminated; truncated
 * if n is too small). */
size_t kf_num_countup(const char *final, double t, char *buf, size_t n);

#define KF_NUM_MIN_STEPS 10

/* kf_num_countup, but counting up from `start` (a before value: "75.6" ->
 * "76.5") when start and final are single numbers of one shape (the same
 * digits before the point and decimals) and start < final: the text runs
 * from start to final, rounded down, whatever the number of steps. Any
 * other start ("" included) counts as kf_num_countup does. */
size_t kf_num_countup_from(const char *final, const char *start, double t, char *buf, size_t n);

/* 1 if kf_num_countup_from(final, start, ...) changes with t. */
int kf_num_counts_from(const char *final, const char *start);

/* 1 if some part of `final` counts (see kf_num_countup), else 0. */
int kf_num_counts(const char *final);

/* The count-up's easing: maps elapsed/duration (clamped to 0..1) to the
 * progress that kf_num_countup takes. Ease-out, so big numbers settle. */
double kf_num_ease(double x);

/* Copies a verbatim quote into buf (size n) for display: the PDF
 * extraction's ASCII , ; : ? ! ( ) become their full-width forms unless both
 * neighbours are ASCII letters or digits, and runs of whitespace go away
 * where a CJK character is on either side. Returns the length written. */
size_t kf_num_quote_for_display(const char *quote, char *buf, size_t n);

#endif
