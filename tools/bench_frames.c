/* bench_frames.c - kf_bench_frames WxH: the per-frame cost of the show on
 * the headless display, in three functions that tools/bench measures one
 * at a time with valgrind's callgrind (--toggle-collect), each over
 * BENCH_FRAMES frames:
 *   bench_idle        the loop's work while a slide is still: no drawing
 *   bench_redraw      a full redraw of a still slide (after an expose)
 *   bench_transition  frames of a transition between two built slides
 * It also prints the text rasterisations those frames caused (must be 0).
 * The software renderer does all the drawing here; on a GPU the CPU's share
 * of a redraw is far smaller, so these are upper bounds. */
#include <stdio.h>

#include "app.h"

#define BENCH_FRAMES 50

/* noinline: callgrind toggles on these functions by name */
__attribute__((noinline)) unsigned long bench_idle(kf_app *a, uint64_t now);
__attribute__((noinline)) unsigned long bench_redraw(kf_app *a, uint64_t now);
__attribute__((noinline)) unsigned long bench_transition(kf_app *a, uint64_t now);

unsigned long bench_idle(kf_app *a, uint64_t now)
{
    unsigned long f = a->frames;
    for (int i = 0; i < BENCH_FRAMES; i++) kf_app_frame(a, now + (uint64_t)i);
    return a->frames - f;
}

unsigned long bench_redraw(kf_app *a, uint64_t now)
{
    for (int i = 0; i < BENCH_FRAMES; i++) {
        kf_plat_frame_begin(a->display);
        kf_app_draw(a, now);
        kf_plat_frame_end(a->display);
    }
    return BENCH_FRAMES;
}

unsigned long bench_transition(kf_app *a, uint64_t now)
{
    for (int i = 0; i < BENCH_FRAMES; i++) {
        kf_plat_frame_begin(a->display);
        kf_app_draw(a, now + (uint64_t)i * KF_TRANSITION_MS / BENCH_FRAMES);
        kf_plat_frame_end(a->display);
    }
    return BENCH_FRAMES;
}

int main(int argc, char **argv)
{
    int w = 1920, h = 1080;
    kf_display d;
    kf_app a;
    char err[256];

    if (argc > 1 && sscanf(argv[1], "%dx%d", &w, &h) != 2) {
        fprintf(stderr, "usage: kf_bench_frames [WxH]\n");
        return 2;
    }
    if (kf_plat_open_headless(w, h, &d, err, sizeof err) != 0 ||
        kf_app_init(&a, &kf_figures, &d, 1, 0, 0, 0, err, sizeof err) != 0) {
        fprintf(stderr, "kf_bench_frames: %s\n", err);
        return 1;
    }
    /* slide 2 arrives, counts up, rests; its successor is built meanwhile */
    uint64_t now = 0;
    while (kf_show_animating(&a.show, now)) now = kf_app_frame(&a, now);
    kf_app_frame(&a, now);
    kf_app_scene(&a, 2);
    unsigned long r0 = kf_text_rasterisations(a.text);

    unsigned long idle = bench_idle(&a, now + 1);
    unsigned long redraw = bench_redraw(&a, now + 1);
    kf_show_goto(&a.show, 2, now + 2);
    unsigned long trans = bench_transition(&a, now + 2);

    printf("frames: idle drew %lu of %d calls, redraw %lu, transition %lu\n", idle, BENCH_FRAMES,
           redraw, trans);
    printf("rasterisations during measured frames: %lu\n", kf_text_rasterisations(a.text) - r0);
    printf("frames per function: %d\n", BENCH_FRAMES);
    kf_app_free(&a);
    kf_plat_close(&d);
    SDL_Quit();
    return 0;
}
