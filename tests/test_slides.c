/* test_slides.c - rotation and timing on a virtual clock: dwell, per-slide
 * dwell, transitions, count-up, sleeping, looping, catching up. */
#include "check.h"
#include "slides.h"

int main(void)
{
    kf_show s;
    int dwell[4] = {0, 3000, 0, 0};
    uint64_t t0 = 1000;

    kf_show_init(&s, 4, 0, 8000, dwell, t0);
    KF_CHECK_INT(s.current, 0);
    KF_CHECK_INT(s.next, -1);
    /* the first slide counts up, then rests */
    KF_CHECK(kf_show_animating(&s, t0), "count-up runs at start");
    KF_CHECK(kf_show_countup(&s, 0, t0) == 0, "count starts at 0");
    KF_CHECK(kf_show_countup(&s, 0, t0 + KF_COUNTUP_MS) == 1, "count ends at 1");
    KF_CHECK(!kf_show_animating(&s, t0 + KF_COUNTUP_MS), "still after the count-up");
    KF_CHECK_INT(kf_show_wait_ms(&s, t0 + KF_COUNTUP_MS), 8000 - KF_COUNTUP_MS);
    /* nothing changes before the dwell ends */
    KF_CHECK_INT(kf_show_update(&s, t0 + 7999), 0);
    KF_CHECK_INT(s.next, -1);
    /* the transition to slide 1 */
    KF_CHECK_INT(kf_show_update(&s, t0 + 8000), 1);
    KF_CHECK_INT(s.next, 1);
    KF_CHECK(kf_show_transition(&s, t0 + 8000) == 0, "transition starts at 0");
    KF_CHECK(kf_show_transition(&s, t0 + 8000 + KF_TRANSITION_MS / 2) == 0.5, "halfway");
    KF_CHECK_INT(kf_show_wait_ms(&s, t0 + 8100), 0);
    KF_CHECK(kf_show_countup(&s, 1, t0 + 8000) == 0, "incoming counts from 0");
    KF_CHECK(kf_show_countup(&s, 0, t0 + 8100) == 1, "outgoing stays final");
    /* it ends; slide 1 has its own 3 s dwell from then */
    uint64_t shown = t0 + 8000 + KF_TRANSITION_MS;
    KF_CHECK_INT(kf_show_update(&s, shown), 1);
    KF_CHECK_INT(s.current, 1);
    KF_CHECK_INT(s.next, -1);
    KF_CHECK(kf_show_transition(&s, shown) < 0, "no transition");
    KF_CHECK_INT(kf_show_update(&s, shown + 2999), 0);
    KF_CHECK_INT(kf_show_update(&s, shown + 3000), 1);
    KF_CHECK_INT(s.next, 2);
    KF_CHECK_INT(kf_show_dwell(&s, 1), 3000);
    KF_CHECK_INT(kf_show_dwell(&s, 2), 8000);
    /* loops: 2 -> 3 -> 0 */
    uint64_t t = shown + 3000 + KF_TRANSITION_MS;
    kf_show_update(&s, t);
    KF_CHECK_INT(s.current, 2);
    t += 8000;
    kf_show_update(&s, t);
    t += KF_TRANSITION_MS;
    kf_show_update(&s, t);
    KF_CHECK_INT(s.current, 3);
    t += 8000 + KF_TRANSITION_MS;
    kf_show_update(&s, t);
    KF_CHECK_INT(s.current, 0);
    /* a long stall (a suspended machine) catches up in one call */
    kf_show_update(&s, t + 1000000);
    KF_CHECK(s.current >= 0 && s.current < 4, "current in range after stall");
    /* months of uptime: no overflow in 64-bit milliseconds */
    uint64_t months = (uint64_t)180 * 24 * 3600 * 1000;
    kf_show_init(&s, 4, 0, 8000, NULL, months);
    KF_CHECK_INT(kf_show_update(&s, months + 8000), 1);
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
    KF_CHECK(kf_show_countup(&s, 2, 5000) == 0, "count-up restarts at the jump");
    KF_CHECK(kf_show_countup(&s, 2, 5000 + KF_COUNTUP_MS) == 1, "and ends");
    KF_CHECK_INT(kf_show_wait_ms(&s, 5000 + KF_COUNTUP_MS), 8000 - KF_COUNTUP_MS);
    /* start slide modulo n; a single slide never transitions or wakes */
    kf_show_init(&s, 4, 6, 8000, NULL, 0);
    KF_CHECK_INT(s.current, 2);
    kf_show_init(&s, 1, 0, 8000, NULL, 0);
    KF_CHECK_INT(kf_show_update(&s, 1000000), 0);
    KF_CHECK(kf_show_wait_ms(&s, 1000000) == UINT64_MAX, "one slide sleeps forever");
    return kf_check_done();
}
