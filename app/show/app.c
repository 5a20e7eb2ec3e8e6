/* app.c - the show on a display: scenes, frames, events (see app.h). */
#include "app.h"

#include <stdio.h>
#include <string.h>

#include "dwell.h"
#include "numfmt.h"

int kf_app_init(kf_app *a, const kf_table *table, kf_display *d, int start, int default_dwell_ms,
                int windowed, uint64_t now, char *err, size_t errlen)
{
    memset(a, 0, sizeof *a);
    a->table = table, a->display = d, a->windowed = windowed;
    a->chrome.slide = -1;
    for (int i = 0; i < KF_APP_SCENES; i++) a->scenes[i].slide = -1;
    a->dwell_ms = SDL_calloc((size_t)table->n_slides, sizeof *a->dwell_ms);
    a->text = kf_text_open(err, errlen);
    if (!a->dwell_ms || !a->text) {
        if (!a->dwell_ms) snprintf(err, errlen, "APP: out of memory");
        kf_app_free(a);
        return -1;
    }
    kf_text_set_units(a->text, table->units);
    for (int i = 0; i < table->n_slides; i++)
        a->dwell_ms[i] = kf_dwell_ms(&table->slides[i], default_dwell_ms);
    kf_show_init(&a->show, table->n_slides, start, default_dwell_ms, a->dwell_ms, now);
    a->build = (kf_build){.text = a->text, .r = d->renderer, .table = table};
    kf_parts_of(table, &a->build.parts);
    a->running = 1, a->dirty = 1, a->rebuild = 1;
    return 0;
}

static void free_scenes(kf_app *a)
{
    kf_scene_free(&a->chrome);
    for (int i = 0; i < KF_APP_SCENES; i++) kf_scene_free(&a->scenes[i]);
}

void kf_app_free(kf_app *a)
{
    free_scenes(a);
    kf_text_close(a->text);
    SDL_free(a->dwell_ms);
    memset(a, 0, sizeof *a);
}

/* Lays out for the display's size; drops every scene. */
static void relayout(kf_app *a)
{
    char err[256];
    free_scenes(a);
    kf_layout_frame(a->display->w, a->display->h, &a->build.f);
    a->build.r = a->display->renderer;
    if (kf_draw_chrome(&a->build, &a->chrome, err, sizeof err) != 0) kf_plat_log("APP", "%s", err);
    a->rebuild = 0, a->build_failed_logged = 0;
}

/* The built scene of slide i, or NULL (not built, or failed). */
static const kf_scene *built(const kf_app *a, int slide)
{
    for (int i = 0; i < KF_APP_SCENES; i++)
        if (a->scenes[i].slide == slide) return a->scenes[i].n_pieces ? &a->scenes[i] : NULL;
    return NULL;
}

/* The scene of slide `slide`, built if needed into a free slot, else into
 * one holding none of the slides the show or view needs (keep, or the show's
 * current and next). */
static const kf_scene *scene(kf_app *a, int slide, int keep)
{
    char err[256];
    int slot = -1;

    if (slide < 0 || slide >= a->table->n_slides) return NULL;
    if (a->rebuild) relayout(a);
    for (int i = 0; i < KF_APP_SCENES; i++)
        if (a->scenes[i].slide == slide) return a->scenes[i].n_pieces ? &a->scenes[i] : NULL;
    for (int i = 0; i < KF_APP_SCENES && slot < 0; i++)
        if (a->scenes[i].slide < 0) slot = i;
    for (int i = 0; i < KF_APP_SCENES && slot < 0; i++) {
        int s = a->scenes[i].slide;
        if (s != a->show.current && s != a->show.next && s != keep) slot = i;
    }
    if (slot < 0) slot = 0;
    kf_scene_free(&a->scenes[slot]);
    a->builds++;
    if (kf_draw_slide(&a->build, slide, &a->scenes[slot], err, sizeof err) != 0) {
        if (!a->build_failed_logged) kf_plat_log("APP", "%s", err);
        a->build_failed_logged = 1;
        a->scenes[slot].slide = slide; /* remember the failure until relayout */
        return NULL;
    }
    return &a->scenes[slot];
}

const kf_scene *kf_app_scene(kf_app *a, int slide) { return scene(a, slide, -1); }

int kf_app_renew(kf_app *a, int w, int h)
{
    char err[256];
    free_scenes(a); /* while their renderer still exists */
    a->rebuild = 1, a->dirty = 1;
    if (kf_plat_renew(a->display, w, h, err, sizeof err) != 0) {
        kf_plat_log("APP", "%s", err);
        return -1;
    }
    a->build.r = a->display->renderer;
    return 0;
}

int kf_app_prepare(kf_app *a, const kf_view *v)
{
    int rc = 0;
    if (a->rebuild) relayout(a);
    if (v->slide >= 0 && !scene(a, v->slide, v->other)) rc = -1;
    if (v->other >= 0 && !scene(a, v->other, v->slide)) rc = -1;
    return rc;
}

int kf_app_draw_view(kf_app *a, const kf_view *v)
{
    SDL_Renderer *r = a->display->renderer;
    const kf_scene *s = built(a, v->slide), *other = built(a, v->other);
    int rc = 0;

    kf_draw_log_clear(a->log);
    /* the chrome starts with the background, which covers every pixel */
    rc |= kf_render_scene(r, &a->chrome, NULL, 255, 1, a->log);
    if (s) rc |= kf_render_scene(r, s, other, v->alpha, v->countup, a->log);
    rc |= kf_render_progress(r, &a->build.f, &a->build.parts, v->progress, a->log);
    return rc;
}

int kf_app_draw(kf_app *a, uint64_t now)
{
    kf_view v;
    kf_show_view(&a->show, now, &v);
    kf_app_prepare(a, &v);
    return kf_app_draw_view(a, &v);
}

/* What a frame of view v shows, as a number: two views with the same key
 * draw the same pixels from the same scenes (FNV-1a 64 over the view and
 * the text of every number it draws). */
static uint64_t view_key(const kf_app *a, const kf_view *v)
{
    uint64_t h = 1469598103934665603u;
    int fields[4] = {v->slide, v->other, v->alpha, v->progress};
    const unsigned char *p = (const unsigned char *)fields;
    for (size_t i = 0; i < sizeof fields; i++) h = (h ^ p[i]) * 1099511628211u;
    const kf_scene *s = built(a, v->slide);
    for (int i = 0; s && i < s->n_numbers; i++) {
        char text[40];
        const kf_digits *d = &s->numbers[i];
        size_t n = kf_digits_text(d, v->countup, text, sizeof text);
        for (size_t k = 0; k <= n; k++) h = (h ^ (unsigned char)text[k]) * 1099511628211u;
    }
    return h;
}

uint64_t kf_app_frame(kf_app *a, uint64_t now)
{
    kf_view v;

    if (kf_show_update(&a->show, now)) a->dirty = 1;
    kf_show_view(&a->show, now, &v);
    kf_app_prepare(a, &v);
    uint64_t key = view_key(a, &v);
    int presented = a->dirty || key != a->shown_key;
    if (presented) {
        if (kf_plat_frame_begin(a->display) != 0 || kf_app_draw_view(a, &v) != 0)
            kf_plat_log("APP", "frame incomplete: %s", SDL_GetError());
        kf_plat_frame_end(a->display);
        a->frames++;
        a->dirty = 0;
        a->shown_key = key;
    }
    uint64_t due = kf_show_due(&a->show, now);
    if (kf_show_animating(&a->show, now)) {
        /* a present with vsync has waited for the display already; without
         * one (or with nothing presented) the next frame is a frame away */
        uint64_t frame = now + (a->display->vsync && presented ? 0 : KF_FRAME_MS);
        return frame < due ? frame : due;
    }
    /* still: have the next slide ready before its transition starts */
    if (a->table->n_slides > 1) kf_app_scene(a, (a->show.current + 1) % a->table->n_slides);
    return due;
}

int kf_app_blank(kf_app *a)
{
    SDL_Renderer *r = a->display->renderer;
    int rc = kf_plat_frame_begin(a->display) != 0 || !r ||
             SDL_SetRenderDrawColor(r, 0, 0, 0, 255) != 0 || SDL_RenderClear(r) != 0;
    if (rc) kf_plat_log("APP", "black frame incomplete: %s", SDL_GetError());
    kf_plat_frame_end(a->display);
    a->frames++;
    a->dirty = 0;
    a->shown_key = 0; /* no slide's view: the next frame is drawn */
    return rc ? -1 : 0;
}

void kf_app_restart(kf_app *a, uint64_t now)
{
    kf_show_jump(&a->show, 0, now);
    a->dirty = 1;
}

static int is_quit_key(const kf_app *a, const SDL_KeyboardEvent *k)
{
    SDL_Keymod m = (SDL_Keymod)k->keysym.mod;
    if (k->keysym.sym == SDLK_q && (m & KMOD_CTRL) && (m & KMOD_ALT)) return 1;
    return a->windowed && (k->keysym.sym == SDLK_ESCAPE || k->keysym.sym == SDLK_q);
}

void kf_app_event(kf_app *a, const SDL_Event *e, uint64_t now)
{
    if (kf_plat_event(a->display, e)) return; /* the platform's own */
    switch (e->type) {
    case SDL_QUIT: /* SIGTERM, SIGINT */ a->running = 0; break;
    case SDL_KEYDOWN:
        if (is_quit_key(a, &e->key)) a->running = 0;
        else if (a->windowed && e->key.keysym.sym == SDLK_RIGHT)
            kf_show_goto(&a->show, a->show.current + 1, now);
        else if (a->windowed && e->key.keysym.sym == SDLK_LEFT)
            kf_show_goto(&a->show, a->show.current - 1, now);
        a->dirty = 1;
        break;
    case SDL_WINDOWEVENT:
        if (e->window.event == SDL_WINDOWEVENT_CLOSE && a->windowed) a->running = 0;
        else if (e->window.event == SDL_WINDOWEVENT_SIZE_CHANGED ||
                 e->window.event == SDL_WINDOWEVENT_DISPLAY_CHANGED) {
            if (kf_plat_refresh(a->display) != 0)
                kf_plat_log("DISPLAY", "cannot follow the new size: %s", SDL_GetError());
            a->rebuild = 1;
        }
        a->dirty = 1; /* exposed, shown, moved: draw again */
        break;
    case SDL_RENDER_TARGETS_RESET:
    case SDL_RENDER_DEVICE_RESET:
        /* the device is gone: a new renderer, every texture made again */
        kf_app_renew(a, 0, 0);
        break;
    default: break;
    }
}
