/* draw_change.c - before -> after, drawn so the change shows: for its one
 * measure its label, the two values with an arrow and the difference
 * written out (+0.9 个百分点, +1.5 岁), then a bar for each value, captioned
 * with its time (a "2020年以来" at the label's start gives the before
 * value's year; the after value's is its period's), on an axis that starts
 * where the change is visible -- and, when that is not zero, says so. In
 * portrait, where the body is tall, the two stand as columns on a common
 * base that fill the height under the values. The after value counts up
 * from the before value, and its bar grows from the before bar's length to
 * its own. */
#include <stdio.h>
#include <string.h>

#include "chart.h"
#include "numfmt.h"
#include "theme.h"
#include "ui_strings.h"

#define CHANGE_MAX 2

/* Reads a number "DIGITS[.DIGITS]" as an integer count of 10^-dec. */
static int fixed(const char *s, int dec, long long *out)
{
    long long v = 0;
    int d = -1;
    for (; *s; s++) {
        if (*s == '.') {
            if (d >= 0) return -1;
            d = 0;
        } else if (*s >= '0' && *s <= '9') {
            if (d >= dec) return -1;
            v = v * 10 + (*s - '0');
            if (d >= 0) d++;
        } else {
            return -1;
        }
    }
    for (d = d < 0 ? 0 : d; d < dec; d++) v *= 10;
    *out = v;
    return 0;
}

static int decimals(const char *s)
{
    const char *p = strchr(s, '.');
    return p ? (int)strlen(p + 1) : 0;
}

size_t kf_draw_change_text(const kf_figure *fig, char *out, size_t n)
{
    int dec =
        decimals(fig->from) > decimals(fig->value) ? decimals(fig->from) : decimals(fig->value);
    long long a, b;
    if (n == 0) return 0;
    out[0] = '\0';
    if (dec > 6 || fixed(fig->from, dec, &a) || fixed(fig->value, dec, &b)) return 0;
    long long d = b - a, m = d < 0 ? -d : d, p = 1;
    for (int i = 0; i < dec; i++) p *= 10;
    const char *unit = strcmp(fig->unit, "%") == 0 ? KF_STR_POINTS : fig->unit;
    if (dec)
        snprintf(out, n, "%s%lld.%0*lld%s", d < 0 ? KF_STR_MINUS : "+", m / p, dec, m % p, unit);
    else snprintf(out, n, "%s%lld%s", d < 0 ? KF_STR_MINUS : "+", m, unit);
    return strlen(out);
}

/* The label without a leading "YYYY年以来", and that year ("2020年") in
 * year (size 16), or "" when it has none. */
static const char *split_since(const char *label, char *year, size_t n)
{
    static const char since[] = "\xE5\xB9\xB4\xE4\xBB\xA5\xE6\x9D\xA5"; /* 年以来 */
    year[0] = '\0';
    for (int i = 0; i < 4; i++)
        if (label[i] < '0' || label[i] > '9') return label;
    if (strncmp(label + 4, since, strlen(since)) != 0) return label;
    snprintf(year, n, "%.4s%s", label, KF_STR_YEAR);
    return label + 4 + strlen(since);
}

/* Portrait: the before and after values as two columns in the part of row
 * r below y, side by side on a base line, each captioned under it with its
 * time (caps), then the truncated axis's note and the delta line, centred.
 * Heights on the axis from lo to the larger value, as the bars'. */
static int columns(kf_build *b, kf_scene *s, const kf_figure *fig, kf_rect r, int y,
                   const char *caps[2], double lo, int to_number, SDL_Color gold)
{
    static const SDL_Color soft = KF_INK_SOFT, bar_from = KF_BAR_FROM, axis = KF_CHART_TRACK;
    int u = kf_draw_px(b, 1), cpx = kf_draw_px(b, KF_SIZE_DELTA);
    int ch = kf_text_height(b->text, KF_FONT_REGULAR, cpx);
    double vf = kf_num_magnitude(fig->from), vt = kf_num_magnitude(fig->value);
    double hi_v = vf > vt ? vf : vt;
    int below = ch + 3 * u; /* the captions' line under the base */
    if (lo > 0) below += ch + 2 * u;
    if (fig->delta[0]) below += ch + 2 * u;
    int top = y + 4 * u, base = r.y + r.h - below;
    int col_h = base - top, sw = r.w / 2, cw = sw * 44 / 100;
    if (col_h < 4 * u) col_h = 4 * u, base = top + col_h;
    if (kf_draw_rect(s, (kf_rect){r.x, base, r.w, u / 3 > 1 ? u / 3 : 1}, axis)) return -1;
    for (int k = 0; k < 2; k++) {
        double v = k ? vt : vf;
        int h = hi_v > lo ? (int)(col_h * (v - lo) / (hi_v - lo) + 0.5) : col_h;
        if (h < 2) h = 2;
        kf_rect col = {r.x + k * sw + (sw - cw) / 2, base - h, cw, h};
        if (k == 0 ? kf_chart_bar(b, s, col, bar_from, KF_REVEAL_UP, -1)
                   : kf_chart_bar_from(b, s, col, gold, KF_REVEAL_UP, to_number, lo))
            return -1;
        if (kf_draw_text(b, s, caps[k], KF_FONT_REGULAR, KF_SIZE_DELTA,
                         (kf_rect){r.x + k * sw, base + 2 * u, sw, ch}, 1, KF_ALIGN_CENTER, soft)
                .w < 0)
            return -1;
    }
    int ny = base + 2 * u + ch + 2 * u;
    if (lo > 0) { /* the axis does not start at zero: say so */
        if (kf_draw_text(b, s, KF_STR_VAXIS_NOT_ZERO, KF_FONT_REGULAR, KF_SIZE_DELTA,
                         (kf_rect){r.x, ny, r.w, ch}, 1, KF_ALIGN_CENTER, soft)
                .w < 0)
            return -1;
        ny += ch + 2 * u;
    }
    if (fig->delta[0] && kf_draw_text(b, s, fig->delta, KF_FONT_REGULAR, KF_SIZE_DELTA,
                                      (kf_rect){r.x, ny, r.w, ch}, 1, KF_ALIGN_CENTER, soft)
                                 .w < 0)
        return -1;
    return 0;
}

int kf_draw_change(kf_build *b, const kf_slide *slide, kf_scene *s)
{
    const SDL_Color gold = kf_draw_accent(slide);
    static const SDL_Color ink = KF_INK, soft = KF_INK_SOFT, bar_from = KF_BAR_FROM,
                           track = KF_CHART_TRACK;
    kf_rect rows[CHANGE_MAX];
    int n = slide->n_figures < CHANGE_MAX ? slide->n_figures : CHANGE_MAX;
    int u = kf_draw_px(b, 1);
    kf_rect body = b->f.body;
    int row_h = body.h / n;
    int max_row = b->f.portrait ? body.h : kf_draw_px(b, n == 1 ? 64 : 40);
    if (row_h > max_row) row_h = max_row;
    kf_rect list = {body.x, body.y + (body.h - row_h * n) / 2, body.w, row_h * n};
    kf_layout_rows(list, n, 4 * u, rows);

    for (int i = 0; i < n; i++) {
        const kf_figure *fig = &slide->figures[i];
        kf_rect r = rows[i];
        int first = s->n_pieces;
        char year[16], diff[48];
        const char *label = split_since(fig->label, year, sizeof year);
        const char *before = year[0] ? year : KF_STR_BEFORE;
        const char *after =
            fig->period == KF_PERIOD_FYP14 ? KF_STR_FYP14_END : kf_draw_period_name(fig->period);
        kf_draw_change_text(fig, diff, sizeof diff);

        kf_rect l = kf_draw_text(b, s, label, KF_FONT_BOLD, KF_SIZE_LABEL * 1.1f,
                                 (kf_rect){r.x, r.y, r.w, r.h / 5}, 1, KF_ALIGN_LEFT, ink);
        if (l.w < 0) return -1;
        int y = l.y + l.h + 2 * u;

        /* the values' line: before -> after, and the difference at its
         * right (in portrait on a line of its own under it) */
        int dpx = kf_draw_px(b, KF_SIZE_LABEL * 1.3f);
        int dw = kf_text_width(b->text, KF_FONT_BOLD, dpx, diff, strlen(diff));
        int below = b->f.portrait, room_w = below ? r.w : r.w - 4 * u - dw;
        int line_h = r.h * 30 / 100;
        int px = kf_draw_px(b, n == 1 ? 22 : 15), wf, wt, hf, ht, arrow_w;
        for (;;) {
            int fpx = px * 6 / 10 > 0 ? px * 6 / 10 : 1;
            kf_rect probe = {0, 0, r.w * 4, line_h};
            kf_draw_figure_fit(b, fig, fig->from, fpx, probe, &wf, &hf);
            kf_draw_figure_fit(b, fig, fig->value, px, probe, &wt, &ht);
            arrow_w = px / 2 + 2 * u;
            if ((wf + arrow_w + wt <= room_w && ht <= line_h) || px <= 1) break;
            px = px * 95 / 100 < px - 1 ? px * 95 / 100 : px - 1;
        }
        int fpx = px * 6 / 10 > 0 ? px * 6 / 10 : 1;
        int x = r.x;
        kf_rect f = kf_draw_figure(b, s, fig, fig->from, fpx, (kf_rect){x, y + ht - hf, wf, hf},
                                   KF_ALIGN_LEFT, soft, soft, 0);
        if (f.w < 0) return -1;
        x += wf;
        if (kf_draw_text_role(b, s, KF_STR_ARROW, KF_FONT_REGULAR, fpx * 8 / 10, KF_ROLE_MARK,
                              (kf_rect){x, y + ht - hf, arrow_w, hf}, 1, KF_ALIGN_CENTER, soft)
                .w < 0)
            return -1;
        x += arrow_w;
        kf_rect t = kf_draw_figure(b, s, fig, fig->value, px, (kf_rect){x, y, wt, ht},
                                   KF_ALIGN_LEFT, gold, soft, 1);
        if (t.w < 0) return -1;
        int to_number = s->n_numbers - 1;
        kf_digits *dg = &s->numbers[to_number]; /* it rises from the before value */
        snprintf(dg->start, sizeof dg->start, "%s", fig->from);
        dg->counts = kf_num_counts_from(dg->final, dg->start);
        /* the difference, its baseline on the numbers' (or under them) */
        int dh = kf_text_height(b->text, KF_FONT_BOLD, dpx);
        kf_rect dbox = below ? (kf_rect){r.x, y + ht + 2 * u, r.w, dh}
                             : (kf_rect){r.x + r.w - dw, y + ht - dh, dw, dh};
        if (diff[0] &&
            kf_draw_text_px(b, s, diff, KF_FONT_BOLD, dpx, dbox, 1, KF_ALIGN_LEFT, gold).w < 0)
            return -1;
        y += ht + 3 * u + (below && diff[0] ? dh + 2 * u : 0);

        /* the bars: an axis from lo to the larger value, lo below the
         * smaller value by the change (so the change is half the longer
         * bar), or 0 when that would be below zero */
        double vf = kf_num_magnitude(fig->from), vt = kf_num_magnitude(fig->value);
        double lo_v = vf < vt ? vf : vt, hi_v = vf > vt ? vf : vt, span = hi_v - lo_v;
        double lo = span > 0 && lo_v - span > 0 ? lo_v - span : 0;
        int cpx = kf_draw_px(b, KF_SIZE_DELTA);
        int cw = kf_text_width(b->text, KF_FONT_REGULAR, cpx, before, strlen(before));
        int aw = kf_text_width(b->text, KF_FONT_REGULAR, cpx, after, strlen(after));
        if (aw > cw) cw = aw;
        int ch = kf_text_height(b->text, KF_FONT_REGULAR, cpx);
        const char *caps[2] = {before, after};
        if (b->f.portrait) {
            if (columns(b, s, fig, r, y, caps, lo, to_number, gold)) return -1;
            continue;
        }
        int bar_h = ch * 80 / 100, bx = r.x + cw + 3 * u, bw = r.x + r.w - bx;
        if (bw < 4 * u) bw = 4 * u;
        for (int k = 0; k < 2; k++) {
            double v = k ? vt : vf;
            int len = hi_v > lo ? (int)(bw * (v - lo) / (hi_v - lo) + 0.5) : bw;
            if (len < 2) len = 2;
            int row = ch > bar_h ? ch : bar_h, by = y + (row - bar_h) / 2;
            if (kf_draw_text(b, s, caps[k], KF_FONT_REGULAR, KF_SIZE_DELTA,
                             (kf_rect){r.x, y + (row - ch) / 2, cw, ch}, 1, KF_ALIGN_LEFT, soft)
                        .w < 0 ||
                kf_chart_track(b, s, (kf_rect){bx, by, bw, bar_h}, len, track))
                return -1;
            if (k == 0 ? kf_chart_bar(b, s, (kf_rect){bx, by, len, bar_h}, bar_from, KF_REVEAL_NONE,
                                      -1)
                       : kf_chart_bar_from(b, s, (kf_rect){bx, by, len, bar_h}, gold,
                                           KF_REVEAL_RIGHT, to_number, lo))
                return -1;
            y += row + 2 * u;
        }
        int bottom = y - 2 * u;
        if (lo > 0) { /* the axis does not start at zero: say so */
            kf_rect nb = kf_draw_text(b, s, KF_STR_AXIS_NOT_ZERO, KF_FONT_REGULAR, KF_SIZE_DELTA,
                                      (kf_rect){bx, y, bw, r.y + r.h - y}, 1, KF_ALIGN_LEFT, soft);
            if (nb.w < 0) return -1;
            if (nb.h) bottom = nb.y + nb.h;
        }
        if (fig->delta[0]) {
            y = bottom + 2 * u;
            kf_rect d = kf_draw_text(b, s, fig->delta, KF_FONT_REGULAR, KF_SIZE_DELTA,
                                     (kf_rect){r.x, y, r.w, r.y + r.h - y}, 1, KF_ALIGN_LEFT, soft);
            if (d.w < 0) return -1;
            if (d.h) bottom = d.y + d.h;
        }
        int dy = (r.y + r.h - bottom) / 2;
        kf_draw_shift(s, first, 0, dy > 0 ? dy : 0, r);
    }
    return 0;
}
