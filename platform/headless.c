/* headless.c - the headless backend: SDL's software renderer drawing on an
 * ARGB surface, with no video driver and no GL, so the same pixels come out
 * on every machine (and under qemu). For --export and the tests. */
#include <stdio.h>

#include "backend.h"

int kf_backend_headless_open(int w, int h, kf_display *d, char *err, size_t errlen)
{
    d->surface = SDL_CreateRGBSurfaceWithFormat(0, w, h, 32, SDL_PIXELFORMAT_ARGB8888);
    if (!d->surface) goto error;
    d->renderer = SDL_CreateSoftwareRenderer(d->surface);
    if (!d->renderer) goto error;
    d->driver = "headless";
    return KF_PLAT_OK;
error:
    snprintf(err, errlen, "DISPLAY: cannot open a %dx%d headless surface: %s", w, h,
             SDL_GetError());
    if (d->surface) SDL_FreeSurface(d->surface), d->surface = NULL;
    return KF_PLAT_ERROR;
}

void kf_backend_headless_close(kf_display *d)
{
    if (d->renderer) SDL_DestroyRenderer(d->renderer);
    if (d->surface) SDL_FreeSurface(d->surface);
}
