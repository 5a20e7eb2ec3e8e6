/* draw_pair.c - a year's result next to the target set for the same
 * measure (2025's 5.4 % growth, 2026's "5 % 左右"): 1 to 3 pairs as cards,
 * a row in landscape, a column in portrait. A card: the measure's name,
 * then the result (its period's name over it, in gold) and the target (in
 * the goal accent); when both are numbers, a bar from zero under each on
 * one scale, the two growing with their numbers. A side in words (a
 * statement: 居民收入增长和经济增长同步) is written out and draws no bar.
 * The grammar pairs the rows (parse.c: a result, then its target). */
#include <string.h>

#include "chart.h"
#include "numfmt.h"
#include "theme.h"

#define PAIRS_MAX 3

/* One side of a pair in box: the period's name, the figure (or the
 * statement), and its bar of length `bar` px (0: none). With cw > 0 the
 * name stands in a column cw px wide left of the figure (portrait), else
 * over it. Returns the bottom of what it drew, or -1. */
static int side(kf_build *b, kf_scene *s, const kf_figure *fig, kf_rect box, int cw, int px, int fh,
                int bar, int bar_h, SDL_Color c)
{
    static const SDL_Color soft = KF_INK_SOFT, ink = KF_INK, track = KF_CHART_TRACK;
    int u = kf_draw_px(b, 1);
    int ch = kf_text_height(b->text, KF_FONT_REGULAR, kf_draw_px(b, KF_SIZE_DELTA));
    kf_rect cbox = cw ? (kf_rect){box.x, box.y + (fh - ch) / 2, cw, ch} : box;
    kf_rect cap = kf_draw_text(b, s, kf_draw_period_name(fig->period), KF_FONT_REGULAR,
                               KF_SIZE_DELTA, cbox, 1, KF_ALIGN_LEFT, soft);
    if (cap.w < 0) return -1;
    int x = cw ? box.x + cw + 2 * u : box.x, y = cw ? box.y : cap.y + cap.h + u;
    kf_rect fbox = {x, y, box.x + box.w - x, cw ? fh : box.y + box.h - y};
    if (!fig->value[0]) { /* a statement: its words in place of a figure */
        kf_rect t = kf_draw_text(b, s, fig->label, KF_FONT_BOLD, KF_SIZE_LABEL, fbox, 2,
                                 KF_ALIGN_LEFT, ink);
        return t.w < 0 ? -1 : t.y + t.h > y + (cw ? fh : 0) ? t.y + t.h : y + fh;
    }
    fbox.h = fh;
    kf_rect num = kf_draw_figure(b, s, fig, fig->value, px, fbox, KF_ALIGN_LEFT, c, soft, 1);
    if (num.w < 0) return -1;
    y += fh;
    if (bar <= 0) return y;
    y += u;
    if (kf_chart_track(b, s, (kf_rect){box.x, y, box.w, bar_h}, bar, track) ||
        kf_chart_bar(b, s, (kf_rect){box.x, y, bar, bar_h}, c, KF_REVEAL_RIGHT, s->n_numbers - 1))
        return -1;
    return y + bar_h;
}

/* 1 if every figure of the slide fits width w px at the smallest number
 * size (a card's width, in landscape). */
static int figures_fit(kf_build *b, const kf_slide *slide, int n, int w)
{
    for (int i = 0; i < 2 * n; i++) {
        const kf_figure *fig = &slide->figures[i];
        int fw = 0;
        if (!fig->value[0]) continue;
        kf_rect probe = {0, 0, w, 1 << 20};
        kf_draw_figure_fit(b, fig, fig->value, kf_draw_px(b, KF_SIZE_NUMBER_MIN), probe, &fw, NULL);
        if (fw > w) return 0;
    }
    return 1;
}

int kf_draw_pair(kf_build *b, const kf_slide *slide, kf_scene *s)
{
    static const SDL_Color ink = KF_INK, card = KF_CARD, red = KF_RED, gold = KF_GOLD,
                           goal = KF_GOAL;
    kf_rect cells[PAIRS_MAX], in[PAIRS_MAX], names[PAIRS_MAX], sides[PAIRS_MAX][2];
    int n = slide->n_figures / 2 < PAIRS_MAX ? slide->n_figures / 2 : PAIRS_MAX;
    int u = kf_draw_px(b, 1), pad = 2 * u;
    kf_rect body = b->f.body;

    /* three layouts: landscape cards in a row (name over result over
     * target); when a figure is too wide for such a card, a row a pair
     * (name, result, target side by side); in portrait a card a row,
     * three of them with the periods' names in a column left of the
     * figures */
    kf_layout_cells(body, n, b->f.portrait, 2 * u, cells);
    int rows = b->f.portrait || !figures_fit(b, slide, n, cells[0].w - 2 * pad);
    int wide = rows && !b->f.portrait;
    if (rows) {
        int h = n * kf_draw_px(b, !b->f.portrait   ? 60
                                  : n == PAIRS_MAX ? 44
                                  : n == 2         ? 62
                                                   : 80) +
                (n - 1) * 2 * u;
        if (h < body.h) body.y += (body.h - h) / 2, body.h = h;
        kf_layout_cells(body, n, 1, 2 * u, cells);
    }
    for (int i = 0; i < n; i++) {
        in[i] = kf_rect_inset(cells[i], pad, pad);
        names[i] = in[i];
        if (wide) { /* name 28 %, then the two sides */
            int nw = in[i].w * 28 / 100, sw = (in[i].w - nw - 8 * u) / 2;
            names[i].w = nw;
            sides[i][0] = (kf_rect){in[i].x + nw + 4 * u, in[i].y, sw, in[i].h};
            sides[i][1] = (kf_rect){sides[i][0].x + sw + 4 * u, in[i].y, sw, in[i].h};
        }
    }

    /* the names first: one size, and the tallest sets where every card's
     * sides start, so the numbers of a row of cards line up */
    int lpx = kf_draw_px(b, KF_SIZE_LABEL), name_h = 0;
    for (int pass = 0; pass < 2; pass++)
        for (int i = 0; i < n; i++) {
            const kf_figure *res = &slide->figures[2 * i];
            const char *name = res->value[0] ? res->label : res[1].label;
            kf_fit f;
            kf_draw_fit(b, KF_FONT_BOLD, name, lpx, KF_ROLE_READ, names[i].w,
                        wide ? names[i].h : in[i].h / 3, 2, &f);
            if (pass == 0 && f.px < lpx) lpx = f.px;
            if (pass == 1 && f.height > name_h) name_h = f.height;
        }
    /* then the numbers: one size, as large as the sides (caption, figure,
     * bar) fit */
    int cpx = kf_draw_px(b, KF_SIZE_DELTA);
    int cap_h = kf_text_height(b->text, KF_FONT_REGULAR, cpx), cw = 0;
    if (b->f.portrait && n == PAIRS_MAX) /* periods' names left of the figures */
        for (int i = 0; i < 2 * n; i++) {
            const char *w = kf_draw_period_name(slide->figures[i].period);
            int ww = kf_text_width(b->text, KF_FONT_REGULAR, cpx, w, strlen(w));
            if (ww > cw) cw = ww;
        }
    int bar_h = u * 14 / 10 > 2 ? u * 14 / 10 : 2;
    int side_w = wide ? sides[0][0].w : in[0].w - (cw ? cw + 2 * u : 0);
    /* the largest number size at which every card's content fits its
     * height: name, and per side its caption (unless in a column), its
     * figure and bar or its statement's lines. A caption's line may come
     * out a little taller than measured: 2 units are kept free. */
    int px = kf_draw_px(b, KF_SIZE_CARD * (n == 1 || (b->f.portrait && n == 2) ? 1.2f : 0.75f));
    int fh = 0;
    int floor_px = kf_draw_px(b, KF_SIZE_NUMBER_MIN);
    for (;;) {
        int need = 0;
        fh = 0;
        for (int i = 0; i < 2 * n; i++) {
            const kf_figure *fig = &slide->figures[i];
            int h = 0;
            if (!fig->value[0]) continue;
            kf_rect probe = {0, 0, side_w, 1 << 20};
            kf_draw_figure_fit(b, fig, fig->value, px, probe, NULL, &h);
            if (h > fh) fh = h;
        }
        for (int i = 0; i < n; i++) {
            int sh[2];
            for (int k = 0; k < 2; k++) {
                const kf_figure *fig = &slide->figures[2 * i + k];
                int body_h = fh + u + bar_h;
                if (!fig->value[0]) {
                    kf_fit f;
                    kf_draw_fit(b, KF_FONT_BOLD, fig->label, kf_draw_px(b, KF_SIZE_LABEL),
                                KF_ROLE_READ, side_w, 1 << 20, 2, &f);
                    body_h = f.height > fh ? f.height : fh;
                }
                sh[k] = (cw ? 0 : cap_h + u) + body_h;
            }
            int h = wide ? (sh[0] > sh[1] ? sh[0] : sh[1]) : name_h + 3 * u + sh[0] + 3 * u + sh[1];
            if (wide && name_h > h) h = name_h;
            if (h > need) need = h;
        }
        if (need + 2 * u <= in[0].h || px <= floor_px) break;
        px = px * 95 / 100 < px - 1 ? px * 95 / 100 : px - 1;
        if (px < floor_px) px = floor_px;
    }
    for (int i = 0; i < 2 * n; i++) { /* and no figure wider than its side */
        const kf_figure *fig = &slide->figures[i];
        if (!fig->value[0]) continue;
        kf_rect probe = {0, 0, side_w, fh};
        int f = kf_draw_figure_fit(b, fig, fig->value, px, probe, NULL, NULL);
        if (f < px) px = f;
    }

    int first[PAIRS_MAX], last[PAIRS_MAX], height[PAIRS_MAX], tallest = 0;
    for (int i = 0; i < n; i++) {
        const kf_figure *res = &slide->figures[2 * i], *tgt = res + 1;
        if (kf_draw_rect(s, cells[i], card) ||
            kf_draw_rect(s, (kf_rect){cells[i].x, cells[i].y, 8 * u, u > 1 ? u * 6 / 10 : 1}, red))
            return -1;
        first[i] = s->n_pieces;
        /* the measure's name: the result's label, or the target's when the
         * result is a statement */
        const char *name = res->value[0] ? res->label : tgt->label;
        kf_rect nm = kf_draw_text_px(b, s, name, KF_FONT_BOLD, lpx,
                                     (kf_rect){names[i].x, names[i].y, names[i].w, name_h}, 2,
                                     KF_ALIGN_LEFT, ink);
        if (nm.w < 0) return -1;
        int y = in[i].y + name_h + 3 * u;
        int both = res->value[0] && tgt->value[0] && kf_draw_is_number(res->value) &&
                   kf_draw_is_number(tgt->value);
        double vr = kf_num_magnitude(res->value), vt = kf_num_magnitude(tgt->value);
        double max = vr > vt ? vr : vt;
        const kf_figure *two[2] = {res, tgt};
        SDL_Color colors[2] = {gold, goal};
        int bottom = nm.y + nm.h;
        for (int k = 0; k < 2; k++) {
            kf_rect box =
                wide ? sides[i][k] : (kf_rect){in[i].x, y, in[i].w, in[i].y + in[i].h - y};
            int full = wide ? box.w : in[i].w;
            int bar = both && max > 0 ? (int)(full * (k ? vt : vr) / max + 0.5) : 0;
            if (both && bar < 2) bar = 2;
            int end = side(b, s, two[k], box, cw, px, fh, bar, bar_h, colors[k]);
            if (end < 0) return -1;
            if (end > bottom) bottom = end;
            y = end + 3 * u;
        }
        last[i] = s->n_pieces;
        height[i] = bottom - in[i].y;
        if (height[i] > tallest) tallest = height[i];
    }
    /* one offset for a row of cards, so their names and numbers line up;
     * a card that is a row of its own centres by itself */
    for (int i = 0; i < n; i++) {
        int dy = (in[i].h - (rows ? height[i] : tallest)) / 2;
        for (int k = first[i]; k < last[i]; k++) {
            s->pieces[k].dst.y += dy > 0 ? dy : 0;
            s->pieces[k].ink.y += dy > 0 && s->pieces[k].ink.w ? dy : 0;
            s->pieces[k].box = in[i];
        }
    }
    return 0;
}
