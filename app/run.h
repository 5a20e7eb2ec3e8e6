/* run.h - the kiosk's main loop and the two one-shot modes (--list,
 * --export). */
#ifndef KF_RUN_H
#define KF_RUN_H
#include <stdio.h>

#include <SDL.h>
#include <stdint.h>

#include "figures.h"
#include "options.h"

struct kf_app;

/* What the main loop needs from the world: a clock and a way to wait for
 * events. The kiosk uses the platform's clock and SDL's event queue; the
 * frame recorder (record.h) a virtual clock and injected events. */
typedef struct kf_loop_io {
    void *ctx;
    /* milliseconds, monotonic */
    uint64_t (*now)(void *ctx);
    /* waits until an event comes or timeout_ms pass (0: only looks);
     * returns 1 with the event in *e, or 0 */
    int (*wait)(void *ctx, SDL_Event *e, int timeout_ms);
    /* tells the service manager state ("READY=1", "WATCHDOG=1", ...; see
     * platform/notify.h); NULL: nobody to tell (the frame recorder) */
    void (*notify)(void *ctx, const char *state);
    /* the service manager's watchdog interval (ms); 0: none */
    uint64_t watchdog_ms;
    /* opening hours (hours.h); NULL or empty: always open */
    const struct kf_hours *hours;
    /* the wall clock: milliseconds since the epoch (UTC); needed with hours */
    int64_t (*wall)(void *ctx);
    /* puts the display into power saving (on 0) or wakes it (on 1): DPMS
     * and the like (kf_plat_power); NULL: nothing to switch */
    void (*power)(void *ctx, int on);
    /* 1 if the wall clock is synchronised (NTP), 0 if it may be days off
     * (a Pi without a real-time clock, just booted: kf_plat_clock_synced);
     * NULL: always trusted */
    int (*synced)(void *ctx);
} kf_loop_io;

/* Runs the show until a->running is 0: a frame when something moves,
 * sleeping until the next deadline or event when nothing does, every queued
 * event handled before the next frame. `started` is io's time at the
 * program's start, for the first frame's log line. Returns 0.
 *
 * Through io->notify: READY=1 with a STATUS= line once the first frame is
 * presented, a STATUS= line at each new slide ("slide 12 of 92: title ·
 * renderer · 1920x1080"), STOPPING=1 when it ends. With io->watchdog_ms
 * (systemd's WatchdogSec=), WATCHDOG=1 from this loop only, so that a hang
 * anywhere in it (a present that never returns) stops the pings and
 * systemd ends the process: while animating, after a frame's present has
 * returned, at most every quarter interval; while still, from a wake-up
 * every half interval, which draws nothing.
 *
 * With io->hours: outside the opening hours the screen is black (one black
 * frame presented, then nothing drawn), io->power(ctx, 0) puts the display
 * to sleep, and the loop wakes only for the watchdog and once a minute (a
 * wall clock set back or forth is seen within that minute); back inside,
 * io->power(ctx, 1) and the show starts again at the first slide. Each
 * change is logged and told in a STATUS= line; when the show starts closed,
 * READY=1 comes with the black frame. While open, a wall-clock step is seen
 * at the next wake-up (a slide change, a ping). While io->synced says the
 * wall clock is not synchronised, the hours do not count (the screen stays
 * on, one log line), and they apply from the first wake-up after it is. */
int kf_run_loop(struct kf_app *a, const kf_loop_io *io, uint64_t started);

/* Opens the display, runs the slides until asked to quit, closes. Returns
 * the process exit status: 0 after a clean quit, 1 if no display (with a
 * line saying so and naming --export) or on a fatal error. */
int kf_run_kiosk(const kf_table *t, const kf_options *o);

/* Renders every slide in its final state to DIR/NN-<slide>.png at the
 * options' size (default 1920x1080) on a headless display. Creates DIR if
 * missing. Returns 0, or 1 after a message on stderr. */
int kf_run_export(const kf_table *t, const kf_options *o);

/* Prints the table as TSV with a header row to out. Returns 0, or 1 if
 * writing failed. */
int kf_run_list(const kf_table *t, FILE *out);

#endif
