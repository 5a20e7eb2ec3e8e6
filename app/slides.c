/* slides.c - rotation, dwell and animation clocks (see slides.h). */
#include "slides.h"

#include "numfmt.h"

static int wrap(int i, int n) { return ((i % n) + n) % n; }

int kf_show_dwell(const kf_show *s, int slide)
{
    int d = s->dwell_ms ? s->dwell_ms[slide] : 0;
    return d > 0 ? d : s->default_dwell_ms;
}

void kf_show_init(kf_show *s, int n, int start, int default_dwell_ms, const int *dwell_ms,
                  uint64_t now)
{
    s->n = n > 0 ? n : 1;
    s->current = wrap(start, s->n);
    s->next = -1;
    s->arrived_ms = now;
    s->trans_ms = now;
    s->shown_ms = now;
    s->transition_ms = KF_TRANSITION_MS;
    s->countup_ms = KF_COUNTUP_MS;
    s->default_dwell_ms = default_dwell_ms > 0 ? default_dwell_ms : KF_DWELL_DEFAULT_MS;
    s->dwell_ms = dwell_ms;
}

/* When the current slide's dwell ends: dwell counts from the moment it is
 * fully shown, after its arrival transition. */
static uint64_t dwell_end(const kf_show *s)
{
    return s->shown_ms + (uint64_t)kf_show_dwell(s, s->current);
}

/* The arriving slide becomes the current one. */
static void arrive(kf_show *s)
{
    s->current = s->next;
    s->arrived_ms = s->trans_ms;
    s->shown_ms = s->trans_ms + (uint64_t)s->transition_ms;
    s->next = -1;
}

int kf_show_update(kf_show *s, uint64_t now)
{
    int changed = 0;
    /* a loop, so a long stall (suspend, debugger) catches up in one call */
    for (int guard = 0; guard < 2 * s->n + 2; guard++) {
        if (s->next >= 0) {
            if (now < s->trans_ms + (uint64_t)s->transition_ms) break;
            arrive(s);
            changed = 1;
        } else if (s->n > 1 && now >= dwell_end(s)) {
            s->next = wrap(s->current + 1, s->n);
            s->trans_ms = dwell_end(s);
            changed = 1;
        } else {
            break;
        }
    }
    return changed;
}

double kf_show_transition(const kf_show *s, uint64_t now)
{
    if (s->next < 0) return -1;
    if (now <= s->trans_ms) return 0;
    double t = (double)(now - s->trans_ms) / s->transition_ms;
    return t > 1 ? 1 : t;
}

double kf_show_countup(const kf_show *s, int slide, uint64_t now)
{
    uint64_t start;
    if (slide == s->next) start = s->trans_ms;
    else if (slide == s->current && s->next < 0) start = s->arrived_ms;
    else return 1;
    if (now <= start) return 0;
    return kf_num_ease((double)(now - start) / s->countup_ms);
}

int kf_show_animating(const kf_show *s, uint64_t now)
{
    if (s->next >= 0) return 1;
    return now < s->arrived_ms + (uint64_t)s->countup_ms;
}

uint64_t kf_show_wait_ms(const kf_show *s, uint64_t now)
{
    if (kf_show_animating(s, now)) return 0;
    if (s->n <= 1) return UINT64_MAX;
    uint64_t end = dwell_end(s);
    return end > now ? end - now : 0;
}

void kf_show_goto(kf_show *s, int slide, uint64_t now)
{
    slide = wrap(slide, s->n);
    if (s->next >= 0) arrive(s); /* the running transition ends at once */
    if (slide == s->current) return;
    s->next = slide;
    s->trans_ms = now;
}

void kf_show_jump(kf_show *s, int slide, uint64_t now)
{
    s->current = wrap(slide, s->n);
    s->next = -1;
    s->arrived_ms = s->shown_ms = s->trans_ms = now;
}
