/* draw_bars.c - 2 to 5 comparable quantities as bars from zero, so their
 * scale shows (5 against 1309 is a sliver against a column): columns on a
 * common baseline in landscape and for up to three in portrait, each value
 * and then its label under the baseline; rows in portrait for four or five,
 * each label over its bar and the value at the row's end. Lengths are in proportion to the values;
 * every bar grows with its number's count-up and ends exactly at its final length. The values'
 * places never depend on the values (a counting number stays put;
 * tests/test_screen.c redraws mid-count numbers as finals and compares). */
#include "chart.h"
#include "numfmt.h"
#include "theme.h"

#define BARS_MAX 5

/* One size for every label in w x h boxes (*lpx shrinks to it), and the
 * tallest label with its delta line (*height). */
static void words_fit(kf_build *b, const kf_slide *slide, int n, int w, int h, int *lpx,
                      int *height)
{
    *height = 0;
    for (int pass = 0; pass < 2; pass++)
        for (int i = 0; i < n; i++) {
            const kf_figure *fig = &slide->figures[i];
            kf_fit lf, df = {0};
            kf_draw_fit(b, KF_FONT_BOLD, fig->label, *lpx, KF_ROLE_READ, w, h, 2, &lf);
            int hh = lf.height;
            if (fig->delta[0]) {
                kf_draw_fit(b, KF_FONT_REGULAR, fig->delta, kf_draw_px(b, KF_SIZE_DELTA),
                            KF_ROLE_READ, w, h, 1, &df);
                hh += kf_draw_px(b, 1) + df.height;
            }
            if (pass == 0 && lf.px < *lpx) *lpx = lf.px;
            if (pass == 1 && hh > *height) *height = hh;
        }
}

/* A figure's label (up to two lines) and delta line in box. */
static int words(kf_build *b, kf_scene *s, const kf_figure *fig, int lpx, kf_rect box, int align)
{
    static const SDL_Color ink = KF_INK, soft = KF_INK_SOFT;
    kf_rect l = kf_draw_text_px(b, s, fig->label, KF_FONT_BOLD, lpx, box, 2, align, ink);
    if (l.w < 0) return -1;
    if (!fig->delta[0]) return 0;
    int y = l.y + l.h + kf_draw_px(b, 1);
    kf_rect dbox = {box.x, y, box.w, box.y + box.h - y};
    kf_rect d =
        kf_draw_text(b, s, fig->delta, KF_FONT_REGULAR, KF_SIZE_DELTA, dbox, 1, align, soft);
    return d.w < 0 ? -1 : 0;
}

/* The number size (<= px) at which every value fits w x h, and the widest
 * and tallest of them at that size. */
static int values_fit(kf_build *b, const kf_slide *slide, int n, int px, int w, int h, int *fw,
                      int *fh)
{
    for (int i = 0; i < n; i++) {
        kf_rect probe = {0, 0, w, h};
        int f = kf_draw_figure_fit(b, &slide->figures[i], slide->figures[i].value, px, probe, NULL,
                                   NULL);
        if (f < px) px = f;
    }
    *fw = *fh = 0;
    for (int i = 0; i < n; i++) {
        int ww, hh;
        kf_rect probe = {0, 0, w, h};
        kf_draw_figure_fit(b, &slide->figures[i], slide->figures[i].value, px, probe, &ww, &hh);
        if (ww > *fw) *fw = ww;
        if (hh > *fh) *fh = hh;
    }
    return px;
}

int kf_draw_bars(kf_build *b, const kf_slide *slide, kf_scene *s)
{
    const SDL_Color gold = kf_draw_accent(slide);
    static const SDL_Color soft = KF_INK_SOFT, axis = KF_CHART_TRACK;
    int n = slide->n_figures < BARS_MAX ? slide->n_figures : BARS_MAX;
    int u = kf_draw_px(b, 1);
    kf_rect body = b->f.body;
    double max = 0;
    for (int i = 0; i < n; i++)
        if (kf_num_magnitude(slide->figures[i].value) > max)
            max = kf_num_magnitude(slide->figures[i].value);
    if (!(max > 0)) max = 1;
    int lpx = kf_draw_px(b, KF_SIZE_LABEL * 0.9f), words_h, fw, fh;
    int px = kf_draw_px(b, KF_SIZE_CARD * 0.8f);

    if (!b->f.portrait || n <= 3) {
        /* columns (in portrait too for up to three: the body is tall, and
         * rows would leave most of it empty): a slot each; under the
         * baseline each value, then its words; the columns rise above */
        int sw = body.w / n, pad = 2 * u;
        words_fit(b, slide, n, sw - 2 * pad, body.h / 4, &lpx, &words_h);
        px = values_fit(b, slide, n, px, sw - 2 * pad, body.h / 4, &fw, &fh);
        int base = body.y + body.h - words_h - fh - 5 * u;
        int col_h = base - body.y - u, cw = sw * 40 / 100 < 24 * u ? sw * 40 / 100 : 24 * u;
        if (kf_draw_rect(s, (kf_rect){body.x, base, body.w, u / 3 > 1 ? u / 3 : 1}, axis))
            return -1;
        for (int i = 0; i < n; i++) {
            const kf_figure *fig = &slide->figures[i];
            int x = body.x + i * sw, h = (int)(col_h * kf_num_magnitude(fig->value) / max + 0.5);
            if (h < 2) h = 2;
            kf_rect nbox = {x + pad, base + 2 * u, sw - 2 * pad, fh};
            kf_rect num =
                kf_draw_figure(b, s, fig, fig->value, px, nbox, KF_ALIGN_CENTER, gold, soft, 1);
            if (num.w < 0) return -1;
            kf_rect col = {x + (sw - cw) / 2, base - h, cw, h};
            if (kf_chart_bar(b, s, col, gold, KF_REVEAL_UP, s->n_numbers - 1)) return -1;
            int wy = base + 2 * u + fh + 2 * u;
            kf_rect wbox = {x + pad, wy, sw - 2 * pad, body.y + body.h - wy};
            if (words(b, s, fig, lpx, wbox, KF_ALIGN_CENTER)) return -1;
        }
        return 0;
    }
    /* portrait: a row each, words over a bar, the value at the row's end */
    int row_h = body.h / n;
    if (row_h > (n <= 2 ? 48 : 34) * u) row_h = (n <= 2 ? 48 : 34) * u;
    kf_rect list = {body.x, body.y + (body.h - row_h * n) / 2, body.w, row_h * n};
    kf_rect rows[BARS_MAX];
    kf_layout_rows(list, n, 2 * u, rows);
    words_fit(b, slide, n, body.w, row_h / 2, &lpx, &words_h);
    px = values_fit(b, slide, n, n <= 2 ? px * 3 / 2 : px, body.w / 2, rows[0].h - words_h - 2 * u,
                    &fw, &fh);
    int room = body.w - fw - 3 * u;
    for (int i = 0; i < n; i++) {
        const kf_figure *fig = &slide->figures[i];
        kf_rect r = rows[i];
        int first = s->n_pieces;
        if (words(b, s, fig, lpx, (kf_rect){r.x, r.y, r.w, words_h}, KF_ALIGN_LEFT)) return -1;
        int y = r.y + words_h + 2 * u;
        int len = (int)(room * kf_num_magnitude(fig->value) / max + 0.5);
        if (len < 2) len = 2;
        int bh = fh * 70 / 100;
        kf_rect nbox = {r.x + r.w - fw, y, fw, fh};
        kf_rect num =
            kf_draw_figure(b, s, fig, fig->value, px, nbox, KF_ALIGN_RIGHT, gold, soft, 1);
        if (num.w < 0) return -1;
        if (kf_chart_bar(b, s, (kf_rect){r.x, y + (fh - bh) / 2, len, bh}, gold, KF_REVEAL_RIGHT,
                         s->n_numbers - 1))
            return -1;
        int dy = (r.y + r.h - (y + fh)) / 2;
        kf_draw_shift(s, first, 0, dy > 0 ? dy : 0, r);
    }
    return 0;
}
