/* desktop.c - the desktop backend: SDL's own choice of video driver (X11 or
 * Wayland on a desktop session), or the one named by --driver or
 * SDL_VIDEODRIVER (board.c chooses); fullscreen at the desktop's mode, cursor hidden, screen
 * saver off, an accelerated renderer with vsync (software as a fallback).
 *
 * LIMITATIONS: SDL 2.26 with no display silently falls back to its
 * "offscreen" driver, which renders to nowhere: that, and "dummy", count as
 * no display unless asked for by name. */
#include <glob.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>

#include "backend.h"
#include "x11screen.h"

/* 1 if driver was asked for by name (--driver, SDL_VIDEODRIVER). */
static int asked_for(const kf_plat_choice *ch, const char *driver)
{
    return ch->video_driver && strcmp(ch->video_driver, driver) == 0;
}

/* 1 if the machine has a GPU render node. Without one, OpenGL is Mesa's
 * llvmpipe: 50+ MiB and a third of a second to start, for slides SDL's
 * software renderer draws as well. */
static int has_gpu(void)
{
    glob_t g;
    int found = glob("/dev/dri/renderD*", 0, NULL, &g) == 0 && g.gl_pathc > 0;
    globfree(&g);
    return found;
}

/* The index of SDL's software render driver, -1 (any) if it has none. */
static int software_index(void)
{
    for (int i = 0; i < SDL_GetNumRenderDrivers(); i++) {
        SDL_RendererInfo info;
        if (SDL_GetRenderDriverInfo(i, &info) == 0 && !strcmp(info.name, "software")) return i;
    }
    return -1;
}

/* The backend's own state. */
static struct {
    int fullscreen_pending; /* frames to present before asking for fullscreen */
} desktop;

static int desktop_open(const kf_plat_config *cfg, const kf_plat_choice *ch, kf_display *d,
                        char *err, size_t errlen)
{
    /* SIGTERM and SIGINT end the kiosk cleanly: SDL turns them into
     * SDL_QUIT, but only if they are at their defaults, and a shell starts
     * background jobs with SIGINT ignored */
    signal(SIGINT, SIG_DFL);
    signal(SIGTERM, SIG_DFL);
    if (ch->video_driver) SDL_SetHint(SDL_HINT_VIDEODRIVER, ch->video_driver);
    if (ch->render_driver) SDL_SetHint(SDL_HINT_RENDER_DRIVER, ch->render_driver);
    /* only signals end the kiosk: closing its window does not */
    SDL_SetHint(SDL_HINT_QUIT_ON_LAST_WINDOW_CLOSE, "0");
    SDL_SetHint(SDL_HINT_VIDEO_ALLOW_SCREENSAVER, "0");
    SDL_SetHint(SDL_HINT_VIDEO_X11_NET_WM_BYPASS_COMPOSITOR, "1");
    if (SDL_InitSubSystem(SDL_INIT_VIDEO) != 0) {
        snprintf(err, errlen,
                 "DISPLAY: no display available (%s); use --export DIR to render "
                 "the slides to PNG files",
                 SDL_GetError());
        return KF_PLAT_NO_DISPLAY;
    }
    const char *drv = SDL_GetCurrentVideoDriver();
    if (!drv || ((!strcmp(drv, "offscreen") || !strcmp(drv, "dummy")) && !asked_for(ch, drv))) {
        snprintf(err, errlen,
                 "DISPLAY: no display available (SDL found only its \"%s\" driver); "
                 "use --export DIR to render the slides to PNG files",
                 drv ? drv : "none");
        SDL_QuitSubSystem(SDL_INIT_VIDEO);
        return KF_PLAT_NO_DISPLAY;
    }
    d->driver = drv;

    /* no GPU and no renderer asked for: stay off GL altogether, also for
     * the window's framebuffer */
    int gpu = has_gpu() || SDL_GetHint(SDL_HINT_RENDER_DRIVER);
    if (!gpu) SDL_SetHint(SDL_HINT_FRAMEBUFFER_ACCELERATION, "0");

    Uint32 flags = SDL_WINDOW_ALLOW_HIGHDPI;
    int w = cfg->width ? cfg->width : 1280, h = cfg->height ? cfg->height : 720;
    SDL_Rect screen;
    if (cfg->windowed) {
        flags |= SDL_WINDOW_RESIZABLE;
    } else {
        /* a borderless window of the screen's size first, made fullscreen
         * once the first frames are on screen: an X server with no window
         * manager (xinit keyfig, Xvfb) never answers a fullscreen request,
         * and SDL waits 100 ms for the answer; the window already covers
         * the screen either way, and the slides show meanwhile */
        flags |= SDL_WINDOW_BORDERLESS;
        desktop.fullscreen_pending = 2; /* frames to present first */
        if (SDL_GetDisplayBounds(0, &screen) == 0) w = screen.w, h = screen.h;
    }
    d->window =
        SDL_CreateWindow("keyfig", SDL_WINDOWPOS_CENTERED, SDL_WINDOWPOS_CENTERED, w, h, flags);
    if (!d->window) goto error;
    char gpu_err[160] = "";
    if (gpu) {
        d->renderer = SDL_CreateRenderer(d->window, -1,
                                         SDL_RENDERER_ACCELERATED | SDL_RENDERER_PRESENTVSYNC |
                                             SDL_RENDERER_TARGETTEXTURE);
        if (!d->renderer) snprintf(gpu_err, sizeof gpu_err, "%s", SDL_GetError());
    }
    if (!d->renderer) /* no GPU: the software renderer draws the same slides */
        d->renderer = SDL_CreateRenderer(d->window, software_index(), SDL_RENDERER_SOFTWARE);
    if (!d->renderer) {
        /* SDL's own words for this are "Couldn't find matching render
         * driver" whatever failed; asking its software driver by index
         * gives the reason (out of memory for the window's pixels...) */
        snprintf(err, errlen, "DISPLAY: cannot draw in the %dx%d window on %s: %s%s%s%s", w, h, drv,
                 gpu_err[0] ? "accelerated renderer: " : "", gpu_err,
                 gpu_err[0] ? "; software renderer: " : "software renderer: ", SDL_GetError());
        kf_backend_close_window(d);
        return KF_PLAT_ERROR;
    }
    SDL_RendererInfo info;
    if (SDL_GetRendererInfo(d->renderer, &info) == 0)
        /* the software renderer may report vsync but never waits */
        d->vsync = (info.flags & SDL_RENDERER_PRESENTVSYNC) && strcmp(info.name, "software") != 0;
    if (!cfg->windowed) SDL_ShowCursor(SDL_DISABLE);
    SDL_DisableScreenSaver();
    /* a bare X server: keyfig follows the screen's mode itself, and the
     * window stays out of SDL's fullscreen state, which would pin its size
     * to the bounds SDL read at start (x11screen.h) */
    if (!cfg->windowed && !strcmp(drv, "x11") && kf_x11_follow_start(d->window)) {
        desktop.fullscreen_pending = 0;
        kf_plat_log("DISPLAY", "no window manager: the window follows the screen's mode itself");
    }
    return KF_PLAT_OK;

error:
    snprintf(err, errlen, "DISPLAY: cannot open a%s window on %s: %s",
             cfg->windowed ? "" : " fullscreen", drv, SDL_GetError());
    kf_backend_close_window(d);
    return KF_PLAT_ERROR;
}

static void desktop_close(kf_display *d)
{
    desktop.fullscreen_pending = 0;
    kf_x11_follow_stop();
    kf_backend_close_window(d);
}

static void desktop_presented(kf_display *d)
{
    if (!desktop.fullscreen_pending || --desktop.fullscreen_pending) return;
    if (SDL_SetWindowFullscreen(d->window, SDL_WINDOW_FULLSCREEN_DESKTOP) != 0)
        kf_plat_log("DISPLAY", "fullscreen refused (%s): staying a screen-sized window",
                    SDL_GetError());
}

static int desktop_event(kf_display *d, const SDL_Event *e)
{
    return kf_x11_follow_event(d->window, e);
}

const kf_backend kf_backend_desktop = {
    .name = "desktop",
    .open = desktop_open,
    .close = desktop_close,
    .presented = desktop_presented,
    .event = desktop_event,
};
