/* draw_targets.c - goals as a list: a mark, the label, the figure in the
 * slide's accent (a goal's, or gold); in landscape label left and figure
 * right-aligned on one row, in portrait the figure under its label; a
 * statement (a goal without a number) is its words across the whole row. A
 * hairline between rows. All figures share one size, the largest at which
 * every row fits. */
#include <string.h>

#include "draw.h"
#include "theme.h"

#define TARGETS_MAX 10

int kf_draw_targets(kf_build *b, const kf_slide *slide, kf_scene *s)
{
    const SDL_Color gold = kf_draw_accent(slide); /* the numbers: gold, or a goal's */
    static const SDL_Color ink = KF_INK, soft = KF_INK_SOFT, red = KF_RED,
                           rule = {255, 255, 255, 28};
    kf_rect rows[TARGETS_MAX];
    int n = slide->n_figures < TARGETS_MAX ? slide->n_figures : TARGETS_MAX;
    int u = kf_draw_px(b, 1);
    int stacked = b->f.portrait;
    kf_rect body = b->f.body;

    int row_h = body.h / n;
    int max_row = kf_draw_px(b, stacked  ? (n <= 2   ? 48
                                            : n <= 3 ? 36
                                                     : 26)
                                : n <= 2 ? 24
                                : n <= 3 ? 17
                                         : 12);
    if (row_h > max_row) row_h = max_row;
    kf_rect list = {body.x, body.y + (body.h - row_h * n) / 2, body.w, row_h * n};
    kf_layout_rows(list, n, 0, rows);

    int mark = u * 12 / 10 > 1 ? u * 12 / 10 : 1;
    int indent = mark + 2 * u;
    /* columns: side by side in landscape, stacked in portrait */
    int fig_w = stacked ? body.w - indent : body.w * 40 / 100;
    int label_w = stacked ? body.w - indent : body.w - indent - fig_w - 3 * u;
    int label_h = stacked ? row_h * 36 / 100 : row_h - 2 * u;
    /* the words first: each row's label, and its delta (a rider such as
     * 争取更优水平) in a line under it if the row has room, else after it */
    kf_fit fits[TARGETS_MAX], dfits[TARGETS_MAX];
    int inline_d[TARGETS_MAX], dgaps[TARGETS_MAX], most_text = 0;
    int dpx = kf_draw_px(b, KF_SIZE_READ_MIN);
    for (int i = 0; i < n; i++) {
        const kf_figure *fig = &slide->figures[i];
        int statement = KF_FIGURE_IS_STATEMENT(fig);
        int lw = statement ? body.w - indent : label_w; /* a statement has the row */
        kf_fit *fit = &fits[i], *dfit = &dfits[i];
        memset(dfit, 0, sizeof *dfit);
        inline_d[i] = 0, dgaps[i] = 0;
        kf_draw_fit(b, KF_FONT_REGULAR, fig->label, kf_draw_px(b, KF_SIZE_LABEL * 0.9f),
                    KF_ROLE_READ, lw, statement ? row_h - 2 * u : label_h, 2, fit);
        if (fig->delta[0]) {
            dgaps[i] = u;
            kf_draw_fit(b, KF_FONT_REGULAR, fig->delta, dpx, KF_ROLE_READ, label_w,
                        label_h - fit->height - dgaps[i], 1, dfit);
            int last_w = fit->n_lines ? fit->lines[fit->n_lines - 1].width : 0;
            kf_fit after;
            kf_draw_fit(b, KF_FONT_REGULAR, fig->delta, dpx, KF_ROLE_READ, label_w - last_w - 2 * u,
                        fit->line_h, 1, &after);
            /* after the label when it fits there (or stacked, where the
             * line under would take the figure's room) */
            if (after.fits && (!dfit->fits || stacked)) {
                *dfit = after;
                inline_d[i] = 1, dgaps[i] = 0;
            }
        }
        int text_h = inline_d[i] ? fit->height : fit->height + dgaps[i] + dfit->height;
        if (!statement && text_h > most_text) most_text = text_h;
    }
    /* the figures: stacked, under the tallest label with a gap; beside it,
     * most of the row */
    int fig_h = stacked ? row_h - most_text - 3 * u : row_h * 7 / 10;
    if (stacked && fig_h > row_h * 50 / 100) fig_h = row_h * 50 / 100;
    int px = kf_draw_px(b, stacked  ? (n <= 3 ? 16.0f : 12.0f)
                           : n <= 2 ? 13.0f
                           : n <= 3 ? 10.0f
                                    : 8.0f);
    for (int i = 0; i < n; i++) {
        kf_rect fb = {0, 0, fig_w, fig_h};
        if (KF_FIGURE_IS_STATEMENT(&slide->figures[i])) continue;
        int fit =
            kf_draw_figure_fit(b, &slide->figures[i], slide->figures[i].value, px, fb, NULL, NULL);
        if (fit < px) px = fit;
    }
    for (int i = 0; i < n; i++) {
        const kf_figure *fig = &slide->figures[i];
        kf_rect r = rows[i];
        int h = 0, statement = KF_FIGURE_IS_STATEMENT(fig);
        int lw = statement ? body.w - indent : label_w;
        kf_fit fit = fits[i], dfit = dfits[i];
        int inline_delta = inline_d[i], dgap = dgaps[i];

        if (!statement)
            kf_draw_figure_fit(b, fig, fig->value, px, (kf_rect){0, 0, fig_w, fig_h}, NULL, &h);
        int text_h = inline_delta ? fit.height : fit.height + dgap + dfit.height;
        kf_rect lbox, fb = {0, 0, 0, 0};
        if (statement) {
            lbox = (kf_rect){r.x + indent, r.y + (r.h - text_h) / 2, lw, fit.height};
        } else if (stacked) {
            int gap = u, block = text_h + gap + h;
            int top = r.y + (r.h - block) / 2;
            lbox = (kf_rect){r.x + indent, top, label_w, fit.height};
            fb = (kf_rect){r.x + indent, top + text_h + gap, fig_w, h};
        } else {
            lbox = (kf_rect){r.x + indent, r.y + (r.h - text_h) / 2, label_w, fit.height};
            fb = (kf_rect){r.x + r.w - fig_w, r.y + (r.h - h) / 2, fig_w, h};
        }
        if (!statement && kf_draw_figure(b, s, fig, fig->value, px, fb,
                                         stacked ? KF_ALIGN_LEFT : KF_ALIGN_RIGHT, gold, soft, 1)
                                  .w < 0)
            return -1;
        if (kf_draw_text_px(b, s, fig->label, KF_FONT_REGULAR, fit.px, lbox, 2, KF_ALIGN_LEFT, ink)
                .w < 0)
            return -1;
        if (fig->delta[0] && dfit.n_lines) {
            kf_rect dbox = {lbox.x, lbox.y + fit.height + dgap, label_w, dfit.height};
            if (inline_delta) {
                /* after the label's last line, sharing its baseline */
                int last = fit.n_lines - 1, x = lbox.x + fit.lines[last].width + 2 * u;
                int base =
                    lbox.y + last * fit.line_h + kf_text_ascent(b->text, KF_FONT_REGULAR, fit.px);
                int top = base - kf_text_ascent(b->text, KF_FONT_REGULAR, dfit.px);
                dbox = (kf_rect){x, top, lbox.x + label_w - x, dfit.height};
            }
            if (kf_draw_text_px(b, s, fig->delta, KF_FONT_REGULAR, dfit.px, dbox, 1, KF_ALIGN_LEFT,
                                soft)
                    .w < 0)
                return -1;
        }
        int first_line_h = kf_text_height(b->text, KF_FONT_REGULAR, fit.px);
        kf_rect m = {r.x, lbox.y + (first_line_h - mark) / 2, mark, mark};
        if (kf_draw_rect(s, m, KF_PERIOD_IS_GOAL(slide->period) ? gold : red)) return -1;
        if (i + 1 < n && kf_draw_rect(s, (kf_rect){r.x, r.y + r.h - 1, r.w, 1}, rule)) return -1;
    }
    return 0;
}
