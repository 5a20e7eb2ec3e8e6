/* platform.c - the backend table (picked by board.c), the one open
 * display's private state, frames (with rotation through a render target),
 * the clock and the log. */
#include "platform.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <sys/timex.h>

#include "backend.h"
#include "power.h"
#include "board.h"

/* The windowed backends; board.c's choice names one of them. */
static const kf_backend *const backends[] = {
    &kf_backend_desktop, /* X11, Wayland, any driver named       */
    &kf_backend_rpi,     /* KMSDRM + OpenGL ES 2 on the console  */
};

static struct {
    const kf_backend *backend; /* NULL when headless              */
    int rotate;
    SDL_Texture *target; /* the unrotated frame when rotate != 0 */
    int out_w, out_h;    /* the output's size (before rotation)  */
    int dpms_state;      /* power.h's *state: -1 unknown         */
    int power_logged;    /* "no power saving" said once          */
} plat = {.dpms_state = -1};

void kf_plat_log(const char *subsystem, const char *fmt, ...)
{
    char line[1024];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(line, sizeof line, fmt, ap);
    va_end(ap);
    fprintf(stderr, "keyfig: %s: %s\n", subsystem, line);
}

uint64_t kf_plat_now_ms(void) { return SDL_GetTicks64(); }

/* Sizes the frame from the output and (re)creates the rotation target. */
static int size_frame(kf_display *d)
{
    if (d->window) {
        if (SDL_GetRendererOutputSize(d->renderer, &plat.out_w, &plat.out_h) != 0) return -1;
    } else {
        plat.out_w = d->surface->w, plat.out_h = d->surface->h;
    }
    int turned = plat.rotate == 90 || plat.rotate == 270;
    d->w = turned ? plat.out_h : plat.out_w;
    d->h = turned ? plat.out_w : plat.out_h;
    /* after a device reset the old target is garbage: always made anew */
    if (plat.target) SDL_DestroyTexture(plat.target), plat.target = NULL;
    if (plat.rotate) {
        plat.target = SDL_CreateTexture(d->renderer, SDL_PIXELFORMAT_ARGB8888,
                                        SDL_TEXTUREACCESS_TARGET, d->w, d->h);
        if (!plat.target) return -1;
    }
    return 0;
}

int kf_plat_open(const kf_plat_config *cfg, kf_display *out, char *err, size_t errlen)
{
    memset(out, 0, sizeof *out);
    plat.rotate = cfg->rotate;
    /* the appliance writes nothing while it runs: no Mesa shader cache in
     * $HOME/.cache (Mesa's disk cache, which its GL drivers fill with every
     * shader compiled; keyfig compiles SDL's few at start) */
    setenv("MESA_SHADER_CACHE_DISABLE", "true", 1);
    kf_board b;
    kf_board_detect("/", SDL_getenv("DISPLAY"), SDL_getenv("WAYLAND_DISPLAY"), &b);
    kf_plat_choice ch = kf_board_choose(&b, cfg->driver, SDL_getenv("SDL_VIDEODRIVER"));
    plat.backend = backends[0];
    for (size_t i = 0; i < sizeof backends / sizeof backends[0]; i++)
        if (!strcmp(backends[i]->name, ch.backend)) plat.backend = backends[i];
    int rc = plat.backend->open(cfg, &ch, out, err, errlen);
    if (rc != KF_PLAT_OK) {
        plat.backend = NULL;
        return rc;
    }
    if (size_frame(out) != 0) {
        snprintf(err, errlen, "DISPLAY: cannot size the frame: %s", SDL_GetError());
        kf_plat_close(out);
        return KF_PLAT_ERROR;
    }
    SDL_RendererInfo info;
    if (SDL_GetRendererInfo(out->renderer, &info) != 0) info.name = "?";
    kf_plat_log("DISPLAY",
                "%s driver, %s renderer, %dx%d%s, rotated %d, vsync %s (%s backend: "
                "%s; %s)",
                out->driver, info.name, plat.out_w, plat.out_h,
                cfg->windowed ? " windowed" : " fullscreen", plat.rotate, out->vsync ? "on" : "off",
                plat.backend->name, b.model[0] ? b.model : "no device tree model", ch.why);
    return KF_PLAT_OK;
}

int kf_plat_open_headless(int w, int h, kf_display *out, char *err, size_t errlen)
{
    return kf_plat_open_headless_rotated(w, h, 0, out, err, errlen);
}

int kf_plat_open_headless_rotated(int w, int h, int rotate, kf_display *out, char *err,
                                  size_t errlen)
{
    memset(out, 0, sizeof *out);
    plat.backend = NULL;
    plat.rotate = rotate;
    int rc = kf_backend_headless_open(w, h, out, err, errlen);
    if (rc != KF_PLAT_OK) return rc;
    if (size_frame(out) != 0) {
        snprintf(err, errlen, "DISPLAY: cannot make the %dx%d rotation target: %s", out->w, out->h,
                 SDL_GetError());
        kf_plat_close(out);
        return KF_PLAT_ERROR;
    }
    return KF_PLAT_OK;
}

void kf_plat_close(kf_display *d)
{
    if (plat.target) SDL_DestroyTexture(plat.target), plat.target = NULL;
    if (d->window && plat.backend) plat.backend->close(d);
    else if (d->renderer || d->surface) kf_backend_headless_close(d);
    plat.backend = NULL;
    memset(d, 0, sizeof *d);
}

void kf_backend_close_window(kf_display *d)
{
    if (d->renderer) SDL_DestroyRenderer(d->renderer);
    if (d->window) SDL_DestroyWindow(d->window);
    d->renderer = NULL, d->window = NULL;
    SDL_QuitSubSystem(SDL_INIT_VIDEO);
}

int kf_plat_frame_begin(kf_display *d) { return SDL_SetRenderTarget(d->renderer, plat.target); }

int kf_plat_frame_end(kf_display *d)
{
    int rc = 0;
    if (plat.target) {
        /* the frame was drawn upright; turn it onto the output */
        SDL_Rect dst = {(plat.out_w - d->w) / 2, (plat.out_h - d->h) / 2, d->w, d->h};
        rc |= SDL_SetRenderTarget(d->renderer, NULL);
        rc |= SDL_SetRenderDrawColor(d->renderer, 0, 0, 0, 255);
        rc |= SDL_RenderClear(d->renderer);
        rc |= SDL_RenderCopyEx(d->renderer, plat.target, NULL, &dst, plat.rotate, NULL,
                               SDL_FLIP_NONE);
    }
    if (d->on_present) d->on_present(d->present_ctx, d);
    if (d->window) SDL_RenderPresent(d->renderer);
    if (d->window && plat.backend && plat.backend->presented) plat.backend->presented(d);
    return rc;
}

int kf_plat_refresh(kf_display *d) { return size_frame(d); }

/* The index of the render driver called name, -1 (any) if none is. */
static int render_driver(const char *name)
{
    for (int i = 0; i < SDL_GetNumRenderDrivers(); i++) {
        SDL_RendererInfo info;
        if (SDL_GetRenderDriverInfo(i, &info) == 0 && !strcmp(info.name, name)) return i;
    }
    return -1;
}

int kf_plat_renew(kf_display *d, int w, int h, char *err, size_t errlen)
{
    SDL_RendererInfo info = {.name = "software", .flags = SDL_RENDERER_SOFTWARE};
    char name[32];
    if (d->renderer) SDL_GetRendererInfo(d->renderer, &info);
    snprintf(name, sizeof name, "%s", info.name);
    /* the platform's rotation target goes with the renderer */
    if (plat.target) SDL_DestroyTexture(plat.target), plat.target = NULL;
    if (d->renderer) SDL_DestroyRenderer(d->renderer), d->renderer = NULL;
    if (!d->window) { /* headless: a surface of the new size */
        if (w > 0 && h > 0 && (!d->surface || d->surface->w != w || d->surface->h != h)) {
            SDL_FreeSurface(d->surface);
            d->surface = SDL_CreateRGBSurfaceWithFormat(0, w, h, 32, SDL_PIXELFORMAT_ARGB8888);
        }
        d->renderer = d->surface ? SDL_CreateSoftwareRenderer(d->surface) : NULL;
    } else {
        Uint32 flags = info.flags & (SDL_RENDERER_SOFTWARE | SDL_RENDERER_ACCELERATED |
                                     SDL_RENDERER_PRESENTVSYNC | SDL_RENDERER_TARGETTEXTURE);
        d->renderer = SDL_CreateRenderer(d->window, render_driver(name), flags);
    }
    if (!d->renderer || size_frame(d) != 0) {
        snprintf(err, errlen, "DISPLAY: cannot make the %s renderer anew: %s", name,
                 SDL_GetError());
        return -1;
    }
    return 0;
}

int kf_plat_event(kf_display *d, const SDL_Event *e)
{
    if (!d->window || !plat.backend || !plat.backend->event) return 0;
    return plat.backend->event(d, e);
}

int kf_plat_power(kf_display *d, int on)
{
    char why[160];
    int rc = kf_power_set(d->window, on, &plat.dpms_state, why, sizeof why);
    if (rc == KF_POWER_DONE) {
        kf_plat_log("DISPLAY", "power %s", on ? "on" : "saving (DPMS off)");
        return 0;
    }
    if (rc == KF_POWER_FAILED || !plat.power_logged)
        kf_plat_log("DISPLAY", "power %s: %s%s", on ? "on" : "off", why,
                    rc == KF_POWER_UNSUPPORTED ? " (the screen stays black)" : "");
    plat.power_logged = 1;
    return -1;
}

int kf_plat_clock_synced(void)
{
    /* as systemd's timedated (src/basic/time-util.c, ntp_synced): the
     * kernel's maximum error below its 16 s ceiling; STA_UNSYNC alone is
     * not the answer, since chrony keeps it set unless told to sync the RTC
     * (rtcsync) and the kernel sets it again ~9 h after the last update */
    struct timex tx = {0};
    return adjtimex(&tx) != -1 && tx.maxerror < 16000000;
}
