/* run.c - the kiosk: the display opened, the main loop, the display
 * closed. The loop draws frames when something moves and sleeps until the
 * next deadline or event when nothing does; its clock and its events come
 * through kf_loop_io, so the tests run this very loop on a virtual clock. */
#include "run.h"

#include <limits.h>
#include <stdio.h>
#include <string.h>

#include "app.h"
#include "notify.h"
#include "platform.h"

/* Tells io's service manager state (if it has one). */
static void tell(const kf_loop_io *io, const char *state)
{
    if (io->notify) io->notify(io->ctx, state);
}

/* STATUS= for systemctl status: where the show is, on what. */
static void tell_status(const kf_loop_io *io, const kf_app *a, int ready)
{
    char state[512];
    SDL_RendererInfo info = {.name = "?"};
    const kf_slide *sl = &a->table->slides[a->show.current];
    SDL_GetRendererInfo(a->display->renderer, &info);
    snprintf(state, sizeof state, "%sSTATUS=slide %d of %d: %s · %s · %dx%d",
             ready ? "READY=1\n" : "", a->show.current + 1, a->table->n_slides, sl->title,
             info.name, a->display->w, a->display->h);
    tell(io, state);
}

int kf_run_loop(kf_app *a, const kf_loop_io *io, uint64_t started)
{
    SDL_Event e;
    int first = 1, slide = -1;
    /* the watchdog: pinged every quarter interval at most while frames are
     * presented, from a wake-up every half interval while still */
    uint64_t half = io->watchdog_ms / 2, last_ping = io->now(io->ctx);
    while (a->running) {
        uint64_t now = io->now(io->ctx);
        unsigned long frames = a->frames;
        uint64_t due = kf_app_frame(a, now);
        uint64_t after = io->now(io->ctx);
        if (first && a->frames > 0) {
            kf_plat_log("APP", "first frame presented %llu ms after start",
                        (unsigned long long)(after - started));
            tell_status(io, a, 1);
            slide = a->show.current;
            first = 0;
        } else if (!first && a->show.current != slide) {
            tell_status(io, a, 0);
            slide = a->show.current;
        }
        if (half && after - last_ping >= (a->frames != frames ? half / 2 : half)) {
            tell(io, "WATCHDOG=1");
            last_ping = after;
        }
        /* sleep until the deadline, the next ping or an event; then take
         * every event */
        if (half && last_ping + half < due) due = last_ping + half;
        uint64_t wait = due > after ? due - after : 0;
        int timeout = wait > INT_MAX ? INT_MAX : (int)wait;
        if (io->wait(io->ctx, &e, timeout)) {
            do kf_app_event(a, &e, io->now(io->ctx));
            while (io->wait(io->ctx, &e, 0));
        }
    }
    tell(io, "STOPPING=1");
    return 0;
}

static uint64_t plat_now(void *ctx)
{
    (void)ctx;
    return kf_plat_now_ms();
}

static void plat_notify(void *ctx, const char *state)
{
    (void)ctx;
    kf_plat_notify(state);
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
                          .driver = o->driver[0] ? o->driver : NULL,
                          .rotate = o->rotate};
    kf_loop_io io = {.now = plat_now,
                     .wait = sdl_wait,
                     .notify = plat_notify,
                     .watchdog_ms = kf_plat_watchdog_ms()};
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
    if (io.watchdog_ms)
        kf_plat_log("APP", "watchdog: a ping every %llu ms at most",
                    (unsigned long long)(io.watchdog_ms / 2));
    status = kf_run_loop(&a, &io, started);
    kf_plat_log("APP", "quit after %lu frames", a.frames);
    kf_app_free(&a);
close:
    kf_plat_close(&d);
    SDL_Quit();
    return status;
}
