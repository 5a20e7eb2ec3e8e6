/* record.h - the frame recorder: the kiosk's own main loop (kf_run_loop,
 * the same frame scheduling, sleeping and event handling as `keyfig`) on
 * a virtual clock, against the display it is given (headless: SDL's
 * software renderer on a surface, as --export uses; or a window), with
 * every presented frame handed to the caller as it comes.
 *
 * What the screen shows at time t is the last frame presented at or before
 * t: r->frame holds it (a copy, ARGB8888, the output's size), r->frame_at
 * its time. The loop's time passes only while it waits; the recorder tells
 * the caller each wait (r->now .. until), during which the screen does not
 * change, so a check of "the screen at time t" belongs in the wait that
 * covers t. Drawing takes no virtual time; on a display with vsync a present
 * waits for the next refresh (every KF_REC_REFRESH_MS of virtual time), as
 * it does on the real display.
 *
 * Used by the `screen` tests (tests/test_screen.c) and by tools/frames,
 * which writes a slide's frames as PNGs for a person to look at. */
#ifndef KF_RECORD_H
#define KF_RECORD_H
#include <SDL.h>
#include <stdint.h>

#include "app.h"
#include "render.h"

#define KF_REC_REFRESH_MS 16 /* the virtual display's refresh, with vsync */

/* Something that happens to the running kiosk at a virtual time. */
typedef enum kf_rec_kind {
    KF_REC_EVENT, /* an SDL event arrives (a key, a window event...)      */
    KF_REC_STALL, /* the process stops for `ms` (SIGSTOP, a suspend): the
                     wait that covers `at` returns ms late               */
    KF_REC_CLOCK, /* the wall clock is set (NTP, an operator): from `at`
                     on it reads wall_s, and runs on from there          */
} kf_rec_kind;

typedef struct kf_rec_input {
    uint64_t at;
    kf_rec_kind kind;
    SDL_Event event; /* KF_REC_EVENT */
    uint64_t ms;     /* KF_REC_STALL */
    int64_t wall_s;  /* KF_REC_CLOCK */
} kf_rec_input;

typedef struct kf_recorder kf_recorder;

struct kf_recorder {
    /* set by the caller before kf_record_run */
    kf_app *app;                /* on the display to record               */
    uint64_t now;               /* the virtual clock at the start, ms     */
    uint64_t end;               /* the loop is told to quit at this time  */
    const kf_rec_input *inputs; /* in time order                          */
    int n_inputs;
    void *ctx;
    /* A frame was presented at r->now: r->frame holds it, r->log the
     * drawing calls that made it. May be NULL. */
    void (*presented)(void *ctx, kf_recorder *r);
    /* The loop waits from r->now until `until` (a sleep if
     * r->still, else the pause between animation frames, or a stall); the
     * screen is r->frame all along. May be NULL. */
    void (*waits)(void *ctx, kf_recorder *r, uint64_t until);
    /* The opening hours (NULL: always open) and the wall clock at the
     * start (seconds since the epoch; it runs with the virtual clock). */
    const struct kf_hours *hours;
    int64_t wall_s;
    /* The wall clock counts as synchronised (NTP) from this virtual time
     * on (0: from the start), as kf_plat_clock_synced says on a machine. */
    uint64_t synced_from;
    /* The loop asked the display to sleep (on 0) or wake (on 1) at r->now:
     * the fake display's power switch. May be NULL. */
    void (*power)(void *ctx, kf_recorder *r, int on);
    /* What the loop tells the service manager (READY=1, STATUS=...) at
     * r->now, as run.h's notify. May be NULL. */
    void (*notify)(void *ctx, kf_recorder *r, const char *state);

    /* kept by the recorder */
    SDL_Surface *frame; /* the screen: the last frame presented          */
    uint64_t frame_at;  /* when it was presented                         */
    kf_draw_log log;    /* the drawing calls of the last frame           */
    unsigned long presented_frames;
    int still;         /* the current wait is a sleep: nothing animates  */
    int next_input;    /* the first input not yet delivered            */
    int64_t wall_at_0; /* the wall clock (ms) at virtual time 0        */
    int quit_sent;     /* SDL_QUIT delivered                           */
    char err[256];     /* why kf_record_run failed                     */
};

/* Runs r->app's kiosk loop from r->now until r->end (then an SDL_QUIT
 * arrives) or until a hook sets r->end to an earlier time. The app's display
 * gets the recorder as its present hook and the app its draw log for the
 * run; both are taken back at the end. Returns 0, or -1 with r->err set (a
 * frame could not be copied). Free with kf_record_free. */
int kf_record_run(kf_recorder *r);

/* Frees what a run kept (the frame copy, the log). */
void kf_record_free(kf_recorder *r);

#endif
