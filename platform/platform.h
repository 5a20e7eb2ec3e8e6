/* platform.h - the whole contract between keyfig's app and the machine.
 *
 * The app draws with an SDL_Renderer it gets from here and never looks
 * past it: which video driver runs (X11, Wayland, KMSDRM, none), fullscreen,
 * the cursor, the screen saver, rotation for a screen mounted turned, and
 * where log lines go are all this layer's. Backends (SDL driver-table
 * style, chosen by platform/board.c): platform/desktop.c (X11/Wayland, and
 * any driver named by --driver), platform/rpi.c (KMSDRM + OpenGL ES 2 on a
 * Raspberry Pi's console), platform/headless.c (a software renderer on a surface, no
 * video driver at all: --export and the tests). Only one display is open
 * at a time: the platform keeps it in one static struct. */
#ifndef KF_PLATFORM_H
#define KF_PLATFORM_H
#include <SDL.h>
#include <stddef.h>
#include <stdint.h>

typedef struct kf_plat_config {
    int windowed;       /* a window instead of fullscreen                */
    int width, height;  /* window size; 0 = the default                  */
    const char *driver; /* SDL video driver by name, or NULL to choose   */
    int rotate;         /* 0, 90, 180, 270: the frame is drawn turned this
                           many degrees clockwise (a screen mounted turned
                           as many degrees counter-clockwise)            */
} kf_plat_config;

typedef struct kf_display kf_display;
struct kf_display {
    SDL_Window *window;     /* NULL when headless                          */
    SDL_Renderer *renderer; /* what the app draws with                     */
    SDL_Surface *surface;   /* headless: the pixels the renderer draws on  */
    int w, h;               /* the frame the app lays out, after rotation  */
    int vsync;              /* 1 if presenting waits for the display       */
    const char *driver;     /* the video driver in use ("headless" if none) */
    /* Called with every frame as it is presented, after rotation and before
     * the present (the renderer's output holds the frame): the frame
     * recorder's hook (record.h); NULL in the kiosk. */
    void (*on_present)(void *ctx, kf_display *d);
    void *present_ctx;
};

/* Opens the kiosk display: initialises SDL's video, picks the driver (the
 * config's, else SDL_VIDEODRIVER's, else kmsdrm + opengles2 on a Raspberry
 * Pi with no display server, else SDL's choice), opens a fullscreen
 * (or windowed) window with a renderer, hides the cursor in fullscreen and
 * keeps the screen saver off. If SDL could only open a display that shows
 * nothing (its offscreen or dummy driver, when not asked for by name),
 * fails with KF_PLAT_NO_DISPLAY. Returns 0, or a KF_PLAT_* error with one
 * line in err; nothing is left open on failure. */
int kf_plat_open(const kf_plat_config *cfg, kf_display *out, char *err, size_t errlen);

/* Opens a headless display of w x h: a software renderer drawing on a
 * 32-bit ARGB surface, with no video driver. Same contract. */
int kf_plat_open_headless(int w, int h, kf_display *out, char *err, size_t errlen);

/* The same, with the frame turned by rotate (0, 90, 180, 270 degrees
 * clockwise, as --rotate) onto the w x h surface: d->w, d->h are then the
 * upright frame the app lays out (h x w for 90 and 270), and the surface
 * holds the turned picture after kf_plat_frame_end. */
int kf_plat_open_headless_rotated(int w, int h, int rotate, kf_display *out, char *err,
                                  size_t errlen);

enum { KF_PLAT_OK = 0, KF_PLAT_ERROR = -1, KF_PLAT_NO_DISPLAY = -2 };

/* Closes what kf_plat_open* opened; safe on a zeroed display. */
void kf_plat_close(kf_display *d);

/* Starts a frame: the app draws on the renderer until kf_plat_frame_end.
 * Returns 0 or -1 (log it; the frame is skipped). */
int kf_plat_frame_begin(kf_display *d);

/* Ends a frame: rotates it into place if asked, hands it to d->on_present
 * if set, presents it. */
int kf_plat_frame_end(kf_display *d);

/* The output changed size or lost its textures (a resize, a re-plugged
 * monitor, SDL_RENDER_TARGETS_RESET/DEVICE_RESET): re-reads the size into
 * d->w, d->h and rebuilds the platform's own textures. Returns 0 or -1. */
int kf_plat_refresh(kf_display *d);

/* The renderer is lost for good (SDL_RENDER_DEVICE_RESET: a GPU reset, a
 * lost GL context): destroys d->renderer with every texture made with it
 * (the caller destroys its own first) and makes a new one of the same
 * driver and flags on the same window; headless, on a new w x h surface if
 * w, h > 0 differ from the surface's (0: the same). Then re-reads the size
 * as kf_plat_refresh. Returns 0, or -1 with one line in err (d->renderer
 * may then be NULL: nothing can be drawn until a renew succeeds). */
int kf_plat_renew(kf_display *d, int w, int h, char *err, size_t errlen);

/* Lets the platform see event e first: returns 1 if it was the platform's
 * own (a video driver's event, such as X RANDR's screen change with no
 * window manager, after which the window follows the screen and SDL sends
 * SDL_WINDOWEVENT_SIZE_CHANGED), so the app ignores it; else 0. */
int kf_plat_event(kf_display *d, const SDL_Event *e);

/* Puts the display into power saving (on 0) or wakes it (on 1), for the
 * opening hours: DPMS on X11, the connectors' DPMS property on KMSDRM
 * (platform/power.c; verify on hardware). Where that cannot be done
 * (Wayland, Xvfb, headless) the screen only stays black; the first time,
 * one log line says why. Returns 0 if the display was switched, else -1. */
int kf_plat_power(kf_display *d, int on);

/* 1 if the kernel says the wall clock is synchronised, else 0: adjtimex's
 * maximum error is below 16 s (the test of systemd's timedatectl; it is
 * 16 s, with STA_UNSYNC, until NTP through chrony or systemd-timesyncd has
 * set the clock). A Raspberry Pi up to the 4 has no real-time clock: after
 * boot its time may be days off until then. 0 too if adjtimex is refused. */
int kf_plat_clock_synced(void);

/* Milliseconds from an arbitrary start, monotonic. */
uint64_t kf_plat_now_ms(void);

/* Logs one line "keyfig: SUBSYSTEM: message" where the platform's logs go
 * (standard error: the journal under systemd). */
void kf_plat_log(const char *subsystem, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

#endif
