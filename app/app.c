/* app.c - the show on a display: scenes, frames, events (see app.h). */
#include "app.h"

#include <stdio.h>
#include <string.h>

#include "render.h"

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
    for (int i = 0; i < table->n_slides; i++) a->dwell_ms[i] = table->slides[i].dwell_ms;
    kf_show_init(&a->show, table->n_slides, start, default_dwell_ms, a->dwell_ms, now);
    a->build = (kf_build){.text = a->text, .r = d->renderer, .table = table};
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

const kf_scene *kf_app_scene(kf_app *a, int slide)
{
    char err[256];
    int slot = -1;

    if (slide < 0 || slide >= a->table->n_slides) return NULL;
    if (a->rebuild) relayout(a);
    for (int i = 0; i < KF_APP_SCENES; i++)
        if (a->scenes[i].slide == slide) return a->scenes[i].n_pieces ? &a->scenes[i] : NULL;
    /* a free slot, else one holding neither the current nor the next slide */
    for (int i = 0; i < KF_APP_SCENES && slot < 0; i++)
        if (a->scenes[i].slide < 0) slot = i;
    for (int i = 0; i < KF_APP_SCENES && slot < 0; i++)
        if (a->scenes[i].slide != a->show.current && a->scenes[i].slide != a->show.next) slot = i;
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

/* Ease in and out, for the transition. */
static double smooth(double t) { return t * t * (3 - 2 * t); }

int kf_app_draw(kf_app *a, uint64_t now)
{
    SDL_Renderer *r = a->display->renderer;
    const kf_show *s = &a->show;
    double t = kf_show_transition(s, now);
    int rc = 0;

    if (a->rebuild) relayout(a);
    const kf_scene *cur = kf_app_scene(a, s->current);
    const kf_scene *next = s->next >= 0 ? kf_app_scene(a, s->next) : NULL;
    int u = (int)(a->build.f.u + 0.5f);

    /* the chrome starts with the background, which covers every pixel */
    rc |= kf_render_scene(r, &a->chrome, 1, 0, 1);
    if (t < 0) {
        if (cur) rc |= kf_render_scene(r, cur, 1, 0, kf_show_countup(s, s->current, now));
    } else {
        double e = smooth(t);
        /* the old slide lifts and fades, the new one rises into place */
        if (cur) rc |= kf_render_scene(r, cur, (float)(1 - e), (int)(-2 * u * e), 1);
        if (next)
            rc |= kf_render_scene(r, next, (float)e, (int)(3 * u * (1 - e)),
                                  kf_show_countup(s, s->next, now));
    }
    rc |= kf_render_progress(r, &a->build.f, a->table->n_slides, s->current, s->next, t);
    return rc;
}

uint64_t kf_app_frame(kf_app *a, uint64_t now)
{
    if (kf_show_update(&a->show, now)) a->dirty = 1;
    int animating = kf_show_animating(&a->show, now);
    if (animating || a->dirty || a->rebuild) {
        if (kf_plat_frame_begin(a->display) != 0 || kf_app_draw(a, now) != 0)
            kf_plat_log("APP", "frame incomplete: %s", SDL_GetError());
        kf_plat_frame_end(a->display);
        a->frames++;
        a->dirty = 0;
        animating = kf_show_animating(&a->show, now);
    }
    if (animating) return 0;
    /* still: have the next slide ready before its transition starts */
    if (a->table->n_slides > 1) kf_app_scene(a, (a->show.current + 1) % a->table->n_slides);
    return kf_show_wait_ms(&a->show, now);
}

static int is_quit_key(const kf_app *a, const SDL_KeyboardEvent *k)
{
    SDL_Keymod m = (SDL_Keymod)k->keysym.mod;
    if (k->keysym.sym == SDLK_q && (m & KMOD_CTRL) && (m & KMOD_ALT)) return 1;
    return a->windowed && (k->keysym.sym == SDLK_ESCAPE || k->keysym.sym == SDLK_q);
}

void kf_app_event(kf_app *a, const SDL_Event *e, uint64_t now)
{
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
        /* every texture is gone or garbage: rebuild them all */
        if (kf_plat_refresh(a->display) != 0)
            kf_plat_log("DISPLAY", "cannot rebuild after a reset: %s", SDL_GetError());
        a->rebuild = 1, a->dirty = 1;
        break;
    default: break;
    }
}
