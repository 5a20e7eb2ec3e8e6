/* figures.h - the figures table: slides, their kind and period, their
 * figures.
 *
 * The table is parsed from assets/figures.tsv by app/content/parse.c (its
 * grammar) and compiled in by tools/gen_figures.c at build time (see the
 * README's "Changing the figures" section); this header is the contract
 * between them and the app. Every string is UTF-8 and never NULL: an
 * empty column is "". */
#ifndef KF_FIGURES_H
#define KF_FIGURES_H
#include <stddef.h>

/* Slide kinds. The generator emits these names; app/draw/draw.c dispatches
 * on them. */
typedef enum kf_slide_kind {
    KF_SLIDE_SECTION,    /* a part of the report opens: big title, subtitle  */
    KF_SLIDE_HERO,       /* one big figure, its label, a delta line          */
    KF_SLIDE_GRID,       /* 2-4 related figures as cards                     */
    KF_SLIDE_CHANGE,     /* 1 before -> after, on a scale that shows it      */
    KF_SLIDE_TARGETS,    /* goals as a list: figures and statements          */
    KF_SLIDE_STATEMENTS, /* 1-8 statements without a number, verbatim        */
    KF_SLIDE_RING,       /* 1-3 shares out of 100 % as ring gauges           */
    KF_SLIDE_PAIR,       /* 1-3 measures: a result next to its next target   */
    KF_SLIDE_BARS,       /* 2-5 comparable quantities as columns from zero   */
    KF_SLIDE_KIND_COUNT
} kf_slide_kind;

/* When a figure holds: every slide's rows share one (a section slide has
 * none). A goal (fyp15, 2026, 2035) is drawn as a goal, apart from the
 * results (2025, fyp14). */
typedef enum kf_period {
    KF_PERIOD_NONE,  /* a section slide                      */
    KF_PERIOD_2025,  /* a 2025 result                        */
    KF_PERIOD_FYP14, /* a 十四五 (2021-2025) result          */
    KF_PERIOD_FYP15, /* a 十五五 (2026-2030) goal            */
    KF_PERIOD_2026,  /* a 2026 target or plan                */
    KF_PERIOD_2035,  /* a goal for 2035                      */
    KF_PERIOD_COUNT
} kf_period;

/* 1 for the periods whose figures are goals, not results. */
#define KF_PERIOD_IS_GOAL(p)                                                                       \
    ((p) == KF_PERIOD_FYP15 || (p) == KF_PERIOD_2026 || (p) == KF_PERIOD_2035)

/* One figure: "<pre><value><unit><post>", e.g. "近" "70" "万辆" "",
 * or "" "5" "%" "左右". For KF_SLIDE_CHANGE, `from` is the before value
 * in the same unit ("82.4" -> "83.9" 岁). `value` is exactly the text shown
 * on screen once the count-up ends: the report's digits and decimals,
 * possibly a range "4.5—5", or a quantity the report writes in words ("五成"
 * with pre "超", "一半" with pre "近", "翻番"), shown as written and never
 * counted. A statement (a goal or fact without a number) has value "" and
 * its words in `label`. For a section slide `value` is "", `label` is the
 * big title and `delta` the subtitle. */
typedef struct kf_figure {
    const char *id;        /* unique key, [a-z0-9-]                          */
    const char *label;     /* what the number measures                       */
    const char *pre;       /* qualifier before the number: 近 超 约 不少于 … */
    const char *value;     /* the number as the report prints it             */
    const char *unit;      /* 万亿元, %, 个百分点, 岁 …                      */
    const char *post;      /* qualifier after the unit: 左右 以上 以内 …     */
    const char *from;      /* before value (change slides), else ""          */
    const char *delta;     /* a secondary line: 增长5.4%，高于全国0.4个百分点 */
    const char *source;    /* verbatim quote from the report                 */
    const char *icon_name; /* a Material Icons name ("school"), or ""     */
    const char *icon;      /* its glyph in the embedded icon font, UTF-8
                              ("" with no icon)                           */
    kf_period period;      /* when it holds: its slide's, but on a pair slide
                              a result's row and its target's differ         */
    int line;              /* line in assets/figures.tsv, for messages       */
} kf_figure;

/* 1 if f is a statement: words without a number. */
#define KF_FIGURE_IS_STATEMENT(f) ((f)->value[0] == '\0' && (f)->pre[0] == '\0')

typedef struct kf_slide {
    const char *key;     /* slide key, [a-z0-9-], unique                 */
    const char *section; /* the report's part, shown in the header       */
    const char *title;   /* the slide's heading                          */
    kf_slide_kind kind;
    kf_period period; /* of every figure on it; a pair slide: its targets' */
    int dwell_ms;     /* 0: the default dwell                       */
    const kf_figure *figures;
    int n_figures;
} kf_slide;

typedef struct kf_table {
    const kf_slide *slides;
    int n_slides;
    int n_figures;           /* rows with a value, all slides together       */
    const char *source_name; /* "assets/figures.tsv"                      */
    /* What stays with a number when text wraps: every unit and post value
     * of the table, each also without a leading 万 or 亿 ("万平方米" ->
     * "平方米"), those magnitudes, and the calendar's 年 月 日 时 分 秒 届 期;
     * NULL-terminated, longest first. */
    const char *const *units;
} kf_table;

/* The generated table; defined in the build tree's figures_table.c. */
extern const kf_table kf_figures;

#endif
