/* test_soak.c - months of a kiosk in minutes (ctest "soak"): the show on a
 * virtual clock at 640x360 (headless), 2,000 transitions and more, through
 * every slide, with 1,000 render resets that really destroy the renderer
 * and every texture and make them anew (SDL_RENDER_DEVICE_RESET, which
 * keyfig answers with kf_app_renew) and 1,000 output size changes
 * (640x360, 360x640, 800x450: a new surface and renderer), at random
 * moments (a fixed seed), mid-transition and mid-count-up included.
 *
 * After each reset or resize, the next still screen must be the slide's
 * final state exactly as a fresh build draws it at that size (the
 * export's pixels, by 64-bit FNV-1a hash). Under AddressSanitizer (tools/
 * test) nothing may be reported, and the live heap (__sanitizer_get_
 * current_allocated_bytes) when slide 1 comes round, each time at 640x360
 * on a new renderer, must not grow from the second loop to the last (16 KiB
 * of slack). */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app.h"
#include "check.h"
#include "figures.h"
#include "platform.h"

#if defined(__SANITIZE_ADDRESS__)
/* libasan's (GCC ships no allocator_interface.h to declare it) */
size_t __sanitizer_get_current_allocated_bytes(void);
#define KF_HEAP() __sanitizer_get_current_allocated_bytes()
#else
#define KF_HEAP() 0 /* no allocator to ask: the heap check is ASan's */
#endif

#define TRANSITIONS   2000
#define RESETS        1000
#define RESIZES       1000
#define DWELL_MS      1500
#define SOAK_FRAME_MS 100
#define N_SIZES       3
static const int sizes[N_SIZES][2] = {{640, 360}, {360, 640}, {800, 450}};

static uint64_t ref[N_SIZES][512]; /* still screen of each slide, by hash */

static uint64_t fnv(const SDL_Surface *s)
{
    uint64_t h = 1469598103934665603ull;
    for (int y = 0; y < s->h; y++) {
        const Uint8 *row = (const Uint8 *)s->pixels + (size_t)y * s->pitch;
        for (int x = 0; x < s->w * 4; x++) h = (h ^ row[x]) * 1099511628211ull;
    }
    return h;
}

static uint64_t rng = 0x9E3779B97F4A7C15ull;
static uint64_t next_random(void) /* xorshift64 */
{
    rng ^= rng << 13, rng ^= rng >> 7, rng ^= rng << 17;
    return rng;
}

/* Each slide's final state at each size, from a fresh app: the export. */
static int references(void)
{
    char err[256];
    for (int k = 0; k < N_SIZES; k++) {
        kf_display d;
        kf_app a;
        if (kf_plat_open_headless(sizes[k][0], sizes[k][1], &d, err, sizeof err) != 0 ||
            kf_app_init(&a, &kf_figures, &d, 0, DWELL_MS, 0, 0, err, sizeof err) != 0) {
            fprintf(stderr, "%s\n", err);
            return -1;
        }
        for (int i = 0; i < kf_figures.n_slides; i++) {
            kf_view v = {.slide = i, .other = -1, .alpha = 255, .countup = 1, .progress = i};
            if (kf_plat_frame_begin(&d) || kf_app_prepare(&a, &v) || kf_app_draw_view(&a, &v) ||
                kf_plat_frame_end(&d))
                KF_CHECK(0, "reference of slide %d at %dx%d: %s", i + 1, sizes[k][0], sizes[k][1],
                         SDL_GetError());
            ref[k][i] = fnv(d.surface);
        }
        kf_app_free(&a);
        kf_plat_close(&d);
    }
    return 0;
}

int main(int argc, char **argv)
{
    char err[256];
    /* test_soak [TRANSITIONS RESETS RESIZES]: longer (or shorter) runs */
    int n_trans = argc > 3 ? atoi(argv[1]) : TRANSITIONS,
        n_resets = argc > 3 ? atoi(argv[2]) : RESETS,
        n_resizes = argc > 3 ? atoi(argv[3]) : RESIZES;
    if (kf_figures.n_slides > 512 || references() != 0) return 1;
    kf_display d;
    kf_app a;
    uint64_t now = 1000;
    if (kf_plat_open_headless(sizes[0][0], sizes[0][1], &d, err, sizeof err) != 0 ||
        kf_app_init(&a, &kf_figures, &d, 0, DWELL_MS, 0, now, err, sizeof err) != 0) {
        KF_CHECK(0, "%s", err);
        return kf_check_done();
    }
    /* the moments of the faults: one every 2.3 s of show on average */
    int transitions = 0, resets = 0, resizes = 0, size = 0, checks = 0, wrong = 0, loops = 0;
    int pending = 0, last = a.show.current;
    const char *fault = "";
    uint64_t fault_at = now + next_random() % 4600;
    size_t heap_first = 0, heap_last = 0;
    unsigned long frames = 0;
    while (transitions < n_trans || resets < n_resets || resizes < n_resizes) {
        if (now >= fault_at && (resets < n_resets || resizes < n_resizes)) {
            if ((next_random() & 1 ? resets < n_resets : resizes >= n_resizes)) {
                SDL_Event e = {.type = SDL_RENDER_DEVICE_RESET};
                kf_app_event(&a, &e, now);
                resets++, fault = "render reset";
            } else {
                size = (size + 1 + (int)(next_random() % (N_SIZES - 1))) % N_SIZES;
                KF_CHECK(kf_app_renew(&a, sizes[size][0], sizes[size][1]) == 0,
                         "no renderer after a resize to %dx%d", sizes[size][0], sizes[size][1]);
                resizes++, fault = "resize";
            }
            pending = 1;
            fault_at = now + 1 + next_random() % 4600;
        }
        unsigned long f0 = a.frames;
        uint64_t due = kf_app_frame(&a, now);
        frames += a.frames - f0;
        if (a.show.current != last) {
            last = a.show.current, transitions++;
            if (last == 0) {
                /* a loop is done: the heap where slide 1 starts, in one
                 * state whatever faults came last: the first size, a new
                 * renderer, the scenes of this frame alone (a resize back
                 * or a reset, counted as such) */
                kf_app_renew(&a, sizes[0][0], sizes[0][1]);
                if (size != 0) resizes++, fault = "resize";
                else resets++, fault = "render reset";
                size = 0, pending = 1;
                kf_app_frame(&a, now);
                loops++;
                if (loops == 2) heap_first = KF_HEAP();
                if (loops >= 2) heap_last = KF_HEAP();
            }
        }
        if (pending && !kf_show_animating(&a.show, now)) {
            /* the screen at rest after a fault: the slide's export */
            checks++, pending = 0;
            uint64_t h = fnv(d.surface);
            if (h != ref[size][a.show.current] && wrong++ < 5)
                KF_CHECK(0, "slide %d at %dx%d after a %s: not its export", a.show.current + 1,
                         sizes[size][0], sizes[size][1], fault);
        }
        KF_CHECK(due > now || kf_show_animating(&a.show, now), "the loop would spin at %llu",
                 (unsigned long long)now);
        /* a slow machine's frame rate (10 a second) through animations:
         * the soak is about faults and memory, the screen tests are about
         * every frame; the deadlines (a dwell's end, a fade's) are kept */
        uint64_t step = kf_show_animating(&a.show, now) ? now + SOAK_FRAME_MS : due;
        now = due > step ? due : step;
    }
    KF_CHECK(wrong == 0, "%d of %d screens after a fault were not the export", wrong, checks);
    KF_CHECK(checks > (n_resets + n_resizes) / 2, "only %d screens checked", checks);
    KF_CHECK(loops >= n_trans / kf_figures.n_slides, "only %d loops", loops);
#if defined(__SANITIZE_ADDRESS__)
    /* the same state each time, to within what SDL keeps in flight (1.4 kB
     * measured); a renderer leaked per renewal is megabytes */
    KF_CHECK(heap_last <= heap_first + 16384,
             "the live heap grew by %zu bytes from loop 2 to loop %d", heap_last - heap_first,
             loops);
#endif
    printf("soak: %d transitions (%d loops), %d render resets, %d resizes, %lu frames, %lu "
           "builds, %d screens checked; heap at slide 1: %zu bytes in loop 2, %zu in loop %d\n",
           transitions, loops, resets, resizes, frames, a.builds, checks, heap_first, heap_last,
           loops);
    kf_app_free(&a);
    kf_plat_close(&d);
    return kf_check_done();
}
