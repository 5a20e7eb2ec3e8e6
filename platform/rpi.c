/* rpi.c - the Raspberry Pi backend: SDL's KMSDRM video driver with its
 * OpenGL ES 2 renderer, straight on the console (no X11, no Wayland).
 *
 * PLATFORM: Raspberry Pi 2, 3, 4, 5, Zero 2 W (and any KMS console) under
 *   Raspberry Pi OS Lite (Debian 12 based), 32- or 64-bit, with the
 *   vc4-kms-v3d overlay (the default since Bullseye).
 * LIMITATIONS: always fullscreen (KMSDRM has no windows: --windowed is
 *   logged and ignored); SDL ignores the kernel's panel rotation (the
 *   `video=...,rotate=` argument), so --rotate is how a turned screen is
 *   served; SDL cannot keep the console from blanking: the screen saver
 *   call is a logged no-op, and the install sets consoleblank=0 instead;
 *   SDL 2.26 does not follow a monitor re-plugged with another mode until
 *   it reports the new size, then the frame follows (platform.c).
 * CONFIGURATION: the display's current mode is asked for explicitly (not
 *   0x0, which some SDL releases turn into the first mode of the list);
 *   SDL_HINT_VIDEO_DOUBLE_BUFFER=1 (SDL's KMSDRM page-flip wait has no
 *   timeout with triple buffering); vsync on; cursor hidden.
 * DEPENDENCIES: libsdl2-2.0-0 built with KMSDRM (Debian's and Raspberry Pi
 *   OS's are), libgbm1, libdrm2, Mesa's GLES (libgles2, libegl1); the user
 *   in the groups video, render (/dev/dri) and input. */
#include <signal.h>
#include <stdio.h>
#include <string.h>

#include "backend.h"

static int rpi_open(const kf_plat_config *cfg, const kf_plat_choice *ch, kf_display *d, char *err,
                    size_t errlen)
{
    SDL_DisplayMode mode;
    const char *drv = ch->video_driver ? ch->video_driver : "kmsdrm";

    signal(SIGINT, SIG_DFL); /* SDL turns them into SDL_QUIT (see desktop.c) */
    signal(SIGTERM, SIG_DFL);
    SDL_SetHint(SDL_HINT_VIDEODRIVER, drv);
    SDL_SetHint(SDL_HINT_RENDER_DRIVER, ch->render_driver ? ch->render_driver : "opengles2");
    SDL_SetHint(SDL_HINT_VIDEO_DOUBLE_BUFFER, "1");
    SDL_SetHint(SDL_HINT_RENDER_VSYNC, "1");
    SDL_SetHint(SDL_HINT_QUIT_ON_LAST_WINDOW_CLOSE, "0");
    if (cfg->windowed) kf_plat_log("DISPLAY", "%s has no windows: --windowed ignored", drv);
    if (SDL_InitSubSystem(SDL_INIT_VIDEO) != 0) {
        snprintf(err, errlen,
                 "DISPLAY: no display available on %s (%s); is the user in the "
                 "groups video and render, and is the vc4-kms-v3d overlay on?",
                 drv, SDL_GetError());
        return KF_PLAT_NO_DISPLAY;
    }
    d->driver = SDL_GetCurrentVideoDriver();
    if (SDL_GetCurrentDisplayMode(0, &mode) != 0) goto error;
    d->window = SDL_CreateWindow("keyfig", SDL_WINDOWPOS_UNDEFINED, SDL_WINDOWPOS_UNDEFINED, mode.w,
                                 mode.h, SDL_WINDOW_FULLSCREEN);
    if (!d->window) goto error;
    if (SDL_SetWindowDisplayMode(d->window, &mode) != 0) goto error;
    d->renderer = SDL_CreateRenderer(d->window, -1,
                                     SDL_RENDERER_ACCELERATED | SDL_RENDERER_PRESENTVSYNC |
                                         SDL_RENDERER_TARGETTEXTURE);
    if (!d->renderer) {
        kf_plat_log("DISPLAY", "no %s renderer (%s): drawing in software",
                    ch->render_driver ? ch->render_driver : "opengles2", SDL_GetError());
        d->renderer = SDL_CreateRenderer(d->window, -1, SDL_RENDERER_SOFTWARE);
    }
    if (!d->renderer) goto error;
    SDL_RendererInfo info;
    if (SDL_GetRendererInfo(d->renderer, &info) == 0)
        d->vsync = (info.flags & SDL_RENDERER_PRESENTVSYNC) && strcmp(info.name, "software") != 0;
    SDL_ShowCursor(SDL_DISABLE);
    kf_plat_log("DISPLAY",
                "%s mode %dx%d@%dHz; console blanking is the kernel's "
                "(consoleblank=0 keeps it off)",
                d->driver, mode.w, mode.h, mode.refresh_rate);
    return KF_PLAT_OK;

error:
    snprintf(err, errlen, "DISPLAY: cannot open the %s display: %s", drv, SDL_GetError());
    kf_backend_close_window(d);
    return KF_PLAT_ERROR;
}

const kf_backend kf_backend_rpi = {
    .name = "rpi",
    .open = rpi_open,
    .close = kf_backend_close_window,
};
