/* draw_change.c - before -> after: for each pair (1 to 3) its label, the
 * two values with an arrow, and two bars whose lengths are proportional to
 * the values (from zero); the "after" value counts up and its bar follows
 * it, the "before" value and its bar stand still. */
#include <stdlib.h>

#include "draw.h"
#include "numfmt.h"
#include "ui_strings.h"
#include "theme.h"

#define CHANGE_MAX 3

/* The larger end of a value ("4.5—5" -> 5), for the bars. */
static double magnitude(const char *v)
{
    kf_number n;
    if (kf_num_parse(v, &n) != 0) return 0;
    return n.value[n.n_parts - 1];
}

int kf_draw_change(kf_build *b, const kf_slide *slide, kf_scene *s)
{
    const SDL_Color gold = kf_draw_accent(slide); /* the numbers: gold, or a goal's */
    static const SDL_Color ink = KF_INK, soft = KF_INK_SOFT, bar_from = KF_BAR_FROM,
                           bar_to = KF_BAR_TO, track = {255, 255, 255, 14};
    kf_rect rows[CHANGE_MAX];
    int n = slide->n_figures < CHANGE_MAX ? slide->n_figures : CHANGE_MAX;
    int u = kf_draw_px(b, 1);
    kf_rect body = b->f.body;

    /* rows no taller than they need, centred in the body */
    int row_h = body.h / n;
    int max_row = kf_draw_px(b, n == 1 ? 56 : 34);
    if (row_h > max_row) row_h = max_row;
    int total = row_h * n;
    kf_rect list = {body.x, body.y + (body.h - total) / 2, body.w, total};
    kf_layout_rows(list, n, 3 * u, rows);

    for (int i = 0; i < n; i++) {
        const kf_figure *fig = &slide->figures[i];
        kf_rect r = rows[i];
        int first = s->n_pieces;
        /* label */
        kf_rect lbox = {r.x, r.y, r.w, r.h * 22 / 100};
        kf_rect l = kf_draw_text(b, s, fig->label, KF_FONT_BOLD, KF_SIZE_LABEL, lbox, 1,
                                 KF_ALIGN_LEFT, ink);
        if (l.w < 0) return -1;
        /* values: before (soft, smaller) -> after (gold), one line */
        int y = l.y + (l.h ? l.h : lbox.h) + u;
        int line_h = r.h * (n == 1 ? 40 : 36) / 100;
        /* the delta's line (and its gap) first: the values get the rest */
        int delta_h =
            fig->delta[0]
                ? kf_text_height(b->text, KF_FONT_REGULAR, kf_draw_px(b, KF_SIZE_DELTA)) + 3 * u
                : 0;
        if (delta_h && r.y + r.h - y - delta_h < line_h) line_h = r.y + r.h - y - delta_h;
        int px = kf_draw_px(b, n == 1 ? 20 : 13);
        int arrow_w, wf, wt, hf, ht;
        for (;;) {
            int fpx = px * 6 / 10 > 0 ? px * 6 / 10 : 1;
            kf_rect probe = {0, 0, r.w * 4, line_h};
            kf_draw_figure_fit(b, fig, fig->from, fpx, probe, &wf, &hf);
            kf_draw_figure_fit(b, fig, fig->value, px, probe, &wt, &ht);
            arrow_w = px / 2 + 2 * u;
            if ((wf + arrow_w + wt <= r.w && ht <= line_h) || px <= 1) break;
            px = px * 95 / 100 < px - 1 ? px * 95 / 100 : px - 1;
        }
        int fpx = px * 6 / 10 > 0 ? px * 6 / 10 : 1;
        int x = r.x;
        /* bottoms aligned: the small value sits on the big one's baseline */
        kf_rect fb = {x, y + ht - hf, wf, hf};
        kf_rect f = kf_draw_figure(b, s, fig, fig->from, fpx, fb, KF_ALIGN_LEFT, soft, soft, 0);
        if (f.w < 0) return -1;
        x += wf;
        kf_rect abox = {x, y + ht - hf, arrow_w, hf};
        if (kf_draw_text_role(b, s, KF_STR_ARROW, KF_FONT_REGULAR, fpx * 8 / 10, KF_ROLE_MARK, abox,
                              1, KF_ALIGN_CENTER, soft)
                .w < 0)
            return -1;
        x += arrow_w;
        kf_rect tb = {x, y, r.x + r.w - x, ht};
        kf_rect t = kf_draw_figure(b, s, fig, fig->value, px, tb, KF_ALIGN_LEFT, gold, soft, 1);
        int to_number = s->n_numbers - 1;
        if (t.w < 0) return -1;
        /* bars */
        double vf = magnitude(fig->from), vt = magnitude(fig->value);
        double max = vf > vt ? vf : vt;
        int bar_h = u * (n == 1 ? 22 : 15) / 10 > 1 ? u * (n == 1 ? 22 : 15) / 10 : 1;
        int by = y + ht + 3 * u;
        int bottom = y + ht;
        if (by + 2 * bar_h + u + delta_h <= r.y + r.h && max > 0) { /* room for the bars */
            int wfrom = (int)(r.w * vf / max + 0.5), wto = (int)(r.w * vt / max + 0.5);
            if (kf_draw_rect(s, (kf_rect){r.x, by, r.w, bar_h}, track) ||
                kf_draw_rect(s, (kf_rect){r.x, by, wfrom, bar_h}, bar_from) ||
                kf_draw_rect(s, (kf_rect){r.x, by + bar_h + u, r.w, bar_h}, track) ||
                kf_draw_bar(s, (kf_rect){r.x, by + bar_h + u, wto, bar_h}, bar_to, to_number))
                return -1;
            bottom = by + 2 * bar_h + u;
        }
        if (fig->delta[0]) {
            int dy0 = bottom + (bottom == y + ht ? u : 2 * u); /* closer with no bars */
            kf_rect dbox = {r.x, dy0, r.w, r.y + r.h - dy0};
            kf_rect d = kf_draw_text(b, s, fig->delta, KF_FONT_REGULAR, KF_SIZE_DELTA, dbox, 1,
                                     KF_ALIGN_LEFT, soft);
            if (d.w < 0) return -1;
            if (d.h) bottom = d.y + d.h;
        }
        int dy = (r.y + r.h - bottom) / 2;
        kf_draw_shift(s, first, 0, dy > 0 ? dy : 0, r);
    }
    return 0;
}
