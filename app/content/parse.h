/* parse.h - the figures source format, its one grammar: a buffer in, a
 * table (figures.h) or every problem as "NAME:LINE: what is wrong" out. The
 * build's generator (tools/gen_figures.c) wraps it; nothing else reads the
 * format. This comment is the format's manual.
 *
 * THE FORMAT
 * UTF-8 text, tab-separated, one row a line. A UTF-8 BOM at the start and
 * CRLF line endings are accepted. Line 1 is the header, exactly these 16
 * names separated by tabs:
 *     id section slide kind title dwell period label pre value unit post from delta icon source
 * Every further line is a row of exactly 16 columns (15 tabs):
 *   id       required, unique, 1-40 of a-z 0-9 -
 *   section  required, 1-20 characters: the report's part, in the header
 *   slide    required, the slide's key, 1-40 of a-z 0-9 -
 *   kind     section | hero | grid | change | targets | statements |
 *            ring | pair | bars (the charts, below)
 *   title    required, 1-12 characters: the slide's heading
 *   dwell    empty (the default) or whole seconds from 3 to 60
 *   period   when the figure holds: 2025 (a 2025 result), fyp14 (十四五,
 *            2021-2025), fyp15 (a 十五五 goal), 2026 (a 2026 target or
 *            plan) or 2035; empty on a section row, required elsewhere
 *   label    required; at most 10 characters on bars slides, 14 on grid,
 *            change, ring and pair slides, 40 on statements slides, 20 on
 *            the others (on a section slide: the big title); a statement
 *            on a targets slide at most 24, on a pair slide 14
 *   pre      at most 6 characters: a qualifier before the number (近 超
 *            控制在 居全国各城市)
 *   value    the number as the report prints it: DIGITS[.DIGITS], or a
 *            range DIGITS[.DIGITS]—DIGITS[.DIGITS] (one em dash, U+2014,
 *            low to high), at most 20 characters; or a quantity the report
 *            writes in words, 1-6 characters with no ASCII and no
 *            punctuation (五成 一半 翻番 万亿; not on change, ring or bars
 *            slides, which draw the number). Required on hero, grid,
 *            change, ring and bars rows; empty on section and statements
 *            rows; a targets or pair row without one is a statement.
 *            Charts draw one number: no range on change, ring, pair or
 *            bars rows
 *   unit     at most 8 characters (万亿元 % 个百分点)
 *   post     at most 4 characters: a qualifier after the unit (左右 以上)
 *   from     change slides only, required there: the before value,
 *            DIGITS[.DIGITS], at most 20 characters
 *   delta    at most 24 characters: a secondary line (a section's subtitle)
 *   icon     empty, or on hero and grid rows a Material Icons name (1-40 of
 *            a-z 0-9 _: school, local_hospital), the card's pictogram;
 *            with an icon list (kf_parse_glyphs.icon) it must be one of the
 *            embedded icon font's
 *   source   required, 1-80 characters: the report's words, verbatim
 * A statement (a statements slide's row, a targets row without a value) is
 * words without a number: its label, with no pre, value, unit, post or
 * from. "Characters" are Unicode code points. A slide is the run of
 * consecutive rows with the same slide key; they repeat the same section,
 * kind, title, dwell and period, and a key is never used again after
 * another slide. Rows per slide: section 1, hero 1, grid 2-4, change 1,
 * targets 2-8, statements 1-8, ring 1-3, pair 2-6, bars 2-5.
 * The charts: a ring row's value is a share, unit %, above 0 and at most
 * 100. A pair slide's rows come in twos, a result (period 2025 or fyp14)
 * then its target (fyp15, 2026 or 2035), so its rows' periods differ (the
 * one exception to "repeat the period"); at least one row of a pair has a
 * value, and two values have one unit. Pre, value, unit and post together
 * are at most 14 characters on hero, targets and pair rows, 10 on grid and
 * change rows, 8 on ring and bars rows. Section slides have no pre, value, unit,
 * post, from or period. Every column is valid
 * UTF-8 without control characters, noncharacters (U+FDD0..U+FDEF,
 * U+xxFFFE, U+xxFFFF) or regional indicators (U+1F1E6..U+1F1FF, which the
 * line breaker cannot take), and starts and ends with no space (U+0020 or
 * another Unicode space); label, title, delta, pre, unit and post have no
 * space next to a digit 0-9. A line with nothing on it is skipped; a row of
 * only tabs or spaces is an error. A line is at most KF_PARSE_MAX_LINE
 * bytes (without its line end). The table counts as figures the rows with a
 * value; it must have at least one. When the caller says which characters
 * it can draw (kf_parse_glyphs), every character a slide shows (section,
 * title, label, pre, value, unit, post, from, delta, and source as the
 * footer shows it: kf_num_quote_for_display) must be one of them.
 *
 * ERRORS
 * Every problem of the file is found, in line order: a message without the
 * name and line ("value \"5,2\" is not a number"), its line (1-based, as
 * an editor counts; KF_PARSE_LINELESS for a problem of the whole file, "no
 * figures"). The first KF_PARSE_MAX_ERRORS are kept. A row that cannot be
 * split into its 16 columns is reported alone, and the row counts of the
 * slides beside it are not checked (they are unknown). */
#ifndef KF_PARSE_H
#define KF_PARSE_H
#include <limits.h>
#include <stdio.h>

#include "figures.h"

#define KF_PARSE_MAX_LINE   65536L  /* bytes in a line, without its end  */
#define KF_PARSE_MAX_ERRORS 100     /* kept; the rest are only counted   */
#define KF_PARSE_MSG_MAX    512     /* bytes in one message              */
#define KF_PARSE_LINELESS   INT_MAX /* the line of a whole-file problem  */

typedef struct kf_parse_error {
    int line;                    /* 1-based, or KF_PARSE_LINELESS */
    char text[KF_PARSE_MSG_MAX]; /* what is wrong                 */
} kf_parse_error;

struct kf_parse_mem;

/* Which characters the fonts that will draw the table have: has(ctx, cp)
 * returns 1 if every one of them has a glyph for code point cp. */
typedef struct kf_parse_glyphs {
    int (*has)(void *ctx, unsigned long cp);
    void *ctx;
    /* The icon font's code point for the Material Icons name name[0..n),
     * 0 if it has none; NULL: icon names are not resolved (the table's
     * icons are then ""). */
    unsigned long (*icon)(void *ctx, const char *name, size_t n);
} kf_parse_glyphs;

/* A parsed figures file: the table when there are no errors, else the
 * errors. Everything it points to lives until kf_parse_free. */
typedef struct kf_parsed {
    kf_table table;               /* valid when n_errors == 0            */
    const kf_parse_error *errors; /* the first ones, in line order       */
    int n_errors;                 /* kept, at most KF_PARSE_MAX_ERRORS   */
    long total_errors;            /* found (more than kept: some left out) */
    struct kf_parse_mem *mem;     /* private                             */
} kf_parsed;

/* Parses the whole figures file buf[0..len) (it may hold NULs: they are
 * errors), naming the table `name` (its source_name, copied). glyphs (may
 * be NULL: not checked) says which characters can be drawn; one that
 * cannot is "character U+XXXX (x) is not in the embedded font; run
 * tools/subset-fonts", once per character and row. Returns 0 with
 * out->table set and no errors, 1 with out->errors, or -1 when out of
 * memory (no errors, no table). Call kf_parse_free(out) in every case. */
int kf_parse_figures(const char *buf, size_t len, const char *name, const kf_parse_glyphs *glyphs,
                     kf_parsed *out);

/* Frees what kf_parse_figures kept; p is empty afterwards. */
void kf_parse_free(kf_parsed *p);

/* Writes p's errors to f, one a line, as "NAME:LINE: message" (a whole-file
 * problem: "NAME: message"), then "NAME: too many errors" if some were left
 * out. */
void kf_parse_write_errors(const kf_parsed *p, const char *name, FILE *f);

#endif
