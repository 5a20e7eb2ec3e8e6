/* slides.h - which slide is on screen, and what is moving: rotation,
 * dwell, transitions, the count-up's clock. Pure: time is passed in.
 *
 * A slide arrives (a transition of transition_ms from the one before; the
 * very first slide arrives without one), its numbers count up for
 * countup_ms from the moment it starts arriving, it stays for its dwell
 * after the transition ends, then the next one arrives. Slides loop. */
#ifndef KF_SLIDES_H
#define KF_SLIDES_H
#include <stdint.h>

#define KF_DWELL_DEFAULT_MS 8000
#define KF_TRANSITION_MS    900
#define KF_COUNTUP_MS       1600

typedef struct kf_show {
    int n;               /* number of slides, >= 1                        */
    int current;         /* the slide shown, or leaving in a transition   */
    int next;            /* the slide arriving, -1 when nothing moves in  */
    uint64_t arrived_ms; /* when `current` started arriving             */
    uint64_t trans_ms;   /* when the running transition started         */
    uint64_t shown_ms;   /* when `current` became fully shown           */
    int transition_ms, countup_ms, default_dwell_ms;
    const int *dwell_ms; /* per slide; 0 = default; NULL = all default    */
} kf_show;

/* Starts the show on slide `start` (taken modulo n) at time now. */
void kf_show_init(kf_show *s, int n, int start, int default_dwell_ms, const int *dwell_ms,
                  uint64_t now);

/* Advances the show to time now: ends a finished transition, starts the
 * next one when the dwell is over. Returns 1 if the slide shown changed. */
int kf_show_update(kf_show *s, uint64_t now);

/* Progress of the running transition, 0..1, or -1 when none runs. */
double kf_show_transition(const kf_show *s, uint64_t now);

/* Count-up progress (eased, 0..1) of the slide that is arriving or shown;
 * the slide leaving in a transition has finished counting: 1. */
double kf_show_countup(const kf_show *s, int slide, uint64_t now);

/* 1 while a transition or a count-up runs: frames must be drawn. */
int kf_show_animating(const kf_show *s, uint64_t now);

/* Milliseconds from now until the show next changes by itself (0 while
 * animating). The main loop sleeps that long unless an event comes. */
uint64_t kf_show_wait_ms(const kf_show *s, uint64_t now);

/* Jumps to slide `slide` (modulo n, negative allowed) with a transition. */
void kf_show_goto(kf_show *s, int slide, uint64_t now);

/* Shows slide `slide` (modulo n) at once, with no transition, as if it had
 * arrived at time now: its count-up starts then. */
void kf_show_jump(kf_show *s, int slide, uint64_t now);

/* The dwell of a slide in milliseconds. */
int kf_show_dwell(const kf_show *s, int slide);

#endif
