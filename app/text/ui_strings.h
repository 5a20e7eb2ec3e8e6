/* ui_strings.h - every on-screen string that is not in the figures table.
 *
 * The glyph coverage test walks kf_ui_strings, and tools/subset-fonts takes
 * its characters from app/ sources, so a string shown on screen must live
 * here (or in the table) to be sure the embedded font can draw it. */
#ifndef KF_UI_STRINGS_H
#define KF_UI_STRINGS_H

#define KF_STR_REPORT    "北京市政府工作报告"
#define KF_STR_DATE      "2026年1月25日"
#define KF_STR_SOURCE    "来源："
#define KF_STR_ARROW     "→"
#define KF_STR_SEPARATOR " · "
#define KF_STR_TARGET    "目标"

/* the change slide's words (draw_change.c) */
#define KF_STR_POINTS        "个百分点" /* a difference of two percentages   */
#define KF_STR_MINUS         "−"        /* U+2212, a negative difference     */
#define KF_STR_YEAR          "年"
#define KF_STR_BEFORE        "此前"           /* a before value with no year    */
#define KF_STR_FYP14_END     "“十四五”末"     /* an after value of period fyp14 */
#define KF_STR_AXIS_NOT_ZERO "横轴不从零开始" /* a truncated axis says so       */
#define KF_STR_VAXIS_NOT_ZERO "纵轴不从零开始" /* ... a vertical one (columns)  */

/* the period chip beside a slide's title, by kf_period */
#define KF_STR_PERIOD_2025  "2025年"
#define KF_STR_PERIOD_FYP14 "“十四五”时期"
#define KF_STR_PERIOD_FYP15 "“十五五”目标"
#define KF_STR_PERIOD_2026  "2026年目标"
#define KF_STR_PERIOD_2035  "2035年目标"

/* All of the above, NULL-terminated, for the glyph coverage test. */
extern const char *const kf_ui_strings[];

#endif
