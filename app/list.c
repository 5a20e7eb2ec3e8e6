/* list.c - --list: the compiled-in figures as TSV, one row per figure (a
 * statement: a row without a value), the value exactly as it ends on
 * screen, each slide's period and the moment of the loop it is fully in. */
#include <stdio.h>

#include "dwell.h"
#include "run.h"
#include "slides.h"

/* clang-format off */
static const char *const kind_names[] = {
    [KF_SLIDE_SECTION]    = "section",
    [KF_SLIDE_HERO]       = "hero",
    [KF_SLIDE_GRID]       = "grid",
    [KF_SLIDE_CHANGE]     = "change",
    [KF_SLIDE_TARGETS]    = "targets",
    [KF_SLIDE_STATEMENTS] = "statements",
    [KF_SLIDE_RING]       = "ring",
    [KF_SLIDE_PAIR]       = "pair",
    [KF_SLIDE_BARS]       = "bars",
};
static const char *const period_names[] = {
    [KF_PERIOD_NONE]  = "",
    [KF_PERIOD_2025]  = "2025",
    [KF_PERIOD_FYP14] = "fyp14",
    [KF_PERIOD_FYP15] = "fyp15",
    [KF_PERIOD_2026]  = "2026",
    [KF_PERIOD_2035]  = "2035",
};
/* clang-format on */
/* sized by their initialisers, so a kind or period without a name fails */
_Static_assert(sizeof kind_names / sizeof kind_names[0] == KF_SLIDE_KIND_COUNT,
               "a name per slide kind");
_Static_assert(sizeof period_names / sizeof period_names[0] == KF_PERIOD_COUNT,
               "a name per period");

int kf_run_list(const kf_table *t, FILE *out)
{
    long start_ms = 0; /* when the slide is fully in: the first arrives at once */
    fputs("section\tslide\tkind\tperiod\tstart\ttitle\tid\tlabel\tpre\tvalue\tunit\tpost\tfrom\t"
          "delta\ticon\tsource\n",
          out);
    for (int i = 0; i < t->n_slides; i++) {
        const kf_slide *s = &t->slides[i];
        for (int j = 0; j < s->n_figures; j++) {
            const kf_figure *f = &s->figures[j];
            fprintf(out, "%s\t%s\t%s\t%s\t%ld:%02ld\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n",
                    s->section, s->key, kind_names[s->kind], period_names[f->period],
                    start_ms / 60000, start_ms / 1000 % 60, s->title, f->id, f->label, f->pre,
                    f->value, f->unit, f->post, f->from, f->delta, f->icon_name, f->source);
        }
        start_ms += kf_dwell_ms(s, 0) + KF_TRANSITION_MS;
    }
    return fflush(out) == 0 && !ferror(out) ? 0 : 1;
}
