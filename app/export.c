/* export.c - --export DIR: every slide in its final state to a PNG, drawn
 * on the headless display (a software renderer, no video driver), turned
 * as --rotate asks: the picture the turned screen receives. */
#include <stdio.h>
#include <string.h>

#include "app.h"
#include "platform.h"
#include "pngout.h"
#include "run.h"

int kf_run_export(const kf_table *t, const kf_options *o)
{
    int w = o->width ? o->width : 1920, h = o->height ? o->height : 1080;
    kf_display d;
    kf_app a;
    char err[512], path[4096];
    int status = 1;

    if (kf_png_make_dirs(o->export_dir, err, sizeof err) != 0) {
        fprintf(stderr, "keyfig: --export: %s\n", err);
        return 1;
    }
    if (kf_plat_open_headless_rotated(w, h, o->rotate, &d, err, sizeof err) != KF_PLAT_OK) {
        fprintf(stderr, "keyfig: %s\n", err);
        return 1;
    }
    if (kf_app_init(&a, t, &d, 0, 0, 0, 0, err, sizeof err) != 0) {
        fprintf(stderr, "keyfig: %s\n", err);
        goto close;
    }
    status = 0;
    for (int i = 0; i < t->n_slides && status == 0; i++) {
        /* the slide fully shown, its numbers counted to the end */
        kf_show_jump(&a.show, i, 0);
        if (!kf_app_scene(&a, i) || kf_plat_frame_begin(&d) != 0 ||
            kf_app_draw(&a, KF_COUNTUP_MS) != 0 || kf_plat_frame_end(&d) != 0) {
            fprintf(stderr, "keyfig: --export: cannot draw slide %d (%s): %s\n", i + 1,
                    t->slides[i].key, SDL_GetError());
            status = 1;
            break;
        }
        snprintf(path, sizeof path, "%s/%02d-%s.png", o->export_dir, i + 1, t->slides[i].key);
        if (kf_png_write(d.surface, path, err, sizeof err) != 0) {
            fprintf(stderr, "keyfig: --export: cannot write %s\n", err);
            status = 1;
        }
    }
    if (status == 0)
        printf("keyfig: exported %d slides at %dx%d%s to %s\n", t->n_slides, w, h,
               o->rotate == 90    ? " (turned 90 degrees)"
               : o->rotate == 180 ? " (turned 180 degrees)"
               : o->rotate == 270 ? " (turned 270 degrees)"
                                  : "",
               o->export_dir);
    kf_app_free(&a);
close:
    kf_plat_close(&d);
    SDL_Quit();
    return status;
}
