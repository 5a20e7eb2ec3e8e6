/* app.h - the running show: the slides' scenes for the current output, the
 * rotation state, one frame, one event. The main loop (run.c) and the
 * tests drive it with a clock of their choosing: time is always passed in.
 *
 * Scenes are built for the slide on screen and the next one (the next is
 * built while the screen is still, so a transition never waits for text),
 * and rebuilt when the output changes size or loses its textures. */
#ifndef KF_APP_H
#define KF_APP_H
#include <SDL.h>
#include <stdint.h>

#include "draw.h"
#include "figures.h"
#include "platform.h"
#include "scene.h"
#include "slides.h"

#define KF_APP_SCENES 3

typedef struct kf_app {
    const kf_table *table;
    kf_display *display;
    kf_text *text;
    kf_build build;
    kf_show show;
    int *dwell_ms;                  /* per slide, from the table        */
    kf_scene chrome;                /* the header shared by all slides  */
    kf_scene scenes[KF_APP_SCENES]; /* slide -1: free slot              */
    int windowed;
    int running; /* 0 once asked to quit             */
    int dirty;   /* the next frame must be drawn     */
    int rebuild; /* scenes must be rebuilt first     */
    int build_failed_logged;
    unsigned long frames; /* frames drawn                     */
    unsigned long builds; /* scenes built                     */
} kf_app;

/* Sets up the show on an open display, starting at slide start at time
 * now. default_dwell_ms 0 = KF_DWELL_DEFAULT_MS. Returns 0, or -1 with a
 * message in err (nothing left allocated). */
int kf_app_init(kf_app *a, const kf_table *table, kf_display *d, int start, int default_dwell_ms,
                int windowed, uint64_t now, char *err, size_t errlen);

/* Frees scenes, fonts and tables (the display stays open). */
void kf_app_free(kf_app *a);

/* Advances the show to now and draws a frame if anything moved or the
 * screen needs it. Returns the milliseconds the caller may sleep before
 * calling again (0: an animation runs, draw the next frame at once). */
uint64_t kf_app_frame(kf_app *a, uint64_t now);

/* Handles one event at time now: quit, keys, output changes. */
void kf_app_event(kf_app *a, const SDL_Event *e, uint64_t now);

/* Draws the show's state at now onto the display (no present). */
int kf_app_draw(kf_app *a, uint64_t now);

/* The scene of slide i, built if needed; NULL if it cannot be built (logged
 * once; the frame is then drawn without it). */
const kf_scene *kf_app_scene(kf_app *a, int slide);

#endif
