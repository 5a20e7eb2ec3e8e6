/* slides.c - rotation, dwell and animation clocks (see slides.h). */
#include "slides.h"

#include "numfmt.h"

static int wrap(int i, int n) { return ((i % n) + n) % n; }

int kf_show_dwell(const kf_show *s, int slide)
{
    int d = s->dwell_ms ? s->dwell_ms[slide] : 0;
    return d > 0 ? d : s->default_dwell_ms;
}

double kf_show_ease(double x)
{
    if (x <= 0) return 0;
    if (x >= 1) return 1;
    return x * x * (3 - 2 * x);
}

void kf_show_init(kf_show *s, int n, int start, int default_dwell_ms, const int *dwell_ms,
                  uint64_t now)
{
    s->n = n > 0 ? n : 1;
    s->current = wrap(start, s->n);
    s->next = -1;
    s->trans_ms = s->shown_ms = s->dwell_from = s->seen_ms = now;
    s->transition_ms = KF_TRANSITION_MS;
    s->fade_out_ms = KF_FADE_OUT_MS;
    s->fade_in_ms = KF_FADE_IN_MS;
    s->countup_ms = KF_COUNTUP_MS;
    s->default_dwell_ms = default_dwell_ms > 0 ? default_dwell_ms : KF_DWELL_DEFAULT_MS;
    s->dwell_ms = dwell_ms;
}

static uint64_t dwell_end(const kf_show *s)
{
    return s->dwell_from + (uint64_t)kf_show_dwell(s, s->current);
}

static uint64_t transition_end(const kf_show *s)
{
    return s->trans_ms + (uint64_t)s->transition_ms;
}

/* The arriving slide becomes the current one, fully shown at `at`. */
static void arrive(kf_show *s, uint64_t at)
{
    s->current = s->next;
    s->next = -1;
    s->shown_ms = s->dwell_from = at;
}

int kf_show_update(kf_show *s, uint64_t now)
{
    int changed = 0;
    uint64_t gap = now > s->seen_ms ? now - s->seen_ms : 0;

    /* stopped in the middle of an animation: it goes on from where it was */
    if (gap > KF_STALL_MS && kf_show_animating(s, s->seen_ms)) {
        if (s->next >= 0) s->trans_ms += gap;
        else s->shown_ms += gap, s->dwell_from += gap;
    }
    s->seen_ms = now;
    /* at most an arrival and the next departure in one call */
    for (int step = 0; step < 2; step++) {
        if (s->next >= 0) {
            uint64_t end = transition_end(s);
            if (now < end) break;
            arrive(s, end);
            changed = 1;
        } else if (s->n > 1 && now >= dwell_end(s)) {
            uint64_t end = dwell_end(s);
            if (now - end > KF_STALL_MS) {
                /* the dwell ran out while the clock was away: a fresh one */
                s->dwell_from = now;
                break;
            }
            s->next = wrap(s->current + 1, s->n);
            s->trans_ms = end;
            changed = 1;
        } else {
            break;
        }
    }
    return changed;
}

static int opacity(double x) { return (int)(255 * kf_show_ease(x) + 0.5); }

void kf_show_view(const kf_show *s, uint64_t now, kf_view *v)
{
    if (s->next >= 0) {
        uint64_t e = now > s->trans_ms ? now - s->trans_ms : 0;
        uint64_t in_at = (uint64_t)(s->transition_ms - s->fade_in_ms);
        if (e < in_at) { /* the outgoing slide leaves */
            *v = (kf_view){.slide = s->current,
                           .other = s->next,
                           .alpha = 255 - opacity((double)e / s->fade_out_ms),
                           .countup = 1,
                           .progress = s->current};
        } else { /* the incoming slide arrives, its numbers at their start */
            *v = (kf_view){.slide = s->next,
                           .other = s->current,
                           .alpha = opacity((double)(e - in_at) / s->fade_in_ms),
                           .countup = 0,
                           .progress = s->next};
        }
        return;
    }
    double x = now > s->shown_ms ? (double)(now - s->shown_ms) / s->countup_ms : 0;
    *v = (kf_view){.slide = s->current,
                   .other = -1,
                   .alpha = 255,
                   .countup = kf_num_ease(x),
                   .progress = s->current};
}

int kf_show_animating(const kf_show *s, uint64_t now)
{
    if (s->next >= 0) return 1;
    return now < s->shown_ms + (uint64_t)s->countup_ms;
}

/* *best = b if now < b < *best. */
static void sooner(uint64_t now, uint64_t b, uint64_t *best)
{
    if (b > now && b < *best) *best = b;
}

uint64_t kf_show_due(const kf_show *s, uint64_t now)
{
    uint64_t best = UINT64_MAX;
    if (s->next >= 0) {
        sooner(now, s->trans_ms + (uint64_t)s->fade_out_ms, &best);
        sooner(now, s->trans_ms + (uint64_t)(s->transition_ms - s->fade_in_ms), &best);
        sooner(now, transition_end(s), &best);
        return best;
    }
    sooner(now, s->shown_ms + (uint64_t)s->countup_ms, &best);
    if (s->n > 1) {
        uint64_t end = dwell_end(s);
        sooner(now, end, &best);
        if (end <= now) best = now; /* overdue: kf_show_update starts it */
    }
    return best;
}

void kf_show_goto(kf_show *s, int slide, uint64_t now)
{
    slide = wrap(slide, s->n);
    if (s->next >= 0) arrive(s, now); /* the running transition ends at once */
    s->seen_ms = now;
    if (slide == s->current) return;
    s->next = slide;
    s->trans_ms = now;
}

void kf_show_jump(kf_show *s, int slide, uint64_t now)
{
    s->current = wrap(slide, s->n);
    s->next = -1;
    s->trans_ms = s->shown_ms = s->dwell_from = s->seen_ms = now;
}
