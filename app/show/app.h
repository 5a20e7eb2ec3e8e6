/* app.h - the running show: the slides' scenes for the current output, the
 * rotation state, one frame, one event. The main loop (run.c) and the
 * tests drive it with a clock of their choosing: time is always passed in.
 *
 * A frame follows one path, in order: the show is advanced to now, its view
 * (slides.h) is taken, the scenes that view needs are built (once per
 * slide and output size), the frame is composed from those cached scenes,
 * and presented. A frame is presented only when it would differ from the
 * one on screen (or the screen needs one: an expose, a resize, a reset), so
 * whenever the loop sleeps, the screen holds the view of that moment.
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
#include "render.h"
#include "scene.h"
#include "slides.h"

#define KF_APP_SCENES 3
#define KF_FRAME_MS   16 /* animation frames without vsync: about 60 a second */

typedef struct kf_app {
    const kf_table *table;
    kf_display *display;
    kf_text *text;
    kf_build build;
    kf_show show;
    int *dwell_ms;                  /* per slide (kf_dwell_ms)          */
    kf_scene chrome;                /* the header shared by all slides  */
    kf_scene scenes[KF_APP_SCENES]; /* slide -1: free slot              */
    int windowed;
    int running; /* 0 once asked to quit                 */
    int dirty;   /* the next frame must be drawn         */
    int rebuild; /* scenes must be rebuilt first         */
    int build_failed_logged;
    uint64_t shown_key;   /* what the frame on screen shows (view_key) */
    kf_draw_log *log;     /* NULL, or where the drawing calls of the last
                             frame are recorded (the tests')          */
    unsigned long frames; /* frames presented                    */
    unsigned long builds; /* scenes built                        */
} kf_app;

/* Sets up the show on an open display, starting at slide start at time
 * now. Each slide stays its own dwell, else default_dwell_ms if > 0
 * (--dwell), else its reading time (content/dwell.h). Returns 0, or -1 with
 * a message in err (nothing left allocated). */
int kf_app_init(kf_app *a, const kf_table *table, kf_display *d, int start, int default_dwell_ms,
                int windowed, uint64_t now, char *err, size_t errlen);

/* Frees scenes, fonts and tables (the display stays open). */
void kf_app_free(kf_app *a);

/* Advances the show to now and presents a frame if the view of now differs
 * from the frame on screen or the screen needs one. Returns the time (ms,
 * the clock of now) at which to call again: while an animation runs, the
 * next frame's time (now + KF_FRAME_MS; now itself when a frame was just
 * presented with vsync, which waited for the display) or the animation's
 * next boundary if sooner, so its last frame is drawn exactly when it ends; while still, the next
 * scheduled change (UINT64_MAX: none). */
uint64_t kf_app_frame(kf_app *a, uint64_t now);

/* Presents one black frame (the screen outside the opening hours) and
 * remembers that the screen holds no slide, so the next kf_app_frame draws
 * one. Returns 0, or -1 if drawing failed (logged). */
int kf_app_blank(kf_app *a);

/* Starts the show again at the first slide at time now, with no
 * transition (the screen comes back on): its count-up and dwell start
 * then. */
void kf_app_restart(kf_app *a, uint64_t now);

/* Handles one event at time now: quit, keys, output changes. */
void kf_app_event(kf_app *a, const SDL_Event *e, uint64_t now);

/* Builds what view v needs (its slide's scene and the other slide's) if
 * not built yet for this output. Returns 0, or -1 if a scene could not be
 * built (logged once; the frame is then drawn without it). */
int kf_app_prepare(kf_app *a, const kf_view *v);

/* Composes view v onto the display from the built scenes (no build, no
 * present). Returns 0, or -1 if a drawing call failed. */
int kf_app_draw_view(kf_app *a, const kf_view *v);

/* The view at now, prepared and composed (no present): for the export and
 * the tests. */
int kf_app_draw(kf_app *a, uint64_t now);

/* The scene of slide i, built if needed; NULL if it cannot be built (logged
 * once; the frame is then drawn without it). */
const kf_scene *kf_app_scene(kf_app *a, int slide);

/* A new renderer (kf_plat_renew: headless, on a w x h surface if w, h > 0):
 * every scene and texture destroyed first, all rebuilt for the next frame.
 * What SDL_RENDER_DEVICE_RESET does; the soak test also calls it to change
 * a headless output's size. Returns 0, or -1 after logging why. */
int kf_app_renew(kf_app *a, int w, int h);

#endif
