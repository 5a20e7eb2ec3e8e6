/* backend.h - what each platform backend provides to platform.c (private
 * to platform/). A windowed backend is a row of platform.c's table, picked
 * by name (board.c decides which); the headless one, which has no video
 * driver, is opened directly. */
#ifndef KF_BACKEND_H
#define KF_BACKEND_H
#include "board.h"
#include "platform.h"

typedef struct kf_backend {
    const char *name;
    /* Opens window + renderer into d with the drivers of ch (w/h are filled
     * by platform.c); returns a KF_PLAT_* code with one line in err; leaves
     * nothing open on failure. */
    int (*open)(const kf_plat_config *cfg, const kf_plat_choice *ch, kf_display *d, char *err,
                size_t errlen);
    void (*close)(kf_display *d);
    /* Optional (NULL): called after every frame presented. */
    void (*presented)(kf_display *d);
    /* Optional (NULL): sees every event first (kf_plat_event); returns 1 if
     * it was the backend's own. */
    int (*event)(kf_display *d, const SDL_Event *e);
} kf_backend;

/* Destroys d's renderer and window (either may be NULL), clears them, and
 * stops SDL's video: the close and the failed-open path of every windowed
 * backend. */
void kf_backend_close_window(kf_display *d);

extern const kf_backend kf_backend_desktop;
extern const kf_backend kf_backend_rpi;

int kf_backend_headless_open(int w, int h, kf_display *d, char *err, size_t errlen);
void kf_backend_headless_close(kf_display *d);

#endif
