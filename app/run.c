/* run.c - the kiosk loop: frames when something moves, sleep until the next
 * deadline or event when nothing does. */
#include "run.h"

#include <limits.h>
#include <string.h>

#include "app.h"
#include "platform.h"

/* Without vsync (a software renderer), animation frames are paced by
 * waiting for events up to the next frame time. */
#define FRAME_MS 16

static int run_loop(kf_app *a, uint64_t started)
{
    SDL_Event e;
    int first = 1;
    while (a->running) {
        uint64_t now = kf_plat_now_ms();
        uint64_t wait = kf_app_frame(a, now);
        if (first && a->frames > 0) {
            kf_plat_log("APP", "first frame presented %llu ms after start",
                        (unsigned long long)(kf_plat_now_ms() - started));
            first = 0;
        }
        if (wait == 0 && !a->display->vsync) {
            uint64_t spent = kf_plat_now_ms() - now;
            wait = spent < FRAME_MS ? FRAME_MS - spent : 1;
        }
        /* sleep until the deadline or an event; then take every event */
        int timeout = wait > INT_MAX ? INT_MAX : (int)wait;
        if (timeout > 0 ? SDL_WaitEventTimeout(&e, timeout) : SDL_PollEvent(&e)) {
            do kf_app_event(a, &e, kf_plat_now_ms());
            while (SDL_PollEvent(&e));
        }
    }
    return 0;
}

int kf_run_kiosk(const kf_table *t, const kf_options *o)
{
    kf_plat_config cfg = {.windowed = o->windowed,
                          .width = o->width,
                          .height = o->height,
                          .driver = o->driver,
                          .rotate = o->rotate};
    kf_display d;
    kf_app a;
    char err[512];
    int status = 1;
    uint64_t started = kf_plat_now_ms();

    int rc = kf_plat_open(&cfg, &d, err, sizeof err);
    if (rc != KF_PLAT_OK) {
        kf_plat_log("DISPLAY", "%s", err + (strncmp(err, "DISPLAY: ", 9) ? 0 : 9));
        return 1;
    }
    if (kf_app_init(&a, t, &d, o->start_slide, o->dwell_ms, o->windowed, kf_plat_now_ms(), err,
                    sizeof err) != 0) {
        kf_plat_log("APP", "%s", err);
        goto close;
    }
    status = run_loop(&a, started);
    kf_plat_log("APP", "quit after %lu frames", a.frames);
    kf_app_free(&a);
close:
    kf_plat_close(&d);
    SDL_Quit();
    return status;
}
