/* board.h - which machine keyfig runs on and, from that, which platform
 * backend and SDL drivers to use (private to platform/, and to its tests).
 *
 * The choice, in order: --driver NAME; else SDL_VIDEODRIVER; else a
 * Raspberry Pi (the device tree's model says so) with no display server
 * (neither DISPLAY nor WAYLAND_DISPLAY set): "kmsdrm" with "opengles2" on
 * the rpi backend; else SDL's default on the desktop backend. Naming
 * "kmsdrm" anywhere also picks the rpi backend (the KMS console one). */
#ifndef KF_BOARD_H
#define KF_BOARD_H
#include <stddef.h>

typedef struct kf_board {
    char model[128]; /* the device tree's model, "" when there is none (a PC) */
    int pi;          /* Raspberry Pi generation (2, 3, 4, 5), 0 when not a Pi,
                        1 for a Pi whose generation is not known          */
    int session;     /* a display server is running (DISPLAY or WAYLAND_DISPLAY) */
} kf_board;

typedef struct kf_plat_choice {
    const char *backend;       /* "desktop" or "rpi"                            */
    const char *video_driver;  /* SDL video driver to ask for; NULL: SDL's own  */
    const char *render_driver; /* SDL render driver to ask for; NULL: SDL's own */
    const char *why;           /* for the log: what decided                     */
} kf_plat_choice;

/* Reads ROOT/proc/device-tree/model (root "/" on the machine itself, a fake
 * tree in the tests) and the session variables given (NULL or "" = unset)
 * into b. Never fails: a missing or unreadable model is a PC. */
void kf_board_detect(const char *root, const char *display, const char *wayland_display,
                     kf_board *b);

/* The backend and drivers for board b, given the --driver value and the
 * SDL_VIDEODRIVER value (NULL or "" = not given). Pure. */
kf_plat_choice kf_board_choose(const kf_board *b, const char *cli_driver, const char *env_driver);

#endif
