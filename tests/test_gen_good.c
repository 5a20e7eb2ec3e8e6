/* test_gen_good.c - the table tools/gen_figures.c generates from
 * tests/gen/good.tsv (linked in as kf_figures, from the build tree), field by
 * field: slide kinds and keys, dwell_ms, the figures' text (a range, a from
 * value, the qualifiers, escaped quotes, '?' and backslash, a digit right
 * after a multibyte character), line numbers counting a blank line, and
 * the counts. */
#include "check.h"
#include "figures.h"

/* The slide with key `key`, or NULL. */
static const kf_slide *slide(const char *key)
{
    for (int i = 0; i < kf_figures.n_slides; i++)
        if (strcmp(kf_figures.slides[i].key, key) == 0) return &kf_figures.slides[i];
    return NULL;
}

/* Every string of every figure is there (never NULL) and every id unique. */
static void check_all(void)
{
    for (int i = 0; i < kf_figures.n_slides; i++) {
        const kf_slide *s = &kf_figures.slides[i];
        KF_CHECK(s->key && s->section && s->title && s->figures, "slide %d has a NULL", i);
        for (int j = 0; j < s->n_figures; j++) {
            const kf_figure *f = &s->figures[j];
            KF_CHECK(f->id && f->label && f->pre && f->value && f->unit && f->post && f->from &&
                         f->delta && f->source,
                     "slide %d figure %d has a NULL", i, j);
            for (int k = 0; k < kf_figures.n_slides; k++)
                for (int l = 0; l < kf_figures.slides[k].n_figures; l++)
                    if (k != i || l != j)
                        KF_CHECK(strcmp(f->id, kf_figures.slides[k].figures[l].id) != 0,
                                 "id %s twice", f->id);
        }
    }
}

int main(void)
{
    KF_CHECK_INT(kf_figures.n_slides, 8);
    KF_CHECK_INT(kf_figures.n_figures, 12); /* rows with a value: not the 2 sections */
    KF_CHECK_STR(kf_figures.source_name, "tests/gen/good.tsv");
    check_all();

    /* the order of the file, the kinds, the rows per slide, the dwell */
    static const struct {
        const char *key;
        kf_slide_kind kind;
        int n_figures, dwell_ms;
    } want[] = {
        {"part-one", KF_SLIDE_SECTION, 1, 5000}, {"gdp", KF_SLIDE_HERO, 1, 0},
        {"people", KF_SLIDE_GRID, 3, 8000},      {"health", KF_SLIDE_CHANGE, 1, 60000},
        {"air", KF_SLIDE_CHANGE, 1, 60000},      {"goals", KF_SLIDE_TARGETS, 4, 3000},
        {"part-two", KF_SLIDE_SECTION, 1, 0},    {"pair", KF_SLIDE_PAIR, 2, 0},
    };
    for (int i = 0; i < (int)(sizeof want / sizeof want[0]) && i < kf_figures.n_slides; i++) {
        const kf_slide *s = &kf_figures.slides[i];
        KF_CHECK_STR(s->key, want[i].key);
        KF_CHECK_INT(s->kind, want[i].kind);
        KF_CHECK_INT(s->n_figures, want[i].n_figures);
        KF_CHECK_INT(s->dwell_ms, want[i].dwell_ms);
    }

    const kf_slide *s = slide("part-one");
    if (s) {
        KF_CHECK_STR(s->section, "工作回顾");
        KF_CHECK_STR(s->title, "2025年回顾");
        KF_CHECK_STR(s->figures[0].label, "2025年工作回顾");
        KF_CHECK_STR(s->figures[0].value, "");
        KF_CHECK_STR(s->figures[0].delta, "迈出\"十五五\"坚实一步");
        KF_CHECK_INT(s->figures[0].line, 2);
    }
    KF_CHECK(s != NULL, "no slide part-one");

    s = slide("gdp");
    if (s) {
        const kf_figure *f = &s->figures[0];
        KF_CHECK_STR(f->id, "gdp");
        KF_CHECK_STR(f->pre, "约");
        KF_CHECK_STR(f->value, "5.2");
        KF_CHECK_STR(f->unit, "万亿元");
        KF_CHECK_STR(f->post, "");
        KF_CHECK_STR(f->from, "");
        KF_CHECK_STR(f->delta, "增长5.4%");
        KF_CHECK_INT(f->line, 3);
    }
    KF_CHECK(s != NULL, "no slide gdp");

    s = slide("people"); /* after a blank line 4 */
    if (s && s->n_figures == 3) {
        KF_CHECK_INT(s->figures[0].line, 5);
        KF_CHECK_INT(s->figures[1].line, 6);
        KF_CHECK_INT(s->figures[2].line, 7);
        KF_CHECK_STR(s->figures[1].pre, "超");
        KF_CHECK_STR(s->figures[1].value, "26");
        KF_CHECK_STR(s->figures[1].unit, "万人");
        KF_CHECK_STR(s->figures[2].id, "base-5g");
        KF_CHECK_STR(s->figures[2].label, "新增5G基站");
        KF_CHECK_STR(s->figures[2].post, "以上");
        KF_CHECK_STR(s->figures[2].source, "新增5G基站1.2万个以上? 见\"附表\"?\?=\\注");
    }
    KF_CHECK(s != NULL && s->n_figures == 3, "no slide people with 3 figures");

    s = slide("health");
    if (s && s->n_figures == 1) {
        KF_CHECK_STR(s->figures[0].from, "82.4");
        KF_CHECK_STR(s->figures[0].value, "83.9");
        KF_CHECK_STR(s->figures[0].unit, "岁");
        KF_CHECK_STR(s->figures[0].delta, "提高1.5岁");
    }
    KF_CHECK(s != NULL && s->n_figures == 1, "no slide health with 1 figure");
    s = slide("air");
    if (s && s->n_figures == 1) {
        KF_CHECK_STR(s->figures[0].label, "PM2.5年均浓度");
        KF_CHECK_STR(s->figures[0].from, "30.5");
        KF_CHECK_STR(s->figures[0].unit, "微克/立方米");
        KF_CHECK_INT(s->figures[0].line, 9);
        KF_CHECK_INT(s->figures[0].period, KF_PERIOD_2025);
    }
    KF_CHECK(s != NULL && s->n_figures == 1, "no slide air with 1 figure");

    /* a pair: its rows keep their own periods, the slide takes its
     * targets' */
    s = slide("pair");
    if (s && s->n_figures == 2) {
        KF_CHECK_INT(s->period, KF_PERIOD_2026);
        KF_CHECK_INT(s->figures[0].period, KF_PERIOD_2025);
        KF_CHECK_INT(s->figures[1].period, KF_PERIOD_2026);
        KF_CHECK_STR(s->figures[1].post, "左右");
        KF_CHECK_INT(s->figures[1].line, 16);
    }
    KF_CHECK(s != NULL && s->n_figures == 2, "no slide pair with 2 figures");

    s = slide("goals");
    if (s && s->n_figures == 4) {
        KF_CHECK_STR(s->section, "2026年目标");
        KF_CHECK_STR(s->figures[0].value, "4.5—5");
        KF_CHECK_STR(s->figures[0].unit, "%");
        KF_CHECK_STR(s->figures[0].post, "左右");
        KF_CHECK_STR(s->figures[2].pre, "不少于");
        KF_CHECK_STR(s->figures[3].post, "以内");
        KF_CHECK_INT(s->figures[3].line, 13);
    }
    KF_CHECK(s != NULL && s->n_figures == 4, "no slide goals with 4 figures");

    s = slide("part-two");
    if (s) {
        KF_CHECK_STR(s->figures[0].id, "part-two");
        KF_CHECK_STR(s->figures[0].delta, "");
        KF_CHECK_INT(s->figures[0].line, 14);
    }
    KF_CHECK(s != NULL, "no slide part-two");
    return kf_check_done();
}
