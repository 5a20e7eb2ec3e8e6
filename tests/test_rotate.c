/* test_rotate.c - --rotate through the platform's render target, on the
 * headless display: a frame drawn with rotate 90, 180 and 270 is the
 * upright frame of the same layout turned, pixel for pixel; the portrait
 * layout (1080x1920 after rotation) is composed for portrait (every slide
 * fits, checked by the scenes test at that size) and not a squeezed
 * landscape; a refresh (as after a reset) rebuilds the target and the next
 * frame is the same. */
#include <SDL_ttf.h>

#include "app.h"
#include "check.h"

static Uint32 px(SDL_Surface *s, int x, int y)
{
    return ((Uint32 *)((Uint8 *)s->pixels + y * s->pitch))[x];
}

/* Draws slide at output size w x h turned by rot; the surface is returned
 * (a copy, the caller frees it), NULL on failure. */
static SDL_Surface *draw(int w, int h, int rot, int slide, int refresh, int *fw, int *fh)
{
    kf_display d;
    kf_app a;
    char err[256];
    SDL_Surface *copy = NULL;
    if (kf_plat_open_headless_rotated(w, h, rot, &d, err, sizeof err) != 0) {
        KF_CHECK(0, "%s", err);
        return NULL;
    }
    if (kf_app_init(&a, &kf_figures, &d, slide, 0, 0, 0, err, sizeof err) != 0) {
        KF_CHECK(0, "%s", err);
        kf_plat_close(&d);
        return NULL;
    }
    *fw = d.w, *fh = d.h;
    uint64_t t = UINT64_C(1) << 40;
    kf_show_jump(&a.show, slide, 0);
    for (int pass = 0; pass <= refresh; pass++) {
        if (pass) { /* as after SDL_RENDER_TARGETS_RESET */
            SDL_Event e = {.type = SDL_RENDER_TARGETS_RESET};
            kf_app_event(&a, &e, t);
        }
        KF_CHECK_INT(kf_plat_frame_begin(&d), 0);
        KF_CHECK_INT(kf_app_draw(&a, t), 0);
        KF_CHECK_INT(kf_plat_frame_end(&d), 0);
    }
    copy = SDL_ConvertSurfaceFormat(d.surface, SDL_PIXELFORMAT_ARGB8888, 0);
    kf_app_free(&a);
    kf_plat_close(&d);
    return copy;
}

int main(void)
{
    if (TTF_Init() != 0) return 1;
    /* small sizes keep it quick under qemu; 1080x1920 once */
    static const int sizes[][2] = {{640, 360}, {1920, 1080}};
    static const int rots[] = {90, 180, 270};
    for (size_t z = 0; z < 2; z++) {
        int ow = sizes[z][0], oh = sizes[z][1];
        for (size_t r = 0; r < 3; r++) {
            int rot = rots[r], turned = rot != 180;
            int fw, fh, uw, uh, slide = (int)(r * 7) % kf_figures.n_slides;
            SDL_Surface *t = draw(ow, oh, rot, slide, z == 0, &fw, &fh);
            SDL_Surface *u = draw(turned ? oh : ow, turned ? ow : oh, 0, slide, 0, &uw, &uh);
            if (!t || !u) {
                SDL_FreeSurface(t), SDL_FreeSurface(u);
                continue;
            }
            KF_CHECK(fw == uw && fh == uh, "rotate %d at %dx%d: frame %dx%d, want %dx%d", rot, ow,
                     oh, fw, fh, uw, uh);
            KF_CHECK(t->w == ow && t->h == oh, "rotate %d: output %dx%d", rot, t->w, t->h);
            long differ = 0;
            for (int y = 0; y < oh && fw == uw; y++)
                for (int x = 0; x < ow; x++) {
                    /* output pixel (x, y) shows frame pixel (fx, fy), turned clockwise */
                    int fx = rot == 90 ? y : rot == 180 ? fw - 1 - x : fw - 1 - y;
                    int fy = rot == 90 ? fh - 1 - x : rot == 180 ? fh - 1 - y : x;
                    if (px(t, x, y) != px(u, fx, fy)) differ++;
                }
            KF_CHECK(differ == 0, "rotate %d at %dx%d: %ld pixels are not the upright frame's", rot,
                     ow, oh, differ);
            SDL_FreeSurface(t), SDL_FreeSurface(u);
        }
    }
    /* portrait: a 1920x1080 output turned 90 lays out 1080x1920, portrait */
    {
        kf_display d;
        char err[256];
        if (kf_plat_open_headless_rotated(1920, 1080, 90, &d, err, sizeof err) == 0) {
            KF_CHECK(d.w == 1080 && d.h == 1920, "frame %dx%d", d.w, d.h);
            kf_frame f;
            kf_layout_frame(d.w, d.h, &f);
            KF_CHECK(f.portrait, "1080x1920 is not laid out as portrait");
            kf_plat_close(&d);
        } else {
            KF_CHECK(0, "%s", err);
        }
    }
    TTF_Quit();
    SDL_Quit();
    return kf_check_done();
}
