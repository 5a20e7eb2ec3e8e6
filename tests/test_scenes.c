/* test_scenes.c - every slide built at every supported output size, on the
 * headless display: no piece leaves its box or the screen, judged by its
 * real ink (the rasterised glyphs' extents, before any clipping to a box),
 * no two pieces of text overprint each other's ink, no text is shrunk to
 * unreadable, numbers end on the report's exact text; then the
 * running show on a virtual clock: no text is rasterised while frames are
 * drawn, nothing is redrawn while nothing moves, resets rebuild. */
#include <stdlib.h>
#include <string.h>

#include "app.h"
#include "check.h"
#include "numfmt.h"
#include "render.h"
#include "theme.h"

static const int sizes[][2] = {
    {640, 360},  {1280, 720}, {1920, 1080}, {3840, 2160}, /* landscape        */
    {360, 640},  {720, 1280}, {1080, 1920}, {2160, 3840}, /* portrait         */
    {1024, 768}, {800, 480},  {1920, 1200},               /* other panels     */
};

static int overlap(kf_rect a, kf_rect b)
{
    return a.w > 0 && a.h > 0 && b.w > 0 && b.h > 0 && a.x < b.x + b.w && b.x < a.x + a.w &&
           a.y < b.y + b.h && b.y < a.y + a.h;
}

static void check_scene(const kf_app *a, const kf_scene *s, int w, int h)
{
    const kf_slide *sl = &a->table->slides[s->slide];
    kf_rect screen = {0, 0, w, h};
    float u = a->build.f.u;
    int numbers = 0;

    KF_CHECK(s->n_pieces > 0, "slide %s at %dx%d is empty", sl->key, w, h);
    for (int i = 0; i < s->n_pieces; i++) {
        const kf_piece *p = &s->pieces[i];
        KF_CHECK(kf_rect_contains(screen, p->box),
                 "slide %s at %dx%d: piece %d box (%d,%d %dx%d) off screen", sl->key, w, h, i,
                 p->box.x, p->box.y, p->box.w, p->box.h);
        KF_CHECK(kf_rect_contains(p->box, p->dst),
                 "slide %s at %dx%d: piece %d (%d,%d %dx%d) overflows its box (%d,%d %dx%d)",
                 sl->key, w, h, i, p->dst.x, p->dst.y, p->dst.w, p->dst.h, p->box.x, p->box.y,
                 p->box.w, p->box.h);
        if (KF_PIECE_IS_TEXT(p)) {
            /* its ink, unclipped, inside its box: nothing was cut off */
            KF_CHECK(p->ink.w == 0 || kf_rect_contains(p->box, p->ink),
                     "slide %s at %dx%d: piece %d's ink (%d,%d %dx%d) leaves its box (%d,%d "
                     "%dx%d)",
                     sl->key, w, h, i, p->ink.x, p->ink.y, p->ink.w, p->ink.h, p->box.x, p->box.y,
                     p->box.w, p->box.h);
            /* and no other text's ink on it */
            for (int j = i + 1; j < s->n_pieces; j++) {
                const kf_piece *q = &s->pieces[j];
                if (!KF_PIECE_IS_TEXT(q)) continue;
                KF_CHECK(!overlap(p->ink, q->ink),
                         "slide %s at %dx%d: the ink of pieces %d (%d,%d %dx%d) and %d (%d,%d "
                         "%dx%d) overlap",
                         sl->key, w, h, i, p->ink.x, p->ink.y, p->ink.w, p->ink.h, j, q->ink.x,
                         q->ink.y, q->ink.w, q->ink.h);
            }
        }
        if (p->kind == KF_PIECE_TEXT) {
            /* readable: no line of text below 1.2 units (13 px at 1080p) */
            KF_CHECK(p->dst.h >= (int)(1.2f * u) || p->src.h < p->dst.h,
                     "slide %s at %dx%d: piece %d shrunk to %d px", sl->key, w, h, i, p->dst.h);
        }
        if (p->kind == KF_PIECE_NUMBER) {
            const kf_digits *d = &s->numbers[p->number];
            char text[64];
            kf_num_countup(d->final, 1.0, text, sizeof text);
            KF_CHECK_STR(text, d->final);
            /* the number ends on a value of this slide, exactly */
            int found = 0;
            for (int f = 0; f < sl->n_figures; f++)
                found |= !strcmp(d->final, sl->figures[f].value) ||
                         !strcmp(d->final, sl->figures[f].from);
            KF_CHECK(found, "slide %s: number %s is not one of its figures", sl->key, d->final);
            numbers++;
        }
    }
    int want = 0; /* values in words are text, not counting numbers */
    for (int f = 0; f < sl->n_figures; f++)
        want += (sl->figures[f].value[0] && kf_draw_is_number(sl->figures[f].value)) +
                (sl->figures[f].from[0] != 0);
    KF_CHECK(numbers == want, "slide %s at %dx%d shows %d numbers, has %d", sl->key, w, h, numbers,
             want);
}

/* No footer says anything twice: no run of 10 characters (a clause; a
 * shorter run, 地区生产总值, is a word two sentences may share) occurs in it
 * twice (a quote another row's quote holds is said once). */
static void footers(void)
{
    enum { RUN = 10 };
    /* the rule on quotes that hold one another or follow on */
    kf_figure figs[3] = {{.source = "老楼加装电梯869台"},
                         {.source = "新增7701张家庭养老床位，老楼加装电梯869台"},
                         {.source = "老楼加装电梯869台，新建50个区域养老服务中心"}};
    kf_slide s = {.figures = figs, .n_figures = 3};
    char joined[512];
    kf_draw_footer_quote(&s, joined, sizeof joined);
    KF_CHECK_STR(joined, "新增7701张家庭养老床位，老楼加装电梯869台，新建50个区域养老服务中心");
    for (int i = 0; i < kf_figures.n_slides; i++) {
        char q[1024];
        size_t n = kf_draw_footer_quote(&kf_figures.slides[i], q, sizeof q);
        size_t starts[512], k = 0;
        for (size_t b = 0; b < n && k < 512; b++)
            if (((unsigned char)q[b] & 0xC0) != 0x80) starts[k++] = b;
        for (size_t a = 0; a + RUN < k; a++)
            for (size_t c = a + 1; c + RUN <= k; c++) {
                size_t len = (c + RUN < k ? starts[c + RUN] : n) - starts[c];
                size_t alen = starts[a + RUN] - starts[a];
                if (len == alen && !memcmp(q + starts[a], q + starts[c], len)) {
                    KF_CHECK(0, "slide %s: the footer says \"%.*s\" twice",
                             kf_figures.slides[i].key, (int)len, q + starts[a]);
                    a = k; /* once a slide */
                    break;
                }
            }
    }
}

/* every size, or with quick (the emulated ARM runs) the smallest, the
 * landscape and the portrait 1080p ones: the same C code as on x86-64, run
 * 25 times slower */
/* A row of three cards (a grid in landscape): each card's label starts on
 * the same line, whatever its figure (a number, or a value in words such
 * as 首位 whose ideographs reach below the digits' baseline). The labels
 * are the cards' white text; each card's first line is its leftmost. */
static void grid_labels(const kf_app *a, const kf_scene *s, int slide, int w, int h)
{
    static const SDL_Color ink = KF_INK;
    const kf_rect body = a->build.f.body;
    int xs[8], ys[8], n = 0;
    for (int p = 0; p < s->n_pieces; p++) {
        const kf_piece *pc = &s->pieces[p];
        if (pc->kind != KF_PIECE_TEXT || pc->face != KF_FONT_BOLD || pc->dst.y < body.y ||
            memcmp(&pc->color, &ink, sizeof ink))
            continue;
        int k = 0;
        while (k < n && xs[k] != pc->dst.x) k++;
        if (k == n && n < 8) xs[n] = pc->dst.x, ys[n++] = pc->dst.y;
        else if (k < n && pc->dst.y < ys[k]) ys[k] = pc->dst.y;
    }
    KF_CHECK(n == 3, "%dx%d: grid %s: %d label columns, want 3", w, h,
             kf_figures.slides[slide].key, n);
    for (int k = 1; k < n; k++)
        KF_CHECK(ys[k] == ys[0], "%dx%d: grid %s: card %d's label at y %d, card 1's at %d", w, h,
                 kf_figures.slides[slide].key, k + 1, ys[k], ys[0]);
}

static void all_sizes(int quick)
{
    for (size_t z = 0; z < sizeof sizes / sizeof sizes[0]; z++) {
        if (quick && z != 0 && z != 2 && z != 6) continue;
        int w = sizes[z][0], h = sizes[z][1];
        kf_display d;
        kf_app a;
        char err[256];
        if (kf_plat_open_headless(w, h, &d, err, sizeof err) != 0 ||
            kf_app_init(&a, &kf_figures, &d, 0, 0, 0, 0, err, sizeof err) != 0) {
            KF_CHECK(0, "%dx%d: %s", w, h, err);
            continue;
        }
        int hero_base = -1; /* where the first hero's digits end */
        const char *first_hero = NULL;
        for (int i = 0; i < kf_figures.n_slides; i++) {
            const kf_scene *s = kf_app_scene(&a, i);
            KF_CHECK(s != NULL, "slide %d at %dx%d not built", i, w, h);
            if (s) check_scene(&a, s, w, h);
            if (s && w > h && kf_figures.slides[i].kind == KF_SLIDE_GRID &&
                kf_figures.slides[i].n_figures == 3)
                grid_labels(&a, s, i, w, h);
            /* same kind, same geometry: every hero's number on one baseline */
            for (int p = 0; s && kf_figures.slides[i].kind == KF_SLIDE_HERO && p < s->n_pieces;
                 p++) {
                const kf_piece *pc = &s->pieces[p];
                int numeric = pc->kind == KF_PIECE_NUMBER ||
                              (pc->kind == KF_PIECE_TEXT && pc->face == KF_FONT_BOLD &&
                               pc->px >= (int)(a.build.f.u * 10));
                if (!numeric) continue;
                int bottom = pc->dst.y + pc->dst.h;
                if (hero_base < 0) hero_base = bottom, first_hero = kf_figures.slides[i].key;
                KF_CHECK(bottom == hero_base, "%dx%d: hero %s's number ends at y %d, %s's at %d", w,
                         h, kf_figures.slides[i].key, bottom, first_hero, hero_base);
                break;
            }
        }
        kf_app_free(&a);
        kf_plat_close(&d);
    }
}

static void running_show(void)
{
    kf_display d;
    kf_app a;
    char err[256];
    uint64_t now = 5000;

    if (kf_plat_open_headless(1280, 720, &d, err, sizeof err) != 0 ||
        kf_app_init(&a, &kf_figures, &d, 0, 4000, 0, now, err, sizeof err) != 0) {
        KF_CHECK(0, "%s", err);
        return;
    }
    /* a full loop of the show and the start of the next */
    unsigned long frames_drawn_without_build = 0, raster_during_frames = 0;
    unsigned long sleeps = 0;
    int visited = 0, last = -1;
    uint64_t cap = now + (uint64_t)kf_figures.n_slides * 60000;
    while ((visited < kf_figures.n_slides || a.show.current != 0) && now < cap) {
        if (a.show.current != last) last = a.show.current, visited++;
        /* make sure the scenes this frame needs exist, then count */
        kf_app_scene(&a, a.show.current);
        if (a.show.next >= 0) kf_app_scene(&a, a.show.next);
        unsigned long builds = a.builds, r0 = kf_text_rasterisations(a.text);
        unsigned long f0 = a.frames;
        uint64_t due = kf_app_frame(&a, now);
        KF_CHECK(due > now, "the loop would spin at %llu", (unsigned long long)now);
        if (a.builds == builds && a.frames > f0) {
            frames_drawn_without_build++;
            raster_during_frames += kf_text_rasterisations(a.text) - r0;
        }
        if (!kf_show_animating(&a.show, now)) {
            /* still: a second call before the deadline draws nothing */
            unsigned long f1 = a.frames;
            kf_app_frame(&a, now + (due - now) / 2);
            KF_CHECK(a.frames == f1, "redrew a still slide at %llu", (unsigned long long)now);
            sleeps++;
        }
        now = due;
    }
    KF_CHECK(frames_drawn_without_build > (unsigned long)kf_figures.n_slides * 30,
             "only %lu frames", frames_drawn_without_build);
    KF_CHECK_INT(raster_during_frames, 0);
    KF_CHECK(visited == kf_figures.n_slides, "visited %d slides", visited);
    KF_CHECK(sleeps == (unsigned long)kf_figures.n_slides, "slept %lu times, want once a slide",
             sleeps);
    printf("frames: %lu drawn, %lu rasterisations while drawing, %lu sleeps\n",
           frames_drawn_without_build, raster_during_frames, sleeps);

    /* a render reset: every scene is rebuilt before the next frame */
    SDL_Event e = {.type = SDL_RENDER_TARGETS_RESET};
    unsigned long builds = a.builds;
    kf_app_event(&a, &e, now);
    KF_CHECK_INT(a.rebuild, 1);
    kf_app_frame(&a, now);
    KF_CHECK(a.builds > builds, "no rebuild after a reset");
    KF_CHECK_INT(a.rebuild, 0);
    e.type = SDL_RENDER_DEVICE_RESET;
    kf_app_event(&a, &e, now);
    kf_app_frame(&a, now);
    KF_CHECK_INT(a.rebuild, 0);
    /* keys: in fullscreen nothing but Ctrl+Alt+Q quits */
    e = (SDL_Event){.type = SDL_KEYDOWN};
    e.key.keysym.sym = SDLK_ESCAPE;
    kf_app_event(&a, &e, now);
    KF_CHECK_INT(a.running, 1);
    e.key.keysym.sym = SDLK_q;
    kf_app_event(&a, &e, now);
    KF_CHECK_INT(a.running, 1);
    e.key.keysym.mod = KMOD_LCTRL | KMOD_LALT;
    kf_app_event(&a, &e, now);
    KF_CHECK_INT(a.running, 0);
    a.running = 1, a.windowed = 1;
    e.key.keysym.mod = 0, e.key.keysym.sym = SDLK_ESCAPE;
    kf_app_event(&a, &e, now);
    KF_CHECK_INT(a.running, 0);
    e = (SDL_Event){.type = SDL_QUIT};
    a.running = 1;
    kf_app_event(&a, &e, now);
    KF_CHECK_INT(a.running, 0);
    kf_app_free(&a);
    kf_plat_close(&d);
}

int main(int argc, char **argv)
{
    int quick = argc > 1 && !strcmp(argv[1], "--quick");
    footers();
    all_sizes(quick);
    if (!quick) running_show(); /* the loop: tests screen_* check it frame by frame */
    SDL_Quit();
    return kf_check_done();
}
