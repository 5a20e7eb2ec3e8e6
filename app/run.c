/* run.c - the kiosk: the display opened, the main loop, the display
 * closed. The loop draws frames when something moves and sleeps until the
 * next deadline or event when nothing does; its clock and its events come
 * through kf_loop_io, so the tests run this very loop on a virtual clock. */
#include "run.h"

#include <limits.h>
#include <string.h>

#include "app.h"
#include "platform.h"

int kf_run_loop(kf_app *a, const kf_loop_io *io, uint64_t started)
{
    SDL_Event e;
    int first = 1;
    while (a->running) {
        uint64_t now = io->now(io->ctx);
        uint64_t due = kf_app_frame(a, now);
        uint64_t after = io->now(io->ctx);
        if (first && a->frames > 0) {
            kf_plat_log("APP", "first frame presented %llu ms after start",
                        (unsigned long long)(after - started));
            first = 0;
        }
        /* sleep until the deadline or an event; then take every event */
        uint64_t wait = due > after ? due - after : 0;
        int timeout = wait > INT_MAX ? INT_MAX : (int)wait;
        if (io->wait(io->ctx, &e, timeout)) {
            do kf_app_event(a, &e, io->now(io->ctx));
            while (io->wait(io->ctx, &e, 0));
        }
    }
    return 0;
}

static uint64_t plat_now(void *ctx)
{
    (void)ctx;
    return kf_plat_now_ms();
}

static int sdl_wait(void *ctx, SDL_Event *e, int timeout_ms)
{
    (void)ctx;
    return timeout_ms > 0 ? SDL_WaitEventTimeout(e, timeout_ms) : SDL_PollEvent(e);
}

int kf_run_kiosk(const kf_table *t, const kf_options *o)
{
    kf_plat_config cfg = {.windowed = o->windowed,
                          .width = o->width,
                          .height = o->height,
                          .driver = o->driver,
                          .rotate = o->rotate};
    static const kf_loop_io io = {.now = plat_now, .wait = sdl_wait};
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
    status = kf_run_loop(&a, &io, started);
    kf_plat_log("APP", "quit after %lu frames", a.frames);
    kf_app_free(&a);
close:
    kf_plat_close(&d);
    SDL_Quit();
    return status;
}
