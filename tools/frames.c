/* frames.c - kf_frames: a slide's arrival as the running kiosk shows it,
 * frame by frame, for a person to look at (tools/frames runs it).
 *
 * Usage: kf_frames SLIDE WxH DIR [--every N]
 *
 * Runs the kiosk's own main loop on a virtual clock (app/show/record.h) on a
 * headless WxH display, from slide SLIDE-1 (1-based; the last slide for 1)
 * through the transition into SLIDE and its count-up, and writes every
 * presented frame from 100 ms before the transition to 200 ms after the
 * count-up's end as DIR/NNN-tMMMM.png (MMMM: ms from the transition's start;
 * with --every N, every Nth frame), then DIR/sheet.png: the frames
 * side by side, a quarter of their size each, their times under them (the
 * first frames of the fade-out, the empty middle, the fade-in, the count-up,
 * the settled slide). Exit status 0, 1 on a failure (said on stderr), 2 on
 * bad usage. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app.h"
#include "pngout.h"
#include "record.h"

#define MAX_SHEET 120

typedef struct dump {
    const char *dir;
    int every, seen, written, failed;
    uint64_t from, to, trans; /* the window to write, the transition's start */
    SDL_Surface *sheet[MAX_SHEET];
    int64_t sheet_t[MAX_SHEET];
    int n_sheet;
} dump;

static void on_presented(void *ctx, kf_recorder *r)
{
    dump *d = ctx;
    char path[4096], err[256];
    if (r->now < d->from || r->now > d->to || d->failed) return;
    if (d->seen++ % d->every) return;
    int64_t t = (int64_t)r->now - (int64_t)d->trans;
    snprintf(path, sizeof path, "%s/%03d-t%+05lld.png", d->dir, d->written, (long long)t);
    if (kf_png_write(r->frame, path, err, sizeof err) != 0) {
        fprintf(stderr, "kf_frames: %s\n", err);
        d->failed = 1;
        return;
    }
    d->written++;
    if (d->n_sheet < MAX_SHEET) {
        SDL_Surface *small = SDL_CreateRGBSurfaceWithFormat(0, r->frame->w / 4, r->frame->h / 4, 32,
                                                            SDL_PIXELFORMAT_ARGB8888);
        if (small && SDL_BlitScaled(r->frame, NULL, small, NULL) == 0) {
            d->sheet[d->n_sheet] = small;
            d->sheet_t[d->n_sheet++] = t;
        } else {
            SDL_FreeSurface(small);
        }
    }
}

/* The contact sheet: the kept frames in rows of 6, each with its time. */
static int write_sheet(dump *d, kf_text *text, char *err, size_t errlen)
{
    if (!d->n_sheet) return 0;
    int cw = d->sheet[0]->w, ch = d->sheet[0]->h, label = ch / 8 > 14 ? ch / 8 : 14;
    int cols = d->n_sheet < 6 ? d->n_sheet : 6, rows = (d->n_sheet + cols - 1) / cols;
    SDL_Surface *sheet = SDL_CreateRGBSurfaceWithFormat(
        0, cols * (cw + 8) + 8, rows * (ch + label + 8) + 8, 32, SDL_PIXELFORMAT_ARGB8888);
    SDL_Renderer *r = sheet ? SDL_CreateSoftwareRenderer(sheet) : NULL;
    int rc = -1;
    if (!r) goto done;
    SDL_SetRenderDrawColor(r, 40, 40, 40, 255);
    SDL_RenderClear(r);
    for (int i = 0; i < d->n_sheet; i++) {
        int x = 8 + (i % cols) * (cw + 8), y = 8 + (i / cols) * (ch + label + 8);
        SDL_Texture *frame = SDL_CreateTextureFromSurface(r, d->sheet[i]);
        SDL_RenderCopy(r, frame, NULL, &(SDL_Rect){x, y, cw, ch});
        SDL_DestroyTexture(frame);
        char caption[32];
        int w, h;
        snprintf(caption, sizeof caption, "%+lld ms", (long long)d->sheet_t[i]);
        SDL_Texture *t = kf_text_render(text, r, KF_FONT_REGULAR, label * 3 / 4, caption,
                                        strlen(caption), &w, &h, NULL);
        if (t) SDL_RenderCopy(r, t, NULL, &(SDL_Rect){x, y + ch + 1, w, h});
        SDL_DestroyTexture(t);
    }
    char path[4096];
    snprintf(path, sizeof path, "%s/sheet.png", d->dir);
    rc = kf_png_write(sheet, path, err, errlen);
done:
    if (rc != 0 && !err[0]) snprintf(err, errlen, "sheet: %s", SDL_GetError());
    if (r) SDL_DestroyRenderer(r);
    SDL_FreeSurface(sheet);
    return rc;
}

int main(int argc, char **argv)
{
    int slide, w, h;
    dump d = {.every = 1};
    if (argc < 4 || sscanf(argv[1], "%d", &slide) != 1 || slide < 1 ||
        slide > kf_figures.n_slides || sscanf(argv[2], "%dx%d", &w, &h) != 2 ||
        (argc == 6 && (strcmp(argv[4], "--every") || (d.every = atoi(argv[5])) < 1)) ||
        (argc != 4 && argc != 6)) {
        fprintf(stderr, "usage: kf_frames SLIDE(1-%d) WxH DIR [--every N]\n", kf_figures.n_slides);
        return 2;
    }
    d.dir = argv[3];
    char err[512] = "";
    if (kf_png_make_dirs(d.dir, err, sizeof err) != 0) {
        fprintf(stderr, "kf_frames: %s\n", err);
        return 1;
    }
    kf_display disp;
    kf_app a;
    int start = (slide - 2 + kf_figures.n_slides) % kf_figures.n_slides;
    uint64_t t0 = 100000;
    if (kf_plat_open_headless(w, h, &disp, err, sizeof err) != 0 ||
        kf_app_init(&a, &kf_figures, &disp, start, 0, 0, t0, err, sizeof err) != 0) {
        fprintf(stderr, "kf_frames: %s\n", err);
        return 1;
    }
    /* the start slide counts up and dwells; then the transition */
    d.trans = t0 + (uint64_t)kf_show_dwell(&a.show, start);
    d.from = d.trans - 100;
    d.to = d.trans + KF_TRANSITION_MS + KF_COUNTUP_MS + 200;
    kf_recorder r = {.app = &a, .now = t0, .end = d.to + 1, .ctx = &d, .presented = on_presented};
    int rc = kf_record_run(&r) != 0 || d.failed;
    if (r.err[0]) fprintf(stderr, "kf_frames: %s\n", r.err);
    if (!rc && write_sheet(&d, a.text, err, sizeof err) != 0) {
        fprintf(stderr, "kf_frames: %s\n", err);
        rc = 1;
    }
    if (!rc)
        printf("kf_frames: slide %d (%s) at %dx%d: %d frames and sheet.png in %s\n", slide,
               kf_figures.slides[slide - 1].key, w, h, d.written, d.dir);
    for (int i = 0; i < d.n_sheet; i++) SDL_FreeSurface(d.sheet[i]);
    kf_record_free(&r);
    kf_app_free(&a);
    kf_plat_close(&disp);
    SDL_Quit();
    return rc;
}
