/* draw_grid.c - 2 to 4 related figures as cards (each its pictogram, number,
 * label and delta): a row (2x2 for four) in landscape, a column in
 * portrait. Every card's number has the same size and sits on the same
 * line, on this slide and on every grid of the table with as many cards:
 * the largest size at which all of theirs fit. */
#include "draw.h"
#include "theme.h"

#define GRID_MAX 4

/* The tallest figure line (px) of the class's slides at number size px,
 * each in its card's inner box less icon_w, num_h high. */
static int tallest_figure(kf_build *b, const kf_slide *const *cls, int n_cls, int n,
                          const kf_rect *inner, int icon_w, int num_h, int px)
{
    int fh = 0;
    for (int c = 0; c < n_cls; c++)
        for (int i = 0; i < n; i++) {
            int h = 0;
            const kf_figure *fig = &cls[c]->figures[i];
            kf_rect nbox = {inner[i].x, inner[i].y, inner[i].w - icon_w, num_h};
            kf_draw_figure_fit(b, fig, fig->value, px, nbox, NULL, &h);
            if (h > fh) fh = h;
        }
    return fh;
}

int kf_draw_grid(kf_build *b, const kf_slide *slide, kf_scene *s)
{
    const SDL_Color gold = kf_draw_accent(slide); /* the numbers: gold, or a goal's */
    static const SDL_Color ink = KF_INK, soft = KF_INK_SOFT, card = KF_CARD, red = KF_RED;
    kf_rect cells[GRID_MAX], inner[GRID_MAX];
    int n = slide->n_figures < GRID_MAX ? slide->n_figures : GRID_MAX;
    int u = kf_draw_px(b, 1);
    int pad = 3 * u;
    int px = kf_draw_px(b, KF_SIZE_CARD * (n <= 2          ? (b->f.portrait ? 1.6f : 1.4f)
                                           : b->f.portrait ? 0.9f
                                                           : 1.0f));

    /* in portrait the cards are rows: no taller than their content needs,
     * the column centred in the body */
    kf_rect body = b->f.body;
    if (b->f.portrait) {
        int h = n * kf_draw_px(b, n <= 2 ? 50 : n == 3 ? 40 : 34) + (n - 1) * 2 * u;
        if (h < body.h) body.y += (body.h - h) / 2, body.h = h;
    }
    kf_layout_cells(body, n, b->f.portrait, 2 * u, cells);
    /* narrow cards (a 2x2 grid on a 4:3 panel) wrap their words into more
     * lines: a smaller padding gives those lines the room */
    if (cells[0].w < kf_draw_px(b, 60)) pad = 2 * u;
    for (int i = 0; i < n; i++) inner[i] = kf_rect_inset(cells[i], pad, pad);
    /* same kind, same geometry: the sizes are measured over every grid
     * slide of the table with as many cards (its class), so consecutive
     * grids keep one number size, one number line and one label line */
    const kf_slide *cls[256];
    int n_cls = 0;
    for (int k = 0; k < b->table->n_slides && n_cls < 256; k++) {
        const kf_slide *o = &b->table->slides[k];
        int on = o->n_figures < GRID_MAX ? o->n_figures : GRID_MAX;
        if (o->kind == KF_SLIDE_GRID && on == n) cls[n_cls++] = o;
    }
    if (n_cls == 0) cls[n_cls++] = slide; /* a table not of this build's */
    /* the words first: each card's label (up to two lines) and second line
     * at their own sizes, never below the reading floor; the number gets
     * the height that is left, the same in every card */
    int lpx = kf_draw_px(b, KF_SIZE_LABEL * 0.87f), dpx = kf_draw_px(b, KF_SIZE_DELTA);
    int words_h = 0;
    for (int pass = 0; pass < 2; pass++) /* one size for all labels, one for all deltas */
        for (int c = 0; c < n_cls; c++)
            for (int i = 0; i < n; i++) {
                const kf_figure *fig = &cls[c]->figures[i];
                kf_fit lf, df = {0};
                kf_draw_fit(b, KF_FONT_BOLD, fig->label, lpx, KF_ROLE_READ, inner[i].w, inner[i].h,
                            2, &lf);
                int h = lf.height;
                if (fig->delta[0]) {
                    kf_draw_fit(b, KF_FONT_REGULAR, fig->delta, dpx, KF_ROLE_READ, inner[i].w,
                                inner[i].h, 2, &df);
                    h += u + df.height;
                }
                if (pass == 0) {
                    if (lf.px < lpx) lpx = lf.px;
                    if (fig->delta[0] && df.px < dpx) dpx = df.px;
                } else if (h > words_h) {
                    words_h = h;
                }
            }
    int under_num = pad > 2 * u ? 2 * u : u; /* number to label */
    /* the cards' pictograms at the right of their numbers' line, when the
     * class has any: every card's number then has that much less width
     * (or over the numbers, below) */
    int icon_px = 0, icon_w = 0;
    for (int c = 0; c < n_cls; c++)
        for (int i = 0; i < n; i++)
            if (cls[c]->figures[i].icon[0]) icon_px = kf_draw_px(b, KF_SIZE_ICON);
    if (icon_px) icon_w = icon_px + 2 * u;
    int num_h = inner[0].h - words_h - under_num;
    if (num_h > inner[0].h * 50 / 100) num_h = inner[0].h * 50 / 100;
    int px0 = px;
    for (int c = 0; c < n_cls; c++)
        for (int i = 0; i < n; i++) {
            const kf_figure *fig = &cls[c]->figures[i];
            kf_rect nbox = {inner[i].x, inner[i].y, inner[i].w - icon_w, num_h};
            int fit = kf_draw_figure_fit(b, fig, fig->value, px, nbox, NULL, NULL);
            if (fit < px) px = fit;
        }
    /* tall cards (a row of three) have room over their numbers: the
     * pictograms go there, larger, and the numbers get the full width */
    int above = 0, icon_h = 0;
    if (icon_px) {
        int big = kf_draw_px(b, KF_SIZE_ICON * 1.6f);
        int fh = tallest_figure(b, cls, n_cls, n, inner, icon_w, num_h, px);
        int ih = kf_text_height(b->text, KF_FONT_ICON, big);
        if (inner[0].h - words_h - under_num - fh >= ih + 3 * u) {
            above = 1, icon_px = big, icon_h = ih + 2 * u, icon_w = 0, px = px0;
            if (num_h > inner[0].h - words_h - under_num - icon_h)
                num_h = inner[0].h - words_h - under_num - icon_h;
            for (int c = 0; c < n_cls; c++)
                for (int i = 0; i < n; i++) {
                    const kf_figure *fig = &cls[c]->figures[i];
                    kf_rect nbox = {inner[i].x, inner[i].y, inner[i].w, num_h};
                    int fit = kf_draw_figure_fit(b, fig, fig->value, px, nbox, NULL, NULL);
                    if (fit < px) px = fit;
                }
        }
    }
    /* two cards side by side are posters: their content centred */
    int align = !b->f.portrait && n == 2 && above ? KF_ALIGN_CENTER : KF_ALIGN_LEFT;
    int first[GRID_MAX], last[GRID_MAX], height[GRID_MAX], tallest = 0;
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
        kf_rect nbox = {in.x, in.y + icon_h, in.w - icon_w, num_h};
        kf_rect num = kf_draw_figure(b, s, fig, fig->value, px, nbox, align, gold, soft, 1);
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
        int y = num.y + num.h + under_num;
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
    /* one vertical offset for every card of the class, so the numbers of a
     * slide and of the next grid like it line up: the content's height is
     * the class's (its tallest number, its words), not this slide's */
    int fh = tallest_figure(b, cls, n_cls, n, inner, icon_w, num_h, px);
    int class_h = icon_h + fh + under_num + words_h;
    if (class_h < tallest) class_h = tallest;
    for (int i = 0; i < n; i++) {
        int dy = (inner[i].h - class_h) / 2;
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
