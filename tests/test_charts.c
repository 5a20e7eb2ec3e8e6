/* test_charts.c - the chart slides as a visitor sees them, read back from
 * the pixels of the headless renderer at moments of the count-up: a ring's
 * arc ends where its counted number says, a bar or column is as long as
 * its count and never longer than its final length, a change's after value
 * starts from the before value with its bar at the before bar's length;
 * and the differences the change slide writes out, exact in decimal. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "app.h"
#include "chart.h"
#include "check.h"
#include "numfmt.h"
#include "platform.h"

#define W 1920
#define H 1080

static kf_display d;
static kf_app a;

static int slide_index(const char *key)
{
    for (int i = 0; i < kf_figures.n_slides; i++)
        if (strcmp(kf_figures.slides[i].key, key) == 0) return i;
    return -1;
}

/* Draws slide i fully in at count-up progress t; returns its scene. */
static const kf_scene *draw_at(int i, double t)
{
    kf_view v = {.slide = i, .other = -1, .alpha = 255, .countup = t, .progress = i};
    if (kf_plat_frame_begin(&d) || kf_app_prepare(&a, &v) || kf_app_draw_view(&a, &v) ||
        kf_plat_frame_end(&d))
        return NULL;
    return kf_app_scene(&a, i);
}

static Uint32 pixel(int x, int y)
{
    const Uint8 *row = (const Uint8 *)d.surface->pixels + (size_t)y * d.surface->pitch;
    return ((const Uint32 *)row)[x] & 0xFFFFFF;
}

/* 1 if the pixel at x, y is colour c (within 24 a channel). */
static int is_color(int x, int y, SDL_Color c)
{
    Uint32 p = pixel(x, y);
    return abs((int)((p >> 16) & 255) - c.r) <= 24 && abs((int)((p >> 8) & 255) - c.g) <= 24 &&
           abs((int)(p & 255) - c.b) <= 24;
}

/* The value number d shows at t, as a double. */
static double counted(const kf_digits *dg, double t)
{
    char text[40];
    kf_number n;
    kf_digits_text(dg, t, text, sizeof text);
    return kf_num_parse(text, &n) == 0 ? n.value[0] : -1;
}

/* The point at `turn` of the circle (0 = 12 o'clock, clockwise) at radius
 * r from the centre of square q. */
static void on_ring(kf_rect q, double r, double turn, int *x, int *y)
{
    double ang = -3.14159265358979 / 2 + turn * 2 * 3.14159265358979;
    *x = (int)lround(q.x + q.w / 2.0 + r * cos(ang));
    *y = (int)lround(q.y + q.h / 2.0 + r * sin(ang));
}

static void rings(void)
{
    int i = slide_index("food-2025");
    KF_CHECK(i >= 0, "no slide food-2025");
    if (i < 0) return;
    const double ts[] = {0.2, 0.5, 0.8, 1.0};
    int arcs = 0;
    for (size_t k = 0; k < sizeof ts / sizeof ts[0]; k++) {
        const kf_scene *s = draw_at(i, ts[k]);
        KF_CHECK(s != NULL, "food-2025 not drawn: %s", SDL_GetError());
        if (!s) return;
        for (int p = 0; p < s->n_pieces; p++) {
            const kf_piece *pc = &s->pieces[p];
            if (pc->kind != KF_PIECE_SHAPE || pc->reveal != KF_REVEAL_SWEEP) continue;
            arcs += k == 0;
            const kf_digits *dg = &s->numbers[pc->number];
            double v = counted(dg, ts[k]), final = atof(dg->final);
            KF_CHECK(v >= 0 && v <= final, "food-2025 at %.1f: %s counts %.1f", ts[k], dg->final,
                     v);
            double turn = v / 100, r = pc->dst.w / 2.0 - 2 - pc->dst.w / 40.0;
            int x, y;
            /* ink just before the count's angle, none just after it */
            on_ring(pc->dst, r, turn - 0.015, &x, &y);
            KF_CHECK(is_color(x, y, pc->color),
                     "food-2025 at %.1f: the arc of %s (counting %.1f) is not drawn at %.1f %% "
                     "(%d,%d: %06X)",
                     ts[k], dg->final, v, 100 * (turn - 0.015), x, y, pixel(x, y));
            on_ring(pc->dst, r, turn + 0.015, &x, &y);
            KF_CHECK(turn + 0.015 >= 1 || !is_color(x, y, pc->color),
                     "food-2025 at %.1f: the arc of %s (counting %.1f) reaches %.1f %% (%d,%d)",
                     ts[k], dg->final, v, 100 * (turn + 0.015), x, y);
            if (ts[k] == 1.0) KF_CHECK(v == final, "food-2025: %s ends at %.1f", dg->final, v);
        }
    }
    KF_CHECK_INT(arcs, 2);
}

/* The columns of the bars slide: their drawn height follows the count. */
static void columns(void)
{
    int i = slide_index("proposals-2025");
    KF_CHECK(i >= 0, "no slide proposals-2025");
    if (i < 0) return;
    const double ts[] = {0.0, 0.3, 0.7, 1.0};
    int seen = 0;
    for (size_t k = 0; k < sizeof ts / sizeof ts[0]; k++) {
        const kf_scene *s = draw_at(i, ts[k]);
        if (!s) return;
        for (int p = 0; p < s->n_pieces; p++) {
            const kf_piece *pc = &s->pieces[p];
            if (pc->kind != KF_PIECE_SHAPE || pc->reveal != KF_REVEAL_UP) continue;
            seen += k == 0;
            const kf_digits *dg = &s->numbers[pc->number];
            double f = kf_chart_fraction(dg, ts[k], 0), v = counted(dg, ts[k]);
            double want = pc->dst.h * v / atof(dg->final);
            int x = pc->dst.x + pc->dst.w / 2, h = 0;
            for (int y = pc->dst.y + pc->dst.h - 1; y >= pc->dst.y - 4 && y >= 0; y--)
                h += is_color(x, y, pc->color);
            KF_CHECK(f >= 0 && f <= 1, "fraction %.3f", f);
            KF_CHECK(fabs(h - want) <= 2 && h <= pc->dst.h,
                     "proposals-2025 at %.1f: the column of %s (counting %.0f) is %d px, want "
                     "%.0f of %d",
                     ts[k], dg->final, v, h, want, pc->dst.h);
        }
    }
    KF_CHECK_INT(seen, 3);
}

/* The change slide: the after value counts from the before value, its bar
 * from the before bar's length (the axis does not start at zero). */
static void change(void)
{
    int i = slide_index("green-travel-2025");
    KF_CHECK(i >= 0, "no slide green-travel-2025");
    if (i < 0) return;
    const double ts[] = {0.0, 0.5, 1.0};
    for (size_t k = 0; k < sizeof ts / sizeof ts[0]; k++) {
        const kf_scene *s = draw_at(i, ts[k]);
        if (!s) return;
        const kf_piece *before = NULL, *after = NULL;
        for (int p = 0; p < s->n_pieces; p++) {
            const kf_piece *pc = &s->pieces[p];
            if (pc->kind != KF_PIECE_SHAPE || pc->dst.h > pc->dst.w) continue;
            if (pc->grow) after = pc;
            else if (!before && pc->key && !after && pc->color.a == 255) before = pc;
        }
        KF_CHECK(before && after, "green-travel-2025: no before and after bars");
        if (!before || !after) return;
        const kf_digits *dg = &s->numbers[after->number];
        char text[40];
        kf_digits_text(dg, ts[k], text, sizeof text);
        int y = after->dst.y + after->dst.h / 2, len = 0, blen = 0;
        for (int x = after->dst.x; x < after->dst.x + after->dst.w + 4; x++)
            len += is_color(x, y, after->color);
        for (int x = before->dst.x; x < before->dst.x + before->dst.w + 4; x++)
            blen += is_color(x, before->dst.y + before->dst.h / 2, before->color);
        if (ts[k] == 0) {
            KF_CHECK_STR(text, "75.6");
            KF_CHECK(abs(len - blen) <= 2, "green-travel-2025 at 0: after bar %d px, before %d",
                     len, blen);
        } else if (ts[k] == 1) {
            KF_CHECK_STR(text, "76.5");
            KF_CHECK(abs(len - after->dst.w) <= 2, "green-travel-2025 at 1: after bar %d of %d px",
                     len, after->dst.w);
        } else {
            double v = atof(text);
            KF_CHECK(v > 75.6 && v < 76.5, "green-travel-2025 at 0.5: %s", text);
            KF_CHECK(len > blen && len < after->dst.w, "green-travel-2025 at 0.5: bar %d px", len);
        }
    }
}

static void difference(const char *from, const char *to, const char *unit, const char *want)
{
    kf_figure f = {.from = from, .value = to, .unit = unit};
    char out[64];
    kf_draw_change_text(&f, out, sizeof out);
    KF_CHECK_STR(out, want);
}

int main(void)
{
    char err[256];
    if (kf_plat_open_headless(W, H, &d, err, sizeof err) != KF_PLAT_OK ||
        kf_app_init(&a, &kf_figures, &d, 0, 0, 0, 0, err, sizeof err) != 0) {
        fprintf(stderr, "test_charts: %s\n", err);
        return 1;
    }
    rings();
    columns();
    change();
    /* the report's two: 75.6 -> 76.5 %, 82.4 -> 83.9 岁 */
    difference("75.6", "76.5", "%", "+0.9个百分点");
    difference("82.4", "83.9", "岁", "+1.5岁");
    difference("0.1", "0.3", "%", "+0.2个百分点"); /* 0.30000000000000004 in binary */
    difference("10", "9.5", "万人", "−0.5万人");
    difference("2049", "2049", "户", "+0户");
    difference("4.5—5", "5", "%", "");
    kf_app_free(&a);
    kf_plat_close(&d);
    SDL_Quit();
    return kf_check_done();
}
