/* draw.h - building a slide's scene: the frame every slide shares (header,
 * title with its period chip, source quote) and one builder per slide kind,
 * dispatched through a table (draw_section.c, draw_hero.c, draw_grid.c,
 * draw_change.c, draw_targets.c, draw_statements.c, and the charts:
 * draw_ring.c, draw_pair.c, draw_bars.c, their shapes from chart.c). Builders place text with
 * kf_text_fit, so nothing they make overflows its box at any output size. */
#ifndef KF_DRAW_H
#define KF_DRAW_H
#include <SDL.h>

#include "figures.h"
#include "layout.h"
#include "parts.h"
#include "scene.h"
#include "text.h"

/* What a builder needs: the fonts, the renderer its textures are for, the
 * frame laid out for the output size, the table and its parts. */
/* A measure over the whole table that a builder keeps for the next slides
 * of the same layout (draw_grid.c: a grid class's median number size and
 * label room): key[] says for what, value[] is what it measured. */
#define KF_BUILD_MEMO 16
typedef struct kf_build_memo {
    int key[12];
    int value[2];
} kf_build_memo;

typedef struct kf_build {
    kf_text *text;
    SDL_Renderer *r;
    kf_frame f;
    const kf_table *table;
    kf_parts parts; /* the table's parts, for the progress bar's names */
    kf_build_memo memo[KF_BUILD_MEMO];
    int n_memo; /* used, oldest first overwritten when full */
} kf_build;

/* Builds slide `slide` of b->table into out (which must be empty).
 * Returns 0, or -1 with a message in err (the scene is then empty). */
int kf_draw_slide(kf_build *b, int slide, kf_scene *out, char *err, size_t errlen);

/* Builds the chrome shared by all slides (the report's name and date in the
 * header). Same contract as kf_draw_slide. */
int kf_draw_chrome(kf_build *b, kf_scene *out, char *err, size_t errlen);

/* --- for the builders ---------------------------------------------------- */

enum { KF_ALIGN_LEFT, KF_ALIGN_CENTER, KF_ALIGN_RIGHT };

/* Fits s into box at up to size_u units (wrapping into max_lines) and adds
 * one text piece per line, aligned horizontally, at the top of box. Returns
 * the rect the text covers (h = 0 if s is empty), or w = -1 on failure. */
kf_rect kf_draw_text(kf_build *b, kf_scene *s, const char *str, kf_font_face face, float size_u,
                     kf_rect box, int max_lines, int align, SDL_Color c);

/* kf_draw_text with the size in pixels. */
kf_rect kf_draw_text_px(kf_build *b, kf_scene *s, const char *str, kf_font_face face, int px,
                        kf_rect box, int max_lines, int align, SDL_Color c);

/* kf_draw_text for the header, footer and progress (KF_ROLE_CHROME: its
 * smaller floor). */
kf_rect kf_draw_chrome_text(kf_build *b, kf_scene *s, const char *str, kf_font_face face,
                            float size_u, kf_rect box, int max_lines, int align, SDL_Color c);

/* kf_draw_text_px for a piece of any role. Text is shrunk to fit box but
 * never below the role's floor (kf_draw_floor); text that does not fit
 * there is drawn at the floor and leaves its box, which the scenes test
 * reports: the builder must give it more room. */
kf_rect kf_draw_text_role(kf_build *b, kf_scene *s, const char *str, kf_font_face face, int px,
                          kf_role role, kf_rect box, int max_lines, int align, SDL_Color c);

/* Adds figure fig's pictogram (its icon, a Material Icons glyph) at up to
 * px pixels (its ink about px square) in box, aligned horizontally, at the
 * top, as a mark (KF_ROLE_MARK) in colour c. Returns the covered rect (h =
 * 0 if fig has no icon), or w = -1 on failure. */
kf_rect kf_draw_icon(kf_build *b, kf_scene *s, const kf_figure *fig, int px, kf_rect box, int align,
                     SDL_Color c);

/* The smallest size (px) text of role may be set at: theme.h's
 * KF_SIZE_READ_MIN or KF_SIZE_CHROME_MIN, 1 for marks. */
int kf_draw_floor(const kf_build *b, kf_role role);

/* kf_text_fit from px down to role's floor, KF_LINE_GAP between lines. */
void kf_draw_fit(kf_build *b, kf_font_face face, const char *str, int px, kf_role role, int w,
                 int h, int max_lines, kf_fit *out);

/* Extra space between wrapped lines, as a fraction of the size. */
#define KF_LINE_GAP 0.25f

/* Adds a figure "<pre><value><unit><post>" on one baseline: the number in
 * bold at up to px pixels in `num` colour, the unit (same colour) and
 * qualifiers (`ink`) smaller. The number counts up if `counts` (and
 * kf_num_counts says it can), else it shows its final text throughout (a
 * "before" value). Shrinks to fit box; aligned horizontally, at the top of
 * box; the line is cropped to the ink band of the digits, so the covered
 * rect's top is the digits' top. Returns the covered rect, w = -1 on
 * failure; the number is s->numbers[s->n_numbers - 1]. */
kf_rect kf_draw_figure(kf_build *b, kf_scene *s, const kf_figure *fig, const char *value, int px,
                       kf_rect box, int align, SDL_Color num, SDL_Color ink, int counts);

/* The number size (<= px) kf_draw_figure would use in box, and the size of
 * the line it would make (either pointer may be NULL). Adds nothing. */
int kf_draw_figure_fit(kf_build *b, const kf_figure *fig, const char *value, int px, kf_rect box,
                       int *width, int *height);

/* The part (px) of kf_draw_figure's line at number size px that lies under
 * its baseline, where CJK units and the tails of % and / end: the line's
 * height less it is how far the line rises above the baseline. */
int kf_draw_figure_below(int px);

/* size_u layout units in pixels (at least 1). */
int kf_draw_px(const kf_build *b, float size_u);

/* 1 if value is a number (kf_num_parse), 0 if a quantity in words. */
int kf_draw_is_number(const char *value);

/* The colour of a slide's numbers and marks: gold for results, the goal
 * accent for goals (KF_PERIOD_IS_GOAL). */
SDL_Color kf_draw_accent(const kf_slide *slide);

/* The words for period p: "2025年", "“十四五”时期", "2026年目标" … ("" for
 * KF_PERIOD_NONE), as the period chip beside a title shows them. */
const char *kf_draw_period_name(kf_period p);

/* The footer's quote for slide: its rows' quotes in order, each once, a
 * quote another row's quote holds left out, a quote that begins where the
 * text so far ends joined on, the others after "……"; "" for a pair slide
 * (its footer names the report and the part). Writes at most n bytes
 * (NUL-terminated) into out; returns the length. */
size_t kf_draw_footer_quote(const kf_slide *slide, char *out, size_t n);

/* Moves pieces [from, n_pieces) of s by dx, dy, and makes container the
 * box they must stay inside (a group laid out in sub-boxes, then centred). */
void kf_draw_shift(kf_scene *s, int from, int dx, int dy, kf_rect container);

/* Adds a filled rectangle. Returns 0, or -1 when out of memory. */
int kf_draw_rect(kf_scene *s, kf_rect r, SDL_Color c);

/* Adds a bar whose width follows number `number` of s as it counts: full
 * width at its final value, in proportion below it. Returns 0 or -1. */
int kf_draw_bar(kf_scene *s, kf_rect r, SDL_Color c, int number);

/* The difference of a change row written out: value - from, exact in
 * decimal (the larger of the two's decimals), signed ("+0.9", "−1.5"),
 * then "个百分点" for a unit of % or the row's unit ("+1.5岁"). Writes at
 * most n bytes into out; returns the length, 0 (out "") if from or value
 * is not a plain number. */
size_t kf_draw_change_text(const kf_figure *fig, char *out, size_t n);

/* One builder per kind. */
typedef int (*kf_draw_fn)(kf_build *b, const kf_slide *slide, kf_scene *s);
int kf_draw_section(kf_build *b, const kf_slide *slide, kf_scene *s);
int kf_draw_hero(kf_build *b, const kf_slide *slide, kf_scene *s);
int kf_draw_grid(kf_build *b, const kf_slide *slide, kf_scene *s);
int kf_draw_change(kf_build *b, const kf_slide *slide, kf_scene *s);
int kf_draw_targets(kf_build *b, const kf_slide *slide, kf_scene *s);
int kf_draw_statements(kf_build *b, const kf_slide *slide, kf_scene *s);
int kf_draw_ring(kf_build *b, const kf_slide *slide, kf_scene *s);
int kf_draw_pair(kf_build *b, const kf_slide *slide, kf_scene *s);
int kf_draw_bars(kf_build *b, const kf_slide *slide, kf_scene *s);

#endif
