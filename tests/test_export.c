/* test_export.c DIR WxH - the PNGs `keyfig --export DIR --size WxH` wrote:
 * one per slide, named NN-<slide>.png, of the requested size, not blank,
 * the theme's background in the corner, the slide's title drawn in the
 * title box, its numbers drawn in the slide's accent (gold for results, the
 * goal colour for goals), the footer written. */
#include <SDL.h>
#include <SDL_image.h>
#include <stdio.h>
#include <stdlib.h>

#include "check.h"
#include "figures.h"
#include "layout.h"
#include "theme.h"

static Uint32 pixel(SDL_Surface *s, int x, int y)
{
    return ((Uint32 *)((Uint8 *)s->pixels + y * s->pitch))[x];
}

static int near(Uint8 a, Uint8 b, int tol) { return abs((int)a - (int)b) <= tol; }

/* Pixels in r that differ from the background at their row by more than
 * 40; *accent counts those within 12 of colour g. */
static long ink_in(SDL_Surface *s, kf_rect r, SDL_Color g, int *gold)
{
    static const SDL_Color top = KF_BG_TOP, bottom = KF_BG_BOTTOM;
    long n = 0;
    *gold = 0;
    for (int y = r.y; y < r.y + r.h && y < s->h; y++) {
        float t = (float)y / (s->h - 1);
        int br = top.r + (int)((bottom.r - top.r) * t), bg = top.g + (int)((bottom.g - top.g) * t),
            bb = top.b + (int)((bottom.b - top.b) * t);
        for (int x = r.x; x < r.x + r.w && x < s->w; x++) {
            Uint8 pr, pg, pb;
            SDL_GetRGB(pixel(s, x, y), s->format, &pr, &pg, &pb);
            if (abs(pr - br) + abs(pg - bg) + abs(pb - bb) > 40) n++;
            if (near(pr, g.r, 12) && near(pg, g.g, 12) && near(pb, g.b, 12)) (*gold)++;
        }
    }
    return n;
}

int main(int argc, char **argv)
{
    int w, h;
    if (argc != 3 || sscanf(argv[2], "%dx%d", &w, &h) != 2) {
        fprintf(stderr, "usage: test_export DIR WxH\n");
        return 2;
    }
    kf_frame f;
    kf_layout_frame(w, h, &f);
    for (int i = 0; i < kf_figures.n_slides; i++) {
        const kf_slide *sl = &kf_figures.slides[i];
        char path[1024];
        snprintf(path, sizeof path, "%s/%02d-%s.png", argv[1], i + 1, sl->key);
        SDL_Surface *raw = IMG_Load(path);
        KF_CHECK(raw != NULL, "%s: %s", path, IMG_GetError());
        if (!raw) continue;
        SDL_Surface *s = SDL_ConvertSurfaceFormat(raw, SDL_PIXELFORMAT_ARGB8888, 0);
        SDL_FreeSurface(raw);
        KF_CHECK(s->w == w && s->h == h, "%s is %dx%d, want %dx%d", path, s->w, s->h, w, h);
        if (s->w != w || s->h != h) {
            SDL_FreeSurface(s);
            continue;
        }
        /* the background's colour in the top-left corner */
        static const SDL_Color top = KF_BG_TOP;
        Uint8 r, g, b;
        SDL_GetRGB(pixel(s, 1, 1), s->format, &r, &g, &b);
        KF_CHECK(near(r, top.r, 3) && near(g, top.g, 3) && near(b, top.b, 3),
                 "%s: corner is %d,%d,%d", path, r, g, b);
        int gold;
        static const SDL_Color result = KF_GOLD, goal = KF_GOAL;
        SDL_Color accent = KF_PERIOD_IS_GOAL(sl->period) ? goal : result;
        /* header, title (the section slide has none), body, footer drawn */
        KF_CHECK(ink_in(s, f.header, accent, &gold) > f.header.w * f.header.h / 200,
                 "%s: header blank", path);
        if (sl->kind != KF_SLIDE_SECTION)
            KF_CHECK(ink_in(s, f.title, accent, &gold) > f.title.w * f.title.h / 100,
                     "%s: title blank", path);
        long body = ink_in(s, f.body, accent, &gold);
        KF_CHECK(body > f.body.w * f.body.h / 100, "%s: body nearly blank (%ld)", path, body);
        if (sl->kind != KF_SLIDE_SECTION && sl->kind != KF_SLIDE_STATEMENTS)
            KF_CHECK(gold > (int)(f.u * f.u * 4), "%s: numbers not drawn in the accent (%d px)",
                     path, gold);
        KF_CHECK(ink_in(s, f.source, accent, &gold) > 50, "%s: footer blank", path);
        SDL_FreeSurface(s);
    }
    IMG_Quit();
    SDL_Quit();
    return kf_check_done();
}
