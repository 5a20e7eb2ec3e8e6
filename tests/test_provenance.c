/* test_provenance.c - every figure on screen is in the report: its value in
 * its own quote, with the qualifier and unit the report gives it (a value in
 * words the same way; a qualifier that governs a list, 分别超A和B, for each
 * of A and B), a statement's words in its quote, every number of its label
 * and delta too, each found as a whole number ("5%" is not in "15%", "5"
 * not in "2025"); and the quote in the report's text (assets/report/, or
 * KEYFIG_REPORT), both compared without whitespace, after the PDF
 * extraction's known errors are mended in the report's text from one list
 * (every entry used, none changing a digit). No figure is shown on two
 * slides in a row. Plus the table's size and a few figures exactly. */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "figures.h"
#include "numfmt.h"

/* The PDF extraction's known errors in the report's text, and what the
 * printed report says: the quotes are the mended words. */
static const struct erratum {
    const char *extracted, *printed;
} errata[] = {
    {"滨海一中关村", "滨海—中关村"},             /* a dash read as 一 */
    {"自然指数一科研城市", "自然指数—科研城市"}, /* the same */
};
/* Wrong characters of the extraction that no quote needs mended (紀 for 纪
 * is only in sentences no slide quotes): never on screen either. */
static const char *const wrong_chars[] = {"紀"};
#define N_ERRATA (sizeof errata / sizeof errata[0])
static int errata_used[N_ERRATA];

/* A copy of s with every ASCII whitespace removed (caller frees). */
static char *squeeze(const char *s)
{
    char *out = malloc(strlen(s) + 1), *o = out;
    if (!out) abort();
    for (; *s; s++)
        if (!isspace((unsigned char)*s)) *o++ = *s;
    *o = '\0';
    return out;
}

static int is_num_char(const char *p) { return isdigit((unsigned char)*p); }

/* 1 if needle occurs in hay as a whole: where it starts with a digit, not
 * right after a digit or a decimal point; where it ends with one, not right
 * before a digit or a decimal point followed by a digit. */
static int has_whole(const char *hay, const char *needle)
{
    size_t n = strlen(needle);
    if (!n) return 1;
    int lead = is_num_char(needle), trail = is_num_char(needle + n - 1);
    for (const char *p = strstr(hay, needle); p; p = strstr(p + 1, needle)) {
        const char *end = p + n;
        if (lead && p > hay && (is_num_char(p - 1) || p[-1] == '.')) continue;
        if (trail && (is_num_char(end) || (end[0] == '.' && is_num_char(end + 1)))) continue;
        return 1;
    }
    return 0;
}

/* Every run of digits (with its decimal point) in text occurs in quote, as
 * a whole number. */
static void numbers_in_quote(const kf_figure *f, const char *field, const char *text,
                             const char *quote)
{
    for (const char *p = text; *p;) {
        if (!isdigit((unsigned char)*p)) {
            p++;
            continue;
        }
        char num[32];
        size_t n = 0;
        while ((isdigit((unsigned char)*p) || (*p == '.' && isdigit((unsigned char)p[1]))) &&
               n + 1 < sizeof num)
            num[n++] = *p++;
        num[n] = '\0';
        KF_CHECK(has_whole(quote, num), "%s (line %d): %s number %s is not in its quote \"%s\"",
                 f->id, f->line, field, num, f->source);
    }
}

/* 1 if the quote gives "<pre><value><unit><post>" through a qualifier that
 * governs a list: "分别<pre>A<unit>和<value><unit><post>" (or 、 between):
 * 分别超98.5%和99% gives 超99%. */
static int in_list_qualifier(const char *q, const kf_figure *f)
{
    char lead[64], item[128];
    if (!f->pre[0]) return 0;
    snprintf(lead, sizeof lead, "分别%s", f->pre);
    snprintf(item, sizeof item, "%s%s%s", f->value, f->unit, f->post);
    for (const char *p = strstr(q, lead); p; p = strstr(p + 1, lead)) {
        /* the item, after 和 or 、, before the clause ends */
        const char *end = p + strlen(lead);
        while (*end && strncmp(end, "，", strlen("，")) && strncmp(end, "。", strlen("。")) &&
               strncmp(end, "；", strlen("；")))
            end++;
        for (const char *sep = p; sep < end; sep++) {
            const char *after = NULL;
            if (!strncmp(sep, "和", strlen("和"))) after = sep + strlen("和");
            else if (!strncmp(sep, "、", strlen("、"))) after = sep + strlen("、");
            if (after && !strncmp(after, item, strlen(item)) && after + strlen(item) <= end &&
                has_whole(after, item))
                return 1;
        }
    }
    return 0;
}

static void check_figure(const kf_slide *s, const kf_figure *f, const char *report)
{
    char *q = squeeze(f->source);
    char shown[256];
    int statement = (s->kind == KF_SLIDE_STATEMENTS || s->kind == KF_SLIDE_TARGETS) &&
                    KF_FIGURE_IS_STATEMENT(f);

    if (statement) {
        /* a statement: its words, verbatim, punctuation as the screen shows
         * it (the extraction's ASCII commas are the report's full-width
         * ones: kf_num_quote_for_display) */
        char *label = squeeze(f->label), shown_q[1024], shown_l[256];
        kf_num_quote_for_display(q, shown_q, sizeof shown_q);
        kf_num_quote_for_display(label, shown_l, sizeof shown_l);
        KF_CHECK(strstr(shown_q, shown_l) != NULL,
                 "%s (line %d): statement \"%s\" is not in its quote", f->id, f->line, f->label);
        free(label);
    } else if (s->kind != KF_SLIDE_SECTION) {
        if (strstr(f->value, "—")) {
            /* a range: both ends, then "A%—B%" or "A—B" as printed */
            numbers_in_quote(f, "value", f->value, q);
        } else {
            snprintf(shown, sizeof shown, "%s%s%s%s", f->pre, f->value, f->unit, f->post);
            KF_CHECK(has_whole(q, shown) || in_list_qualifier(q, f),
                     "%s (line %d): \"%s\" is not in its quote \"%s\"", f->id, f->line, shown,
                     f->source);
        }
        if (f->from[0])
            KF_CHECK(has_whole(q, f->from), "%s (line %d): from %s is not in its quote", f->id,
                     f->line, f->from);
    }
    numbers_in_quote(f, "label", f->label, q);
    numbers_in_quote(f, "delta", f->delta, q);
    numbers_in_quote(f, "unit", f->unit, q);
    if (report)
        KF_CHECK(strstr(report, q) != NULL, "%s (line %d): quote not in the report: \"%s\"", f->id,
                 f->line, f->source);
    for (size_t i = 0; i < N_ERRATA; i++) errata_used[i] += strstr(q, errata[i].printed) != NULL;
    /* the extraction's wrong characters never reach the screen */
    for (size_t i = 0; i < sizeof wrong_chars / sizeof wrong_chars[0]; i++)
        KF_CHECK(!strstr(f->label, wrong_chars[i]) && !strstr(f->delta, wrong_chars[i]) &&
                     !strstr(s->title, wrong_chars[i]) && !strstr(q, wrong_chars[i]),
                 "%s (line %d): \"%s\" on screen", f->id, f->line, wrong_chars[i]);
    for (size_t i = 0; i < N_ERRATA; i++) {
        const char *wrong = errata[i].extracted;
        KF_CHECK(!strstr(f->label, wrong) && !strstr(f->delta, wrong) && !strstr(s->title, wrong) &&
                     !strstr(q, wrong),
                 "%s (line %d): \"%s\" on screen (the report says %s)", f->id, f->line, wrong,
                 errata[i].printed);
    }
    free(q);
}

/* The numbers a slide shows as figures ("<pre><value><unit><post>", for a
 * number only: "5.4%"), for the no-repeat rule. */
static int figure_texts(const kf_slide *s, char texts[][128], int max)
{
    int n = 0;
    for (int j = 0; j < s->n_figures && n < max; j++) {
        const kf_figure *f = &s->figures[j];
        if (!f->value[0] || !isdigit((unsigned char)f->value[0])) continue;
        snprintf(texts[n++], 128, "%s%s", f->value, f->unit);
    }
    return n;
}

/* No figure is shown on two slides in a row: a number with its unit on a
 * slide is neither a figure nor in a second line of the next. */
static void no_repeats(void)
{
    for (int i = 0; i + 1 < kf_figures.n_slides; i++) {
        const kf_slide *a = &kf_figures.slides[i], *b = &kf_figures.slides[i + 1];
        char ta[16][128], tb[16][128];
        int na = figure_texts(a, ta, 16), nb = figure_texts(b, tb, 16);
        for (int x = 0; x < na; x++) {
            for (int y = 0; y < nb; y++)
                KF_CHECK(strcmp(ta[x], tb[y]) != 0, "%s is a figure on %s and on the next, %s",
                         ta[x], a->key, b->key);
            for (int j = 0; j < b->n_figures; j++)
                KF_CHECK(!has_whole(b->figures[j].delta, ta[x]),
                         "%s, a figure on %s, is in the next slide's second line (%s)", ta[x],
                         a->key, b->figures[j].id);
        }
        for (int y = 0; y < nb; y++)
            for (int j = 0; j < a->n_figures; j++)
                KF_CHECK(!has_whole(a->figures[j].delta, tb[y]),
                         "%s, a figure on %s, is in the slide before's second line (%s)", tb[y],
                         b->key, a->figures[j].id);
    }
}

/* A figure by its text on screen, whatever its id. */
static int shows(const char *pre, const char *value, const char *unit, const char *post)
{
    for (int i = 0; i < kf_figures.n_slides; i++)
        for (int j = 0; j < kf_figures.slides[i].n_figures; j++) {
            const kf_figure *f = &kf_figures.slides[i].figures[j];
            if (!strcmp(f->pre, pre) && !strcmp(f->value, value) && !strcmp(f->unit, unit) &&
                !strcmp(f->post, post))
                return 1;
        }
    return 0;
}

/* The report's text, without whitespace: from KEYFIG_REPORT if set, else
 * from `path` (assets/report/, passed by ctest); NULL if neither is given. */
static char *read_report(const char *path)
{
    const char *env = getenv("KEYFIG_REPORT");
    if (env && env[0]) path = env;
    if (!path || !path[0]) {
        printf("SKIPPED: quotes against the report: no report given (the test's argument, or "
               "KEYFIG_REPORT)\n");
        return NULL;
    }
    FILE *fp = fopen(path, "rb");
    KF_CHECK(fp != NULL, "KEYFIG_REPORT=%s cannot be opened", path);
    if (!fp) return NULL;
    fseek(fp, 0, SEEK_END);
    long n = ftell(fp);
    fseek(fp, 0, SEEK_SET);
    char *text = malloc((size_t)n + 1 + 64);
    if (!text || fread(text, 1, (size_t)n, fp) != (size_t)n) abort();
    text[n] = '\0';
    fclose(fp);
    char *sq = squeeze(text);
    free(text);
    /* mend the extraction's known errors (each the same length in bytes or
     * shorter, so in place), and check that none changes a digit */
    for (size_t i = 0; i < N_ERRATA; i++) {
        const char *from = errata[i].extracted, *to = errata[i].printed;
        char df[32] = "", dt[32] = "";
        for (const char *c = from; *c; c++)
            if (isdigit((unsigned char)*c)) strncat(df, c, 1);
        for (const char *c = to; *c; c++)
            if (isdigit((unsigned char)*c)) strncat(dt, c, 1);
        KF_CHECK(!strcmp(df, dt), "erratum %s -> %s changes a digit", from, to);
        KF_CHECK(strlen(to) <= strlen(from) + 2, "erratum %s -> %s", from, to);
        int found = 0;
        for (char *p = strstr(sq, from); p; p = strstr(p, from)) {
            size_t fl = strlen(from), tl = strlen(to);
            memmove(p + tl, p + fl, strlen(p + fl) + 1);
            memcpy(p, to, tl);
            p += tl, found++;
        }
        KF_CHECK(found > 0, "erratum %s is not in the report's text", from);
    }
    printf("checking every quote against %s\n", path);
    return sq;
}

int main(int argc, char **argv)
{
    char *report = read_report(argc > 1 ? argv[1] : NULL);
    /* whole numbers only */
    KF_CHECK(!has_whole("增长15%", "5%") && has_whole("增长15%，约5%", "5%"), "5%% in 15%%");
    KF_CHECK(!has_whole("2025年", "5") && !has_whole("2025年", "202"), "5 in 2025");
    KF_CHECK(!has_whole("5.4%", "5") && !has_whole("15.4%", "5.4%") && has_whole("5.4%", "5.4%"),
             "5 in 5.4");
    KF_CHECK(has_whole("近70万辆", "近70万辆") && has_whole("达到5.", "5"), "whole matches");
    int sections = 0;

    for (int i = 0; i < kf_figures.n_slides; i++) {
        const kf_slide *s = &kf_figures.slides[i];
        sections += s->kind == KF_SLIDE_SECTION;
        for (int j = 0; j < s->n_figures; j++) check_figure(s, &s->figures[j], report);
    }
    no_repeats();
    /* every erratum mends a quote on screen: a list entry no quote needs is
     * a guess, not a known error */
    for (size_t i = 0; i < N_ERRATA && report; i++)
        KF_CHECK(errata_used[i] > 0, "erratum %s -> %s: no quote uses it", errata[i].extracted,
                 errata[i].printed);
    /* the whole report, all of its parts */
    KF_CHECK(kf_figures.n_figures >= 150, "only %d figures", kf_figures.n_figures);
    KF_CHECK(kf_figures.n_slides >= 30, "only %d slides", kf_figures.n_slides);
    KF_CHECK(sections == 3, "%d section slides, want one per part", sections);
    /* headline figures, exactly as the report prints them */
    KF_CHECK(shows("", "5.2", "万亿元", ""), "2025 GDP 5.2 万亿元");
    KF_CHECK(shows("", "5", "%", "左右"), "2026 growth target 5%% 左右");
    KF_CHECK(shows("", "4.5—5", "%", ""), "十五五 growth 4.5%%—5%%");
    KF_CHECK(shows("控制在", "29", "微克/立方米", "左右"),
             "2026 PM2.5 target 控制在29微克/立方米左右");
    KF_CHECK(shows("", "27", "微克/立方米", ""), "2025 PM2.5 27 微克/立方米");
    KF_CHECK(shows("", "2049", "万平方米", ""), "违法建设 2049 万平方米");
    KF_CHECK(shows("近", "70", "万辆", ""), "新能源汽车 近 70 万辆");
    KF_CHECK(shows("超", "8600", "亿元", ""), "北交所总市值 超 8600 亿元");
    KF_CHECK(shows("", "58", "万元/人", "左右"), "全员劳动生产率 58 万元/人左右");
    KF_CHECK(shows("", "6", "%", "以上"), "研发投入占比 6%% 以上");
    KF_CHECK(shows("", "5", "%", "以内"), "失业率 5%% 以内");
    int life = 0;
    for (int i = 0; i < kf_figures.n_slides; i++)
        for (int j = 0; j < kf_figures.slides[i].n_figures; j++) {
            const kf_figure *f = &kf_figures.slides[i].figures[j];
            life |= !strcmp(f->from, "82.4") && !strcmp(f->value, "83.9") && !strcmp(f->unit, "岁");
        }
    KF_CHECK(life, "人均预期寿命 82.4 → 83.9 岁");
    int rc = kf_check_done();
    if (rc == 0 && !report) return 77; /* ctest: skipped, not passed */
    free(report);
    return rc;
}
