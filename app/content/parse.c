/* parse.c - the figures source format's grammar: rows checked column by
 * column, grouped into slides, the file checked as a whole, then the table
 * built (see parse.h, the format's manual). */
#include "parse.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "numfmt.h"

#define NCOLS      16
#define QUOTE_CPS  32 /* code points of a quoted column */
#define QUOTE_MAX  (QUOTE_CPS * 4 + 4)
#define KEY_MAX    40             /* id and slide key */
#define NUMBER_MAX 20             /* value and from */
#define EM_DASH    "\xE2\x80\x94" /* — U+2014, the range's em dash */

enum {
    COL_ID,
    COL_SECTION,
    COL_SLIDE,
    COL_KIND,
    COL_TITLE,
    COL_DWELL,
    COL_PERIOD,
    COL_LABEL,
    COL_PRE,
    COL_VALUE,
    COL_UNIT,
    COL_POST,
    COL_FROM,
    COL_DELTA,
    COL_ICON,
    COL_SOURCE
};

static const char *const col_names[] = {"id",     "section", "slide", "kind",  "title", "dwell",
                                        "period", "label",   "pre",   "value", "unit",  "post",
                                        "from",   "delta",   "icon",  "source"};
_Static_assert(sizeof col_names / sizeof col_names[0] == NCOLS, "one name per column");

/* Per kind: its name in the TSV, rows per slide, the label's length limit
 * and the figure's (pre, value, unit and post together), in characters:
 * what fits the kind's slot at the legibility floors (theme.h) on every
 * screen from 1280x720 up, shown by tests/gen/limits.tsv.
 * Sized by its initialisers: a kind added to figures.h without a rule here
 * fails the assertion. */
/* clang-format off */
static const struct kind_rule {
    const char *name;
    int min_rows, max_rows, label_max, figure_max;
} kinds[] = {
    [KF_SLIDE_SECTION]    = {"section",    1, 1,  20, 0},
    [KF_SLIDE_HERO]       = {"hero",       1, 1,  20, 14},
    [KF_SLIDE_GRID]       = {"grid",       2, 4,  14, 10},
    [KF_SLIDE_CHANGE]     = {"change",     1, 1,  14, 10},
    [KF_SLIDE_TARGETS]    = {"targets",    2, 8,  20, 14},
    [KF_SLIDE_STATEMENTS] = {"statements", 1, 8,  40, 0},
    [KF_SLIDE_RING]       = {"ring",       1, 3,  14, 8},
    [KF_SLIDE_PAIR]       = {"pair",       2, 6,  14, 14},
    [KF_SLIDE_BARS]       = {"bars",       2, 5,  10, 8},
};
/* clang-format on */
_Static_assert(sizeof kinds / sizeof kinds[0] == KF_SLIDE_KIND_COUNT,
               "one entry per kf_slide_kind");

/* The period column's words, by kf_period (KF_PERIOD_NONE: empty). */
static const char *const periods[] = {
    [KF_PERIOD_NONE] = "",       [KF_PERIOD_2025] = "2025", [KF_PERIOD_FYP14] = "fyp14",
    [KF_PERIOD_FYP15] = "fyp15", [KF_PERIOD_2026] = "2026", [KF_PERIOD_2035] = "2035",
};
_Static_assert(sizeof periods / sizeof periods[0] == KF_PERIOD_COUNT, "a word per kf_period");

#define WORD_MAX           6   /* characters of a value in words */
#define STATEMENT_MAX      24  /* characters of a statement's label on a targets slide */
#define TARGET_LINE        18  /* a target's label and delta: one line in portrait */
#define RING_MAX           100 /* a ring's share: percent of a whole */
#define PAIR_STATEMENT_MAX 14  /* a pair's side in words: two lines of its half */

/* A run of bytes in the input buffer: not NUL-terminated, may hold NULs. */
typedef struct slice {
    const char *s;
    size_t n;
} slice;

/* What a pass over a column found. */
enum { BAD_UTF8 = 1, CONTROL = 2, NONCHAR = 4, REGIONAL = 8 };
typedef struct col_scan {
    unsigned bad; /* BAD_UTF8 | CONTROL | NONCHAR | REGIONAL */
    uint32_t odd; /* the first noncharacter or regional indicator */
    size_t cps;   /* code points */
    int starts_space, ends_space, all_space, space_by_digit;
} col_scan;

typedef struct row {
    slice col[NCOLS];
    int line;
    int kind; /* a kf_slide_kind, -1 when unknown */
    int dwell_ms;
    int period;  /* a kf_period, -1 when unknown */
    unsigned ok; /* bit c: column c is UTF-8 without controls */
} row;

typedef struct slide_rows {
    size_t first;  /* its first row in parser.rows */
    int n_rows;    /* rows of its first (only valid) run */
    int uncertain; /* an unreadable row beside it: count unknown */
} slide_rows;

/* Open-addressing hash map from a string to a number. */
typedef struct map_slot {
    const char *s; /* NULL: an empty slot */
    size_t n, val;
} map_slot;
typedef struct strmap {
    map_slot *slots;
    size_t cap, n;
} strmap;

/* The state of one run over one file. */
typedef struct parser {
    kf_parse_error msgs[KF_PARSE_MAX_ERRORS + 1]; /* the first errors, by line */
    int n_msgs;
    long n_errors; /* all errors found */
    row *rows;
    size_t n_rows, cap_rows;
    slide_rows *slides;
    size_t n_slides, cap_slides;
    strmap ids;  /* id -> its line */
    strmap keys; /* slide key -> its index in slides */
    size_t cur;  /* slide of the last row with a key */
    int have_cur;
    int cur_counts;                /* rows still count toward cur (its first run) */
    int pending;                   /* an unreadable row since the last keyed row */
    long unreadable;               /* rows that could not be split or keyed */
    long n_figures;                /* rows with a value */
    const kf_parse_glyphs *glyphs; /* NULL: characters not checked */
    char *shown;                   /* scratch for check_glyphs */
} parser;

/* ---- text ---------------------------------------------------------------- */

/* Decodes the code point at s[0..n), n >= 1. Returns its length in bytes and
 * sets *cp, or returns 0 if the bytes there are not valid UTF-8 (overlong
 * forms, surrogates and values past U+10FFFF are not). */
static size_t decode(const unsigned char *s, size_t n, uint32_t *cp)
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

static int is_control(uint32_t cp) { return cp < 0x20 || (cp >= 0x7F && cp < 0xA0); }

/* Unicode's noncharacters: U+FDD0..U+FDEF and the last two of every plane
 * (libunibreak takes U+FFFF for the end of the text and asserts). */
static int is_nonchar(uint32_t cp)
{
    return (cp >= 0xFDD0 && cp <= 0xFDEF) || (cp & 0xFFFEu) == 0xFFFEu;
}

/* Regional indicators (flag letters), which Debian 12's libunibreak 1.1
 * has no line-breaking class for: it asserts on them. */
static int is_regional(uint32_t cp) { return cp >= 0x1F1E6 && cp <= 0x1F1FF; }

/* Unicode's space separators (Zs). */
static int is_space(uint32_t cp)
{
    return cp == 0x20 || cp == 0xA0 || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200A) ||
           cp == 0x202F || cp == 0x205F || cp == 0x3000;
}

static int is_digit(uint32_t cp) { return cp >= '0' && cp <= '9'; }

/* One pass over s: its encoding problems, length and spaces. */
static col_scan scan_col(slice s)
{
    col_scan r = {.bad = 0, .cps = 0, .all_space = 1};
    const unsigned char *p = (const unsigned char *)s.s;
    uint32_t prev = 0, cp = 0;
    for (size_t i = 0; i < s.n;) {
        size_t len = decode(p + i, s.n - i, &cp);
        if (len == 0) {
            r.bad |= BAD_UTF8;
            cp = 0xFFFD;
            len = 1;
        } else if (is_control(cp)) {
            r.bad |= CONTROL;
        } else if (is_nonchar(cp) || is_regional(cp)) {
            if (!(r.bad & (NONCHAR | REGIONAL))) r.odd = cp;
            r.bad |= is_nonchar(cp) ? NONCHAR : REGIONAL;
        }
        int space = is_space(cp);
        if (i == 0) r.starts_space = space;
        r.ends_space = space;
        r.all_space &= space;
        if (i > 0 && ((space && is_digit(prev)) || (is_space(prev) && is_digit(cp))))
            r.space_by_digit = 1;
        prev = cp;
        r.cps++;
        i += len;
    }
    if (s.n == 0) r.all_space = 0;
    return r;
}

/* s as a NUL-terminated string for a message, in out[QUOTE_MAX]: at
 * most QUOTE_CPS code points then "…"; a byte that is not valid
 * UTF-8 and a control character show as '?'. Returns out. */
static const char *quote(char *out, slice s)
{
    const unsigned char *p = (const unsigned char *)s.s;
    size_t o = 0, cps = 0, i = 0;
    while (i < s.n && cps < QUOTE_CPS) {
        uint32_t cp;
        size_t len = decode(p + i, s.n - i, &cp);
        if (len == 0 || is_control(cp)) {
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

static int slice_eq(slice a, slice b)
{
    return a.n == b.n && (a.n == 0 || memcmp(a.s, b.s, a.n) == 0);
}

/* Whether s holds the NUL-terminated needle. */
static int contains(slice s, const char *needle)
{
    size_t k = strlen(needle);
    for (size_t i = 0; i + k <= s.n; i++)
        if (memcmp(s.s + i, needle, k) == 0) return 1;
    return 0;
}

/* Whether s is made of a-z, 0-9 and - only. */
static int key_chars(slice s)
{
    for (size_t i = 0; i < s.n; i++) {
        char c = s.s[i];
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) return 0;
    }
    return 1;
}

/* ---- numbers --------------------------------------------------------------- */

/* The length of the DIGITS[.DIGITS] that s[0..n) starts with, 0 if none. */
static size_t number_len(const char *s, size_t n)
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

/* Reads s as a value: returns 1 for a number, 2 for a range (and sets *low
 * to the length of its first number), 0 for anything else. */
static int value_kind(slice s, size_t *low)
{
    size_t a = number_len(s.s, s.n);
    if (a == 0) return 0;
    if (a == s.n) return 1;
    size_t rest = s.n - a;
    if (rest <= 3 || memcmp(s.s + a, EM_DASH, 3) != 0) return 0;
    if (number_len(s.s + a + 3, rest - 3) != rest - 3) return 0;
    *low = a;
    return 2;
}

/* CJK punctuation, which a value in words never holds. */
static int is_cjk_punct(uint32_t cp)
{
    return (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFF01 && cp <= 0xFF0F) ||
           (cp >= 0xFF1A && cp <= 0xFF20) || (cp >= 0x2010 && cp <= 0x2027) || cp == 0xFF5E;
}

/* 1 if s is a quantity in words: 1..WORD_MAX characters, none of them ASCII,
 * a full-width form (a mistyped digit: "５") or punctuation ("五成", "一半",
 * "翻番", "万亿"). */
static int is_word_value(slice s)
{
    size_t cps = 0;
    for (size_t i = 0; i < s.n;) {
        uint32_t cp;
        size_t len = decode((const unsigned char *)s.s + i, s.n - i, &cp);
        if (!len || cp < 0x80 || (cp >= 0xFF00 && cp <= 0xFFEF) || is_cjk_punct(cp) || is_space(cp))
            return 0;
        i += len, cps++;
    }
    return cps >= 1 && cps <= WORD_MAX;
}

/* 1 if s holds a byte of ASCII. */
static int has_ascii(slice s)
{
    for (size_t i = 0; i < s.n; i++)
        if ((unsigned char)s.s[i] < 0x80) return 1;
    return 0;
}

/* Compares two DIGITS[.DIGITS] numbers by value: <0, 0 or >0. */
static int numcmp(const char *a, size_t an, const char *b, size_t bn)
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
static int dwell_secs(slice s)
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

static size_t hash(const char *s, size_t n)
{
    uint64_t h = 1469598103934665603u; /* FNV-1a */
    for (size_t i = 0; i < n; i++) h = (h ^ (unsigned char)s[i]) * 1099511628211u;
    return (size_t)h;
}

/* The slot holding key, or the empty slot where it would go. m->cap > 0. */
static map_slot *map_find(const strmap *m, slice key)
{
    size_t i = hash(key.s, key.n) & (m->cap - 1);
    while (m->slots[i].s && !slice_eq((slice){m->slots[i].s, m->slots[i].n}, key))
        i = (i + 1) & (m->cap - 1);
    return &m->slots[i];
}

/* Looks key up: if there, returns 1 and sets *val to its number; if not,
 * adds it with `val` and returns 0. Returns -1 when out of memory. */
static int map_put(strmap *m, slice key, size_t *val)
{
    if ((m->n + 1) * 2 > m->cap) {
        size_t cap = m->cap ? m->cap * 2 : 64;
        strmap bigger = {calloc(cap, sizeof(map_slot)), cap, m->n};
        if (!bigger.slots) return -1;
        for (size_t i = 0; i < m->cap; i++)
            if (m->slots[i].s)
                *map_find(&bigger, (slice){m->slots[i].s, m->slots[i].n}) = m->slots[i];
        free(m->slots);
        *m = bigger;
    }
    map_slot *slot = map_find(m, key);
    if (slot->s) {
        *val = slot->val;
        return 1;
    }
    *slot = (map_slot){key.s, key.n, *val};
    m->n++;
    return 0;
}

/* ---- messages ---------------------------------------------------------------- */

/* Records an error at `line`. Keeps the first KF_PARSE_MAX_ERRORS + 1 by line
 * (in the order found within a line), counts them all. */
__attribute__((format(printf, 3, 4))) static void problem(parser *g, int line, const char *fmt, ...)
{
    g->n_errors++;
    int n = g->n_msgs;
    if (n > KF_PARSE_MAX_ERRORS && g->msgs[n - 1].line <= line) return;
    int at = n;
    while (at > 0 && g->msgs[at - 1].line > line) at--;
    if (n > KF_PARSE_MAX_ERRORS) n--; /* the last one falls off */
    memmove(&g->msgs[at + 1], &g->msgs[at], (size_t)(n - at) * sizeof g->msgs[0]);
    g->msgs[at].line = line;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(g->msgs[at].text, sizeof g->msgs[at].text, fmt, ap);
    va_end(ap);
    g->n_msgs = n + 1;
}

/* ---- rows ---------------------------------------------------------------------- */

/* A row that could not be read: the slide before it and the next one to
 * start may have lost a row, so their row counts go unchecked. */
static void unreadable(parser *g)
{
    if (g->have_cur && g->cur_counts) g->slides[g->cur].uncertain = 1;
    g->pending = 1;
    g->unreadable++;
}

/* id and slide key: required, a-z 0-9 -, at most KEY_MAX. */
static void check_key(parser *g, const row *r, int c, const col_scan *sc)
{
    char q[QUOTE_MAX];
    slice s = r->col[c];
    if (s.n == 0) {
        problem(g, r->line, "empty %s", col_names[c]);
        return;
    }
    if (!key_chars(s))
        problem(g, r->line, "%s \"%s\" may use only a-z, 0-9 and -", col_names[c], quote(q, s));
    if (sc->cps > KEY_MAX)
        problem(g, r->line, "%s is %zu characters, at most %d are allowed", col_names[c], sc->cps,
                KEY_MAX);
}

/* The checks the shown columns share: required or not, at most `max` code
 * points (`where` ends the message: "" or " a hero slide"), and for
 * `digits` columns no space next to a digit. */
static void check_text(parser *g, const row *r, int c, const col_scan *sc, int required, size_t max,
                       const char *where, int digits)
{
    if (required && r->col[c].n == 0) problem(g, r->line, "empty %s", col_names[c]);
    if (max && sc->cps > max)
        problem(g, r->line, "%s is %zu characters, at most %zu fit%s", col_names[c], sc->cps, max,
                where);
    if (digits && sc->space_by_digit)
        problem(g, r->line, "space next to a digit in %s", col_names[c]);
}

/* value: a number, a range (low to high), or a quantity in words (not on
 * change rows: their bars need numbers). */
static void check_value(parser *g, const row *r)
{
    char q[QUOTE_MAX];
    slice s = r->col[COL_VALUE];
    size_t low = 0;
    int v = value_kind(s, &low);
    if (v == 0 && !has_ascii(s)) {
        if (!is_word_value(s))
            problem(g, r->line,
                    "value \"%s\" is not a number, nor a quantity in words (1 to %d characters, "
                    "no punctuation)",
                    quote(q, s), WORD_MAX);
        else if (r->kind == KF_SLIDE_CHANGE || r->kind == KF_SLIDE_RING || r->kind == KF_SLIDE_BARS)
            problem(g, r->line,
                    "value \"%s\" is in words: a %s row draws its number, it needs digits",
                    quote(q, s), kinds[r->kind].name);
        return;
    }
    if (v == 0) {
        /* the dashes and tildes a range is mistyped with */
        static const char *const dashes[] = {
            "-", "~", "\xE2\x80\x93", "\xE2\x80\x95", "\xEF\xBD\x9E", "\xE3\x80\x9C", EM_DASH};
        int dash = 0;
        for (size_t i = 0; i < sizeof dashes / sizeof dashes[0]; i++)
            dash |= contains(s, dashes[i]);
        problem(g, r->line, "value \"%s\" is not a number%s", quote(q, s),
                dash ? " (a range is written 4.5\xE2\x80\x94"
                       "5, with one em dash)"
                     : "");
    } else if (v == 2 && numcmp(s.s, low, s.s + low + 3, s.n - low - 3) >= 0) {
        problem(g, r->line, "value \"%s\" is not a range from low to high", quote(q, s));
    } else if (v == 2 && (r->kind == KF_SLIDE_CHANGE || r->kind == KF_SLIDE_RING ||
                          r->kind == KF_SLIDE_BARS || r->kind == KF_SLIDE_PAIR)) {
        problem(g, r->line, "value \"%s\" is a range: a %s row draws one number", quote(q, s),
                kinds[r->kind].name);
    } else if (r->kind == KF_SLIDE_RING) {
        slice unit = r->col[COL_UNIT];
        if (!slice_eq(unit, (slice){"%", 1}))
            problem(g, r->line, "unit \"%s\" on a ring row: a ring shows a share, its unit is %%",
                    quote(q, unit));
        else if (numcmp(s.s, s.n, "100", 3) > 0 || numcmp(s.s, s.n, "0", 1) <= 0)
            problem(g, r->line,
                    "value \"%s\" is not a share above 0 and up to %d %%: a ring shows a part of a "
                    "whole",
                    quote(q, s), RING_MAX);
    }
}

/* from: required on change rows, one number; empty elsewhere. */
static void check_from(parser *g, const row *r)
{
    char q[QUOTE_MAX];
    slice s = r->col[COL_FROM];
    size_t low;
    if (s.n == 0) {
        if (r->kind == KF_SLIDE_CHANGE) problem(g, r->line, "change row needs a from value");
        return;
    }
    if (r->kind >= 0 && r->kind != KF_SLIDE_CHANGE) {
        problem(g, r->line, "from is only for change slides");
        return;
    }
    int v = value_kind(s, &low);
    if (v == 0) problem(g, r->line, "from \"%s\" is not a number", quote(q, s));
    else if (v == 2)
        problem(g, r->line, "from \"%s\" is a range, from takes one number", quote(q, s));
}

/* On a section slide pre, value, unit and post stay empty. */
static void check_section_empty(parser *g, const row *r, int c)
{
    char q[QUOTE_MAX];
    static const char *const what[NCOLS] = {[COL_PRE] = "pre text",
                                            [COL_VALUE] = "a value",
                                            [COL_UNIT] = "a unit",
                                            [COL_POST] = "post text"};
    if (r->kind == KF_SLIDE_SECTION && r->col[c].n > 0)
        problem(g, r->line, "section slide \"%s\" must not have %s", quote(q, r->col[COL_SLIDE]),
                what[c]);
}

/* period: empty on section rows, one of the words of `periods` elsewhere. */
static void check_period(parser *g, row *r)
{
    char q[QUOTE_MAX];
    slice s = r->col[COL_PERIOD];
    r->period = -1;
    for (int p = 0; p < KF_PERIOD_COUNT; p++)
        if (slice_eq(s, (slice){periods[p], strlen(periods[p])})) r->period = p;
    if (r->kind == KF_SLIDE_SECTION) {
        if (s.n) {
            problem(g, r->line, "section slide \"%s\" must not have a period",
                    quote(q, r->col[COL_SLIDE]));
            r->period = -1;
        }
        return;
    }
    if (s.n == 0) problem(g, r->line, "empty period");
    else if (r->period <= KF_PERIOD_NONE)
        problem(g, r->line, "period \"%s\" is not 2025, fyp14, fyp15, 2026 or 2035", quote(q, s));
}

/* A statement (words without a number: a statements slide's rows, a
 * targets row with no value) has no pre, unit, post or from. */
static void check_statement(parser *g, const row *r)
{
    static const int cols[] = {COL_PRE, COL_VALUE, COL_UNIT, COL_POST, COL_FROM};
    int statements = r->kind == KF_SLIDE_STATEMENTS;
    int listed =
        (r->kind == KF_SLIDE_TARGETS || r->kind == KF_SLIDE_PAIR) && r->col[COL_VALUE].n == 0;
    if (!statements && !listed) return;
    for (size_t i = 0; i < sizeof cols / sizeof cols[0]; i++)
        if (r->col[cols[i]].n)
            problem(g, r->line, "%s: a statement has no %s",
                    statements                    ? "statements slide"
                    : r->kind == KF_SLIDE_TARGETS ? "targets row without a value"
                                                  : "pair row without a value",
                    col_names[cols[i]]);
}

/* icon: empty, or a Material Icons name (1-40 of a-z 0-9 _) on a hero or
 * grid row, which the icon list knows (g->glyphs->icon) when given. */
static void check_icon(parser *g, const row *r)
{
    char q[QUOTE_MAX];
    slice s = r->col[COL_ICON];
    if (s.n == 0) return;
    int ok = s.n <= KEY_MAX;
    for (size_t i = 0; i < s.n && ok; i++)
        ok = (s.s[i] >= 'a' && s.s[i] <= 'z') || (s.s[i] >= '0' && s.s[i] <= '9') || s.s[i] == '_';
    if (!ok) {
        problem(g, r->line, "icon \"%s\" is not a Material Icons name (1-%d of a-z 0-9 _)",
                quote(q, s), KEY_MAX);
    } else if (r->kind >= 0 && r->kind != KF_SLIDE_HERO && r->kind != KF_SLIDE_GRID) {
        problem(g, r->line, "icon on a %s row: icons are drawn on hero and grid rows only",
                kinds[r->kind].name);
    } else if (g->glyphs && g->glyphs->icon && !g->glyphs->icon(g->glyphs->ctx, s.s, s.n)) {
        problem(g, r->line, "icon \"%s\" is not in the embedded icon font; run tools/subset-fonts",
                quote(q, s));
    }
}

/* Every character row r shows can be drawn (g->glyphs): else one message
 * per character. The source column as the footer shows it. Returns -1
 * when out of memory. */
static int check_glyphs(parser *g, const row *r)
{
    static const int shown[] = {COL_SECTION, COL_TITLE, COL_LABEL, COL_PRE,   COL_VALUE,
                                COL_UNIT,    COL_POST,  COL_FROM,  COL_DELTA, COL_SOURCE};
    unsigned long told[64];
    int n_told = 0;
    if (!g->glyphs) return 0;
    if (!g->shown && !(g->shown = malloc(KF_PARSE_MAX_LINE * 4 + 2))) return -1;
    char *raw = g->shown, *text = g->shown + KF_PARSE_MAX_LINE + 1;
    for (size_t k = 0; k < sizeof shown / sizeof shown[0]; k++) {
        int c = shown[k];
        slice col = r->col[c];
        if (!(r->ok & (1u << c))) continue;
        memcpy(raw, col.s, col.n);
        raw[col.n] = '\0';
        size_t len = col.n;
        if (c == COL_SOURCE) len = kf_num_quote_for_display(raw, text, KF_PARSE_MAX_LINE * 3);
        else memcpy(text, raw, col.n + 1);
        for (size_t p = 0; p < len;) {
            uint32_t cp;
            size_t l = decode((const unsigned char *)text + p, len - p, &cp);
            if (!l) break;
            int seen = 0;
            for (int t = 0; t < n_told; t++) seen |= told[t] == cp;
            if (cp != ' ' && !seen && !g->glyphs->has(g->glyphs->ctx, cp)) {
                if (n_told < 64) told[n_told++] = cp;
                problem(g, r->line,
                        "character U+%04X (%.*s) is not in the embedded font; run "
                        "tools/subset-fonts",
                        (unsigned)cp, (int)l, text + p);
            }
            p += l;
        }
    }
    return 0;
}

/* Checks one row's columns on their own, in column order; sets r->ok,
 * r->kind, r->dwell_ms. Returns -1 when out of memory. */
static int check_row(parser *g, row *r)
{
    char q[QUOTE_MAX];
    col_scan sc[NCOLS];
    r->ok = 0;
    r->kind = -1;
    r->dwell_ms = 0;
    r->period = -1;
    for (int c = 0; c < NCOLS; c++) {
        sc[c] = scan_col(r->col[c]);
        if (!sc[c].bad) r->ok |= 1u << c;
    }
    /* the kind first: the other columns' rules depend on it */
    for (int k = 0; k < KF_SLIDE_KIND_COUNT; k++) {
        slice name = {kinds[k].name, strlen(kinds[k].name)};
        if (slice_eq(r->col[COL_KIND], name)) r->kind = k;
    }

    for (int c = 0; c < NCOLS; c++) {
        slice s = r->col[c];
        if (sc[c].bad & BAD_UTF8) problem(g, r->line, "invalid UTF-8 in column %s", col_names[c]);
        if (sc[c].bad & CONTROL)
            problem(g, r->line, "control character in column %s", col_names[c]);
        if (sc[c].bad & (NONCHAR | REGIONAL))
            problem(g, r->line, "U+%04X in column %s is %s", (unsigned)sc[c].odd, col_names[c],
                    is_nonchar(sc[c].odd)
                        ? "a noncharacter, not text"
                        : "a regional indicator, which the line breaker cannot take");
        if (sc[c].bad) continue;
        if (sc[c].starts_space) problem(g, r->line, "%s starts with a space", col_names[c]);
        if (sc[c].ends_space && !sc[c].all_space)
            problem(g, r->line, "%s ends with a space", col_names[c]);
        switch (c) {
        case COL_ID:
            check_key(g, r, c, &sc[c]);
            if (s.n > 0) {
                size_t first = (size_t)r->line;
                int had = map_put(&g->ids, s, &first);
                if (had < 0) return -1;
                if (had)
                    problem(g, r->line, "duplicate id \"%s\" (first at line %zu)", quote(q, s),
                            first);
            }
            break;
        case COL_SLIDE: check_key(g, r, c, &sc[c]); break;
        case COL_SECTION: check_text(g, r, c, &sc[c], 1, 20, "", 0); break;
        case COL_KIND:
            if (s.n == 0) problem(g, r->line, "empty kind");
            else if (r->kind < 0)
                problem(g, r->line,
                        "unknown slide kind \"%s\" (expected section, hero, grid, "
                        "change, targets, statements, ring, pair or bars)",
                        quote(q, s));
            break;
        case COL_TITLE: check_text(g, r, c, &sc[c], 1, 12, "", 1); break;
        case COL_DWELL: {
            int secs = dwell_secs(s);
            if (secs < 0)
                problem(g, r->line, "dwell \"%s\" is not a whole number of seconds from 3 to 60",
                        quote(q, s));
            else r->dwell_ms = secs * 1000;
            break;
        }
        case COL_LABEL: {
            char where[32] = "";
            size_t max = 0;
            if (r->kind == KF_SLIDE_TARGETS && r->col[COL_VALUE].n == 0) {
                max = STATEMENT_MAX;
                snprintf(where, sizeof where, " a statement on a targets slide");
            } else if (r->kind == KF_SLIDE_PAIR && r->col[COL_VALUE].n == 0) {
                max = PAIR_STATEMENT_MAX;
                snprintf(where, sizeof where, " a statement on a pair slide");
            } else if (r->kind >= 0) {
                max = (size_t)kinds[r->kind].label_max;
                snprintf(where, sizeof where, " a %s slide", kinds[r->kind].name);
            }
            check_text(g, r, c, &sc[c], 1, max, where, 1);
            check_statement(g, r);
            break;
        }
        case COL_PRE:
        case COL_POST:
            check_text(g, r, c, &sc[c], 0, c == COL_PRE ? 6 : 4, "", 1);
            check_section_empty(g, r, c);
            break;
        case COL_UNIT:
            check_text(g, r, c, &sc[c], 0, 8, "", 1);
            check_section_empty(g, r, c);
            break;
        case COL_PERIOD: check_period(g, r); break;
        case COL_VALUE:
            if (s.n > 0) g->n_figures++;
            if (r->kind == KF_SLIDE_SECTION) {
                check_section_empty(g, r, c);
            } else if (s.n == 0) {
                /* a statement needs none; the other kinds do */
                if (r->kind >= 0 && r->kind != KF_SLIDE_STATEMENTS && r->kind != KF_SLIDE_TARGETS &&
                    r->kind != KF_SLIDE_PAIR)
                    problem(g, r->line, "empty value");
            } else if (r->kind != KF_SLIDE_STATEMENTS) {
                check_value(g, r);
                check_text(g, r, c, &sc[c], 0, NUMBER_MAX, "", 0);
                size_t fig = sc[COL_PRE].cps + sc[c].cps + sc[COL_UNIT].cps + sc[COL_POST].cps;
                if (r->kind >= 0 && sc[c].cps <= NUMBER_MAX &&
                    fig > (size_t)kinds[r->kind].figure_max)
                    problem(g, r->line,
                            "pre, value, unit and post are %zu characters together, at most %d "
                            "fit a %s slide",
                            fig, kinds[r->kind].figure_max, kinds[r->kind].name);
            }
            break;
        case COL_FROM:
            check_from(g, r);
            check_text(g, r, c, &sc[c], 0, NUMBER_MAX, "", 0);
            if (r->kind == KF_SLIDE_CHANGE && sc[c].cps <= NUMBER_MAX &&
                sc[c].cps + sc[COL_UNIT].cps > (size_t)kinds[r->kind].figure_max)
                problem(g, r->line,
                        "from and unit are %zu characters together, at most %d fit a %s slide",
                        sc[c].cps + sc[COL_UNIT].cps, kinds[r->kind].figure_max,
                        kinds[r->kind].name);
            break;
        case COL_DELTA:
            check_text(g, r, c, &sc[c], 0, 24, "", 1);
            if (r->kind == KF_SLIDE_TARGETS && sc[c].cps &&
                sc[COL_LABEL].cps + sc[c].cps > TARGET_LINE)
                problem(g, r->line,
                        "label and delta are %zu characters together, at most %d fit a targets "
                        "slide's line",
                        sc[COL_LABEL].cps + sc[c].cps, TARGET_LINE);
            break;
        case COL_ICON: check_icon(g, r); break;
        case COL_SOURCE: check_text(g, r, c, &sc[c], 1, 80, "", 0); break;
        }
    }
    return 0;
}

/* Rows of one slide repeat these columns of its first row. */
static void check_same(parser *g, const row *r, const row *first)
{
    static const int cols[] = {COL_SECTION, COL_KIND, COL_TITLE, COL_DWELL, COL_PERIOD};
    char key[QUOTE_MAX], here[QUOTE_MAX], there[QUOTE_MAX];
    for (size_t i = 0; i < sizeof cols / sizeof cols[0]; i++) {
        int c = cols[i];
        unsigned bit = 1u << c;
        if (c == COL_PERIOD && first->kind == KF_SLIDE_PAIR) continue; /* check_pairs */
        if ((r->ok & bit) && (first->ok & bit) && !slice_eq(r->col[c], first->col[c]))
            problem(g, r->line, "slide \"%s\" has %s \"%s\" here but \"%s\" at line %d",
                    quote(key, r->col[COL_SLIDE]), col_names[c], quote(here, r->col[c]),
                    quote(there, first->col[c]), first->line);
    }
}

/* Puts the last row, rows[n_rows - 1], in its slide. Returns -1 when out of
 * memory. */
static int group(parser *g)
{
    char q[QUOTE_MAX];
    size_t ri = g->n_rows - 1;
    const row *r = &g->rows[ri];
    slice key = r->col[COL_SLIDE];
    if (!(r->ok & (1u << COL_SLIDE)) || key.n == 0) {
        unreadable(g);
        return 0;
    }
    size_t idx = g->n_slides;
    int had = map_put(&g->keys, key, &idx);
    if (had < 0) return -1;
    if (!had) {
        if (g->n_slides == g->cap_slides) {
            size_t cap = g->cap_slides ? g->cap_slides * 2 : 16;
            slide_rows *p = realloc(g->slides, cap * sizeof *p);
            if (!p) return -1;
            g->slides = p;
            g->cap_slides = cap;
        }
        g->slides[g->n_slides++] = (slide_rows){ri, 1, g->pending};
        g->cur = idx;
        g->have_cur = 1;
        g->cur_counts = 1;
        g->pending = 0;
        return 0;
    }
    const row *first = &g->rows[g->slides[idx].first];
    if (!g->have_cur || idx != g->cur) {
        problem(g, r->line, "slide \"%s\" starts again after other slides (first at line %d)",
                quote(q, key), first->line);
        g->cur = idx;
        g->have_cur = 1;
        g->cur_counts = 0;
    } else if (g->cur_counts) {
        g->slides[idx].n_rows++;
    }
    g->pending = 0;
    check_same(g, r, first);
    return 0;
}

/* One line past the header, n > 0 bytes without its line end. Returns -1
 * when out of memory. */
static int row_line(parser *g, int line, const char *s, size_t n)
{
    size_t blank = 0, tabs = 0;
    while (blank < n && (s[blank] == '\t' || s[blank] == ' ')) blank++;
    if (blank == n) {
        problem(g, line, "row has no content, only tabs or spaces");
        unreadable(g);
        return 0;
    }
    for (size_t i = 0; i < n; i++) tabs += s[i] == '\t';
    if (tabs != NCOLS - 1) {
        problem(g, line, "expected %d columns, found %zu", NCOLS, tabs + 1);
        unreadable(g);
        return 0;
    }
    row r;
    r.line = line;
    for (size_t c = 0, start = 0, i = 0; i <= n; i++) {
        if (i == n || s[i] == '\t') {
            r.col[c++] = (slice){s + start, i - start};
            start = i + 1;
        }
    }
    if (check_row(g, &r) != 0 || check_glyphs(g, &r) != 0) return -1;
    if (g->n_rows == g->cap_rows) {
        size_t cap = g->cap_rows ? g->cap_rows * 2 : 64;
        row *p = realloc(g->rows, cap * sizeof *p);
        if (!p) return -1;
        g->rows = p;
        g->cap_rows = cap;
    }
    g->rows[g->n_rows++] = r;
    return group(g);
}

/* A pair slide's rows come in twos: a result (period 2025 or fyp14), then
 * the target set for the same measure (fyp15, 2026 or 2035); at least one
 * of the two is a number, and two numbers have one unit. */
static void check_pairs(parser *g, const slide_rows *sl)
{
    char q[QUOTE_MAX], a[QUOTE_MAX], b[QUOTE_MAX];
    const row *first = &g->rows[sl->first];
    if (sl->n_rows % 2)
        problem(g, first->line,
                "pair slide \"%s\" has %d rows: each result needs the target after it",
                quote(q, first->col[COL_SLIDE]), sl->n_rows);
    for (int j = 0; j + 1 < sl->n_rows; j += 2) {
        const row *res = &g->rows[sl->first + (size_t)j], *tgt = res + 1;
        if (res->period >= 0 && KF_PERIOD_IS_GOAL(res->period))
            problem(g, res->line,
                    "a pair's first row is the result: period 2025 or fyp14, not \"%s\"",
                    periods[res->period]);
        if (tgt->period >= 0 && tgt->period != KF_PERIOD_NONE && !KF_PERIOD_IS_GOAL(tgt->period))
            problem(g, tgt->line,
                    "a pair's second row is the target: period fyp15, 2026 or 2035, not \"%s\"",
                    periods[tgt->period]);
        slice rv = res->col[COL_VALUE], tv = tgt->col[COL_VALUE];
        if (rv.n == 0 && tv.n == 0)
            problem(g, res->line, "the pair at lines %d and %d has no number on either side",
                    res->line, tgt->line);
        else if (rv.n && tv.n && !slice_eq(res->col[COL_UNIT], tgt->col[COL_UNIT]))
            problem(g, tgt->line,
                    "unit \"%s\" differs from the result's \"%s\" at line %d: a pair measures one "
                    "thing",
                    quote(a, tgt->col[COL_UNIT]), quote(b, res->col[COL_UNIT]), res->line);
    }
}

/* What is wrong with the file as a whole, once every row is read. */
static void check_file(parser *g)
{
    char q[QUOTE_MAX];
    for (size_t i = 0; i < g->n_slides; i++) {
        const slide_rows *sl = &g->slides[i];
        const row *first = &g->rows[sl->first];
        if (sl->uncertain || first->kind < 0) continue;
        const struct kind_rule *k = &kinds[first->kind];
        if (first->kind == KF_SLIDE_PAIR) check_pairs(g, sl);
        if (sl->n_rows >= k->min_rows && sl->n_rows <= k->max_rows) continue;
        const char *noun = first->kind == KF_SLIDE_SECTION ? "row" : "figure";
        char expected[32];
        if (k->min_rows == k->max_rows) snprintf(expected, sizeof expected, "%d", k->min_rows);
        else snprintf(expected, sizeof expected, "%d to %d", k->min_rows, k->max_rows);
        problem(g, first->line, "%s slide \"%s\" has %d %s%s, expected %s", k->name,
                quote(q, first->col[COL_SLIDE]), sl->n_rows, noun, sl->n_rows == 1 ? "" : "s",
                expected);
    }
    if (g->n_figures == 0 && g->unreadable == 0) problem(g, KF_PARSE_LINELESS, "no figures");
}

static void header_error(parser *g)
{
    problem(g, 1,
            "header must be \"id section slide kind title dwell period label pre value "
            "unit post from delta icon source\"");
}

/* Reads and checks the whole file, buf[0..len). Returns -1 when out of
 * memory; the problems found are in g. */
static int parse_lines(parser *g, const char *buf, size_t len)
{
    static const char header[] = "id\tsection\tslide\tkind\ttitle\tdwell\tperiod\tlabel\tpre\t"
                                 "value\tunit\tpost\tfrom\tdelta\ticon\tsource";
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
            if (n != sizeof header - 1 || memcmp(s, header, n) != 0) header_error(g);
            continue;
        }
        if (n > (size_t)KF_PARSE_MAX_LINE) {
            problem(g, line, "line is %zu bytes, at most %ld are allowed", n, KF_PARSE_MAX_LINE);
            unreadable(g);
        } else if (n > 0 && row_line(g, line, s, n) != 0) {
            return -1;
        }
    }
    if (line == 0) header_error(g); /* an empty file */
    check_file(g);
    return 0;
}

/* ---- the table ------------------------------------------------------------ */

/* What a parse keeps: the errors, and the table's arrays and strings. */
struct kf_parse_mem {
    parser g;
    char *strings; /* every string of the table, NUL-terminated */
    kf_slide *slides;
    kf_figure *figures; /* all slides' figures, slide by slide */
    const char **units; /* kf_table.units, NULL-terminated */
};

/* Orders units longest first, then by bytes. */
static int unit_cmp(const void *a, const void *b)
{
    const slice *x = a, *y = b;
    if (x->n != y->n) return x->n > y->n ? -1 : 1;
    return memcmp(x->s, y->s, x->n);
}

/* A copy of s, NUL-terminated, at *at in the string block. */
static const char *put(char **at, slice s)
{
    char *p = *at;
    memcpy(p, s.s, s.n);
    p[s.n] = '\0';
    *at += s.n + 1;
    return p;
}

/* The table's units (figures.h, kf_table.units): every unit and post value,
 * each again without a leading 万 or 亿, the bare magnitudes so found, and
 * the calendar's units; longest first, each once. Returns the number, or
 * -1 when out of memory; *out is malloc'd. */
static long gather_units(const parser *g, slice **out)
{
    static const char *const calendar[] = {"年", "月", "日", "时", "分", "秒", "届", "期"};
    static const char *const magnitudes[] = {"万", "亿"};
    size_t cap = g->n_rows * 12 + 16, n = 0; /* 2 columns x at most 3 magnitudes */
    slice *u = malloc(cap * sizeof *u);
    if (!u) return -1;
    for (size_t i = 0; i < sizeof calendar / sizeof calendar[0]; i++)
        u[n++] = (slice){calendar[i], strlen(calendar[i])};
    for (size_t i = 0; i < g->n_rows; i++) {
        const int cols[2] = {COL_UNIT, COL_POST};
        for (int c = 0; c < 2; c++) {
            slice v = g->rows[i].col[cols[c]];
            while (v.n && n + 2 < cap) {
                u[n++] = v;
                size_t m = 0;
                for (size_t k = 0; k < 2 && !m; k++)
                    if (v.n > strlen(magnitudes[k]) &&
                        memcmp(v.s, magnitudes[k], strlen(magnitudes[k])) == 0)
                        m = strlen(magnitudes[k]);
                if (!m) break;
                u[n++] = (slice){v.s, m}; /* the magnitude */
                v.s += m, v.n -= m;       /* and what follows it */
            }
        }
    }
    qsort(u, n, sizeof *u, unit_cmp);
    size_t kept = 0;
    for (size_t i = 0; i < n; i++)
        if (i == 0 || !slice_eq(u[i], u[kept - 1])) u[kept++] = u[i];
    *out = u;
    return (long)kept;
}

/* Builds out->table from a file that passed every check. Returns 0 or -1
 * when out of memory. */
/* The UTF-8 of icon name's code point in the icon font, into *at (4 bytes
 * and a NUL at most); "" with no name or no icon list. */
static const char *put_icon(const parser *g, char **at, slice name)
{
    unsigned long cp = name.n && g->glyphs && g->glyphs->icon
                           ? g->glyphs->icon(g->glyphs->ctx, name.s, name.n)
                           : 0;
    char *start = *at, *o = *at;
    if (cp && cp < 0x10000) {
        *o++ = (char)(0xE0 | (cp >> 12)), *o++ = (char)(0x80 | ((cp >> 6) & 0x3F));
        *o++ = (char)(0x80 | (cp & 0x3F));
    } else if (cp) {
        *o++ = (char)(0xF0 | (cp >> 18)), *o++ = (char)(0x80 | ((cp >> 12) & 0x3F));
        *o++ = (char)(0x80 | ((cp >> 6) & 0x3F)), *o++ = (char)(0x80 | (cp & 0x3F));
    }
    *o++ = '\0';
    *at = o;
    return start;
}

static int build_table(struct kf_parse_mem *m, const char *name, kf_table *t)
{
    static const int fields[] = {COL_ID,   COL_LABEL, COL_PRE,   COL_VALUE, COL_UNIT,
                                 COL_POST, COL_FROM,  COL_DELTA, COL_ICON,  COL_SOURCE};
    const parser *g = &m->g;
    slice *units = NULL;
    long n_units = gather_units(g, &units);
    if (n_units < 0) return -1;
    size_t bytes = strlen(name) + 1;
    for (size_t i = 0; i < g->n_rows; i++) {
        for (size_t k = 0; k < sizeof fields / sizeof fields[0]; k++)
            bytes += g->rows[i].col[fields[k]].n + 1;
        bytes += 5; /* the icon's glyph (put_icon) */
    }
    for (size_t i = 0; i < g->n_slides; i++) {
        const row *r = &g->rows[g->slides[i].first];
        bytes += r->col[COL_SLIDE].n + r->col[COL_SECTION].n + r->col[COL_TITLE].n + 3;
    }
    for (long i = 0; i < n_units; i++) bytes += units[i].n + 1;
    m->strings = malloc(bytes);
    m->slides = calloc(g->n_slides ? g->n_slides : 1, sizeof *m->slides);
    m->figures = calloc(g->n_rows ? g->n_rows : 1, sizeof *m->figures);
    m->units = calloc((size_t)n_units + 1, sizeof *m->units);
    if (!m->strings || !m->slides || !m->figures || !m->units) {
        free(units);
        return -1;
    }
    char *at = m->strings;
    size_t f = 0;
    for (size_t i = 0; i < g->n_slides; i++) {
        const slide_rows *sl = &g->slides[i];
        const row *first = &g->rows[sl->first];
        kf_slide *s = &m->slides[i];
        s->key = put(&at, first->col[COL_SLIDE]);
        s->section = put(&at, first->col[COL_SECTION]);
        s->title = put(&at, first->col[COL_TITLE]);
        s->kind = (kf_slide_kind)first->kind;
        s->dwell_ms = first->dwell_ms;
        s->period = first->period > 0 ? (kf_period)first->period : KF_PERIOD_NONE;
        if (s->kind == KF_SLIDE_PAIR && sl->n_rows > 1 && g->rows[sl->first + 1].period > 0)
            s->period = (kf_period)g->rows[sl->first + 1].period; /* its targets' */
        s->figures = &m->figures[f];
        s->n_figures = sl->n_rows;
        for (int j = 0; j < sl->n_rows; j++, f++) {
            const row *r = &g->rows[sl->first + (size_t)j];
            kf_figure *fig = &m->figures[f];
            fig->id = put(&at, r->col[COL_ID]);
            fig->label = put(&at, r->col[COL_LABEL]);
            fig->pre = put(&at, r->col[COL_PRE]);
            fig->value = put(&at, r->col[COL_VALUE]);
            fig->unit = put(&at, r->col[COL_UNIT]);
            fig->post = put(&at, r->col[COL_POST]);
            fig->from = put(&at, r->col[COL_FROM]);
            fig->delta = put(&at, r->col[COL_DELTA]);
            fig->source = put(&at, r->col[COL_SOURCE]);
            fig->icon_name = put(&at, r->col[COL_ICON]);
            fig->icon = put_icon(g, &at, r->col[COL_ICON]);
            fig->period = r->period > 0 ? (kf_period)r->period : KF_PERIOD_NONE;
            fig->line = r->line;
        }
    }
    for (long i = 0; i < n_units; i++) m->units[i] = put(&at, units[i]);
    free(units);
    *t = (kf_table){.slides = m->slides,
                    .n_slides = (int)g->n_slides,
                    .n_figures = (int)g->n_figures,
                    .source_name = put(&at, (slice){name, strlen(name)}),
                    .units = m->units};
    return 0;
}

int kf_parse_figures(const char *buf, size_t len, const char *name, const kf_parse_glyphs *glyphs,
                     kf_parsed *out)
{
    memset(out, 0, sizeof *out);
    out->mem = calloc(1, sizeof *out->mem);
    if (!out->mem) return -1;
    parser *g = &out->mem->g;
    g->glyphs = glyphs;
    if (parse_lines(g, buf, len) != 0) return -1;
    out->errors = g->msgs;
    out->n_errors = g->n_msgs < KF_PARSE_MAX_ERRORS ? g->n_msgs : KF_PARSE_MAX_ERRORS;
    out->total_errors = g->n_errors;
    if (g->n_errors) return 1;
    return build_table(out->mem, name, &out->table) == 0 ? 0 : -1;
}

void kf_parse_free(kf_parsed *p)
{
    struct kf_parse_mem *m = p->mem;
    if (m) {
        free(m->g.rows);
        free(m->g.slides);
        free(m->g.ids.slots);
        free(m->g.keys.slots);
        free(m->g.shown);
        free(m->strings);
        free(m->slides);
        free(m->figures);
        free(m->units);
        free(m);
    }
    memset(p, 0, sizeof *p);
}

void kf_parse_write_errors(const kf_parsed *p, const char *name, FILE *f)
{
    for (int i = 0; i < p->n_errors; i++) {
        const kf_parse_error *e = &p->errors[i];
        if (e->line == KF_PARSE_LINELESS) fprintf(f, "%s: %s\n", name, e->text);
        else fprintf(f, "%s:%d: %s\n", name, e->line, e->text);
    }
    if (p->total_errors > p->n_errors) fprintf(f, "%s: too many errors\n", name);
}
