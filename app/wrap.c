/* wrap.c - line breaking for Chinese text (see wrap.h). */
#include "wrap.h"

#include <linebreak.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "utf8.h"

/* Characters that never start a line (closing) or end one (opening). */
static const char *const closing = "，。、；：？！）」』》〉】〕”’%％…—·,.;:?!)";
static const char *const opening = "（「『《〈【〔“‘(";

/* Units and words that stay attached to the number before them, longest
 * first within each shared prefix (the match takes the longest). */
static const char *const units[] = {
    "个百分点",  "微克/立方米", "万平方米", "平方公里", "平方米", "万亿元", "亿千瓦时", "万元/人",
    "人/百亿元", "万亿",        "亿元",     "万元",     "万辆",   "万户",   "万家",     "万项",
    "万个",      "万名",        "万套",     "万场",     "万亩",   "万吨",   "万人",     "万",
    "亿",        "元",          "%",        "％",       "岁",     "年",     "家",       "户",
    "个",        "项",          "条",       "座",       "处",     "张",     "台",       "套",
    "场",        "件",          "名",       "人",       "所",     "支",     "款",       "栋",
    "辆",        "亩",          "吨",       "倍",       "公里",   "米",     "余",       "多",
    "周年",
};

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

/* Length in bytes of the longest unit at s, or 0. */
static size_t unit_at(const char *s)
{
    size_t best = 0;
    for (size_t i = 0; i < sizeof units / sizeof units[0]; i++) {
        size_t n = strlen(units[i]);
        if (n > best && strncmp(s, units[i], n) == 0) best = n;
    }
    return best;
}

/* Start byte of the code point that ends just before byte i (i > 0). */
static size_t prev_start(const char *s, size_t i)
{
    do i--;
    while (i > 0 && ((unsigned char)s[i] & 0xC0) == 0x80);
    return i;
}

void kf_wrap_opportunities(const char *text, char *brk)
{
    size_t len = strlen(text);
    static int inited;

    if (len == 0) return;
    if (!inited) init_linebreak(), inited = 1;
    set_linebreaks_utf8((const utf8_t *)text, len, "zh", brk);
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

    /* numbers: glue qualifier-less digit runs to the unit after them and to
     * the character before them when that is not a space or punctuation */
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
        size_t u = unit_at(text + i);
        size_t e = i + u; /* end of number + unit */
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
}

int kf_wrap(const char *text, int max_width, kf_measure_fn measure, void *ctx, kf_line *lines,
            int max_lines, int *fits)
{
    size_t len = strlen(text);
    int count = 0;
    char *brk;

    *fits = 1;
    if (len == 0) return 0;
    brk = malloc(len);
    if (!brk) return -1;
    kf_wrap_opportunities(text, brk);

    size_t start = 0;
    while (start < len) {
        /* take the longest run ending at an opportunity that fits */
        size_t best = 0, first = 0;
        for (size_t i = start; i < len; i++) {
            if (!brk[i]) continue;
            size_t end = i + 1, trim = end;
            while (trim > start && text[trim - 1] == ' ') trim--;
            if (!first) first = end;
            if (measure(ctx, text + start, trim - start) <= max_width) best = end;
            else break;
        }
        size_t end = best ? best : first; /* nothing fits: overflow one piece */
        size_t trim = end;
        while (trim > start && text[trim - 1] == ' ') trim--;
        int w = measure(ctx, text + start, trim - start);
        if (w > max_width) *fits = 0;
        if (count < max_lines) lines[count] = (kf_line){start, trim - start, w};
        count++;
        start = end;
        while (start < len && text[start] == ' ') start++;
    }
    free(brk);
    return count;
}
