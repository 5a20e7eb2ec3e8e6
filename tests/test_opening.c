/* test_opening.c - opening hours on the running kiosk: the kiosk's own loop
 * (kf_run_loop through the frame recorder) on a virtual clock, a headless
 * display, and a fake power switch that records each call with its time.
 * Beijing time, hours Mon-Fri 08:00-18:00, from Friday 17:58 to Monday
 * 08:02:
 *   - the display is put to sleep at 18:00:00 and woken at 08:00:00 Monday,
 *     to the second, once each;
 *   - a black frame is presented just before, nothing while the display
 *     sleeps, and the loop wakes then once a minute;
 *   - at 08:00 the show starts again at the first slide;
 * a wall clock set forward while closed (Saturday 12:00 to Monday 09:00,
 * as NTP correcting a Pi without a real-time clock) wakes the screen
 * within a minute; and while the clock is not synchronised the hours do
 * not count: the screen stays on until it is. */
#define _DEFAULT_SOURCE /* timegm, setenv */
#include <stdlib.h>
#include <string.h>
#include <SDL_ttf.h>
#include <time.h>

#include "app.h"
#include "check.h"
#include "figures.h"
#include "hours.h"
#include "platform.h"
#include "record.h"

#define W 320
#define H 180

static int64_t utc(int y, int mo, int d, int h, int mi)
{
    struct tm tm = {
        .tm_year = y - 1900, .tm_mon = mo - 1, .tm_mday = d, .tm_hour = h, .tm_min = mi};
    return (int64_t)timegm(&tm);
}

typedef struct run {
    int64_t wall0; /* the wall clock at virtual time t0            */
    uint64_t t0;
    uint64_t power_at[8]; /* virtual ms of each power call                */
    int power_on[8];
    int n_power;
    unsigned long frames_off; /* frames presented while the power was off  */
    int black_ok;             /* every frame presented while off was black     */
    unsigned long waits_off;  /* the loop's wake-ups while off              */
    uint64_t longest_off;     /* the longest of those waits (ms)              */
    int first_after_on;       /* the slide of the first frame after power-on  */
    int off;
    uint64_t ready_at; /* READY=1 (0: never), after the first frame   */
    unsigned long frames_at_ready;
    char status[160]; /* the last STATUS= line                        */
    char first_status[160];
    char status_on[160]; /* the first STATUS= line after power-on        */
} run;

static int all_black(const SDL_Surface *s)
{
    for (int y = 0; y < s->h; y++) {
        const Uint32 *row = (const Uint32 *)((const Uint8 *)s->pixels + y * s->pitch);
        for (int x = 0; x < s->w; x++)
            if ((row[x] & 0xFFFFFF) != 0) return 0;
    }
    return 1;
}

static void on_power(void *ctx, kf_recorder *r, int on)
{
    run *u = ctx;
    if (u->n_power < 8) u->power_at[u->n_power] = r->now, u->power_on[u->n_power] = on;
    u->n_power++;
    u->off = !on;
    /* going off: the screen was made black just before */
    if (!on && !(r->frame && r->frame_at == r->now && all_black(r->frame))) u->black_ok = 0;
    if (on) u->first_after_on = -1;
}

static void on_notify(void *ctx, kf_recorder *r, const char *state)
{
    run *u = ctx;
    if (!strncmp(state, "READY=1", 7) && !u->ready_at)
        u->ready_at = r->now, u->frames_at_ready = r->presented_frames;
    const char *st = strstr(state, "STATUS=");
    if (st) snprintf(u->status, sizeof u->status, "%s", st + 7);
    if (st && !u->first_status[0]) snprintf(u->first_status, sizeof u->first_status, "%s", st + 7);
    if (st && !u->off && u->n_power > 0 && !u->status_on[0])
        snprintf(u->status_on, sizeof u->status_on, "%s", st + 7);
}

static void on_presented(void *ctx, kf_recorder *r)
{
    run *u = ctx;
    if (u->off) {
        u->frames_off++;
        if (!all_black(r->frame)) u->black_ok = 0;
    } else if (u->n_power > 0 && u->first_after_on < 0) {
        u->first_after_on = r->app->show.current;
    }
}

static void on_waits(void *ctx, kf_recorder *r, uint64_t until)
{
    run *u = ctx;
    if (!u->off) return;
    u->waits_off++;
    if (until - r->now > u->longest_off) u->longest_off = until - r->now;
}

/* Runs the kiosk from wall time wall0 for ms of virtual time, the clock
 * set by inputs. */
static void run_kiosk(kf_display *d, const kf_hours *h, run *u, int64_t wall0, uint64_t ms,
                      const kf_rec_input *inputs, int n_inputs, uint64_t synced_from)
{
    char err[256];
    kf_app a;
    memset(u, 0, sizeof *u);
    u->black_ok = 1, u->t0 = 5000, u->wall0 = wall0;
    if (kf_app_init(&a, &kf_figures, d, 3, 0, 0, u->t0, err, sizeof err) != 0) {
        KF_CHECK(0, "app: %s", err);
        return;
    }
    kf_recorder r = {.app = &a,
                     .now = u->t0,
                     .end = u->t0 + ms,
                     .inputs = inputs,
                     .n_inputs = n_inputs,
                     .ctx = u,
                     .presented = on_presented,
                     .waits = on_waits,
                     .hours = h,
                     .wall_s = wall0,
                     .synced_from = synced_from,
                     .power = on_power,
                     .notify = on_notify};
    KF_CHECK(kf_record_run(&r) == 0, "recorder: %s", r.err);
    kf_record_free(&r);
    kf_app_free(&a);
}

int main(void)
{
    setenv("TZ", "Asia/Shanghai", 1);
    tzset();
    if (TTF_Init() != 0) return 1;
    kf_display d;
    char err[256];
    if (kf_plat_open_headless(W, H, &d, err, sizeof err) != 0) {
        fprintf(stderr, "test_opening: %s\n", err);
        return 1;
    }
    kf_hours h;
    KF_CHECK(kf_hours_parse("Mon-Fri 08:00-18:00", &h, err, sizeof err) == 0, "%s", err);

    /* Friday 4 December 2026, 17:58 in Beijing (09:58 UTC), to Monday 08:02 */
    run u;
    int64_t fri = utc(2026, 12, 4, 9, 58), mon8 = utc(2026, 12, 7, 0, 0);
    uint64_t span = (uint64_t)(mon8 - fri + 120) * 1000;
    run_kiosk(&d, &h, &u, fri, span, NULL, 0, 0);
    uint64_t off_at = u.t0 + 120 * 1000, on_at = u.t0 + (uint64_t)(mon8 - fri) * 1000;
    KF_CHECK(u.n_power == 2, "%d power calls, want 2 (off, on)", u.n_power);
    KF_CHECK(u.power_on[0] == 0 && u.power_at[0] == off_at,
             "first call: on=%d at %llu ms, want off at %llu (18:00:00)", u.power_on[0],
             (unsigned long long)u.power_at[0], (unsigned long long)off_at);
    KF_CHECK(u.power_on[1] == 1 && u.power_at[1] == on_at,
             "second call: on=%d at %llu ms, want on at %llu (Monday 08:00:00)", u.power_on[1],
             (unsigned long long)u.power_at[1], (unsigned long long)on_at);
    KF_CHECK(u.black_ok, "the screen was not made black before the power went off");
    KF_CHECK(u.frames_off == 0, "%lu frames presented while off, want none", u.frames_off);
    uint64_t minutes = (on_at - off_at) / 60000;
    KF_CHECK(u.waits_off >= minutes && u.waits_off <= minutes + 2 && u.longest_off <= 60000,
             "%lu wake-ups while off (the longest %llu ms), want one a minute: %llu", u.waits_off,
             (unsigned long long)u.longest_off, (unsigned long long)minutes);
    KF_CHECK(u.first_after_on == 0, "the show came back at slide %d, want the first",
             u.first_after_on + 1);
    KF_CHECK(u.ready_at == u.t0, "READY=1 at %llu, want with the first frame",
             (unsigned long long)u.ready_at);

    /* closed on Saturday 12:00; 10 minutes later the clock is set to
     * Monday 09:00 (open): on within a minute */
    int64_t sat = utc(2026, 12, 5, 4, 0), mon9 = utc(2026, 12, 7, 1, 0);
    kf_rec_input set = {.at = 5000 + 600000, .kind = KF_REC_CLOCK, .wall_s = mon9};
    run_kiosk(&d, &h, &u, sat, 15 * 60000, &set, 1, 0);
    KF_CHECK(u.n_power == 2 && u.power_on[0] == 0 && u.power_at[0] == u.t0,
             "Saturday: %d power calls, the first on=%d at %llu, want off at the start", u.n_power,
             u.power_on[0], (unsigned long long)u.power_at[0]);
    /* started closed: READY=1 once the screen is black, and the status
     * says why it is */
    KF_CHECK(u.ready_at == u.t0 && u.frames_at_ready == 1, "READY=1 at %llu after %lu frames",
             (unsigned long long)u.ready_at, u.frames_at_ready);
    KF_CHECK(u.n_power == 2 && u.power_on[1] == 1 && u.power_at[1] >= set.at &&
                 u.power_at[1] <= set.at + 60000,
             "clock set to Monday 09:00 at %llu ms: power on at %llu, want within a minute",
             (unsigned long long)set.at, (unsigned long long)u.power_at[1]);

    KF_CHECK_STR(u.first_status,
                 "screen off: outside the opening hours until 2026-12-07 08:00 CST");
    KF_CHECK(strstr(u.status_on, "slide 1 of") == u.status_on,
             "after the clock was set: status \"%s\"", u.status_on);

    /* a clock not synchronised yet (a Pi just booted, no NTP answer): the
     * hours wait for it, the screen stays on; synchronised 5 minutes in,
     * on Saturday, the screen goes off at the next wake-up (a slide
     * change, within a minute) */
    uint64_t synced = u.t0 + 5 * 60000;
    run_kiosk(&d, &h, &u, sat, 10 * 60000, NULL, 0, synced);
    KF_CHECK(u.n_power == 1 && u.power_on[0] == 0 && u.power_at[0] >= synced &&
                 u.power_at[0] <= synced + 60000,
             "unsynchronised until %llu ms: %d power calls, the first on=%d at %llu, want off "
             "within a minute of it",
             (unsigned long long)synced, u.n_power, u.power_on[0],
             (unsigned long long)u.power_at[0]);

    kf_plat_close(&d);
    TTF_Quit();
    SDL_Quit();
    return kf_check_done();
}
