/* draw_ring.c - 1 to 3 shares out of 100 % as ring gauges: an arc over
 * the share that sweeps out as the number in the ring's centre counts up,
 * a faint track over the rest of the circle, the label and delta under the
 * ring. A row of
 * rings in landscape, a column in portrait; one ring size for all. The
 * grammar gives a ring only a number of percent above 0 and up to 100
 * (parse.c), never a quantity in words. */
#include "chart.h"
#include "numfmt.h"
#include "theme.h"

#define RING_MAX 3

int kf_draw_ring(kf_build *b, const kf_slide *slide, kf_scene *s)
{
    const SDL_Color gold = kf_draw_accent(slide);
    static const SDL_Color ink = KF_INK, soft = KF_INK_SOFT, track = KF_CHART_TRACK;
    kf_rect cells[RING_MAX];
    int n = slide->n_figures < RING_MAX ? slide->n_figures : RING_MAX;
    int u = kf_draw_px(b, 1), pad = 2 * u, gap = 3 * u;
    int lpx = kf_draw_px(b, KF_SIZE_LABEL), dpx = kf_draw_px(b, KF_SIZE_DELTA);
    /* portrait's column: a wide gap between the rings' cells, so that each
     * label sits nearer its own ring than the next one (proximity) */
    kf_layout_cells(b->f.body, n, b->f.portrait, (b->f.portrait ? 12 : 2) * u, cells);

    /* the words first (one size for all labels, one for all deltas), then
     * the largest ring every cell has room for */
    int words_h = 0;
    for (int pass = 0; pass < 2; pass++)
        for (int i = 0; i < n; i++) {
            const kf_figure *fig = &slide->figures[i];
            kf_fit lf, df = {0};
            int w = cells[i].w - 2 * pad;
            kf_draw_fit(b, KF_FONT_BOLD, fig->label, lpx, KF_ROLE_READ, w, cells[i].h / 3, 2, &lf);
            int h = lf.height;
            if (fig->delta[0]) {
                kf_draw_fit(b, KF_FONT_REGULAR, fig->delta, dpx, KF_ROLE_READ, w, cells[i].h / 4, 2,
                            &df);
                h += u + df.height;
            }
            if (pass == 0) {
                if (lf.px < lpx) lpx = lf.px;
                if (fig->delta[0] && df.px < dpx) dpx = df.px;
            } else if (h > words_h) {
                words_h = h;
            }
        }
    int d = kf_draw_px(b, n == 1 ? 62 : 52);
    for (int i = 0; i < n; i++) {
        int room = cells[i].h - words_h - gap;
        if (cells[i].w - 2 * pad < room) room = cells[i].w - 2 * pad;
        if (room < d) d = room;
    }
    if (d < 8 * u) d = 8 * u;
    int thick = d / 11 > 2 ? d / 11 : 2;
    int hole = d - 2 * thick - 4;
    /* one number size for every ring */
    int px = hole * 45 / 100;
    for (int i = 0; i < n; i++) {
        kf_rect probe = {0, 0, hole * 80 / 100, hole / 2};
        int f = kf_draw_figure_fit(b, &slide->figures[i], slide->figures[i].value, px, probe, NULL,
                                   NULL);
        if (f < px) px = f;
    }

    for (int i = 0; i < n; i++) {
        const kf_figure *fig = &slide->figures[i];
        kf_rect c = cells[i];
        int first = s->n_pieces;
        kf_rect sq = {c.x + (c.w - d) / 2, c.y, d, d};
        /* the number in the hole, centred on the ring's centre */
        int cx = sq.x + d / 2, cy = sq.y + d / 2;
        kf_rect nbox = {cx - hole * 40 / 100, cy - hole / 4, hole * 80 / 100, hole / 2};
        int h = 0;
        kf_draw_figure_fit(b, fig, fig->value, px, nbox, NULL, &h);
        nbox.y = cy - h / 2;
        kf_rect num =
            kf_draw_figure(b, s, fig, fig->value, px, nbox, KF_ALIGN_CENTER, gold, soft, 1);
        if (num.w < 0) return -1;
        kf_number v;
        double share = kf_num_parse(fig->value, &v) == 0 ? v.value[0] / 100.0 : 0;
        if (kf_chart_ring(b, s, sq, thick, 0, share, gold, s->n_numbers - 1) ||
            (share < 1 && kf_chart_ring(b, s, sq, thick, share, 1, track, -1)))
            return -1;
        /* the words under it */
        int y = sq.y + d + gap;
        kf_rect lbox = {c.x + pad, y, c.w - 2 * pad, c.y + c.h - y};
        kf_rect l =
            kf_draw_text_px(b, s, fig->label, KF_FONT_BOLD, lpx, lbox, 2, KF_ALIGN_CENTER, ink);
        if (l.w < 0) return -1;
        int bottom = l.y + l.h;
        if (fig->delta[0]) {
            y = bottom + u;
            kf_rect dbox = {c.x + pad, y, c.w - 2 * pad, c.y + c.h - y};
            kf_rect dl = kf_draw_text_px(b, s, fig->delta, KF_FONT_REGULAR, dpx, dbox, 2,
                                         KF_ALIGN_CENTER, soft);
            if (dl.w < 0) return -1;
            if (dl.h) bottom = dl.y + dl.h;
        }
        /* the group centred in its cell, a little above the middle */
        int dy = (c.y + c.h - bottom) * 45 / 100;
        kf_draw_shift(s, first, 0, dy > 0 ? dy : 0, c);
    }
    return 0;
}
