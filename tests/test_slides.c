/* test_slides.c - rotation and timing on a virtual clock: dwell, per-slide
 * dwell, the fade-through and its view, the count-up after arrival, the
 * deadlines the loop wakes at, looping, and the stall rule: after a stall
 * the show goes on from the slide on screen with a fresh dwell, with no
 * burst of catch-up transitions and no slide skipped. */
#include "check.h"
#include "slides.h"

static kf_view view(const kf_show *s, uint64_t t)
{
    kf_view v;
    kf_show_view(s, t, &v);
    return v;
}

/* Counts the slide changes kf_show_update reports while the clock runs
 * from `from` to `to` in steps of `step` ms. */
static int changes(kf_show *s, uint64_t from, uint64_t to, uint64_t step)
{
    int n = 0;
    for (uint64_t t = from; t <= to; t += step) n += kf_show_update(s, t);
    return n;
}

/* kf_show_update(s, t) as the main loop gets there: called every 16 ms
 * from the last update (a loop that sleeps calls less often; one that
 * animates, this often). Returns the changes it reported. */
static int at(kf_show *s, uint64_t t)
{
    int n = 0;
    for (uint64_t u = s->seen_ms + 16; u < t; u += 16) n += kf_show_update(s, u);
    return n + kf_show_update(s, t);
}

static void timeline(void)
{
    kf_show s;
    int dwell[4] = {0, 3000, 0, 0};
    uint64_t t0 = 1000;
    kf_view v;

    kf_show_init(&s, 4, 0, 8000, dwell, t0);
    KF_CHECK_INT(s.current, 0);
    KF_CHECK_INT(s.next, -1);
    /* the first slide arrives without a transition and counts up */
    v = view(&s, t0);
    KF_CHECK(v.slide == 0 && v.other == -1 && v.alpha == 255 && v.countup == 0, "first view");
    KF_CHECK(kf_show_animating(&s, t0), "count-up runs at start");
    KF_CHECK(view(&s, t0 + KF_COUNTUP_MS).countup == 1, "count ends at 1");
    KF_CHECK(!kf_show_animating(&s, t0 + KF_COUNTUP_MS), "still after the count-up");
    KF_CHECK_INT(kf_show_due(&s, t0 + 10), t0 + KF_COUNTUP_MS);
    KF_CHECK_INT(kf_show_due(&s, t0 + KF_COUNTUP_MS), t0 + 8000);
    /* nothing changes before the dwell ends */
    KF_CHECK_INT(at(&s, t0 + 7999), 0);
    KF_CHECK_INT(s.next, -1);
    /* the transition to slide 1: slide 0 fades out, then 1 fades in */
    uint64_t tr = t0 + 8000;
    KF_CHECK_INT(at(&s, tr), 1);
    KF_CHECK_INT(s.next, 1);
    v = view(&s, tr);
    KF_CHECK(v.slide == 0 && v.other == 1 && v.alpha == 255 && v.countup == 1 && v.progress == 0,
             "transition start: the outgoing slide, opaque, final");
    v = view(&s, tr + KF_FADE_OUT_MS / 2);
    KF_CHECK(v.slide == 0 && v.alpha > 100 && v.alpha < 155, "half faded out: %d", v.alpha);
    v = view(&s, tr + KF_FADE_OUT_MS);
    KF_CHECK(v.slide == 0 && v.alpha == 0, "faded out: %d", v.alpha);
    uint64_t in_at = tr + KF_TRANSITION_MS - KF_FADE_IN_MS;
    v = view(&s, in_at - 1);
    KF_CHECK(v.slide == 0 && v.alpha == 0, "nothing between the fades");
    v = view(&s, in_at);
    KF_CHECK(v.slide == 1 && v.other == 0 && v.alpha == 0 && v.countup == 0 && v.progress == 1,
             "the incoming slide starts transparent, at its count's start");
    v = view(&s, tr + KF_TRANSITION_MS - 1);
    KF_CHECK(v.slide == 1 && v.alpha > 250 && v.countup == 0, "nearly in, not counting");
    /* the loop wakes at every boundary of the fades */
    KF_CHECK_INT(kf_show_due(&s, tr), tr + KF_FADE_OUT_MS);
    KF_CHECK_INT(kf_show_due(&s, tr + KF_FADE_OUT_MS), in_at);
    KF_CHECK_INT(kf_show_due(&s, in_at), tr + KF_TRANSITION_MS);
    KF_CHECK(kf_show_animating(&s, tr + 100), "animating in a transition");
    /* it ends; slide 1 counts up from then, and has its own 3 s dwell */
    uint64_t shown = tr + KF_TRANSITION_MS;
    KF_CHECK_INT(at(&s, shown), 1);
    KF_CHECK_INT(s.current, 1);
    KF_CHECK_INT(s.next, -1);
    v = view(&s, shown);
    KF_CHECK(v.slide == 1 && v.other == -1 && v.alpha == 255 && v.countup == 0, "arrived");
    KF_CHECK(view(&s, shown + KF_COUNTUP_MS / 2).countup > 0.5, "counting, eased out");
    KF_CHECK_INT(kf_show_due(&s, shown), shown + KF_COUNTUP_MS);
    KF_CHECK_INT(at(&s, shown + 2999), 0);
    KF_CHECK_INT(at(&s, shown + 3000), 1);
    KF_CHECK_INT(s.next, 2);
    KF_CHECK_INT(kf_show_dwell(&s, 1), 3000);
    KF_CHECK_INT(kf_show_dwell(&s, 2), 8000);
    /* loops: 2 -> 3 -> 0, each shown in turn */
    uint64_t t = shown + 3000 + KF_TRANSITION_MS;
    at(&s, t);
    KF_CHECK_INT(s.current, 2);
    t += 8000;
    at(&s, t);
    t += KF_TRANSITION_MS;
    at(&s, t);
    KF_CHECK_INT(s.current, 3);
    t += 8000 + KF_TRANSITION_MS;
    at(&s, t);
    t += KF_TRANSITION_MS;
    at(&s, t);
    KF_CHECK_INT(s.current, 0);
    /* a loop that wakes a few ms late keeps the schedule: the transition
     * starts at the dwell's end, not at the late wake-up */
    kf_show_init(&s, 4, 0, 8000, NULL, 0);
    at(&s, 8005);
    KF_CHECK_INT(s.trans_ms, 8000);
}

static void stalls(void)
{
    kf_show s;

    /* stalled while still: the same slide stays, with a fresh dwell */
    kf_show_init(&s, 4, 1, 8000, NULL, 0);
    at(&s, 2000); /* counted, still */
    KF_CHECK_INT(kf_show_update(&s, 1000000), 0);
    KF_CHECK_INT(s.current, 1);
    KF_CHECK_INT(s.next, -1);
    KF_CHECK_INT(kf_show_due(&s, 1000000), 1000000 + 8000);
    KF_CHECK_INT(changes(&s, 1000000, 1000000 + 7999, 16), 0);
    KF_CHECK_INT(kf_show_update(&s, 1000000 + 8000), 1);
    KF_CHECK_INT(s.next, 2); /* the next slide, none skipped */

    /* stalled in a transition: it goes on from where it stopped; the
     * arriving slide then counts up and dwells in full */
    kf_show_init(&s, 4, 0, 8000, NULL, 0);
    at(&s, 8000 + 192);
    KF_CHECK_INT(s.next, 1);
    kf_view before, after;
    kf_show_view(&s, 8192, &before);
    KF_CHECK_INT(kf_show_update(&s, 500000), 0);
    kf_show_view(&s, 500000, &after);
    KF_CHECK(after.slide == before.slide && after.alpha == before.alpha,
             "after the stall: slide %d at %d, before it: slide %d at %d", after.slide, after.alpha,
             before.slide, before.alpha);
    KF_CHECK_INT(s.current, 0);
    KF_CHECK_INT(s.next, 1);
    uint64_t arrival = 500000 + KF_TRANSITION_MS - 192;
    KF_CHECK_INT(changes(&s, 500000, arrival - 1, 16), 0);
    KF_CHECK_INT(kf_show_update(&s, arrival), 1);
    KF_CHECK_INT(s.current, 1);
    KF_CHECK_INT(s.shown_ms, arrival);
    kf_view v;
    kf_show_view(&s, arrival, &v);
    KF_CHECK(v.slide == 1 && v.alpha == 255 && v.countup == 0, "counts from its arrival");
    KF_CHECK_INT(changes(&s, arrival, arrival + 7999, 16), 0);
    KF_CHECK_INT(kf_show_update(&s, arrival + 8000), 1);
    KF_CHECK_INT(s.next, 2);

    /* stalled in a count-up: it goes on, and the dwell with it */
    kf_show_init(&s, 4, 0, 8000, NULL, 0);
    for (uint64_t t = 0; t <= 600; t += 16) kf_show_update(&s, t);
    kf_show_view(&s, 592, &before);
    kf_show_update(&s, 90000);
    kf_show_view(&s, 90000, &after);
    KF_CHECK(after.countup == before.countup, "count-up resumed at %f, was %f", after.countup,
             before.countup);
    KF_CHECK_INT(kf_show_due(&s, 90000 + KF_COUNTUP_MS), 90000 - 592 + 8000);

    /* a short delay (under KF_STALL_MS) is no stall: the schedule holds */
    kf_show_init(&s, 4, 0, 8000, NULL, 0);
    at(&s, 2000);
    KF_CHECK_INT(kf_show_update(&s, 8000 + KF_STALL_MS), 1);
    KF_CHECK_INT(s.trans_ms, 8000);

    /* SIGSTOP for a day, then a second: one stall, not 10,000 slides */
    kf_show_init(&s, 63, 5, 8000, NULL, 0);
    at(&s, 2000);
    uint64_t day = (uint64_t)24 * 3600 * 1000;
    KF_CHECK_INT(changes(&s, day, day + 1000, 16), 0);
    KF_CHECK_INT(s.current, 5);
}

static void edges(void)
{
    kf_show s;
    /* months of uptime: no overflow in 64-bit milliseconds */
    uint64_t months = (uint64_t)180 * 24 * 3600 * 1000;
    kf_show_init(&s, 4, 0, 8000, NULL, months);
    KF_CHECK_INT(at(&s, months + 8000), 1);
    /* goto: wraps both ways, finishes a running transition first */
    kf_show_init(&s, 4, 0, 8000, NULL, 0);
    kf_show_goto(&s, -1, 100);
    KF_CHECK_INT(s.next, 3);
    kf_show_goto(&s, 5, 200);
    KF_CHECK_INT(s.current, 3);
    KF_CHECK_INT(s.next, 1);
    /* jump: no transition, the count-up starts at the jump */
    kf_show_init(&s, 4, 0, 8000, NULL, 0);
    kf_show_jump(&s, 6, 5000);
    KF_CHECK_INT(s.current, 2);
    KF_CHECK_INT(s.next, -1);
    KF_CHECK(view(&s, 5000).countup == 0, "count-up restarts at the jump");
    KF_CHECK(view(&s, 5000 + KF_COUNTUP_MS).countup == 1, "and ends");
    KF_CHECK_INT(kf_show_due(&s, 5000 + KF_COUNTUP_MS), 5000 + 8000);
    /* start slide modulo n; a single slide never transitions or wakes */
    kf_show_init(&s, 4, 6, 8000, NULL, 0);
    KF_CHECK_INT(s.current, 2);
    kf_show_init(&s, 1, 0, 8000, NULL, 0);
    KF_CHECK_INT(at(&s, 1000000), 0);
    KF_CHECK(kf_show_due(&s, 1000000) == UINT64_MAX, "one slide sleeps forever");
    /* the fades' easing */
    KF_CHECK(kf_show_ease(-1) == 0 && kf_show_ease(0.5) == 0.5 && kf_show_ease(2) == 1, "ease");
}

int main(void)
{
    timeline();
    stalls();
    edges();
    return kf_check_done();
}
