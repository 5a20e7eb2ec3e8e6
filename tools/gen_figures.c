/* gen_figures.c - kf_gen_figures, the build's figures table generator. Owns
 * the format of assets/figures.tsv (this comment is its manual) and of the
 * generated figures_table.c (the table app/content/figures.h declares).
 *
 * Usage: kf_gen_figures INPUT.tsv OUTPUT.c [--name NAME] [--font FILE]...
 *
 * NAME names the input in every message and becomes the table's
 * source_name; without --name it is INPUT as given.
 *
 * THE FORMAT
 * UTF-8 text, tab-separated, one row a line. A UTF-8 BOM at the start and
 * CRLF line endings are accepted. Line 1 is the header, exactly these 14
 * names separated by tabs:
 *     id section slide kind title dwell label pre value unit post from delta source
 * Every further line is a row of exactly 14 columns (13 tabs):
 *   id       required, unique, 1-40 of a-z 0-9 -
 *   section  required, 1-20 characters: the report's part, in the header
 *   slide    required, the slide's key, 1-40 of a-z 0-9 -
 *   kind     section | hero | grid | change | targets
 *   title    required, 1-12 characters: the slide's heading
 *   dwell    empty (the default) or whole seconds from 3 to 60
 *   label    required; at most 14 characters on grid and change slides,
 *            20 on hero, targets and section slides (there: the big title)
 *   pre      at most 4 characters: a qualifier before the number (近 超)
 *   value    the number as the report prints it: DIGITS[.DIGITS], or a
 *            range DIGITS[.DIGITS]—DIGITS[.DIGITS] (one em dash, U+2014,
 *            low to high); at most 20 characters. Required, except on
 *            section slides, where it must be empty
 *   unit     at most 8 characters (万亿元 % 个百分点)
 *   post     at most 4 characters: a qualifier after the unit (左右 以上)
 *   from     change slides only, required there: the before value,
 *            DIGITS[.DIGITS], at most 20 characters
 *   delta    at most 24 characters: a secondary line (a section's subtitle)
 *   source   required, 1-80 characters: the report's words, verbatim
 * No column holds a noncharacter (U+FDD0..U+FDEF, U+xxFFFE, U+xxFFFF) or a
 * regional indicator (U+1F1E6..U+1F1FF), which the line breaker cannot take.
 * With --font FILE (given once per embedded face) every character a slide
 * shows (section, title, label, pre, value, unit, post, from, delta, and
 * source as the footer shows it) must have a glyph in each FILE.
 * "Characters" are Unicode code points. A slide is the run of consecutive
 * rows with the same slide key; they repeat the same section, kind, title
 * and dwell, and a key is never used again after another slide. Rows per
 * slide: section 1, hero 1, grid 2-4, change 1-3, targets 2-8. Section
 * slides have no pre, value, unit, post or from. Every column is valid
 * UTF-8 without control characters, and starts and ends with no space
 * (U+0020 or another Unicode space); label, title, delta, pre, unit and
 * post have no space next to a digit 0-9. A line with nothing on it is
 * skipped; a row of only tabs or spaces is an error. A line is at most
 * 65536 bytes (without its line end), the file at most 16 MiB. The table
 * counts as figures the rows with a value; it must have at least one.
 *
 * ERRORS
 * Every problem of the file is reported on stderr, in line order, as
 * "NAME:LINE: message" (LINE 1-based, as an editor counts; a problem of
 * the whole file, "NAME: no figures", has none), the first 100, then
 * "NAME: too many errors"; the exit status is 1 and OUTPUT is neither
 * written nor touched. A file that cannot be read: "NAME: cannot open:
 * <strerror>", exit 1. Bad usage: a usage line, exit 2. A row that cannot
 * be split into its 14 columns is reported alone, and the row counts of
 * the slides beside it are not checked (they are unknown).
 *
 * THE OUTPUT
 * A stamp comment, #include "figures.h", one static const kf_figure array
 * per slide (a section slide's one row is a figure with value ""), a static
 * const kf_slide array, the units (kf_table.units: see figures.h), and const
 * kf_table kf_figures. Strings are C
 * literals: backslash, double quote and '?' (trigraphs) escaped, every byte
 * outside printable ASCII as a three-digit octal escape (which never takes
 * in a following digit), so the literals are ASCII whatever the compiler's
 * charsets and the bytes in the program are exactly the TSV's. Same input,
 * same NAME: same bytes out. The text is built in memory, written to
 * OUTPUT.tmp, then renamed to OUTPUT; the temporary file is removed if that
 * fails. */
#include <errno.h>
#include <limits.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <ft2build.h>
#include FT_FREETYPE_H

#include "figures.h"
#include "numfmt.h"

#define KF_GEN_USAGE      "usage: kf_gen_figures INPUT.tsv OUTPUT.c [--name NAME] [--font FILE]...\n"
#define KF_GEN_MAX_FONTS  4
#define KF_GEN_NCOLS      14
#define KF_GEN_MAX_LINE   65536L      /* bytes in a line, without its end */
#define KF_GEN_MAX_FILE   (16L << 20) /* bytes in the file */
#define KF_GEN_MAX_ERRORS 100         /* printed; then "too many errors" */
#define KF_GEN_MSG_MAX    512         /* bytes in one message */
#define KF_GEN_QUOTE_CPS  32          /* code points of a quoted column */
#define KF_GEN_QUOTE_MAX  (KF_GEN_QUOTE_CPS * 4 + 4)
#define KF_GEN_KEY_MAX    40      /* id and slide key */
#define KF_GEN_NUMBER_MAX 20      /* value and from */
#define KF_GEN_LINELESS   INT_MAX /* a message about the whole file */

enum {
    KF_COL_ID,
    KF_COL_SECTION,
    KF_COL_SLIDE,
    KF_COL_KIND,
    KF_COL_TITLE,
    KF_COL_DWELL,
    KF_COL_LABEL,
    KF_COL_PRE,
    KF_COL_VALUE,
    KF_COL_UNIT,
    KF_COL_POST,
    KF_COL_FROM,
    KF_COL_DELTA,
    KF_COL_SOURCE
};

static const char *const kf_gen_cols[] = {"id",    "section", "slide", "kind",  "title",
                                          "dwell", "label",   "pre",   "value", "unit",
                                          "post",  "from",    "delta", "source"};
_Static_assert(sizeof kf_gen_cols / sizeof kf_gen_cols[0] == KF_GEN_NCOLS, "one name per column");

/* Per kind: its name in the TSV, its enum in the output, rows per slide,
 * the label's length limit. In kf_slide_kind order. */
/* clang-format off */
static const struct kf_gen_kind {
    const char *name, *enumerator;
    int min_rows, max_rows, label_max;
} kf_gen_kinds[] = {
    {"section", "KF_SLIDE_SECTION", 1, 1, 20},
    {"hero", "KF_SLIDE_HERO", 1, 1, 20},
    {"grid", "KF_SLIDE_GRID", 2, 4, 14},
    {"change", "KF_SLIDE_CHANGE", 1, 3, 14},
    {"targets", "KF_SLIDE_TARGETS", 2, 8, 20},
};
/* clang-format on */
_Static_assert(sizeof kf_gen_kinds / sizeof kf_gen_kinds[0] == KF_SLIDE_KIND_COUNT,
               "one entry per kf_slide_kind");

/* A run of bytes in the input buffer: not NUL-terminated, may hold NULs. */
typedef struct kf_gen_str {
    const char *s;
    size_t n;
} kf_gen_str;

/* What a pass over a column found. */
enum { KF_GEN_BAD_UTF8 = 1, KF_GEN_CONTROL = 2, KF_GEN_NONCHAR = 4, KF_GEN_RI = 8 };
typedef struct kf_gen_scan {
    unsigned bad; /* KF_GEN_BAD_UTF8 | KF_GEN_CONTROL | KF_GEN_NONCHAR | KF_GEN_RI */
    uint32_t odd; /* the first noncharacter or regional indicator */
    size_t cps;   /* code points */
    int starts_space, ends_space, all_space, space_by_digit;
} kf_gen_scan;

typedef struct kf_gen_row {
    kf_gen_str col[KF_GEN_NCOLS];
    int line;
    int kind; /* a kf_slide_kind, -1 when unknown */
    int dwell_ms;
    unsigned ok; /* bit c: column c is UTF-8 without controls */
} kf_gen_row;

typedef struct kf_gen_slide {
    size_t first;  /* its first row in kf_gen.rows */
    int n_rows;    /* rows of its first (only valid) run */
    int uncertain; /* an unreadable row beside it: count unknown */
} kf_gen_slide;

/* Open-addressing hash map from a string to a number. */
typedef struct kf_gen_slot {
    const char *s; /* NULL: an empty slot */
    size_t n, val;
} kf_gen_slot;
typedef struct kf_gen_map {
    kf_gen_slot *slots;
    size_t cap, n;
} kf_gen_map;

typedef struct kf_gen_msg {
    int line; /* KF_GEN_LINELESS: about the whole file */
    char text[KF_GEN_MSG_MAX];
} kf_gen_msg;

/* The state of one run over one file. */
typedef struct kf_gen {
    kf_gen_msg msgs[KF_GEN_MAX_ERRORS + 1]; /* the first errors, by line */
    int n_msgs;
    long n_errors; /* all errors found */
    kf_gen_row *rows;
    size_t n_rows, cap_rows;
    kf_gen_slide *slides;
    size_t n_slides, cap_slides;
    kf_gen_map ids;  /* id -> its line */
    kf_gen_map keys; /* slide key -> its index in slides */
    size_t cur;      /* slide of the last row with a key */
    int have_cur;
    int cur_counts;  /* rows still count toward cur (its first run) */
    int pending;     /* an unreadable row since the last keyed row */
    long unreadable; /* rows that could not be split or keyed */
    long n_figures;  /* rows with a value */
} kf_gen;

/* A growing output text; `oom` sticks once an allocation failed. */
typedef struct kf_gen_buf {
    char *p;
    size_t n, cap;
    int oom;
} kf_gen_buf;

/* ---- text ---------------------------------------------------------------- */

/* Decodes the code point at s[0..n), n >= 1. Returns its length in bytes and
 * sets *cp, or returns 0 if the bytes there are not valid UTF-8 (overlong
 * forms, surrogates and values past U+10FFFF are not). */
static size_t kf_gen_utf8(const unsigned char *s, size_t n, uint32_t *cp)
{
    unsigned char c = s[0];
    size_t len;
    uint32_t v, min;
    if (c < 0x80) {
        *cp = c;
        return 1;
    }
    if (c >= 0xC2 && c <= 0xDF) {
        len = 2, v = c & 0x1Fu, min = 0x80;
    } else if (c >= 0xE0 && c <= 0xEF) {
        len = 3, v = c & 0x0Fu, min = 0x800;
    } else if (c >= 0xF0 && c <= 0xF4) {
        len = 4, v = c & 0x07u, min = 0x10000;
    } else {
        return 0;
    }
    if (n < len) return 0;
    for (size_t i = 1; i < len; i++) {
        if ((s[i] & 0xC0) != 0x80) return 0;
        v = (v << 6) | (s[i] & 0x3Fu);
    }
    if (v < min || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF)) return 0;
    *cp = v;
    return len;
}

static int kf_gen_is_control(uint32_t cp) { return cp < 0x20 || (cp >= 0x7F && cp < 0xA0); }

/* Unicode's noncharacters: U+FDD0..U+FDEF and the last two of every plane
 * (libunibreak takes U+FFFF for the end of the text and asserts). */
static int kf_gen_is_nonchar(uint32_t cp)
{
    return (cp >= 0xFDD0 && cp <= 0xFDEF) || (cp & 0xFFFEu) == 0xFFFEu;
}

/* Regional indicators (flag letters), which Debian 12's libunibreak 1.1
 * has no line-breaking class for: it asserts on them. */
static int kf_gen_is_regional(uint32_t cp) { return cp >= 0x1F1E6 && cp <= 0x1F1FF; }

/* Unicode's space separators (Zs). */
static int kf_gen_is_space(uint32_t cp)
{
    return cp == 0x20 || cp == 0xA0 || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200A) ||
           cp == 0x202F || cp == 0x205F || cp == 0x3000;
}

static int kf_gen_is_digit(uint32_t cp) { return cp >= '0' && cp <= '9'; }

/* One pass over s: its encoding problems, length and spaces. */
static kf_gen_scan kf_gen_scan_str(kf_gen_str s)
{
    kf_gen_scan r = {.bad = 0, .cps = 0, .all_space = 1};
    const unsigned char *p = (const unsigned char *)s.s;
    uint32_t prev = 0, cp = 0;
    for (size_t i = 0; i < s.n;) {
        size_t len = kf_gen_utf8(p + i, s.n - i, &cp);
        if (len == 0) {
            r.bad |= KF_GEN_BAD_UTF8;
            cp = 0xFFFD;
            len = 1;
        } else if (kf_gen_is_control(cp)) {
            r.bad |= KF_GEN_CONTROL;
        } else if (kf_gen_is_nonchar(cp) || kf_gen_is_regional(cp)) {
            if (!(r.bad & (KF_GEN_NONCHAR | KF_GEN_RI))) r.odd = cp;
            r.bad |= kf_gen_is_nonchar(cp) ? KF_GEN_NONCHAR : KF_GEN_RI;
        }
        int space = kf_gen_is_space(cp);
        if (i == 0) r.starts_space = space;
        r.ends_space = space;
        r.all_space &= space;
        if (i > 0 &&
            ((space && kf_gen_is_digit(prev)) || (kf_gen_is_space(prev) && kf_gen_is_digit(cp))))
            r.space_by_digit = 1;
        prev = cp;
        r.cps++;
        i += len;
    }
    if (s.n == 0) r.all_space = 0;
    return r;
}

/* s as a NUL-terminated string for a message, in out[KF_GEN_QUOTE_MAX]: at
 * most KF_GEN_QUOTE_CPS code points then "…"; a byte that is not valid
 * UTF-8 and a control character show as '?'. Returns out. */
static const char *kf_gen_quote(char *out, kf_gen_str s)
{
    const unsigned char *p = (const unsigned char *)s.s;
    size_t o = 0, cps = 0, i = 0;
    while (i < s.n && cps < KF_GEN_QUOTE_CPS) {
        uint32_t cp;
        size_t len = kf_gen_utf8(p + i, s.n - i, &cp);
        if (len == 0 || kf_gen_is_control(cp)) {
            out[o++] = '?';
            i += len ? len : 1;
        } else {
            memcpy(out + o, p + i, len);
            o += len;
            i += len;
        }
        cps++;
    }
    if (i < s.n) {
        memcpy(out + o, "\xE2\x80\xA6", 3); /* … */
        o += 3;
    }
    out[o] = '\0';
    return out;
}

static int kf_gen_eq(kf_gen_str a, kf_gen_str b)
{
    return a.n == b.n && (a.n == 0 || memcmp(a.s, b.s, a.n) == 0);
}

/* Whether s holds the NUL-terminated needle. */
static int kf_gen_contains(kf_gen_str s, const char *needle)
{
    size_t k = strlen(needle);
    for (size_t i = 0; i + k <= s.n; i++)
        if (memcmp(s.s + i, needle, k) == 0) return 1;
    return 0;
}

/* Whether s is made of a-z, 0-9 and - only. */
static int kf_gen_key_chars(kf_gen_str s)
{
    for (size_t i = 0; i < s.n; i++) {
        char c = s.s[i];
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) return 0;
    }
    return 1;
}

/* ---- numbers --------------------------------------------------------------- */

/* The length of the DIGITS[.DIGITS] that s[0..n) starts with, 0 if none. */
static size_t kf_gen_number(const char *s, size_t n)
{
    size_t i = 0;
    while (i < n && s[i] >= '0' && s[i] <= '9') i++;
    if (i == 0) return 0;
    if (i < n && s[i] == '.') {
        size_t j = i + 1;
        while (j < n && s[j] >= '0' && s[j] <= '9') j++;
        if (j == i + 1) return 0;
        i = j;
    }
    return i;
}

#define KF_GEN_DASH "\xE2\x80\x94" /* — U+2014, the range's em dash */

/* Reads s as a value: returns 1 for a number, 2 for a range (and sets *low
 * to the length of its first number), 0 for anything else. */
static int kf_gen_value(kf_gen_str s, size_t *low)
{
    size_t a = kf_gen_number(s.s, s.n);
    if (a == 0) return 0;
    if (a == s.n) return 1;
    size_t rest = s.n - a;
    if (rest <= 3 || memcmp(s.s + a, KF_GEN_DASH, 3) != 0) return 0;
    if (kf_gen_number(s.s + a + 3, rest - 3) != rest - 3) return 0;
    *low = a;
    return 2;
}

/* Compares two DIGITS[.DIGITS] numbers by value: <0, 0 or >0. */
static int kf_gen_numcmp(const char *a, size_t an, const char *b, size_t bn)
{
    size_t ai = 0, bi = 0;
    while (ai < an && a[ai] >= '0' && a[ai] <= '9') ai++;
    while (bi < bn && b[bi] >= '0' && b[bi] <= '9') bi++;
    size_t az = 0, bz = 0; /* leading zeros */
    while (az + 1 < ai && a[az] == '0') az++;
    while (bz + 1 < bi && b[bz] == '0') bz++;
    if (ai - az != bi - bz) return ai - az < bi - bz ? -1 : 1;
    int c = memcmp(a + az, b + bz, ai - az);
    if (c) return c;
    /* the fractions, digit by digit, a missing digit being 0 */
    for (size_t i = 1; ai + i < an || bi + i < bn; i++) {
        char da = ai + i < an ? a[ai + i] : '0', db = bi + i < bn ? b[bi + i] : '0';
        if (da != db) return da < db ? -1 : 1;
    }
    return 0;
}

/* The dwell in seconds, 0 for an empty column, -1 if not 3..60. */
static int kf_gen_dwell(kf_gen_str s)
{
    long v = 0;
    if (s.n == 0) return 0;
    for (size_t i = 0; i < s.n; i++) {
        if (s.s[i] < '0' || s.s[i] > '9') return -1;
        if (v < 1000) v = v * 10 + (s.s[i] - '0');
    }
    return v >= 3 && v <= 60 ? (int)v : -1;
}

/* ---- the hash map ------------------------------------------------------------ */

static size_t kf_gen_hash(const char *s, size_t n)
{
    uint64_t h = 1469598103934665603u; /* FNV-1a */
    for (size_t i = 0; i < n; i++) h = (h ^ (unsigned char)s[i]) * 1099511628211u;
    return (size_t)h;
}

/* The slot holding key, or the empty slot where it would go. m->cap > 0. */
static kf_gen_slot *kf_gen_map_slot(const kf_gen_map *m, kf_gen_str key)
{
    size_t i = kf_gen_hash(key.s, key.n) & (m->cap - 1);
    while (m->slots[i].s && !kf_gen_eq((kf_gen_str){m->slots[i].s, m->slots[i].n}, key))
        i = (i + 1) & (m->cap - 1);
    return &m->slots[i];
}

/* Looks key up: if there, returns 1 and sets *val to its number; if not,
 * adds it with `val` and returns 0. Returns -1 when out of memory. */
static int kf_gen_map_put(kf_gen_map *m, kf_gen_str key, size_t *val)
{
    if ((m->n + 1) * 2 > m->cap) {
        size_t cap = m->cap ? m->cap * 2 : 64;
        kf_gen_map bigger = {calloc(cap, sizeof(kf_gen_slot)), cap, m->n};
        if (!bigger.slots) return -1;
        for (size_t i = 0; i < m->cap; i++)
            if (m->slots[i].s)
                *kf_gen_map_slot(&bigger, (kf_gen_str){m->slots[i].s, m->slots[i].n}) = m->slots[i];
        free(m->slots);
        *m = bigger;
    }
    kf_gen_slot *slot = kf_gen_map_slot(m, key);
    if (slot->s) {
        *val = slot->val;
        return 1;
    }
    *slot = (kf_gen_slot){key.s, key.n, *val};
    m->n++;
    return 0;
}

/* ---- messages ---------------------------------------------------------------- */

/* Records an error at `line`. Keeps the first KF_GEN_MAX_ERRORS + 1 by line
 * (in the order found within a line), counts them all. */
__attribute__((format(printf, 3, 4))) static void kf_gen_error(kf_gen *g, int line, const char *fmt,
                                                               ...)
{
    g->n_errors++;
    int n = g->n_msgs;
    if (n > KF_GEN_MAX_ERRORS && g->msgs[n - 1].line <= line) return;
    int at = n;
    while (at > 0 && g->msgs[at - 1].line > line) at--;
    if (n > KF_GEN_MAX_ERRORS) n--; /* the last one falls off */
    memmove(&g->msgs[at + 1], &g->msgs[at], (size_t)(n - at) * sizeof g->msgs[0]);
    g->msgs[at].line = line;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(g->msgs[at].text, sizeof g->msgs[at].text, fmt, ap);
    va_end(ap);
    g->n_msgs = n + 1;
}

static void kf_gen_print_errors(const kf_gen *g, const char *name)
{
    for (int i = 0; i < g->n_msgs && i < KF_GEN_MAX_ERRORS; i++) {
        if (g->msgs[i].line == KF_GEN_LINELESS) fprintf(stderr, "%s: %s\n", name, g->msgs[i].text);
        else fprintf(stderr, "%s:%d: %s\n", name, g->msgs[i].line, g->msgs[i].text);
    }
    if (g->n_errors > KF_GEN_MAX_ERRORS) fprintf(stderr, "%s: too many errors\n", name);
}

/* ---- rows ---------------------------------------------------------------------- */

/* A row that could not be read: the slide before it and the next one to
 * start may have lost a row, so their row counts go unchecked. */
static void kf_gen_unreadable(kf_gen *g)
{
    if (g->have_cur && g->cur_counts) g->slides[g->cur].uncertain = 1;
    g->pending = 1;
    g->unreadable++;
}

/* id and slide key: required, a-z 0-9 -, at most KF_GEN_KEY_MAX. */
static void kf_gen_check_key(kf_gen *g, const kf_gen_row *r, int c, const kf_gen_scan *sc)
{
    char q[KF_GEN_QUOTE_MAX];
    kf_gen_str s = r->col[c];
    if (s.n == 0) {
        kf_gen_error(g, r->line, "empty %s", kf_gen_cols[c]);
        return;
    }
    if (!kf_gen_key_chars(s))
        kf_gen_error(g, r->line, "%s \"%s\" may use only a-z, 0-9 and -", kf_gen_cols[c],
                     kf_gen_quote(q, s));
    if (sc->cps > KF_GEN_KEY_MAX)
        kf_gen_error(g, r->line, "%s is %zu characters, at most %d are allowed", kf_gen_cols[c],
                     sc->cps, KF_GEN_KEY_MAX);
}

/* The checks the shown columns share: required or not, at most `max` code
 * points (`where` ends the message: "" or " a hero slide"), and for
 * `digits` columns no space next to a digit. */
static void kf_gen_check_text(kf_gen *g, const kf_gen_row *r, int c, const kf_gen_scan *sc,
                              int required, size_t max, const char *where, int digits)
{
    if (required && r->col[c].n == 0) kf_gen_error(g, r->line, "empty %s", kf_gen_cols[c]);
    if (max && sc->cps > max)
        kf_gen_error(g, r->line, "%s is %zu characters, at most %zu fit%s", kf_gen_cols[c], sc->cps,
                     max, where);
    if (digits && sc->space_by_digit)
        kf_gen_error(g, r->line, "space next to a digit in %s", kf_gen_cols[c]);
}

/* value: a number or a range, low to high. */
static void kf_gen_check_value(kf_gen *g, const kf_gen_row *r)
{
    char q[KF_GEN_QUOTE_MAX];
    kf_gen_str s = r->col[KF_COL_VALUE];
    size_t low = 0;
    int v = kf_gen_value(s, &low);
    if (v == 0) {
        /* the dashes and tildes a range is mistyped with */
        static const char *const dashes[] = {
            "-", "~", "\xE2\x80\x93", "\xE2\x80\x95", "\xEF\xBD\x9E", "\xE3\x80\x9C", KF_GEN_DASH};
        int dash = 0;
        for (size_t i = 0; i < sizeof dashes / sizeof dashes[0]; i++)
            dash |= kf_gen_contains(s, dashes[i]);
        kf_gen_error(g, r->line, "value \"%s\" is not a number%s", kf_gen_quote(q, s),
                     dash ? " (a range is written 4.5\xE2\x80\x94"
                            "5, with one em dash)"
                          : "");
    } else if (v == 2 && kf_gen_numcmp(s.s, low, s.s + low + 3, s.n - low - 3) >= 0) {
        kf_gen_error(g, r->line, "value \"%s\" is not a range from low to high",
                     kf_gen_quote(q, s));
    }
}

/* from: required on change rows, one number; empty elsewhere. */
static void kf_gen_check_from(kf_gen *g, const kf_gen_row *r)
{
    char q[KF_GEN_QUOTE_MAX];
    kf_gen_str s = r->col[KF_COL_FROM];
    size_t low;
    if (s.n == 0) {
        if (r->kind == KF_SLIDE_CHANGE) kf_gen_error(g, r->line, "change row needs a from value");
        return;
    }
    if (r->kind >= 0 && r->kind != KF_SLIDE_CHANGE) {
        kf_gen_error(g, r->line, "from is only for change slides");
        return;
    }
    int v = kf_gen_value(s, &low);
    if (v == 0) kf_gen_error(g, r->line, "from \"%s\" is not a number", kf_gen_quote(q, s));
    else if (v == 2)
        kf_gen_error(g, r->line, "from \"%s\" is a range, from takes one number",
                     kf_gen_quote(q, s));
}

/* On a section slide pre, value, unit and post stay empty. */
static void kf_gen_check_section_empty(kf_gen *g, const kf_gen_row *r, int c)
{
    char q[KF_GEN_QUOTE_MAX];
    static const char *const what[KF_GEN_NCOLS] = {[KF_COL_PRE] = "pre text",
                                                   [KF_COL_VALUE] = "a value",
                                                   [KF_COL_UNIT] = "a unit",
                                                   [KF_COL_POST] = "post text"};
    if (r->kind == KF_SLIDE_SECTION && r->col[c].n > 0)
        kf_gen_error(g, r->line, "section slide \"%s\" must not have %s",
                     kf_gen_quote(q, r->col[KF_COL_SLIDE]), what[c]);
}

/* Checks one row's columns on their own, in column order; sets r->ok,
 * r->kind, r->dwell_ms. Returns -1 when out of memory. */
static int kf_gen_check_row(kf_gen *g, kf_gen_row *r)
{
    char q[KF_GEN_QUOTE_MAX];
    kf_gen_scan sc[KF_GEN_NCOLS];
    r->ok = 0;
    r->kind = -1;
    r->dwell_ms = 0;
    for (int c = 0; c < KF_GEN_NCOLS; c++) {
        sc[c] = kf_gen_scan_str(r->col[c]);
        if (!sc[c].bad) r->ok |= 1u << c;
    }
    /* the kind first: the other columns' rules depend on it */
    for (int k = 0; k < KF_SLIDE_KIND_COUNT; k++) {
        kf_gen_str name = {kf_gen_kinds[k].name, strlen(kf_gen_kinds[k].name)};
        if (kf_gen_eq(r->col[KF_COL_KIND], name)) r->kind = k;
    }

    for (int c = 0; c < KF_GEN_NCOLS; c++) {
        kf_gen_str s = r->col[c];
        if (sc[c].bad & KF_GEN_BAD_UTF8)
            kf_gen_error(g, r->line, "invalid UTF-8 in column %s", kf_gen_cols[c]);
        if (sc[c].bad & KF_GEN_CONTROL)
            kf_gen_error(g, r->line, "control character in column %s", kf_gen_cols[c]);
        if (sc[c].bad & (KF_GEN_NONCHAR | KF_GEN_RI))
            kf_gen_error(g, r->line, "U+%04X in column %s is %s", (unsigned)sc[c].odd,
                         kf_gen_cols[c],
                         kf_gen_is_nonchar(sc[c].odd)
                             ? "a noncharacter, not text"
                             : "a regional indicator, which the line breaker cannot take");
        if (sc[c].bad) continue;
        if (sc[c].starts_space) kf_gen_error(g, r->line, "%s starts with a space", kf_gen_cols[c]);
        if (sc[c].ends_space && !sc[c].all_space)
            kf_gen_error(g, r->line, "%s ends with a space", kf_gen_cols[c]);
        switch (c) {
        case KF_COL_ID:
            kf_gen_check_key(g, r, c, &sc[c]);
            if (s.n > 0) {
                size_t first = (size_t)r->line;
                int had = kf_gen_map_put(&g->ids, s, &first);
                if (had < 0) return -1;
                if (had)
                    kf_gen_error(g, r->line, "duplicate id \"%s\" (first at line %zu)",
                                 kf_gen_quote(q, s), first);
            }
            break;
        case KF_COL_SLIDE: kf_gen_check_key(g, r, c, &sc[c]); break;
        case KF_COL_SECTION: kf_gen_check_text(g, r, c, &sc[c], 1, 20, "", 0); break;
        case KF_COL_KIND:
            if (s.n == 0) kf_gen_error(g, r->line, "empty kind");
            else if (r->kind < 0)
                kf_gen_error(g, r->line,
                             "unknown slide kind \"%s\" (expected section, hero, grid, "
                             "change or targets)",
                             kf_gen_quote(q, s));
            break;
        case KF_COL_TITLE: kf_gen_check_text(g, r, c, &sc[c], 1, 12, "", 1); break;
        case KF_COL_DWELL: {
            int secs = kf_gen_dwell(s);
            if (secs < 0)
                kf_gen_error(g, r->line,
                             "dwell \"%s\" is not a whole number of seconds from 3 to 60",
                             kf_gen_quote(q, s));
            else r->dwell_ms = secs * 1000;
            break;
        }
        case KF_COL_LABEL: {
            char where[32] = "";
            size_t max = 0;
            if (r->kind >= 0) {
                max = (size_t)kf_gen_kinds[r->kind].label_max;
                snprintf(where, sizeof where, " a %s slide", kf_gen_kinds[r->kind].name);
            }
            kf_gen_check_text(g, r, c, &sc[c], 1, max, where, 1);
            break;
        }
        case KF_COL_PRE:
        case KF_COL_POST:
            kf_gen_check_text(g, r, c, &sc[c], 0, 4, "", 1);
            kf_gen_check_section_empty(g, r, c);
            break;
        case KF_COL_UNIT:
            kf_gen_check_text(g, r, c, &sc[c], 0, 8, "", 1);
            kf_gen_check_section_empty(g, r, c);
            break;
        case KF_COL_VALUE:
            if (s.n > 0) g->n_figures++;
            if (r->kind == KF_SLIDE_SECTION) {
                kf_gen_check_section_empty(g, r, c);
            } else if (s.n == 0) {
                if (r->kind >= 0) kf_gen_error(g, r->line, "empty value");
            } else {
                kf_gen_check_value(g, r);
                kf_gen_check_text(g, r, c, &sc[c], 0, KF_GEN_NUMBER_MAX, "", 0);
            }
            break;
        case KF_COL_FROM:
            kf_gen_check_from(g, r);
            kf_gen_check_text(g, r, c, &sc[c], 0, KF_GEN_NUMBER_MAX, "", 0);
            break;
        case KF_COL_DELTA: kf_gen_check_text(g, r, c, &sc[c], 0, 24, "", 1); break;
        case KF_COL_SOURCE: kf_gen_check_text(g, r, c, &sc[c], 1, 80, "", 0); break;
        }
    }
    return 0;
}

/* Rows of one slide repeat these columns of its first row. */
static void kf_gen_check_same(kf_gen *g, const kf_gen_row *r, const kf_gen_row *first)
{
    static const int cols[] = {KF_COL_SECTION, KF_COL_KIND, KF_COL_TITLE, KF_COL_DWELL};
    char key[KF_GEN_QUOTE_MAX], here[KF_GEN_QUOTE_MAX], there[KF_GEN_QUOTE_MAX];
    for (size_t i = 0; i < sizeof cols / sizeof cols[0]; i++) {
        int c = cols[i];
        unsigned bit = 1u << c;
        if ((r->ok & bit) && (first->ok & bit) && !kf_gen_eq(r->col[c], first->col[c]))
            kf_gen_error(g, r->line, "slide \"%s\" has %s \"%s\" here but \"%s\" at line %d",
                         kf_gen_quote(key, r->col[KF_COL_SLIDE]), kf_gen_cols[c],
                         kf_gen_quote(here, r->col[c]), kf_gen_quote(there, first->col[c]),
                         first->line);
    }
}

/* Puts the last row, rows[n_rows - 1], in its slide. Returns -1 when out of
 * memory. */
static int kf_gen_group(kf_gen *g)
{
    char q[KF_GEN_QUOTE_MAX];
    size_t ri = g->n_rows - 1;
    const kf_gen_row *r = &g->rows[ri];
    kf_gen_str key = r->col[KF_COL_SLIDE];
    if (!(r->ok & (1u << KF_COL_SLIDE)) || key.n == 0) {
        kf_gen_unreadable(g);
        return 0;
    }
    size_t idx = g->n_slides;
    int had = kf_gen_map_put(&g->keys, key, &idx);
    if (had < 0) return -1;
    if (!had) {
        if (g->n_slides == g->cap_slides) {
            size_t cap = g->cap_slides ? g->cap_slides * 2 : 16;
            kf_gen_slide *p = realloc(g->slides, cap * sizeof *p);
            if (!p) return -1;
            g->slides = p;
            g->cap_slides = cap;
        }
        g->slides[g->n_slides++] = (kf_gen_slide){ri, 1, g->pending};
        g->cur = idx;
        g->have_cur = 1;
        g->cur_counts = 1;
        g->pending = 0;
        return 0;
    }
    const kf_gen_row *first = &g->rows[g->slides[idx].first];
    if (!g->have_cur || idx != g->cur) {
        kf_gen_error(g, r->line, "slide \"%s\" starts again after other slides (first at line %d)",
                     kf_gen_quote(q, key), first->line);
        g->cur = idx;
        g->have_cur = 1;
        g->cur_counts = 0;
    } else if (g->cur_counts) {
        g->slides[idx].n_rows++;
    }
    g->pending = 0;
    kf_gen_check_same(g, r, first);
    return 0;
}

/* One line past the header, n > 0 bytes without its line end. Returns -1
 * when out of memory. */
static int kf_gen_row_line(kf_gen *g, int line, const char *s, size_t n)
{
    size_t blank = 0, tabs = 0;
    while (blank < n && (s[blank] == '\t' || s[blank] == ' ')) blank++;
    if (blank == n) {
        kf_gen_error(g, line, "row has no content, only tabs or spaces");
        kf_gen_unreadable(g);
        return 0;
    }
    for (size_t i = 0; i < n; i++) tabs += s[i] == '\t';
    if (tabs != KF_GEN_NCOLS - 1) {
        kf_gen_error(g, line, "expected %d columns, found %zu", KF_GEN_NCOLS, tabs + 1);
        kf_gen_unreadable(g);
        return 0;
    }
    kf_gen_row r;
    r.line = line;
    for (size_t c = 0, start = 0, i = 0; i <= n; i++) {
        if (i == n || s[i] == '\t') {
            r.col[c++] = (kf_gen_str){s + start, i - start};
            start = i + 1;
        }
    }
    if (kf_gen_check_row(g, &r) != 0) return -1;
    if (g->n_rows == g->cap_rows) {
        size_t cap = g->cap_rows ? g->cap_rows * 2 : 64;
        kf_gen_row *p = realloc(g->rows, cap * sizeof *p);
        if (!p) return -1;
        g->rows = p;
        g->cap_rows = cap;
    }
    g->rows[g->n_rows++] = r;
    return kf_gen_group(g);
}

/* What is wrong with the file as a whole, once every row is read. */
static void kf_gen_check_file(kf_gen *g)
{
    char q[KF_GEN_QUOTE_MAX];
    for (size_t i = 0; i < g->n_slides; i++) {
        const kf_gen_slide *sl = &g->slides[i];
        const kf_gen_row *first = &g->rows[sl->first];
        if (sl->uncertain || first->kind < 0) continue;
        const struct kf_gen_kind *k = &kf_gen_kinds[first->kind];
        if (sl->n_rows >= k->min_rows && sl->n_rows <= k->max_rows) continue;
        const char *noun = first->kind == KF_SLIDE_SECTION ? "row" : "figure";
        char expected[32];
        if (k->min_rows == k->max_rows) snprintf(expected, sizeof expected, "%d", k->min_rows);
        else snprintf(expected, sizeof expected, "%d to %d", k->min_rows, k->max_rows);
        kf_gen_error(g, first->line, "%s slide \"%s\" has %d %s%s, expected %s", k->name,
                     kf_gen_quote(q, first->col[KF_COL_SLIDE]), sl->n_rows, noun,
                     sl->n_rows == 1 ? "" : "s", expected);
    }
    if (g->n_figures == 0 && g->unreadable == 0) kf_gen_error(g, KF_GEN_LINELESS, "no figures");
}

static void kf_gen_header_error(kf_gen *g)
{
    kf_gen_error(g, 1,
                 "header must be \"id section slide kind title dwell label pre value unit "
                 "post from delta source\"");
}

/* Reads and checks the whole file, buf[0..len). Returns -1 when out of
 * memory; the problems found are in g. */
static int kf_gen_parse(kf_gen *g, const char *buf, size_t len)
{
    static const char header[] = "id\tsection\tslide\tkind\ttitle\tdwell\tlabel\tpre\tvalue\t"
                                 "unit\tpost\tfrom\tdelta\tsource";
    size_t pos = 0;
    int line = 0;
    if (len >= 3 && memcmp(buf, "\xEF\xBB\xBF", 3) == 0) pos = 3;
    while (pos < len) {
        const char *s = buf + pos;
        const char *nl = memchr(s, '\n', len - pos);
        size_t n = nl ? (size_t)(nl - s) : len - pos;
        pos += n + (nl != NULL);
        if (n > 0 && s[n - 1] == '\r') n--;
        line++;
        if (line == 1) {
            if (n != sizeof header - 1 || memcmp(s, header, n) != 0) kf_gen_header_error(g);
            continue;
        }
        if (n > (size_t)KF_GEN_MAX_LINE) {
            kf_gen_error(g, line, "line is %zu bytes, at most %ld are allowed", n, KF_GEN_MAX_LINE);
            kf_gen_unreadable(g);
        } else if (n > 0 && kf_gen_row_line(g, line, s, n) != 0) {
            return -1;
        }
    }
    if (line == 0) kf_gen_header_error(g); /* an empty file */
    kf_gen_check_file(g);
    return 0;
}

/* ---- output ---------------------------------------------------------------------- */

static void kf_gen_put(kf_gen_buf *b, const char *s, size_t n)
{
    if (b->oom) return;
    if (b->cap - b->n < n) {
        size_t cap = b->cap ? b->cap : 4096;
        while (cap - b->n < n) cap *= 2;
        char *p = realloc(b->p, cap);
        if (!p) {
            b->oom = 1;
            return;
        }
        b->p = p;
        b->cap = cap;
    }
    memcpy(b->p + b->n, s, n);
    b->n += n;
}

static void kf_gen_puts(kf_gen_buf *b, const char *s) { kf_gen_put(b, s, strlen(s)); }

__attribute__((format(printf, 2, 3))) static void kf_gen_printf(kf_gen_buf *b, const char *fmt, ...)
{
    char tmp[256];
    va_list ap, again;
    va_start(ap, fmt);
    va_copy(again, ap);
    int n = vsnprintf(tmp, sizeof tmp, fmt, ap);
    if (n < 0) {
        b->oom = 1;
    } else if ((size_t)n < sizeof tmp) {
        kf_gen_put(b, tmp, (size_t)n);
    } else {
        char *big = malloc((size_t)n + 1);
        if (!big) {
            b->oom = 1;
        } else {
            vsnprintf(big, (size_t)n + 1, fmt, again);
            kf_gen_put(b, big, (size_t)n);
            free(big);
        }
    }
    va_end(again);
    va_end(ap);
}

/* s as a C string literal. Escapes \ " and ? (trigraphs), and every byte
 * outside printable ASCII as three octal digits: an octal escape stops at
 * three digits, so a following digit is never taken in. */
static void kf_gen_literal(kf_gen_buf *b, kf_gen_str s)
{
    kf_gen_puts(b, "\"");
    for (size_t i = 0; i < s.n; i++) {
        unsigned char c = (unsigned char)s.s[i];
        if (c == '\\' || c == '"' || c == '?') {
            char e[2] = {'\\', (char)c};
            kf_gen_put(b, e, 2);
        } else if (c < 0x20 || c >= 0x7F) {
            char e[5] = {'\\', (char)('0' + (c >> 6)), (char)('0' + ((c >> 3) & 7)),
                         (char)('0' + (c & 7)), 0};
            kf_gen_put(b, e, 4);
        } else {
            kf_gen_put(b, (const char *)&c, 1);
        }
    }
    kf_gen_puts(b, "\"");
}

/* A field: `    .name = "literal",` and a line end. */
static void kf_gen_field(kf_gen_buf *b, const char *indent, const char *name, kf_gen_str s)
{
    kf_gen_printf(b, "%s.%s = ", indent, name);
    kf_gen_literal(b, s);
    kf_gen_puts(b, ",\n");
}

/* Orders units longest first, then by bytes, for kf_gen_units. */
static int kf_gen_unit_cmp(const void *a, const void *b)
{
    const kf_gen_str *x = a, *y = b;
    if (x->n != y->n) return x->n > y->n ? -1 : 1;
    return memcmp(x->s, y->s, x->n);
}

/* The table's units (figures.h, kf_table.units) as literal lines: every
 * unit and post value, each again without a leading 万 or 亿, the bare
 * magnitudes so found, and the calendar units. Deterministic. */
static void kf_gen_units(const kf_gen *g, kf_gen_buf *b)
{
    static const char *const calendar[] = {"年", "月", "日", "时", "分", "秒", "届", "期"};
    static const char *const magnitudes[] = {"万", "亿"};
    size_t cap = g->n_rows * 12 + 16, n = 0; /* 2 columns x at most 3 magnitudes */
    kf_gen_str *u = malloc(cap * sizeof *u);
    if (!u) {
        b->oom = 1;
        return;
    }
    for (size_t i = 0; i < sizeof calendar / sizeof calendar[0]; i++)
        u[n++] = (kf_gen_str){calendar[i], strlen(calendar[i])};
    for (size_t i = 0; i < g->n_rows; i++) {
        const int cols[2] = {KF_COL_UNIT, KF_COL_POST};
        for (int c = 0; c < 2; c++) {
            kf_gen_str v = g->rows[i].col[cols[c]];
            while (v.n && n + 2 < cap) {
                u[n++] = v;
                size_t m = 0;
                for (size_t k = 0; k < 2 && !m; k++)
                    if (v.n > strlen(magnitudes[k]) &&
                        memcmp(v.s, magnitudes[k], strlen(magnitudes[k])) == 0)
                        m = strlen(magnitudes[k]);
                if (!m) break;
                u[n++] = (kf_gen_str){v.s, m}; /* the magnitude */
                v.s += m, v.n -= m;            /* and what follows it */
            }
        }
    }
    qsort(u, n, sizeof *u, kf_gen_unit_cmp);
    for (size_t i = 0; i < n; i++) {
        if (i > 0 && kf_gen_eq(u[i], u[i - 1])) continue;
        kf_gen_puts(b, "    ");
        kf_gen_literal(b, u[i]);
        kf_gen_puts(b, ",\n");
    }
    free(u);
}

/* The generated C source for a file that passed every check. */
static void kf_gen_emit(const kf_gen *g, const char *name, kf_gen_buf *b)
{
    static const int figure_cols[] = {KF_COL_ID,    KF_COL_LABEL, KF_COL_PRE,
                                      KF_COL_VALUE, KF_COL_UNIT,  KF_COL_POST,
                                      KF_COL_FROM,  KF_COL_DELTA, KF_COL_SOURCE};
    /* the stamp; NAME goes in a comment: nothing in it may end or splice it */
    kf_gen_puts(b, "/* generated by tools/gen_figures.c from ");
    for (const char *p = name; *p; p++) {
        unsigned char c = (unsigned char)*p;
        char safe = (c < 0x20 || c >= 0x7F || c == '*' || c == '?' || c == '\\') ? '_' : (char)c;
        kf_gen_put(b, &safe, 1);
    }
    kf_gen_puts(b, " \xE2\x80\x94 do not edit;\n"
                   " * regenerate by editing the TSV and rebuilding. */\n"
                   "#include \"figures.h\"\n");
    for (size_t i = 0; i < g->n_slides; i++) {
        const kf_gen_slide *sl = &g->slides[i];
        kf_gen_printf(b, "\n/* slide %zu: \"%.*s\", line %d */\n", i + 1,
                      (int)g->rows[sl->first].col[KF_COL_SLIDE].n,
                      g->rows[sl->first].col[KF_COL_SLIDE].s, g->rows[sl->first].line);
        kf_gen_printf(b, "static const kf_figure kf_figs_%zu[] = {\n", i + 1);
        for (int j = 0; j < sl->n_rows; j++) {
            const kf_gen_row *r = &g->rows[sl->first + (size_t)j];
            kf_gen_puts(b, "    {\n");
            for (size_t k = 0; k < sizeof figure_cols / sizeof figure_cols[0]; k++)
                kf_gen_field(b, "        ", kf_gen_cols[figure_cols[k]], r->col[figure_cols[k]]);
            kf_gen_printf(b, "        .line = %d,\n    },\n", r->line);
        }
        kf_gen_puts(b, "};\n");
    }
    kf_gen_puts(b, "\nstatic const kf_slide kf_slides[] = {\n");
    for (size_t i = 0; i < g->n_slides; i++) {
        const kf_gen_slide *sl = &g->slides[i];
        const kf_gen_row *r = &g->rows[sl->first];
        kf_gen_puts(b, "    {\n");
        kf_gen_field(b, "        ", "key", r->col[KF_COL_SLIDE]);
        kf_gen_field(b, "        ", "section", r->col[KF_COL_SECTION]);
        kf_gen_field(b, "        ", "title", r->col[KF_COL_TITLE]);
        kf_gen_printf(b, "        .kind = %s,\n", kf_gen_kinds[r->kind].enumerator);
        kf_gen_printf(b, "        .dwell_ms = %d,\n", r->dwell_ms);
        kf_gen_printf(b, "        .figures = kf_figs_%zu,\n", i + 1);
        kf_gen_printf(b, "        .n_figures = %d,\n    },\n", sl->n_rows);
    }
    kf_gen_puts(b, "};\n\n/* units that stay with a number, longest first */\n"
                   "static const char *const kf_units[] = {\n");
    kf_gen_units(g, b);
    kf_gen_puts(b, "    NULL,\n};\n");
    kf_gen_puts(b, "\nconst kf_table kf_figures = {\n    .slides = kf_slides,\n");
    kf_gen_printf(b, "    .n_slides = %zu,\n    .n_figures = %ld,\n", g->n_slides, g->n_figures);
    kf_gen_field(b, "    ", "source_name", (kf_gen_str){name, strlen(name)});
    kf_gen_puts(b, "    .units = kf_units,\n};\n");
}

/* ---- files ------------------------------------------------------------------------- */

/* Reads the whole of `path` into a new malloc'd buffer (caller frees; never
 * NULL on success). Returns 0, or an errno value with *what set to "cannot
 * open" or "cannot read" (EFBIG: over KF_GEN_MAX_FILE bytes). */
static int kf_gen_read(const char *path, char **data, size_t *size, const char **what)
{
    *data = NULL;
    *size = 0;
    *what = "cannot open";
    FILE *f = fopen(path, "rb");
    if (!f) return errno;
    *what = "cannot read";
    char *buf = NULL;
    size_t n = 0, cap = 0;
    int err = 0;
    for (;;) {
        if (cap - n < 65536) {
            size_t bigger = cap ? cap * 2 : 65536;
            char *p = realloc(buf, bigger);
            if (!p) {
                err = ENOMEM;
                break;
            }
            buf = p;
            cap = bigger;
        }
        errno = 0;
        size_t got = fread(buf + n, 1, cap - n, f);
        n += got;
        if (n > (size_t)KF_GEN_MAX_FILE) {
            err = EFBIG;
            break;
        }
        if (got == 0) {
            if (ferror(f)) err = errno ? errno : EIO;
            break;
        }
    }
    fclose(f);
    if (err) {
        free(buf);
        return err;
    }
    *data = buf;
    *size = n;
    return 0;
}

/* Writes text[0..len) to OUTPUT.tmp, then renames it to `path`. Returns 0,
 * or an errno value (and the temporary file is gone). */
static int kf_gen_write(const char *path, const char *text, size_t len)
{
    size_t plen = strlen(path);
    char *tmp = malloc(plen + sizeof ".tmp");
    if (!tmp) return ENOMEM;
    memcpy(tmp, path, plen);
    memcpy(tmp + plen, ".tmp", sizeof ".tmp");
    int err = 0;
    FILE *f = fopen(tmp, "wb");
    if (!f) {
        err = errno;
    } else {
        errno = 0;
        if (fwrite(text, 1, len, f) != len) err = errno ? errno : EIO;
        if (fclose(f) != 0 && !err) err = errno ? errno : EIO;
        if (!err && rename(tmp, path) != 0) err = errno;
        if (err) remove(tmp);
    }
    free(tmp);
    return err;
}

/* ---- glyphs ---------------------------------------------------------------------------- */

/* Every character a slide shows, in every font of `fonts`: else "character
 * U+XXXX (x) is not in the embedded font", once per character and row. The
 * source column is checked as the footer shows it (kf_num_quote_for_display:
 * full-width punctuation). Returns 0, or -1 with a message on stderr if a
 * font cannot be read. */
static int kf_gen_check_glyphs(kf_gen *g, const char *const *fonts, int n_fonts)
{
    static const int shown[] = {KF_COL_SECTION, KF_COL_TITLE, KF_COL_LABEL, KF_COL_PRE,
                                KF_COL_VALUE,   KF_COL_UNIT,  KF_COL_POST,  KF_COL_FROM,
                                KF_COL_DELTA,   KF_COL_SOURCE};
    FT_Library lib;
    FT_Face faces[KF_GEN_MAX_FONTS];
    int n = 0, rc = 0;
    if (n_fonts == 0) return 0;
    if (FT_Init_FreeType(&lib) != 0) {
        fprintf(stderr, "kf_gen_figures: cannot start FreeType\n");
        return -1;
    }
    for (; n < n_fonts; n++)
        if (FT_New_Face(lib, fonts[n], 0, &faces[n]) != 0) {
            fprintf(stderr, "%s: cannot read the font\n", fonts[n]);
            rc = -1;
            goto done;
        }
    char *text = malloc(KF_GEN_MAX_LINE * 4 + 1), *raw = malloc(KF_GEN_MAX_LINE + 1);
    if (!text || !raw) {
        fprintf(stderr, "kf_gen_figures: out of memory\n");
        free(text), free(raw);
        rc = -1;
        goto done;
    }
    for (size_t i = 0; i < g->n_rows; i++) {
        const kf_gen_row *r = &g->rows[i];
        uint32_t told[64];
        int n_told = 0;
        for (size_t k = 0; k < sizeof shown / sizeof shown[0]; k++) {
            int c = shown[k];
            kf_gen_str col = r->col[c];
            if (!(r->ok & (1u << c)) || col.n > KF_GEN_MAX_LINE) continue;
            memcpy(raw, col.s, col.n);
            raw[col.n] = '\0';
            size_t len = col.n;
            if (c == KF_COL_SOURCE)
                len = kf_num_quote_for_display(raw, text, KF_GEN_MAX_LINE * 4 + 1);
            else memcpy(text, raw, col.n + 1);
            for (size_t p = 0; p < len;) {
                uint32_t cp;
                size_t l = kf_gen_utf8((const unsigned char *)text + p, len - p, &cp);
                if (!l) break;
                int missing = 0, seen = 0;
                for (int f = 0; f < n_fonts; f++) missing |= FT_Get_Char_Index(faces[f], cp) == 0;
                for (int t = 0; t < n_told; t++) seen |= told[t] == cp;
                if (missing && !seen && cp != ' ') {
                    if (n_told < 64) told[n_told++] = cp;
                    kf_gen_error(g, r->line,
                                 "character U+%04X (%.*s) is not in the embedded font; run "
                                 "tools/subset-fonts",
                                 (unsigned)cp, (int)l, text + p);
                }
                p += l;
            }
        }
    }
    free(text), free(raw);
done:
    for (int f = 0; f < n; f++) FT_Done_Face(faces[f]);
    FT_Done_FreeType(lib);
    return rc;
}

/* ---- the program ---------------------------------------------------------------------- */

/* Generates `output` from `input`; messages name the input `name`. Returns
 * the exit status: 0, or 1 after saying what went wrong. */
static int kf_gen_run(const char *input, const char *output, const char *name,
                      const char *const *fonts, int n_fonts)
{
    int status = 1;
    char *buf = NULL;
    size_t len = 0;
    const char *what = NULL;
    kf_gen *g = NULL;
    kf_gen_buf out = {NULL, 0, 0, 0};

    int err = kf_gen_read(input, &buf, &len, &what);
    if (err == EFBIG)
        fprintf(stderr, "%s: larger than %ld MiB, not a figures table\n", name,
                KF_GEN_MAX_FILE >> 20);
    else if (err) fprintf(stderr, "%s: %s: %s\n", name, what, strerror(err));
    else if (!(g = calloc(1, sizeof *g)) || kf_gen_parse(g, buf, len) != 0)
        fprintf(stderr, "%s: out of memory\n", name);
    else if (kf_gen_check_glyphs(g, fonts, n_fonts) != 0)
        ; /* said */
    else if (g->n_errors) kf_gen_print_errors(g, name);
    else if (kf_gen_emit(g, name, &out), out.oom) fprintf(stderr, "%s: out of memory\n", name);
    else if ((err = kf_gen_write(output, out.p, out.n)) != 0)
        fprintf(stderr, "%s: cannot write: %s\n", output, strerror(err));
    else status = 0;

    free(out.p);
    if (g) {
        free(g->rows);
        free(g->slides);
        free(g->ids.slots);
        free(g->keys.slots);
        free(g);
    }
    free(buf);
    return status;
}

int main(int argc, char **argv)
{
    const char *input = NULL, *output = NULL, *name = NULL, *fonts[KF_GEN_MAX_FONTS];
    int usage = 0, status = 2, n_fonts = 0;
    for (int i = 1; i < argc && !usage; i++) {
        if (strcmp(argv[i], "--name") == 0 && i + 1 < argc && argv[i + 1][0]) name = argv[++i];
        else if (strcmp(argv[i], "--font") == 0 && i + 1 < argc && argv[i + 1][0] &&
                 n_fonts < KF_GEN_MAX_FONTS)
            fonts[n_fonts++] = argv[++i];
        else if (argv[i][0] == '-' || !argv[i][0] || output) usage = 1;
        else if (!input) input = argv[i];
        else output = argv[i];
    }
    if (usage || !output) fputs(KF_GEN_USAGE, stderr);
    else status = kf_gen_run(input, output, name ? name : input, fonts, n_fonts);
    return status;
}
