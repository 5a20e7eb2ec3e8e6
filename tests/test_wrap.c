/* test_wrap.c - Chinese line breaking: kinsoku rules and numbers kept
 * whole with their units, with every character one unit wide; the units
 * from a list (the mechanism) and from the figures table (what keyfig
 * shows); text libunibreak 1.1 would assert on. */
#include <string.h>

#include "check.h"
#include "figures.h"
#include "utf8.h"
#include "wrap.h"

/* The units the wrapping below is given: the table's, or a test list. */
static const char *const *units;
static const char *const test_units[] = {"个百分点", "微克/立方米", "万辆", "%", "个", "万", NULL};

/* Each code point is 10 px wide. */
static int measure(void *ctx, const char *s, size_t len)
{
    (void)ctx;
    int n = 0;
    for (size_t i = 0; i < len;) {
        uint32_t cp;
        i += (size_t)kf_utf8_decode(s + i, len - i, &cp);
        n++;
    }
    return n * 10;
}

/* kf_wrap_opportunities of text, in a buffer that the next call reuses. */
static const char *opps(const char *text)
{
    static char brk[1024];
    kf_wrap_opportunities(text, units, brk);
    return brk;
}

/* Breaks text at width cols*10, balanced if asked (kf_wrap_balance), and
 * joins the lines with '|'. */
static const char *wrap_lines(const char *text, int cols, int balance)
{
    static char out[1024];
    kf_line lines[32];
    int fits;
    const char *brk = opps(text);
    int n = kf_wrap(text, brk, cols * 10, measure, NULL, lines, 32, &fits);
    if (balance && n <= 32) kf_wrap_balance(text, brk, cols * 10, measure, NULL, lines, n);
    out[0] = '\0';
    for (int i = 0; i < n && i < 32; i++) {
        if (i) strcat(out, "|");
        strncat(out, text + lines[i].start, lines[i].len);
    }
    return out;
}

static const char *wrap(const char *text, int cols) { return wrap_lines(text, cols, 0); }
static const char *balanced(const char *text, int cols) { return wrap_lines(text, cols, 1); }

/* 1 if no line of the wrapped text starts with a char of `set`. */
static int no_line_starts_with(const char *wrapped, const char *set)
{
    for (const char *p = wrapped; (p = strchr(p, '|')); p++) {
        uint32_t cp, c;
        kf_utf8_decode(p + 1, strlen(p + 1), &cp);
        for (size_t i = 0; set[i];) {
            i += (size_t)kf_utf8_decode(set + i, strlen(set + i), &c);
            if (c == cp) return 0;
        }
    }
    return 1;
}

/* Wrapped at every width from 6 to 20 characters, text keeps term whole. */
static void check_term_whole(const char *text, const char *term)
{
    for (int cols = 6; cols <= 20; cols++) {
        const char *w = wrap(text, cols);
        KF_CHECK(strstr(w, term) != NULL, "%s at %d a line: %s splits %s", text, cols, w, term);
    }
}

int main(void)
{
    /* the report's compound terms that ICU's dictionary splits stay whole
     * (ICU: 自|贸|试验|区|联|动, 社会|主义, 市|级|机关); beside them the
     * words still break: 设立|自贸试验区 */
    check_term_whole("探索设立自贸试验区联动发展区", "自贸试验区");
    check_term_whole("率先基本实现社会主义现代化取得决定性进展", "社会主义");
    check_term_whole("率先基本实现社会主义现代化取得决定性进展", "现代化");
    check_term_whole("城市副中心框架全面拉开，市级机关搬迁基本完成", "市级机关");
    check_term_whole("国家级专精特新“小巨人”企业", "专精特新");
    KF_CHECK_STR(wrap("探索设立自贸试验区联动发展区", 7), "探索设立|自贸试验区联动|发展区");

    /* plain ideographs break between words (ICU), anywhere when a line
     * would be less than half full (is "是共和国共和国" below) */
    KF_CHECK_STR(wrap("北京市政府工作报告", 4), "北京市|政府工作|报告");
    /* closing punctuation never starts a line: it pulls a char down */
    KF_CHECK_STR(wrap("经济顶压前行，向新向优发展", 6), "经济顶压前|行，向新向优|发展");
    const char *closing[] = {"，", "。", "、", "；", "：", "？", "！", "）", "」", "》", "%"};
    for (size_t i = 0; i < sizeof closing / sizeof closing[0]; i++) {
        char text[128];
        for (int cols = 2; cols <= 8; cols++) {
            snprintf(text, sizeof text, "一二三四五%s六七八九十", closing[i]);
            const char *w = wrap(text, cols);
            KF_CHECK(no_line_starts_with(w, closing[i]), "%s wrapped at %d: %s", closing[i], cols,
                     w);
        }
    }
    /* opening punctuation never ends a line */
    const char *w = wrap("一二三四（五六七八", 5);
    KF_CHECK(strstr(w, "（|") == NULL, "opening bracket ends a line: %s", w);
    w = wrap("一二三四《五六七八》", 5);
    KF_CHECK(strstr(w, "《|") == NULL, "opening title mark ends a line: %s", w);
    /* a number stays with its unit and with the word before it */
    units = test_units;
    for (int cols = 3; cols <= 12; cols++) {
        w = wrap("新能源汽车年产量近70万辆", cols);
        KF_CHECK(strstr(w, "近70万辆") != NULL, "split at %d: %s", cols, w);
        w = wrap("增长5.4%，高于全国0.4个百分点", cols);
        KF_CHECK(strstr(w, "0.4个百分点") != NULL, "split at %d: %s", cols, w);
        KF_CHECK(strstr(w, "5.4%，") != NULL, "split at %d: %s", cols, w);
        w = wrap("年均浓度控制在29微克/立方米左右", cols);
        KF_CHECK(strstr(w, "29微克/立方米") != NULL, "split at %d: %s", cols, w);
        w = wrap("地区生产总值年均增速4.5%—5%", cols);
        KF_CHECK(strstr(w, "4.5%") != NULL, "split at %d: %s", cols, w);
        /* a unit after a unit: the longest each time */
        w = wrap("新增1万个百分点", cols);
        KF_CHECK(strstr(w, "1万个百分点") != NULL, "split at %d: %s", cols, w);
        /* no unit matches: the character after the number still stays */
        w = wrap("轨道交通站点50米内换乘比例", cols);
        KF_CHECK(strstr(w, "点50米") != NULL, "split at %d: %s", cols, w);
    }
    /* the table's units: every unit and qualifier it uses, the calendar's */
    units = kf_figures.units;
    int n_units = 0, has[4] = {0};
    for (int i = 0; units[i]; i++) {
        n_units++;
        if (i > 0) KF_CHECK(strlen(units[i]) <= strlen(units[i - 1]), "not longest first");
        has[0] |= !strcmp(units[i], "月");
        has[1] |= !strcmp(units[i], "亿千瓦时");
        has[2] |= !strcmp(units[i], "千瓦时"); /* 亿千瓦时 without its magnitude */
        has[3] |= !strcmp(units[i], "左右");   /* a post qualifier */
    }
    KF_CHECK(has[0] && has[1] && has[2] && has[3], "units: 月 %d 亿千瓦时 %d 千瓦时 %d 左右 %d",
             has[0], has[1], has[2], has[3]);
    for (int i = 0; i < kf_figures.n_slides; i++)
        for (int j = 0; j < kf_figures.slides[i].n_figures; j++) {
            const kf_figure *f = &kf_figures.slides[i].figures[j];
            int found = !f->unit[0];
            for (int k = 0; units[k] && !found; k++) found = !strcmp(units[k], f->unit);
            KF_CHECK(found, "unit %s of %s is not in the table's units", f->unit, f->id);
        }
    for (int cols = 2; cols <= 12; cols++) {
        w = wrap("2026年1月25日在北京市第十六届人民代表大会第四次会议上", cols);
        KF_CHECK(strstr(w, "2026年1月25日") != NULL, "split at %d: %s", cols, w);
        w = wrap("调绿电规模达450亿千瓦时", cols);
        KF_CHECK(strstr(w, "达450亿千瓦时") != NULL, "split at %d: %s", cols, w);
        w = wrap("年均浓度控制在29微克/立方米左右", cols);
        KF_CHECK(strstr(w, "29微克/立方米左右") != NULL, "split at %d: %s", cols, w);
        w = wrap("治理违法建设2049万平方米", cols);
        KF_CHECK(strstr(w, "2049万平方米") != NULL, "split at %d: %s", cols, w);
        w = wrap("新增装机1.6万千瓦以上", cols);
        KF_CHECK(strstr(w, "1.6万千瓦") != NULL, "split at %d: %s", cols, w);
    }
    /* what libunibreak 1.1 asserts on (U+FFFF, regional indicators) or
     * must not take (other noncharacters): opportunities still come back */
    static const char *const odd[] = {"一\xEF\xBF\xBF二",
                                      "\xEF\xBF\xBF",
                                      "中\xF0\x9F\x87\xA8\xF0\x9F\x87\xB3国",
                                      "\xEF\xB7\x90"
                                      "a",
                                      "\xF0\x9F\xBF\xBE"
                                      "1",
                                      "a\xFF\xFE"
                                      "b",
                                      "\xE4\xB8"};
    for (size_t i = 0; i < sizeof odd / sizeof odd[0]; i++) {
        char brk[64];
        KF_CHECK_INT(kf_wrap_opportunities(odd[i], units, brk), 0);
        KF_CHECK_INT(brk[strlen(odd[i]) - 1], KF_BREAK_WORD);
    }
    units = test_units;
    /* an unbreakable piece wider than the line is reported */
    kf_line lines[4];
    int fits;
    int n = kf_wrap("近70万辆", opps("近70万辆"), 30, measure, NULL, lines, 4, &fits);
    KF_CHECK_INT(n, 1);
    KF_CHECK_INT(fits, 0);
    n = kf_wrap("近70万辆", opps("近70万辆"), 50, measure, NULL, lines, 4, &fits);
    KF_CHECK_INT(fits, 1);
    KF_CHECK_INT(lines[0].width, 50);
    /* more lines needed than given: counted, not written past the end */
    n = kf_wrap("一二三四五六七八九十", opps("一二三四五六七八九十"), 10, measure, NULL, lines, 4,
                &fits);
    KF_CHECK_INT(n, 10);
    /* spaces at a break are dropped */
    KF_CHECK_STR(wrap("hello world again", 6), "hello|world|again");
    KF_CHECK_INT(kf_wrap("", opps(""), 100, measure, NULL, lines, 4, &fits), 0);
    /* balanced lines: no character alone on the last line, two lines of
     * near one length */
    KF_CHECK_STR(balanced("城镇调查失业率", 6), "城镇调查|失业率");
    /* between words (ICU's CJK dictionary), not inside one: 预|算 is not a
     * break, 预算|收入 is (libunibreak alone: 一般公共预|算收入增长) */
    {
        const char *t = "一般公共预算收入增长";
        const char *brk = opps(t);
        KF_CHECK_INT(brk[strlen("一") - 1], KF_BREAK_INSIDE_WORD);
        KF_CHECK_INT(brk[strlen("一般") - 1], KF_BREAK_WORD);
        KF_CHECK_INT(brk[strlen("一般公共预") - 1], KF_BREAK_INSIDE_WORD);
        KF_CHECK_INT(brk[strlen("一般公共预算") - 1], KF_BREAK_WORD);
        KF_CHECK_INT(brk[strlen(t) - 1], KF_BREAK_WORD);
    }
    /* a one-ideograph word of ICU's between ideographs is bound to them
     * (母亲|河, 市|政协, 百万|亩 split a word); a run of them is a
     * word (年均); a conjunction stands alone (科技|和|产业) */
    {
        struct {
            const char *text, *before; /* the break after before... */
            int want;
        } cases[] = {
            {"全国母亲河复苏", "全国", KF_BREAK_WORD},
            {"全国母亲河复苏", "全国母亲", KF_BREAK_INSIDE_WORD},
            {"全国母亲河复苏", "全国母亲河", KF_BREAK_INSIDE_WORD},
            {"办理市政协提案", "办理", KF_BREAK_INSIDE_WORD},
            {"办理市政协提案", "办理市", KF_BREAK_INSIDE_WORD},
            {"办理市政协提案", "办理市政协", KF_BREAK_WORD},
            {"百万亩造林", "百万", KF_BREAK_INSIDE_WORD},
            {"地区生产总值年均增长", "地区生产总值", KF_BREAK_WORD},
            {"地区生产总值年均增长", "地区生产总值年均", KF_BREAK_WORD},
            {"科技和产业", "科技", KF_BREAK_WORD},
            {"科技和产业", "科技和", KF_BREAK_WORD},
        };
        for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
            const char *brk = opps(cases[i].text);
            KF_CHECK(brk[strlen(cases[i].before) - 1] == cases[i].want, "%s: after %s: %d, want %d",
                     cases[i].text, cases[i].before, brk[strlen(cases[i].before) - 1],
                     cases[i].want);
        }
    }
    KF_CHECK_STR(wrap("一般公共预算收入增长", 5), "一般公共|预算收入|增长");
    KF_CHECK_STR(balanced("一般公共预算收入增长", 9), "一般公共预算|收入增长");
    KF_CHECK_STR(balanced("地区生产总值年均增长", 9), "地区生产总值|年均增长");
    /* a word that would leave the line less than half full: inside it */
    KF_CHECK_STR(wrap("是共和国共和国", 3), "是共和|国共和|国");
    /* a word longer than the line: broken inside, never overflowing */
    KF_CHECK_STR(wrap("共和国", 2), "共和|国");
    KF_CHECK_STR(balanced("新建改造停车位", 6), "新建改造|停车位");
    KF_CHECK_STR(balanced("北京市政府工作报告", 8), "北京市政府|工作报告");
    KF_CHECK_STR(balanced("一二三", 8), "一二三"); /* one line: as it was */
    for (int cols = 4; cols <= 12; cols++) {
        w = balanced("全市地区生产总值一般公共预算收入增长", cols);
        const char *last = strrchr(w, '|');
        KF_CHECK(!last || strlen(last + 1) > 3, "a character alone at %d: %s", cols, w);
    }
    /* 《》 and “” pairs of up to 12 characters are not broken */
    for (int cols = 12; cols <= 18; cols++) {
        w = wrap("贯彻落实《北京市生态环境保护条例》要求", cols);
        KF_CHECK(strstr(w, "《北京市生态环境保护条例》") != NULL, "split at %d: %s", cols, w);
        w = wrap("迈出“十五五”坚实一步", cols);
        KF_CHECK(strstr(w, "“十五五”") != NULL, "split at %d: %s", cols, w);
    }
    /* a longer pair breaks as its words allow */
    KF_CHECK(strchr(wrap("《一二三四五六七八九十一二三》", 6), '|') != NULL,
             "long pair kept whole");
    return kf_check_done();
}
