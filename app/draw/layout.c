/* layout.c - the frame's boxes and the grid/list splits (see layout.h). */
#include "layout.h"

static int px(float u, float n) { return (int)(u * n + 0.5f); }

kf_rect kf_rect_inset(kf_rect r, int dx, int dy)
{
    if (2 * dx > r.w) dx = r.w / 2;
    if (2 * dy > r.h) dy = r.h / 2;
    return (kf_rect){r.x + dx, r.y + dy, r.w - 2 * dx, r.h - 2 * dy};
}

int kf_rect_contains(kf_rect o, kf_rect i)
{
    return i.x >= o.x && i.y >= o.y && i.x + i.w <= o.x + o.w && i.y + i.h <= o.y + o.h;
}

void kf_layout_frame(int w, int h, kf_frame *f)
{
    float u = (float)(w < h ? w : h) / 100.0f;
    int portrait = h > w;
    /* side margin: a share of the width, so wide screens breathe */
    int mx = portrait ? px(u, 6) : (int)(w * 0.055f);
    int inner = w - 2 * mx;

    f->w = w, f->h = h, f->u = u, f->portrait = portrait;
    /* portrait: the part's name has a line of its own, under the brand,
     * so a long one never runs into the date */
    int head_h = px(u, portrait ? 9.5f : 5);
    f->header = (kf_rect){mx, px(u, 3.5f), inner, head_h};
    if (portrait) {
        int line = head_h / 2;
        f->brand = (kf_rect){mx, f->header.y, inner, line};
        f->part = (kf_rect){mx, f->header.y + line, inner, head_h - line};
    } else {
        f->brand = (kf_rect){mx, f->header.y, inner / 2, head_h};
        f->part = (kf_rect){mx + inner / 2, f->header.y, inner - inner / 2, head_h};
    }
    int rule_y = f->header.y + head_h + px(u, 1);
    f->rule = (kf_rect){mx, rule_y, inner, px(u, 0.25f) > 0 ? px(u, 0.25f) : 1};
    f->title = (kf_rect){mx, rule_y + px(u, portrait ? 4.5f : 3), inner, px(u, 8)};

    int foot_h = px(u, portrait ? 14 : 10);
    int foot_y = h - px(u, 3.5f) - foot_h;
    /* the progress: part names over a bar a part, at the footer's foot */
    int bar_h = px(u, 1.2f), names_h = px(u, 4.4f), under = px(u, 0.6f);
    if (portrait) {
        /* quote over the progress, both full width */
        int prog_h = names_h + under + bar_h;
        f->source = (kf_rect){mx, foot_y, inner, foot_h - prog_h - px(u, 1.5f)};
        f->parts = (kf_rect){mx, foot_y + foot_h - prog_h, inner, names_h};
    } else {
        /* wide enough for the current part's name and place ("一 16/48")
         * over its bar at the chrome size, on 4:3 panels too */
        int prog_w = (int)(inner * 0.36f);
        if (prog_w < px(u, 56)) prog_w = px(u, 56);
        f->source = (kf_rect){mx, foot_y, inner - prog_w - px(u, 4), foot_h};
        f->parts = (kf_rect){mx + inner - prog_w, foot_y + foot_h - bar_h - under - names_h, prog_w,
                             names_h};
    }
    f->progress = (kf_rect){f->parts.x, f->parts.y + names_h + under, f->parts.w, bar_h};
    int body_y = f->title.y + f->title.h + px(u, portrait ? 5 : 3);
    int body_bottom = foot_y - px(u, portrait ? 5 : 3);
    f->body = (kf_rect){mx, body_y, inner, body_bottom > body_y ? body_bottom - body_y : 1};
}

void kf_layout_parts(const kf_frame *f, int n, kf_rect *bars, kf_rect *names)
{
    kf_rect box = f->progress;
    int gap = px(f->u, 1.2f);
    if (n < 1) return;
    int w = (box.w - gap * (n - 1)) / n;
    if (w < 1) w = 1;
    for (int i = 0; i < n; i++) {
        int x = box.x + i * (w + gap);
        if (i == n - 1) w = box.x + box.w - x; /* the last takes the rounding */
        bars[i] = (kf_rect){x, box.y, w > 1 ? w : 1, box.h};
        names[i] = (kf_rect){x, f->parts.y, w > 1 ? w : 1, f->parts.h};
    }
}

void kf_layout_rows(kf_rect r, int n, int gap, kf_rect *rows)
{
    if (n < 1) return;
    int total_gap = gap * (n - 1);
    if (total_gap > r.h / 2) gap = n > 1 ? r.h / 2 / (n - 1) : 0, total_gap = gap * (n - 1);
    int each = (r.h - total_gap) / n;
    for (int i = 0; i < n; i++) rows[i] = (kf_rect){r.x, r.y + i * (each + gap), r.w, each};
}

void kf_layout_cells(kf_rect body, int n, int portrait, int gap, kf_rect *cells)
{
    if (n < 1) return;
    if (portrait) {
        kf_layout_rows(body, n, gap, cells);
        return;
    }
    int cols = n == 4 ? 2 : n, rows = n == 4 ? 2 : 1;
    int cw = (body.w - gap * (cols - 1)) / cols;
    int ch = (body.h - gap * (rows - 1)) / rows;
    for (int i = 0; i < n; i++) {
        int c = i % cols, r = i / cols;
        cells[i] = (kf_rect){body.x + c * (cw + gap), body.y + r * (ch + gap), cw, ch};
    }
}
