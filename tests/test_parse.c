/* test_parse.c - the figures grammar (app/content/parse.c) called directly:
 * a buffer in, a table or errors out. The message of every rule is checked
 * through the generator by the gen_* cases; here: what the API promises
 * (return codes, the table's fields and lifetime, errors in line order,
 * the count past the kept ones, the glyph test, NULs and BOMs, empty input,
 * and that the parse of assets/figures.tsv is the compiled-in table). */
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "dwell.h"
#include "parse.h"
#include "parts.h"

#define HEADER                                                                                     \
    "id\tsection\tslide\tkind\ttitle\tdwell\tperiod\tlabel\tpre\tvalue\tunit\tpost\tfrom\tdelta\t" \
    "icon\tsource\n"

static int parse(const char *text, kf_parsed *p)
{
    return kf_parse_figures(text, strlen(text), "t.tsv", NULL, p);
}

/* Knows one icon: school, U+E80C. */
static unsigned long one_icon(void *ctx, const char *name, size_t n)
{
    (void)ctx;
    return n == 6 && memcmp(name, "school", 6) == 0 ? 0xE80C : 0;
}

static int any_glyph(void *ctx, unsigned long cp)
{
    (void)ctx, (void)cp;
    return 1;
}

/* Refuses every character but ASCII. */
static int ascii_only(void *ctx, unsigned long cp)
{
    (*(int *)ctx)++;
    return cp < 0x80;
}

static char *read_all(const char *path, size_t *n)
{
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    fseek(f, 0, SEEK_END);
    long len = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *buf = malloc((size_t)len + 1);
    if (!buf || fread(buf, 1, (size_t)len, f) != (size_t)len) abort();
    fclose(f);
    *n = (size_t)len;
    return buf;
}

int main(int argc, char **argv)
{
    kf_parsed p;

    /* a good file: the table, every field a NUL-terminated copy */
    KF_CHECK_INT(
        parse("\xEF\xBB\xBF" HEADER
              "h1\t经济\tgdp\thero\t经济总量\t9\t2025\t地区生产总值\t约\t5.2\t万亿元\t\t\t"
              "增长5.4%\t\t全市地区生产总值约5.2万亿元\r\n"
              "\n"
              "g1\t经济\tmain\tgrid\t主要指标\t\t2026\t增长\t\t5.4\t%\t\t\t\t\t增长5.4%\n"
              "g2\t经济\tmain\tgrid\t主要指标\t\t2026\t失业率\t\t5\t%\t以内\t\t\t\t控制在5%以内\n"
              "w1\t经济\twords\tgrid\t主要指标\t\tfyp14\t占比\t超\t五成\t\t\t\t\t\t贡献超五成\n"
              "w2\t经济\twords\tgrid\t主要指标\t\tfyp14\t专利\t实现\t翻番\t\t\t\t\t\t实现翻番\n"
              "s1\t经济\tgoals\tstatements\t目标\t\tfyp15\t首都功能持续提升\t\t\t\t\t\t\t\t"
              "一是首都功能持续提升\n",
              &p),
        0);
    for (int i = 0; i < p.n_errors; i++)
        fprintf(stderr, "%d: %s\n", p.errors[i].line, p.errors[i].text);
    KF_CHECK_INT(p.n_errors, 0);
    KF_CHECK_INT(p.table.n_slides, 4);
    KF_CHECK_INT(p.table.n_figures, 5); /* the statement has no value */
    KF_CHECK_STR(p.table.source_name, "t.tsv");
    if (p.table.n_slides == 4) {
        const kf_slide *s = &p.table.slides[0];
        KF_CHECK_STR(s->key, "gdp");
        KF_CHECK_INT(s->kind, KF_SLIDE_HERO);
        KF_CHECK_INT(s->period, KF_PERIOD_2025);
        KF_CHECK_INT(s->dwell_ms, 9000);
        KF_CHECK_STR(s->figures[0].source, "全市地区生产总值约5.2万亿元"); /* no \r */
        KF_CHECK_INT(s->figures[0].line, 2);
        s = &p.table.slides[1];
        KF_CHECK_INT(s->n_figures, 2);
        KF_CHECK_STR(s->figures[1].post, "以内");
        KF_CHECK_INT(s->figures[1].line, 5); /* the blank line counts */
        KF_CHECK_INT(s->period, KF_PERIOD_2026);
        KF_CHECK(KF_PERIOD_IS_GOAL(s->period), "2026 is a goal");
        s = &p.table.slides[2]; /* values in words */
        KF_CHECK_STR(s->figures[0].value, "五成");
        KF_CHECK_STR(s->figures[1].pre, "实现");
        KF_CHECK(!KF_PERIOD_IS_GOAL(s->period), "fyp14 is a result");
        s = &p.table.slides[3]; /* a statement */
        KF_CHECK_INT(s->kind, KF_SLIDE_STATEMENTS);
        KF_CHECK(KF_FIGURE_IS_STATEMENT(&s->figures[0]), "a statement");
        KF_CHECK_STR(s->figures[0].label, "首都功能持续提升");
    }
    /* the units: the file's, without magnitudes too, and the calendar's */
    int has_yi = 0, has_yuan = 0, has_yue = 0;
    for (int i = 0; p.table.units && p.table.units[i]; i++) {
        has_yi |= !strcmp(p.table.units[i], "亿元");
        has_yuan |= !strcmp(p.table.units[i], "元");
        has_yue |= !strcmp(p.table.units[i], "月");
    }
    KF_CHECK(has_yi && has_yuan && has_yue, "units %d %d %d", has_yi, has_yuan, has_yue);
    kf_parse_free(&p);
    KF_CHECK(p.mem == NULL && p.table.slides == NULL, "freed");

    /* errors: in line order, whatever order they were found in */
    KF_CHECK_INT(parse(HEADER "h1\ts\th1\thero\tt\t\t2025\tl\t\t5,2\t\t\t\t\t\tq\n"
                              "h1\ts\th2\thero\tt\t\t2025\tl\t\t\t\t\t\t\t\tq\n",
                       &p),
                 1);
    KF_CHECK_INT(p.n_errors, 3);
    if (p.n_errors == 3) {
        KF_CHECK_INT(p.errors[0].line, 2);
        KF_CHECK_STR(p.errors[0].text, "value \"5,2\" is not a number");
        KF_CHECK_INT(p.errors[1].line, 3);
        KF_CHECK_STR(p.errors[1].text, "duplicate id \"h1\" (first at line 2)");
        KF_CHECK_STR(p.errors[2].text, "empty value");
    }
    KF_CHECK(p.table.slides == NULL, "no table with errors");
    kf_parse_free(&p);

    /* more than KF_PARSE_MAX_ERRORS: the first kept, all counted */
    size_t cap = 200 * 64 + sizeof HEADER;
    char *many = malloc(cap), *w = many;
    w += sprintf(w, "%s", HEADER);
    for (int i = 0; i < 200; i++) w += sprintf(w, "x\n");
    KF_CHECK_INT(parse(many, &p), 1);
    KF_CHECK_INT(p.n_errors, KF_PARSE_MAX_ERRORS);
    KF_CHECK(p.total_errors > KF_PARSE_MAX_ERRORS, "counted %ld", p.total_errors);
    KF_CHECK_INT(p.errors[KF_PARSE_MAX_ERRORS - 1].line, KF_PARSE_MAX_ERRORS + 1);
    kf_parse_free(&p);
    free(many);

    /* a NUL inside the buffer is a control character, not the end */
    static const char nul[] = HEADER "h1\ts\th1\thero\tt\t\t2025\tl\0x\t\t5\t\t\t\t\t\tq\n";
    KF_CHECK_INT(kf_parse_figures(nul, sizeof nul - 1, "n", NULL, &p), 1);
    KF_CHECK(p.n_errors >= 1 && !strcmp(p.errors[0].text, "control character in column label"),
             "%s", p.n_errors ? p.errors[0].text : "no error");
    kf_parse_free(&p);
    /* nothing at all */
    KF_CHECK_INT(kf_parse_figures("", 0, "e", NULL, &p), 1);
    kf_parse_free(&p);

    /* icons: resolved to their glyph's UTF-8, an unknown one refused; with
     * no icon list the name stays and the glyph is "" */
    kf_parse_glyphs icons = {any_glyph, NULL, one_icon};
    static const char iconic[] = HEADER "h1\ts\th1\thero\tt\t\t2025\tl\t\t5\t\t\t\t\tschool\tq\n"
                                        "g1\ts\tg\tgrid\tt\t\t2025\tl\t\t5\t\t\t\t\tschool\tq\n"
                                        "g2\ts\tg\tgrid\tt\t\t2025\tl\t\t6\t\t\t\t\t\tq\n";
    KF_CHECK_INT(kf_parse_figures(iconic, sizeof iconic - 1, "i", &icons, &p), 0);
    if (p.n_errors == 0 && p.table.n_slides == 2) {
        KF_CHECK_STR(p.table.slides[0].figures[0].icon_name, "school");
        KF_CHECK_STR(p.table.slides[0].figures[0].icon, "\xEE\xA0\x8C");
        KF_CHECK_STR(p.table.slides[1].figures[1].icon_name, "");
        KF_CHECK_STR(p.table.slides[1].figures[1].icon, "");
    }
    kf_parse_free(&p);
    KF_CHECK_INT(kf_parse_figures(iconic, sizeof iconic - 1, "i", NULL, &p), 0);
    if (p.n_errors == 0 && p.table.n_slides == 2) {
        KF_CHECK_STR(p.table.slides[0].figures[0].icon_name, "school");
        KF_CHECK_STR(p.table.slides[0].figures[0].icon, "");
    }
    kf_parse_free(&p);
    static const char unknown[] = HEADER "h1\ts\th1\thero\tt\t\t2025\tl\t\t5\t\t\t\t\tschol\tq\n";
    KF_CHECK_INT(kf_parse_figures(unknown, sizeof unknown - 1, "i", &icons, &p), 1);
    if (p.n_errors == 1) {
        KF_CHECK_STR(p.errors[0].text,
                     "icon \"schol\" is not in the embedded icon font; run tools/subset-fonts");
        KF_CHECK_INT(p.errors[0].line, 2);
    }
    KF_CHECK_INT(p.n_errors, 1);
    kf_parse_free(&p);

    /* the glyph test: called, and a character it refuses named once a row */
    int calls = 0;
    kf_parse_glyphs ascii = {ascii_only, &calls, NULL};
    static const char cjk[] =
        HEADER "h1\tsection\th1\thero\ttitle\t\t2025\t龘label龘\t\t5\t\t\t\t\t\tq\n";
    KF_CHECK_INT(kf_parse_figures(cjk, sizeof cjk - 1, "g", &ascii, &p), 1);
    KF_CHECK(calls > 0, "the glyph test was not called");
    KF_CHECK_INT(p.n_errors, 1);
    if (p.n_errors)
        KF_CHECK_STR(p.errors[0].text,
                     "character U+9F98 (龘) is not in the embedded font; run tools/subset-fonts");
    kf_parse_free(&p);

    /* the reading-time rule: 4 s + 110 ms a character, 7-20 s; a slide's
     * own dwell, then --dwell, win */
    kf_figure hero = {.label = "全市地区生产总值",
                      .pre = "",
                      .value = "5.2",
                      .unit = "万亿元",
                      .post = "",
                      .from = "",
                      .delta = "增长5.4%、高于全国0.4个百分点"};
    kf_slide one = {.title = "经济总量", .kind = KF_SLIDE_HERO, .figures = &hero, .n_figures = 1};
    KF_CHECK_INT(kf_dwell_reading_ms(&one), 8000); /* 36 characters: 7960, to 100 ms */
    KF_CHECK_INT(kf_dwell_ms(&one, 0), 8000);
    KF_CHECK_INT(kf_dwell_ms(&one, 5000), 5000);
    one.dwell_ms = 9000;
    KF_CHECK_INT(kf_dwell_ms(&one, 5000), 9000);
    kf_figure rows10[10];
    for (int i = 0; i < 10; i++)
        rows10[i] = (kf_figure){.label = "城市副中心和平原新城地区生产总值年均增长",
                                .pre = "",
                                .value = "5",
                                .unit = "%",
                                .post = "以上",
                                .from = "",
                                .delta = ""};
    kf_slide dense = {
        .title = "部分主要指标", .kind = KF_SLIDE_TARGETS, .figures = rows10, .n_figures = 10};
    KF_CHECK_INT(kf_dwell_reading_ms(&dense), KF_DWELL_MAX_MS);
    kf_figure few = {
        .label = "", .pre = "", .value = "", .unit = "", .post = "", .from = "", .delta = ""};
    kf_slide bare = {.title = "", .kind = KF_SLIDE_SECTION, .figures = &few, .n_figures = 1};
    KF_CHECK_INT(kf_dwell_reading_ms(&bare), KF_DWELL_MIN_MS);

    /* the parts: runs of one section, named by their ordinal */
    kf_parts parts;
    kf_parts_of(&kf_figures, &parts);
    KF_CHECK_INT(parts.n, 4);
    KF_CHECK_STR(parts.name[0], "要点");
    KF_CHECK_STR(parts.name[1], "一");
    KF_CHECK_STR(parts.name[3], "三");
    int place, total = 0;
    for (int i = 0; i < parts.n; i++) total += parts.count[i];
    KF_CHECK_INT(total, kf_figures.n_slides);
    KF_CHECK_INT(kf_parts_find(&parts, parts.first[2], &place), 2);
    KF_CHECK_INT(place, 1);
    KF_CHECK_INT(kf_parts_find(&parts, kf_figures.n_slides - 1, &place), 3);
    KF_CHECK_INT(place, parts.count[3]);

    /* assets/figures.tsv parses to the compiled-in table, field for field */
    if (argc > 1) {
        size_t n;
        char *buf = read_all(argv[1], &n);
        KF_CHECK(buf != NULL, "cannot read %s", argv[1]);
        int rc = buf ? kf_parse_figures(buf, n, "assets/figures.tsv", NULL, &p) : -1;
        KF_CHECK_INT(rc, 0);
        if (rc == 0) {
            KF_CHECK_INT(p.table.n_slides, kf_figures.n_slides);
            KF_CHECK_INT(p.table.n_figures, kf_figures.n_figures);
            for (int i = 0; i < p.table.n_slides && i < kf_figures.n_slides; i++) {
                const kf_slide *a = &p.table.slides[i], *b = &kf_figures.slides[i];
                KF_CHECK_STR(a->key, b->key);
                KF_CHECK_STR(a->title, b->title);
                KF_CHECK_INT(a->n_figures, b->n_figures);
                for (int j = 0; j < a->n_figures && j < b->n_figures; j++) {
                    KF_CHECK_STR(a->figures[j].value, b->figures[j].value);
                    KF_CHECK_STR(a->figures[j].source, b->figures[j].source);
                }
            }
        }
        kf_parse_free(&p);
        free(buf);
    }
    return kf_check_done();
}
