/* dwell.c - a slide's reading time (see dwell.h). */
#include "dwell.h"

#include "utf8.h"

int kf_dwell_reading_ms(const kf_slide *s)
{
    size_t chars = s->kind == KF_SLIDE_SECTION ? 0 : kf_utf8_count(s->title);
    for (int i = 0; i < s->n_figures; i++) {
        const kf_figure *f = &s->figures[i];
        chars += kf_utf8_count(f->label) + kf_utf8_count(f->pre) + kf_utf8_count(f->value) +
                 kf_utf8_count(f->unit) + kf_utf8_count(f->post) + kf_utf8_count(f->from) +
                 kf_utf8_count(f->delta);
    }
    long ms = KF_DWELL_BASE_MS + (long)chars * KF_DWELL_CHAR_MS;
    ms = (ms + 50) / 100 * 100;
    if (ms < KF_DWELL_MIN_MS) ms = KF_DWELL_MIN_MS;
    if (ms > KF_DWELL_MAX_MS) ms = KF_DWELL_MAX_MS;
    return (int)ms;
}

int kf_dwell_ms(const kf_slide *s, int override_ms)
{
    if (s->dwell_ms > 0) return s->dwell_ms;
    return override_ms > 0 ? override_ms : kf_dwell_reading_ms(s);
}
