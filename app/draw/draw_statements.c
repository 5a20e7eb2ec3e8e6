/* draw_statements.c - goals or facts without a number, verbatim: one alone
 * is set large and centred; two to eight are a list, each behind a mark in
 * the slide's accent (a goal's, or red for results), up to two lines each,
 * all at one size, the largest at which every one fits its row. Portrait,
 * narrow and tall, sets them larger on up to three lines, so the body is
 * filled instead of holding a band in its middle. */
#include "draw.h"
#include "theme.h"

#define STATEMENTS_MAX 8

int kf_draw_statements(kf_build *b, const kf_slide *slide, kf_scene *s)
{
    static const SDL_Color ink = KF_INK, red = KF_RED, rule = {255, 255, 255, 28};
    const SDL_Color mark_c = KF_PERIOD_IS_GOAL(slide->period) ? kf_draw_accent(slide) : red;
    int n = slide->n_figures < STATEMENTS_MAX ? slide->n_figures : STATEMENTS_MAX;
    int u = kf_draw_px(b, 1);
    kf_rect body = b->f.body;
    int portrait = b->f.portrait, lines = portrait ? 3 : 2;

    if (n == 1) { /* one statement: the slide's whole message */
        const kf_figure *fig = &slide->figures[0];
        if (portrait) lines = 4; /* a poster's few characters a line */
        kf_rect box = kf_rect_inset(body, 4 * u, 0);
        kf_fit fit;
        kf_draw_fit(b, KF_FONT_BOLD, fig->label,
                    kf_draw_px(b, KF_SIZE_LABEL * (portrait ? 3.4f : 1.6f)), KF_ROLE_READ, box.w,
                    box.h, lines, &fit);
        box.y += (box.h - fit.height) * 45 / 100, box.h = fit.height;
        return kf_draw_text_px(b, s, fig->label, KF_FONT_BOLD, fit.px, box, lines, KF_ALIGN_CENTER,
                               ink)
                           .w < 0
                   ? -1
                   : 0;
    }
    kf_rect rows[STATEMENTS_MAX];
    /* few statements: taller rows and larger type, so they fill the body */
    int few = n <= 3;
    int row_h = body.h / n, max_row = kf_draw_px(b, portrait ? (few ? 44 : 20) : (few ? 26 : 14));
    if (row_h > max_row) row_h = max_row;
    kf_rect list = {body.x, body.y + (body.h - row_h * n) / 2, body.w, row_h * n};
    kf_layout_rows(list, n, 0, rows);
    int mark = u * 12 / 10 > 1 ? u * 12 / 10 : 1, indent = mark + 3 * u;
    /* one size for all: the largest at which every statement fits its row */
    int px = kf_draw_px(b, KF_SIZE_LABEL * (few ? (portrait ? 1.9f : 1.35f) : 1.0f));
    if (!few) lines = 2;
    for (int i = 0; i < n; i++) {
        kf_fit fit;
        kf_draw_fit(b, KF_FONT_REGULAR, slide->figures[i].label, px, KF_ROLE_READ, body.w - indent,
                    row_h - 2 * u, lines, &fit);
        if (fit.px < px) px = fit.px;
    }
    for (int i = 0; i < n; i++) {
        const kf_figure *fig = &slide->figures[i];
        kf_rect r = rows[i];
        kf_fit fit;
        kf_draw_fit(b, KF_FONT_REGULAR, fig->label, px, KF_ROLE_READ, r.w - indent, r.h - 2 * u,
                    lines, &fit);
        kf_rect box = {r.x + indent, r.y + (r.h - fit.height) / 2, r.w - indent, fit.height};
        if (kf_draw_text_px(b, s, fig->label, KF_FONT_REGULAR, fit.px, box, lines, KF_ALIGN_LEFT,
                            ink)
                .w < 0)
            return -1;
        int line_h = kf_text_height(b->text, KF_FONT_REGULAR, fit.px);
        if (kf_draw_rect(s, (kf_rect){r.x, box.y + (line_h - mark) / 2, mark, mark}, mark_c))
            return -1;
        if (i + 1 < n && kf_draw_rect(s, (kf_rect){r.x, r.y + r.h - 1, r.w, 1}, rule)) return -1;
    }
    return 0;
}
