/* draw_grid.c - 2 to 4 related figures as cards (each its pictogram, number,
 * label and delta): a row (2x2 for four) in landscape, a column in
 * portrait. Every card's number has the same size and sits on the same
 * line; and so do those of the table's other grids with as many cards
 * (its class), unless a slide's own figures need less: the class's median
 * size, line and label room, so consecutive grids do not jump. A value in
 * words (首位, 清零) is set so its ideographs are as tall as the digits,
 * on the digits' baseline, and every label of a slide starts on one line.
 * Four cards in portrait stay a column: as 2x2 at 1080x1920 a card is
 * 470 px wide, the labels (8-14 ideographs) wrap into two or three lines,
 * some inside a word (国家|级, 回收|机), for numbers only a fifth larger. */
#include <stdlib.h>
#include <string.h>

#include "draw.h"
#include "theme.h"

#define GRID_MAX  4
#define CLASS_MAX 256

/* What a slide's cards need, measured in the cards' inner boxes. */
typedef struct grid_fit {
    int lpx, dpx; /* label and delta sizes, one each for all cards */
    int words_h;  /* the tallest card's label and delta              */
    int px;       /* the number size at which every figure fits      */
} grid_fit;

/* Measures slide sl's n cards (inner boxes) with numbers in boxes icon_w
 * narrower and the room over them of icon_h, from sizes px0, lpx0, dpx0. */
static grid_fit fit_slide(kf_build *b, const kf_slide *sl, int n, const kf_rect *inner, int icon_w,
                          int icon_h, int under_num, int px0, int lpx0, int dpx0)
{
    grid_fit g = {lpx0, dpx0, 0, px0};
    int u = kf_draw_px(b, 1);
    for (int pass = 0; pass < 2; pass++) /* one size for all labels, one for all deltas */
        for (int i = 0; i < n; i++) {
            const kf_figure *fig = &sl->figures[i];
            kf_fit lf, df = {0};
            kf_draw_fit(b, KF_FONT_BOLD, fig->label, g.lpx, KF_ROLE_READ, inner[i].w, inner[i].h, 2,
                        &lf);
            int h = lf.height;
            if (fig->delta[0]) {
                kf_draw_fit(b, KF_FONT_REGULAR, fig->delta, g.dpx, KF_ROLE_READ, inner[i].w,
                            inner[i].h, 2, &df);
                h += u + df.height;
            }
            if (pass == 0) {
                if (lf.px < g.lpx) g.lpx = lf.px;
                if (fig->delta[0] && df.px < g.dpx) g.dpx = df.px;
            } else if (h > g.words_h) {
                g.words_h = h;
            }
        }
    int num_h = inner[0].h - g.words_h - under_num - icon_h;
    if (num_h > inner[0].h * 50 / 100) num_h = inner[0].h * 50 / 100;
    for (int i = 0; i < n; i++) {
        const kf_figure *fig = &sl->figures[i];
        kf_rect nbox = {inner[i].x, inner[i].y, inner[i].w - icon_w, num_h};
        int f = kf_draw_figure_fit(b, fig, fig->value, g.px, nbox, NULL, NULL);
        if (f < g.px) g.px = f;
    }
    return g;
}

/* The size (px) at which fig's value is set when the digits are px: px
 * for a number; for a value in words, the size whose 国 is as tall as the
 * digit 0 (an ideograph fills its em, a digit some 0.7 of it, so at one
 * size words weigh half again as much as the numbers beside them). */
static int value_px(kf_build *b, const kf_figure *fig, int px)
{
    if (kf_draw_is_number(fig->value)) return px;
    int d0, d1, c0, c1;
    kf_text_glyph_box(b->text, KF_FONT_BOLD, px, '0', &d0, &d1);
    kf_text_glyph_box(b->text, KF_FONT_BOLD, px, 0x56FD /* 国 */, &c0, &c1);
    return c1 - c0 > 0 ? (int)((long)px * (d1 - d0) / (c1 - c0)) : px;
}

/* The figures' line of slide sl at number size px, each figure in its
 * card's inner box less icon_w at the right, num_h tall: how far the
 * tallest rises above the common baseline (*up) and the line's height.
 * Each figure's own size and rise go to vpx[i] and rise[i] (if not NULL). */
static int figure_line(kf_build *b, const kf_slide *sl, int n, const kf_rect *inner, int icon_w,
                       int num_h, int px, int *up, int *vpx, int *rise)
{
    int up_max = 0, down_max = 0;
    for (int i = 0; i < n; i++) {
        const kf_figure *fig = &sl->figures[i];
        int h = 0;
        kf_rect probe = {inner[i].x, inner[i].y, inner[i].w - icon_w, num_h};
        int f = kf_draw_figure_fit(b, fig, fig->value, value_px(b, fig, px), probe, NULL, &h);
        int down = kf_draw_figure_below(f);
        if (h - down > up_max) up_max = h - down;
        if (down > down_max) down_max = down;
        if (vpx) vpx[i] = f;
        if (rise) rise[i] = h - down;
    }
    if (up) *up = up_max;
    return up_max + down_max;
}

static int cmp_int(const void *a, const void *b)
{
    int x = *(const int *)a, y = *(const int *)b;
    return (x > y) - (x < y);
}

/* The class's median number size and label room for one placement of the
 * pictograms; the slide's own fit in *own. */
static void class_fit(kf_build *b, const kf_slide *slide, const kf_slide *const *cls, int n_cls,
                      int n, const kf_rect *inner, int icon_w, int icon_h, int under_num, int px0,
                      int *px_m, int *words_m, grid_fit *own)
{
    int lpx0 = kf_draw_px(b, KF_SIZE_LABEL * 0.87f), dpx0 = kf_draw_px(b, KF_SIZE_DELTA);
    *own = fit_slide(b, slide, n, inner, icon_w, icon_h, under_num, px0, lpx0, dpx0);
    /* the class's medians depend on the layout alone: measured once for
     * every grid of the class (the class is the table's, n_cls its size) */
    int key[12] = {b->f.w,    b->f.h, n,          n_cls,      icon_w,         icon_h,
                   under_num, px0,    inner[0].w, inner[0].h, inner[n - 1].w, inner[n - 1].h};
    for (int m = 0; m < b->n_memo && m < KF_BUILD_MEMO; m++)
        if (!memcmp(b->memo[m].key, key, sizeof key)) {
            *px_m = b->memo[m].value[0], *words_m = b->memo[m].value[1];
            return;
        }
    int pxs[CLASS_MAX], words[CLASS_MAX];
    for (int c = 0; c < n_cls; c++) {
        grid_fit g = cls[c] == slide ? *own
                                     : fit_slide(b, cls[c], n, inner, icon_w, icon_h, under_num,
                                                 px0, lpx0, dpx0);
        pxs[c] = g.px, words[c] = g.words_h;
    }
    qsort(pxs, (size_t)n_cls, sizeof pxs[0], cmp_int);
    qsort(words, (size_t)n_cls, sizeof words[0], cmp_int);
    *px_m = pxs[n_cls / 2], *words_m = words[n_cls / 2];
    kf_build_memo *slot = &b->memo[b->n_memo++ % KF_BUILD_MEMO];
    memcpy(slot->key, key, sizeof key);
    slot->value[0] = *px_m, slot->value[1] = *words_m;
}

int kf_draw_grid(kf_build *b, const kf_slide *slide, kf_scene *s)
{
    const SDL_Color gold = kf_draw_accent(slide); /* the numbers: gold, or a goal's */
    static const SDL_Color ink = KF_INK, soft = KF_INK_SOFT, card = KF_CARD, red = KF_RED;
    kf_rect cells[GRID_MAX], inner[GRID_MAX];
    int n = slide->n_figures < GRID_MAX ? slide->n_figures : GRID_MAX;
    int u = kf_draw_px(b, 1);
    int pad = 3 * u;
    int px0 = kf_draw_px(b, KF_SIZE_CARD * (n <= 2          ? (b->f.portrait ? 2.2f : 1.4f)
                                            : b->f.portrait ? 0.9f
                                                            : 1.0f));

    /* in portrait the cards are rows: no taller than their content needs,
     * the column centred in the body */
    kf_rect body = b->f.body;
    if (b->f.portrait) {
        int h = n * kf_draw_px(b, n <= 2 ? 72 : n == 3 ? 40 : 34) + (n - 1) * 2 * u;
        if (h < body.h) body.y += (body.h - h) / 2, body.h = h;
    }
    kf_layout_cells(body, n, b->f.portrait, 2 * u, cells);
    /* narrow cards (a 2x2 grid on a 4:3 panel) wrap their words into more
     * lines: a smaller padding gives those lines the room */
    if (cells[0].w < kf_draw_px(b, 60)) pad = 2 * u;
    for (int i = 0; i < n; i++) inner[i] = kf_rect_inset(cells[i], pad, pad);
    int under_num = pad > 2 * u ? 2 * u : u; /* number to label */

    /* the class: the table's grids with as many cards */
    const kf_slide *cls[CLASS_MAX];
    int n_cls = 0, icons = 0;
    for (int k = 0; k < b->table->n_slides && n_cls < CLASS_MAX; k++) {
        const kf_slide *o = &b->table->slides[k];
        int on = o->n_figures < GRID_MAX ? o->n_figures : GRID_MAX;
        if (o->kind != KF_SLIDE_GRID || on != n) continue;
        cls[n_cls++] = o;
        for (int i = 0; i < n; i++) icons |= o->figures[i].icon[0] != 0;
    }
    if (n_cls == 0) { /* a table not of this build's */
        cls[n_cls++] = slide;
        for (int i = 0; i < n; i++) icons |= slide->figures[i].icon[0] != 0;
    }

    /* the pictograms at the right of the numbers' line (the numbers then
     * that much narrower), or, in tall cards (a row of three, two side by
     * side) where the class's median leaves room, over the numbers, larger */
    int icon_px = icons ? kf_draw_px(b, KF_SIZE_ICON) : 0, icon_w = icon_px ? icon_px + 2 * u : 0;
    int icon_h = 0, above = 0, px_m, words_m;
    grid_fit own;
    class_fit(b, slide, cls, n_cls, n, inner, icon_w, 0, under_num, px0, &px_m, &words_m, &own);
    if (icons) {
        int big = kf_draw_px(b, KF_SIZE_ICON * 1.6f);
        int ih = kf_text_height(b->text, KF_FONT_ICON, big);
        int fh = figure_line(b, slide, n, inner, 0, inner[0].h, px_m < own.px ? px_m : own.px, NULL,
                             NULL, NULL);
        if (inner[0].h - words_m - under_num - fh >= ih + 3 * u) {
            above = 1, icon_px = big, icon_h = ih + 2 * u, icon_w = 0;
            class_fit(b, slide, cls, n_cls, n, inner, 0, icon_h, under_num, px0, &px_m, &words_m,
                      &own);
        }
    }
    /* the class's size unless this slide's figures need less */
    int px = own.px < px_m ? own.px : px_m, lpx = own.lpx, dpx = own.dpx;
    int words_h = own.words_h;
    int num_h = inner[0].h - words_h - under_num - icon_h;
    if (num_h > inner[0].h * 50 / 100) num_h = inner[0].h * 50 / 100;
    /* two cards side by side are posters: their content centred */
    int align = n == 2 && above ? KF_ALIGN_CENTER : KF_ALIGN_LEFT;
    int first[GRID_MAX], last[GRID_MAX], height[GRID_MAX], tallest = 0;
    /* one baseline for all the cards' figures, one line for their labels */
    int up = 0, vpx[GRID_MAX], rise[GRID_MAX];
    int line_h = figure_line(b, slide, n, inner, icon_w, num_h, px, &up, vpx, rise);
    for (int i = 0; i < n; i++) {
        const kf_figure *fig = &slide->figures[i];
        kf_rect in = inner[i];
        if (kf_draw_rect(s, cells[i], card) ||
            kf_draw_rect(s, (kf_rect){cells[i].x, cells[i].y, 8 * u, u > 1 ? u * 6 / 10 : 1}, red))
            return -1;
        first[i] = s->n_pieces;
        if (above &&
            kf_draw_icon(b, s, fig, icon_px, (kf_rect){in.x, in.y, in.w, icon_h}, align, soft).w <
                0)
            return -1;
        /* its baseline on the cards' */
        kf_rect nbox = {in.x, in.y + icon_h + up - rise[i], in.w - icon_w, num_h};
        kf_rect num = kf_draw_figure(b, s, fig, fig->value, vpx[i], nbox, align, gold, soft, 1);
        if (num.w < 0) return -1;
        /* the pictogram, its ink's middle on the digits', no taller than
         * they are (so it stays off the label) */
        int ipx = icon_px < num.h ? icon_px : num.h;
        int ih = ipx > 0 ? kf_text_height(b->text, KF_FONT_ICON, ipx) : 0;
        if (!above && ipx > 0 &&
            kf_draw_icon(b, s, fig, ipx,
                         (kf_rect){in.x + in.w - icon_px, num.y + (num.h - ih) / 2, icon_px, ih},
                         KF_ALIGN_RIGHT, soft)
                    .w < 0)
            return -1;
        int y = in.y + icon_h + line_h + under_num;
        kf_rect lbox = {in.x, y, in.w, in.y + in.h - y};
        kf_rect l = kf_draw_text_px(b, s, fig->label, KF_FONT_BOLD, lpx, lbox, 2, align, ink);
        if (l.w < 0) return -1;
        int bottom = l.y + l.h;
        if (fig->delta[0]) {
            y = bottom + u;
            kf_rect dbox = {in.x, y, in.w, in.y + in.h - y};
            kf_rect d =
                kf_draw_text_px(b, s, fig->delta, KF_FONT_REGULAR, dpx, dbox, 2, align, soft);
            if (d.w < 0) return -1;
            if (d.h) bottom = d.y + d.h;
        }
        last[i] = s->n_pieces;
        height[i] = bottom - in.y;
        if (height[i] > tallest) tallest = height[i];
    }
    /* one vertical offset for every card, from the class's median content
     * (its number line, its label room), so the numbers of a slide and of
     * the next grid like it line up; less when this slide's words are
     * taller than the median's */
    int class_h = icon_h + line_h + under_num + words_m;
    for (int i = 0; i < n; i++) {
        int dy = (inner[i].h - class_h) / 2;
        if (dy + tallest > inner[i].h) dy = inner[i].h - tallest;
        if (dy < 0) dy = 0;
        for (int k = first[i]; k < last[i]; k++) {
            kf_piece *pc = &s->pieces[k];
            pc->dst.y += dy;
            if (pc->ink.w) pc->ink.y += dy;
            pc->box = inner[i];
        }
    }
    return 0;
}
