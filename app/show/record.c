/* record.c - the kiosk loop on a virtual clock, every presented frame
 * copied and handed on (see record.h). */
#include "record.h"

#include <stdio.h>
#include <string.h>

#include "run.h"

static uint64_t rec_now(void *ctx) { return ((kf_recorder *)ctx)->now; }

/* The wall clock (ms), running with the virtual one. */
static int64_t rec_wall(void *ctx)
{
    kf_recorder *r = ctx;
    return r->wall_at_0 + (int64_t)r->now;
}

static void rec_notify(void *ctx, const char *state)
{
    kf_recorder *r = ctx;
    r->notify(r->ctx, r, state);
}

static int rec_synced(void *ctx)
{
    kf_recorder *r = ctx;
    return r->now >= r->synced_from;
}

static void rec_power(void *ctx, int on)
{
    kf_recorder *r = ctx;
    if (r->power) r->power(r->ctx, r, on);
}

/* Lets virtual time pass to `until` with the screen unchanged. */
static void pass(kf_recorder *r, uint64_t until)
{
    if (until <= r->now) return;
    r->still = !kf_show_animating(&r->app->show, r->now);
    if (r->waits) r->waits(r->ctx, r, until);
    r->now = until;
}

static int rec_wait(void *ctx, SDL_Event *e, int timeout_ms)
{
    kf_recorder *r = ctx;
    uint64_t until = r->now + (uint64_t)(timeout_ms > 0 ? timeout_ms : 0);

    if (r->now >= r->end || r->err[0]) { /* time is up: quit, as SIGTERM does */
        if (r->quit_sent) return 0;
        r->quit_sent = 1;
        *e = (SDL_Event){.type = SDL_QUIT};
        return 1;
    }
    if (until > r->end) until = r->end;
    while (r->next_input < r->n_inputs && r->inputs[r->next_input].at <= until) {
        const kf_rec_input *in = &r->inputs[r->next_input++];
        pass(r, in->at);
        if (in->kind == KF_REC_EVENT) {
            *e = in->event;
            return 1;
        }
        if (in->kind == KF_REC_CLOCK) { /* set: the loop sees it when it wakes */
            r->wall_at_0 = in->wall_s * 1000 - (int64_t)r->now;
            continue;
        }
        pass(r, r->now + in->ms); /* stopped: the loop comes back late */
        return 0;
    }
    pass(r, until);
    return 0;
}

/* The display's present hook: the frame becomes the screen. */
static void rec_present(void *ctx, kf_display *d)
{
    kf_recorder *r = ctx;
    int w, h;

    if (d->surface) w = d->surface->w, h = d->surface->h;
    else if (SDL_GetRendererOutputSize(d->renderer, &w, &h) != 0) w = h = 0;
    if (!r->frame || r->frame->w != w || r->frame->h != h) {
        SDL_FreeSurface(r->frame);
        r->frame =
            w > 0 ? SDL_CreateRGBSurfaceWithFormat(0, w, h, 32, SDL_PIXELFORMAT_ARGB8888) : NULL;
    }
    int rc = -1;
    if (r->frame && d->surface)
        rc = SDL_ConvertPixels(w, h, d->surface->format->format, d->surface->pixels,
                               d->surface->pitch, SDL_PIXELFORMAT_ARGB8888, r->frame->pixels,
                               r->frame->pitch);
    else if (r->frame)
        rc = SDL_RenderReadPixels(d->renderer, NULL, SDL_PIXELFORMAT_ARGB8888, r->frame->pixels,
                                  r->frame->pitch);
    if (rc != 0) {
        snprintf(r->err, sizeof r->err, "RECORD: cannot copy the frame at %llu ms: %s",
                 (unsigned long long)r->now, SDL_GetError());
        return;
    }
    if (d->vsync) { /* the present waits for the next refresh */
        uint64_t period = KF_REC_REFRESH_MS;
        pass(r, (r->now / period + 1) * period);
    }
    r->frame_at = r->now;
    r->presented_frames++;
    if (r->presented) r->presented(r->ctx, r);
}

int kf_record_run(kf_recorder *r)
{
    kf_loop_io io = {.ctx = r,
                     .now = rec_now,
                     .wait = rec_wait,
                     .hours = r->hours,
                     .wall = rec_wall,
                     .power = rec_power,
                     .synced = rec_synced,
                     .notify = r->notify ? rec_notify : NULL};
    kf_display *d = r->app->display;

    r->err[0] = '\0';
    r->next_input = 0, r->quit_sent = 0;
    r->wall_at_0 = r->wall_s * 1000 - (int64_t)r->now;
    d->on_present = rec_present, d->present_ctx = r;
    r->app->log = &r->log;
    kf_run_loop(r->app, &io, r->now);
    d->on_present = NULL, d->present_ctx = NULL;
    r->app->log = NULL;
    return r->err[0] ? -1 : 0;
}

void kf_record_free(kf_recorder *r)
{
    SDL_FreeSurface(r->frame);
    r->frame = NULL;
    kf_draw_log_free(&r->log);
}
