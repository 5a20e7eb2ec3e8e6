/* slides.h - which slide is on screen, and what is moving: rotation,
 * dwell, transitions, the count-up's clock. Pure: time is passed in (ms).
 *
 * One slide's timeline, from the moment its transition starts:
 *   0 .. KF_FADE_OUT_MS          the outgoing slide's content fades out
 *   .. KF_TRANSITION_MS - KF_FADE_IN_MS  nothing of either slide's own
 *                                content is on screen
 *   .. KF_TRANSITION_MS          the incoming slide's content fades in
 *   KF_TRANSITION_MS             it is fully in ("shown"): its numbers count
 *                                up for KF_COUNTUP_MS, its dwell starts
 *   shown + dwell                the next transition starts
 * The two slides' own content is never on screen at once (a fade-through:
 * text of two slides never overprints); pieces the two slides share (the
 * header's part name, a card in the same place) stay opaque throughout, and
 * the progress bar's light moves to the incoming slide when its fade-in
 * starts. The very first slide arrives without a transition. Slides loop.
 *
 * A stall (the clock jumps past a deadline by more than KF_STALL_MS: a
 * suspend, SIGSTOP, a frame that took seconds) never makes the show catch
 * up: an animation that was running (a transition, a count-up) goes on from
 * where it stopped, and a slide whose dwell ran out during the stall gets a
 * fresh dwell from the moment the clock came back. No slide is skipped. */
#ifndef KF_SLIDES_H
#define KF_SLIDES_H
#include <stdint.h>

#define KF_DWELL_DEFAULT_MS 8000
#define KF_TRANSITION_MS    800
#define KF_FADE_OUT_MS      360
#define KF_FADE_IN_MS       360
#define KF_COUNTUP_MS       1200
#define KF_STALL_MS         1000

typedef struct kf_show {
    int n;               /* number of slides, >= 1                          */
    int current;         /* the slide shown, or leaving in a transition     */
    int next;            /* the slide arriving, -1 when nothing moves in    */
    uint64_t trans_ms;   /* when the running transition started           */
    uint64_t shown_ms;   /* when `current` became fully shown: its count-up
                            starts                                          */
    uint64_t dwell_from; /* when its dwell started (shown_ms, or the end of
                            a stall)                                        */
    uint64_t seen_ms;    /* the last time kf_show_update was given          */
    int transition_ms, fade_out_ms, fade_in_ms, countup_ms, default_dwell_ms;
    const int *dwell_ms; /* per slide; 0 = default; NULL = all default      */
} kf_show;

/* What the screen shows at one moment: a frame is a function of this and
 * of the slides' built scenes. */
typedef struct kf_view {
    int slide;      /* the slide whose content is drawn                    */
    int other;      /* during a transition the slide on the other side: the
                       pieces the two share are drawn opaque; else -1      */
    int alpha;      /* opacity of slide's own content, 0..255 (1/255)      */
    double countup; /* count-up progress of slide's numbers, eased, 0..1   */
    int progress;   /* the slide lit in the progress bar                   */
} kf_view;

/* Starts the show on slide `start` (taken modulo n) at time now; it counts
 * up from now. default_dwell_ms <= 0 means KF_DWELL_DEFAULT_MS. */
void kf_show_init(kf_show *s, int n, int start, int default_dwell_ms, const int *dwell_ms,
                  uint64_t now);

/* Advances the show to time now: ends a finished transition, starts the
 * next one when the dwell is over, applies the stall rule above. Returns 1
 * if the slides shown or moving changed. */
int kf_show_update(kf_show *s, uint64_t now);

/* The view at now (after kf_show_update(s, now)). */
void kf_show_view(const kf_show *s, uint64_t now, kf_view *v);

/* 1 while a transition or a count-up runs: frames must be drawn. */
int kf_show_animating(const kf_show *s, uint64_t now);

/* The first moment after now at which the timeline has a boundary (a fade
 * ends or starts, a transition or a count-up ends, a dwell ends), so that a
 * frame can be drawn exactly then; UINT64_MAX if none will come (one slide,
 * counted). */
uint64_t kf_show_due(const kf_show *s, uint64_t now);

/* Jumps to slide `slide` (modulo n, negative allowed) with a transition
 * starting at now; a running transition completes first. */
void kf_show_goto(kf_show *s, int slide, uint64_t now);

/* Shows slide `slide` (modulo n) at once, with no transition, as if it had
 * arrived at time now: its count-up and dwell start then. */
void kf_show_jump(kf_show *s, int slide, uint64_t now);

/* The dwell of a slide in milliseconds. */
int kf_show_dwell(const kf_show *s, int slide);

/* The transition's fades: smoothstep of x clamped to 0..1. */
double kf_show_ease(double x);

#endif
