/* run.c - the kiosk: the display opened, the main loop, the display
 * closed. The loop draws frames when something moves and sleeps until the
 * next deadline or event when nothing does; its clock and its events come
 * through kf_loop_io, so the tests run this very loop on a virtual clock. */
#include "run.h"

#include <limits.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "app.h"
#include "hours.h"
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

/* The display woken and the show started again at the first slide. */
static void screen_on(kf_app *a, const kf_loop_io *io, uint64_t now)
{
    if (io->power) io->power(io->ctx, 1);
    kf_app_restart(a, now);
}

/* The opening hours' state at wall time w (ms since the epoch): on a
 * change, the screen goes black and to sleep, or wakes and the show starts
 * again. *closed is the state, *change the wall time (s) of the next change
 * (KF_HOURS_NEVER: none). */
static void follow_hours(kf_app *a, const kf_loop_io *io, uint64_t now, int64_t w, int *closed,
                         int64_t *change)
{
    int64_t s = w / 1000;
    int shut = !kf_hours_open(io->hours, s);
    if (shut == *closed && s < *change) return;
    *change = kf_hours_next_change(io->hours, s);
    if (shut == *closed) return; /* the clock moved; the state did not */
    *closed = shut;
    char when[64] = "never", state[160];
    if (*change != KF_HOURS_NEVER) kf_hours_format(*change, when, sizeof when);
    if (shut) {
        kf_plat_log("APP", "outside the opening hours: screen off until %s", when);
        kf_app_blank(a);
        if (io->power) io->power(io->ctx, 0);
        snprintf(state, sizeof state, "STATUS=screen off: outside the opening hours until %s",
                 when);
        tell(io, state);
    } else {
        kf_plat_log("APP", "opening hours: screen on, the show from slide 1 (until %s)", when);
        screen_on(a, io, now);
    }
}

int kf_run_loop(kf_app *a, const kf_loop_io *io, uint64_t started)
{
    SDL_Event e;
    int first = 1, slide = -1;
    /* the watchdog: pinged every quarter interval at most while frames are
     * presented, from a wake-up every half interval while still */
    uint64_t half = io->watchdog_ms / 2, last_ping = io->now(io->ctx);
    int hours = io->hours && io->hours->n > 0 && io->wall, closed = 0;
    int64_t change = INT64_MIN;
    int clock_ok = -1; /* the wall clock synchronised: -1 not asked yet */
    while (a->running) {
        uint64_t now = io->now(io->ctx), due;
        unsigned long frames = a->frames;
        int64_t w = hours ? io->wall(io->ctx) : 0;
        if (hours) {
            int was = closed, ok = !io->synced || io->synced(io->ctx);
            if (ok != clock_ok) {
                if (!ok)
                    kf_plat_log("APP", "the wall clock is not synchronised yet (NTP): the "
                                       "opening hours wait for it, the screen stays on");
                else if (clock_ok == 0)
                    kf_plat_log("APP", "the wall clock is synchronised: the opening hours apply");
                clock_ok = ok, change = INT64_MIN;
            }
            if (clock_ok) {
                follow_hours(a, io, now, w, &closed, &change);
            } else if (closed) { /* the hours do not count on a clock that may be wrong */
                closed = 0;
                screen_on(a, io, now);
            }
            if (was && !closed) slide = -1; /* back on: say where the show is */
        }
        if (closed) {
            if (a->dirty) kf_app_blank(a); /* exposed: black again */
            /* a wake-up a minute at most, to see a wall clock set anew */
            int64_t ms = change == KF_HOURS_NEVER ? 60000 : change * 1000 - w;
            due = now + (uint64_t)(ms > 60000 ? 60000 : ms > 0 ? ms : 1);
        } else {
            due = kf_app_frame(a, now);
            /* the closing time, on the monotonic clock */
            if (hours && clock_ok && change != KF_HOURS_NEVER) {
                int64_t ms = change * 1000 - w;
                uint64_t at = now + (uint64_t)(ms > 0 ? ms : 0);
                if (at < due) due = at;
            }
        }
        uint64_t after = io->now(io->ctx);
        if (first && a->frames > 0) {
            kf_plat_log("APP", "first frame presented %llu ms after start",
                        (unsigned long long)(after - started));
            if (closed) tell(io, "READY=1");
            else tell_status(io, a, 1);
            slide = a->show.current;
            first = 0;
        } else if (!first && !closed && a->show.current != slide) {
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

static int64_t plat_wall(void *ctx)
{
    (void)ctx;
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

static int plat_synced(void *ctx)
{
    (void)ctx;
    return kf_plat_clock_synced();
}

/* ctx: the kiosk's display */
static void plat_power(void *ctx, int on) { kf_plat_power(ctx, on); }

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
    kf_display d;
    kf_loop_io io = {.ctx = &d,
                     .now = plat_now,
                     .wait = sdl_wait,
                     .notify = plat_notify,
                     .watchdog_ms = kf_plat_watchdog_ms(),
                     .hours = &o->hours,
                     .wall = plat_wall,
                     .power = plat_power,
                     .synced = plat_synced};
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
