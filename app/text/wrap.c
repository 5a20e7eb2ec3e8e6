/* wrap.c - line breaking for Chinese text (see wrap.h). */
#include "wrap.h"

#include <linebreak.h>
#include <stdint.h>
#include <unicode/ubrk.h>
#include <unicode/utext.h>
#include <stdlib.h>
#include <string.h>

#include "utf8.h"

/* The most characters between the marks of a 《》 or “” pair kept on one
 * line. */
#define KF_WRAP_PAIR_MAX 12

/* Characters that never start a line (closing) or end one (opening). */
static const char *const closing = "，。、；：？！）」』》〉】〕”’%％…—·,.;:?!)";
static const char *const opening = "（「『《〈【〔“‘(";

static int in_set(const char *set, uint32_t cp)
{
    size_t len = strlen(set);
    for (size_t i = 0; i < len;) {
        uint32_t c;
        i += (size_t)kf_utf8_decode(set + i, len - i, &c);
        if (c == cp) return 1;
    }
    return 0;
}

static int is_digit(char c) { return c >= '0' && c <= '9'; }

/* Length in bytes of the longest of units at s, or 0. */
static size_t unit_at(const char *s, const char *const *units)
{
    size_t best = 0;
    for (size_t i = 0; units && units[i]; i++) {
        size_t n = strlen(units[i]);
        if (n > best && strncmp(s, units[i], n) == 0) best = n;
    }
    return best;
}

/* Length in bytes of the longest start of a unit (two characters or more,
 * not all of it) that s begins with: "千瓦" of "千瓦时". */
static size_t unit_start_at(const char *s, const char *const *units)
{
    size_t best = 0;
    for (size_t i = 0; units && units[i]; i++) {
        const char *u = units[i];
        size_t common = 0, cps = 0;
        while (u[common] && s[common] == u[common]) common++;
        while (common > 0 && (((unsigned char)u[common] & 0xC0) == 0x80)) common--;
        for (size_t k = 0; k < common; k++) cps += ((unsigned char)u[k] & 0xC0) != 0x80;
        if (cps >= 2 && u[common] && common > best) best = common;
    }
    return best;
}

/* 1 if libunibreak 1.1 must not see cp (it asserts): noncharacters, the
 * regional indicators. */
static int unbreakable_for_libunibreak(uint32_t cp)
{
    return (cp >= 0xFDD0 && cp <= 0xFDEF) || (cp & 0xFFFEu) == 0xFFFEu ||
           (cp >= 0x1F1E6 && cp <= 0x1F1FF);
}

/* libunibreak's opportunities for text (len bytes) into brk, from a copy in
 * which what it cannot take is replaced by a character of the same length. */
static int unibreak(const char *text, size_t len, char *brk)
{
    static int inited;
    char *safe = malloc(len);
    if (!safe) return -1;
    memcpy(safe, text, len);
    for (size_t i = 0; i < len;) {
        uint32_t cp;
        int n = kf_utf8_decode(text + i, len - i, &cp);
        if (unbreakable_for_libunibreak(cp))
            memcpy(safe + i, n == 4 ? "\xF0\xA0\x80\x80" /* U+20000 */ : "\xEF\xBF\xBD", (size_t)n);
        i += (size_t)n;
    }
    if (!inited) init_linebreak(), inited = 1;
    set_linebreaks_utf8((const utf8_t *)safe, len, "zh", brk);
    free(safe);
    return 0;
}

/* CJK Unified Ideographs, Extension A, and the supplementary planes' */
static int is_ideograph(uint32_t c)
{
    return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) ||
           (c >= 0x20000 && c <= 0x3FFFF);
}

/* Whether the code point at byte i of s (len bytes) is one. */
static int ideograph_at(const char *s, size_t len, size_t i)
{
    uint32_t c = 0;
    if (i >= len) return 0;
    kf_utf8_decode(s + i, len - i, &c);
    return is_ideograph(c);
}

/* Whether the code point ending just before byte i (i > 0) is one. */
static int ideograph_before(const char *s, size_t i)
{
    size_t j = i;
    do j--;
    while (j > 0 && ((unsigned char)s[j] & 0xC0) == 0x80);
    return ideograph_at(s, i, j);
}

/* Whether s[a..b) is one ideograph that is not a conjunction standing
 * alone (和 与 及 并 或: a line may break beside them). */
static int lone_ideograph(const char *s, size_t len, size_t a, size_t b)
{
    uint32_t c = 0;
    if (a >= len || a + (size_t)kf_utf8_decode(s + a, len - a, &c) != b || !is_ideograph(c))
        return 0;
    return c != 0x548C && c != 0x4E0E && c != 0x53CA && c != 0x5E76 && c != 0x6216;
}

/* Tells the opportunities of brk (len bytes, 1 where a line may break)
 * that fall between two words (KF_BREAK_WORD) from those inside one
 * (KF_BREAK_INSIDE_WORD): a word boundary is one of ICU's (UAX #29 word
 * boundaries; for Chinese, ICU's CJK dictionary segments the run of
 * ideographs: 一般|公共|预算|收入|增长). If ICU cannot segment (no data),
 * every opportunity counts as between words, as with libunibreak alone. */
static void mark_words(const char *text, size_t len, char *brk)
{
    UErrorCode e = U_ZERO_ERROR;
    for (size_t i = 0; i < len; i++)
        if (brk[i]) brk[i] = KF_BREAK_INSIDE_WORD;
    UText *ut = utext_openUTF8(NULL, text, (int64_t)len, &e);
    UBreakIterator *words = ubrk_open(UBRK_WORD, "zh", NULL, 0, &e);
    if (U_SUCCESS(e)) ubrk_setUText(words, ut, &e);
    if (U_SUCCESS(e)) {
        /* UTF-8 UText: the boundaries are byte offsets. ICU's dictionary
         * leaves some ideographs as words of their own. A run of such
         * one-ideograph words is one word (年|均 of 年均增长). A run of one,
         * between ideographs, is a bound morpheme more often than a word
         * (母亲|河, 百万|亩, 市|政协): its boundaries with the ideographs
         * beside it stay inside a word, but for the conjunctions that stand
         * alone (和 与 及 并 或). */
        size_t run_start = 0, run_n = 0, prev = 0;
        for (int32_t b = ubrk_first(words); b != UBRK_DONE; b = ubrk_next(words)) {
            if (b <= 0 || (size_t)b > len) continue;
            size_t at = (size_t)b;
            if (brk[at - 1]) brk[at - 1] = KF_BREAK_WORD;
            if (lone_ideograph(text, len, prev, at)) {
                if (run_n++ == 0) run_start = prev;
                else if (brk[prev - 1] == KF_BREAK_WORD) brk[prev - 1] = KF_BREAK_INSIDE_WORD;
            } else {
                run_n = 0;
            }
            if (run_n == 1) { /* so far a run of one: bound to its neighbours */
                if (run_start > 0 && brk[run_start - 1] == KF_BREAK_WORD &&
                    ideograph_before(text, run_start))
                    brk[run_start - 1] = KF_BREAK_INSIDE_WORD;
                if (brk[at - 1] == KF_BREAK_WORD && at < len && ideograph_at(text, len, at))
                    brk[at - 1] = KF_BREAK_INSIDE_WORD;
            } else if (run_n == 2) { /* a run after all: its ends are word boundaries */
                if (run_start > 0 && brk[run_start - 1] == KF_BREAK_INSIDE_WORD &&
                    ideograph_before(text, run_start))
                    brk[run_start - 1] = KF_BREAK_WORD;
            }
            prev = at;
        }
    } else {
        for (size_t i = 0; i < len; i++)
            if (brk[i]) brk[i] = KF_BREAK_WORD;
    }
    ubrk_close(words);
    utext_close(ut);
}

/* The report's compound terms that ICU's CJK dictionary splits where a line
 * would split a word: 自|贸|试验|区|联|动 puts a word boundary in 试验|区,
 * 社会|主义 and 市|级|机关 in two. A line never breaks inside one (they are
 * at most six characters: any line holds them), and their ends are word
 * boundaries. Longest first where one holds another. */
static const char *const terms[] = {
    "自贸试验区", "社会主义", "市级机关", "专精特新", "试验区", "现代化", NULL,
};

/* No break inside any of terms in text (len bytes); a word boundary at the
 * ends of each, where brk allows a break there at all. */
static void keep_terms(const char *text, size_t len, char *brk)
{
    for (size_t t = 0; terms[t]; t++) {
        size_t n = strlen(terms[t]);
        for (const char *o = strstr(text, terms[t]); o; o = strstr(o + n, terms[t])) {
            size_t a = (size_t)(o - text), b = a + n;
            if (a > 0 && brk[a - 1]) brk[a - 1] = KF_BREAK_WORD;
            if (b < len && brk[b - 1]) brk[b - 1] = KF_BREAK_WORD;
            for (size_t k = a; k + 1 < b; k++) brk[k] = KF_BREAK_NONE;
        }
    }
}

/* Start byte of the code point that ends just before byte i (i > 0). */
static size_t prev_start(const char *s, size_t i)
{
    do i--;
    while (i > 0 && ((unsigned char)s[i] & 0xC0) == 0x80);
    return i;
}

int kf_wrap_opportunities(const char *text, const char *const *units, char *brk)
{
    size_t len = strlen(text);

    if (len == 0) return 0;
    if (unibreak(text, len, brk) != 0) {
        memset(brk, KF_BREAK_WORD, len);
        return -1;
    }
    for (size_t i = 0; i < len; i++)
        brk[i] = brk[i] == LINEBREAK_ALLOWBREAK || brk[i] == LINEBREAK_MUSTBREAK;
    brk[len - 1] = 1;

    for (size_t i = 0; i < len;) {
        uint32_t cp;
        size_t n = (size_t)kf_utf8_decode(text + i, len - i, &cp);
        size_t end = i + n; /* break slot after this char is brk[end-1] */
        /* closing punctuation: no break before it */
        if (i > 0 && in_set(closing, cp)) brk[i - 1] = 0;
        /* opening punctuation: no break after it */
        if (end < len && in_set(opening, cp)) brk[end - 1] = 0;
        i = end;
    }

    /* a short title or quote in 《》 or “” stays on one line: no break
     * inside the pair (a longer one breaks as its words allow) */
    static const char *const pairs[][2] = {{"《", "》"}, {"“", "”"}};
    for (size_t p = 0; p < sizeof pairs / sizeof pairs[0]; p++)
        for (const char *o = strstr(text, pairs[p][0]); o; o = strstr(o + 1, pairs[p][0])) {
            const char *c = strstr(o, pairs[p][1]);
            if (!c) break;
            size_t cps = 0; /* the characters between the marks */
            for (const char *q = o + strlen(pairs[p][0]); q < c; q++)
                cps += ((unsigned char)*q & 0xC0) != 0x80;
            if (cps > KF_WRAP_PAIR_MAX) continue;
            for (size_t k = (size_t)(o - text); k + 1 < (size_t)(c - text); k++) brk[k] = 0;
        }
    /* numbers: glue each digit run to the units after it (or at least the
     * character after it) and to the character before it when that is not
     * a space or punctuation */
    for (size_t i = 0; i < len;) {
        if (!is_digit(text[i])) {
            i++;
            continue;
        }
        size_t s = i;
        while (i < len &&
               (is_digit(text[i]) || text[i] == '.' ||
                (strncmp(text + i, "—", strlen("—")) == 0 && i + 3 < len && is_digit(text[i + 3]))))
            i += text[i] == '.' || is_digit(text[i]) ? 1 : strlen("—");
        size_t e = i, u;
        while (e < len && (u = unit_at(text + e, units)) > 0) e += u;
        /* a unit the table has only inside a longer one: 1.6万千瓦 (千瓦时) */
        if (e > i && e < len) e += unit_start_at(text + e, units);
        if (e == i && i < len) { /* no unit: the measure word after it */
            uint32_t next;
            size_t n = (size_t)kf_utf8_decode(text + i, len - i, &next);
            if (kf_utf8_is_cjk(next) && !in_set(closing, next) && !in_set(opening, next)) e += n;
        }
        for (size_t k = s; k + 1 < e; k++) brk[k] = 0;
        if (s > 0) {
            uint32_t before;
            size_t ps = prev_start(text, s);
            kf_utf8_decode(text + ps, s - ps, &before);
            if (before != ' ' && !in_set(closing, before) && !in_set(opening, before))
                brk[s - 1] = 0;
        }
        i = e > i ? e : i;
    }
    brk[len - 1] = 1;
    mark_words(text, len, brk);
    keep_terms(text, len, brk);
    brk[len - 1] = KF_BREAK_WORD;
    return 0;
}

int kf_wrap(const char *text, const char *brk, int max_width, kf_measure_fn measure, void *ctx,
            kf_line *lines, int max_lines, int *fits)
{
    size_t len = strlen(text);
    int count = 0;

    *fits = 1;
    if (len == 0) return 0;
    size_t start = 0;
    while (start < len) {
        /* the longest run ending at an opportunity that fits, and the
         * longest ending between two words */
        size_t best = 0, word = 0, first = 0;
        int word_w = 0;
        for (size_t i = start; i < len; i++) {
            if (!brk[i]) continue;
            size_t end = i + 1, trim = end;
            while (trim > start && text[trim - 1] == ' ') trim--;
            if (!first) first = end;
            int w = measure(ctx, text + start, trim - start);
            if (w > max_width) break;
            best = end;
            if (brk[i] == KF_BREAK_WORD) word = end, word_w = w;
        }
        /* between words unless that leaves the line less than half full;
         * nothing fits: overflow one piece */
        size_t end = word && 2 * word_w >= max_width ? word : best ? best : first;
        size_t trim = end;
        while (trim > start && text[trim - 1] == ' ') trim--;
        int w = measure(ctx, text + start, trim - start);
        if (w > max_width) *fits = 0;
        if (count < max_lines) lines[count] = (kf_line){start, trim - start, w};
        count++;
        start = end;
        while (start < len && text[start] == ' ') start++;
    }
    return count;
}

/* How many of the n - 1 line ends of lines break inside a word. */
static int inside_breaks(const char *text, const char *brk, const kf_line *lines, int n)
{
    int k = 0;
    for (int i = 0; i + 1 < n; i++) {
        size_t b = lines[i + 1].start;
        while (b > 0 && text[b - 1] == ' ') b--;
        if (b > 0 && brk[b - 1] == KF_BREAK_INSIDE_WORD) k++;
    }
    return k;
}

int kf_wrap_balance(const char *text, const char *brk, int width, kf_measure_fn measure, void *ctx,
                    kf_line *lines, int n)
{
    enum { MAX = 16 };
    kf_line tmp[MAX];
    int lo = 1, hi = width, f, widest = 0;
    if (n < 2 || n > MAX) goto done;
    /* the line count only grows as the width shrinks: bisect */
    while (lo < hi) {
        int mid = lo + (hi - lo) / 2;
        int k = kf_wrap(text, brk, mid, measure, ctx, tmp, MAX, &f);
        if (k == n && f) hi = mid;
        else lo = mid + 1;
    }
    /* the narrowest width whose lines break inside words no more often
     * than the given ones do (the given width always qualifies) */
    int inside = inside_breaks(text, brk, lines, n), step = width / 64 > 1 ? width / 64 : 1;
    for (int w = hi; w < width; w += step) {
        if (kf_wrap(text, brk, w, measure, ctx, tmp, MAX, &f) == n && f &&
            inside_breaks(text, brk, tmp, n) <= inside) {
            memcpy(lines, tmp, (size_t)n * sizeof *lines);
            break;
        }
    }
done:
    for (int i = 0; i < n; i++)
        if (lines[i].width > widest) widest = lines[i].width;
    return widest;
}
