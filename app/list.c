/* list.c - --list: the compiled-in figures as TSV, one row per figure, the
 * value exactly as it ends on screen. */
#include "run.h"

/* clang-format off */
static const char *const kind_names[] = {
    [KF_SLIDE_SECTION] = "section",
    [KF_SLIDE_HERO]    = "hero",
    [KF_SLIDE_GRID]    = "grid",
    [KF_SLIDE_CHANGE]  = "change",
    [KF_SLIDE_TARGETS]    = "targets",
    [KF_SLIDE_STATEMENTS] = "statements",
};
/* clang-format on */
/* sized by its initialisers, so a kind without a name fails here */
_Static_assert(sizeof kind_names / sizeof kind_names[0] == KF_SLIDE_KIND_COUNT,
               "a name per slide kind");

int kf_run_list(const kf_table *t, FILE *out)
{
    fputs("section\tslide\tkind\ttitle\tid\tlabel\tpre\tvalue\tunit\tpost\tfrom\tdelta\tsource\n",
          out);
    for (int i = 0; i < t->n_slides; i++) {
        const kf_slide *s = &t->slides[i];
        for (int j = 0; j < s->n_figures; j++) {
            const kf_figure *f = &s->figures[j];
            fprintf(out, "%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", s->section, s->key,
                    kind_names[s->kind], s->title, f->id, f->label, f->pre, f->value, f->unit,
                    f->post, f->from, f->delta, f->source);
        }
    }
    return fflush(out) == 0 && !ferror(out) ? 0 : 1;
}
