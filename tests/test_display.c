/* test_display.c - the output changing under a running show, on a real
 * display (an Xvfb server started by with_xvfb.sh): a window opened through
 * kf_plat_open is resized with SDL_SetWindowSize, the events go to
 * kf_app_event, and the next frame must have the new size and be complete
 * (no pixel left of a sentinel colour painted before drawing), upright and
 * rotated 90; SDL_RENDER_TARGETS_RESET and SDL_RENDER_DEVICE_RESET are
 * pushed and must rebuild every scene and the rotation target. With
 * SDL_RENDER_DRIVER=opengles2 (the Pi's renderer, here on Mesa's llvmpipe)
 * the same through GL ES render targets. Run under
 * AddressSanitizer by tools/test: nothing of keyfig's may leak. */
#include <SDL_ttf.h>
#include <stdlib.h>

#include "app.h"
#include "check.h"

#define SENTINEL 0xFF00FFu /* magenta: the app never draws it */

/* Counts pixels of w x h read from the renderer's current target that are
 * still the sentinel; -1 if they cannot be read. */
static long sentinel_left(SDL_Renderer *r, int w, int h)
{
    Uint32 *p = malloc((size_t)w * h * 4);
    long n = 0;
    if (!p) return -1;
    SDL_Rect all = {0, 0, w, h};
    if (SDL_RenderReadPixels(r, &all, SDL_PIXELFORMAT_RGB888, p, w * 4) != 0) {
        fprintf(stderr, "read pixels: %s\n", SDL_GetError());
        free(p);
        return -1;
    }
    for (long i = 0; i < (long)w * h; i++) n += (p[i] & 0xFFFFFF) == SENTINEL;
    free(p);
    return n;
}

/* Draws the show's next frame the way kf_app_frame does, with the sentinel
 * painted first, and checks the frame and the output. */
static void check_frame(kf_app *a, const char *what, int want_w, int want_h, uint64_t now)
{
    kf_display *d = a->display;
    SDL_Renderer *r = d->renderer;
    KF_CHECK(d->w == want_w && d->h == want_h, "%s: frame %dx%d, want %dx%d", what, d->w, d->h,
             want_w, want_h);
    KF_CHECK_INT(kf_plat_frame_begin(d), 0);
    SDL_SetRenderDrawColor(r, 0xFF, 0x00, 0xFF, 0xFF);
    SDL_RenderClear(r);
    KF_CHECK(kf_app_draw(a, now) == 0, "%s: draw failed: %s", what, SDL_GetError());
    KF_CHECK(a->build.f.w == d->w && a->build.f.h == d->h, "%s: laid out for %dx%d", what,
             a->build.f.w, a->build.f.h);
    KF_CHECK(a->rebuild == 0, "%s: scenes not rebuilt", what);
    long left = sentinel_left(r, d->w, d->h);
    KF_CHECK(left == 0, "%s: %ld pixels of the %dx%d frame not drawn", what, left, d->w, d->h);
    KF_CHECK_INT(kf_plat_frame_end(d), 0);
}

/* Pumps events into the app until one of type/window event arrives or
 * 3 s pass; returns 1 if it came. */
static int pump_until(kf_app *a, Uint32 type, Uint8 wevent, uint64_t now)
{
    SDL_Event e;
    Uint64 end = SDL_GetTicks64() + 3000;
    int seen = 0;
    while (!seen && SDL_GetTicks64() < end) {
        while (SDL_WaitEventTimeout(&e, 50)) {
            kf_app_event(a, &e, now);
            if (e.type == type && (type != SDL_WINDOWEVENT || e.window.event == wevent)) seen = 1;
            if (seen) break;
        }
    }
    /* the rest of what is queued */
    while (SDL_PollEvent(&e)) kf_app_event(a, &e, now);
    return seen;
}

static void run(int rotate)
{
    kf_plat_config cfg = {.windowed = 1, .width = 800, .height = 450, .rotate = rotate};
    kf_display d;
    kf_app a;
    char err[512], what[64];
    uint64_t now = 1000;
    int turned = rotate == 90 || rotate == 270;

    if (kf_plat_open(&cfg, &d, err, sizeof err) != 0) {
        KF_CHECK(0, "open: %s", err);
        return;
    }
    if (kf_app_init(&a, &kf_figures, &d, 0, 4000, 1, now, err, sizeof err) != 0) {
        KF_CHECK(0, "init: %s", err);
        kf_plat_close(&d);
        return;
    }
    /* asked for a renderer by name (the display_gles2 test): no fallback */
    const char *want = SDL_getenv("SDL_RENDER_DRIVER");
    SDL_RendererInfo info;
    if (want && SDL_GetRendererInfo(d.renderer, &info) == 0) KF_CHECK_STR(info.name, want);
    int w0, h0;
    SDL_GetRendererOutputSize(d.renderer, &w0, &h0);
    snprintf(what, sizeof what, "rotate %d, opened", rotate);
    kf_app_frame(&a, now);
    check_frame(&a, what, turned ? h0 : w0, turned ? w0 : h0, now);

    /* resizes: another monitor, a window dragged; back and forth */
    static const int sizes[][2] = {{1024, 600}, {640, 480}, {1280, 720}, {500, 700}};
    for (size_t i = 0; i < sizeof sizes / sizeof sizes[0]; i++) {
        int w = sizes[i][0], h = sizes[i][1];
        unsigned long builds = a.builds;
        SDL_SetWindowSize(d.window, w, h);
        int came = pump_until(&a, SDL_WINDOWEVENT, SDL_WINDOWEVENT_SIZE_CHANGED, now);
        KF_CHECK(came, "rotate %d: no SIZE_CHANGED after a resize to %dx%d", rotate, w, h);
        int ow, oh;
        SDL_GetRendererOutputSize(d.renderer, &ow, &oh);
        KF_CHECK(ow == w && oh == h, "output %dx%d after a resize to %dx%d", ow, oh, w, h);
        KF_CHECK_INT(a.rebuild, 1);
        now += 40;
        kf_app_frame(&a, now); /* the real next frame */
        KF_CHECK(a.builds > builds, "rotate %d: nothing rebuilt at %dx%d", rotate, w, h);
        snprintf(what, sizeof what, "rotate %d, resized to %dx%d", rotate, w, h);
        a.rebuild = 1;
        check_frame(&a, what, turned ? oh : ow, turned ? ow : oh, now);
    }

    /* the renderer lost its textures: everything is rebuilt */
    static const Uint32 resets[] = {SDL_RENDER_TARGETS_RESET, SDL_RENDER_DEVICE_RESET};
    for (int i = 0; i < 2; i++) {
        SDL_Event e = {.type = resets[i]};
        unsigned long builds = a.builds;
        SDL_PushEvent(&e);
        KF_CHECK(pump_until(&a, resets[i], 0, now), "reset event not delivered");
        KF_CHECK_INT(a.rebuild, 1);
        now += 40;
        kf_app_frame(&a, now);
        KF_CHECK(a.builds > builds, "no rebuild after reset %d", i);
        snprintf(what, sizeof what, "rotate %d, after %s", rotate,
                 i ? "SDL_RENDER_DEVICE_RESET" : "SDL_RENDER_TARGETS_RESET");
        check_frame(&a, what, d.w, d.h, now);
    }
    kf_app_free(&a);
    kf_plat_close(&d);
}

int main(void)
{
    if (!SDL_getenv("DISPLAY")) {
        fprintf(stderr, "test_display: no DISPLAY (run through tests/with_xvfb.sh)\n");
        return 1;
    }
    if (TTF_Init() != 0) return 1;
    run(0);
    run(90);
    run(270);
    TTF_Quit();
    SDL_Quit();
    return kf_check_done();
}
