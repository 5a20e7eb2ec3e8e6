/* render.c - drawing a frame's parts with SDL_Renderer (see render.h). */
#include "render.h"

#include <stdio.h>
#include <string.h>

#include <math.h>

#define KF_PI 3.14159265358979323846 /* C11 has no KF_PI */

#include "chart.h"
#include "numfmt.h"
#include "theme.h"

static SDL_Rect sdl(kf_rect k) { return (SDL_Rect){k.x, k.y, k.w, k.h}; }

void kf_draw_log_clear(kf_draw_log *log)
{
    if (log) log->n = 0, log->lost = 0;
}

void kf_draw_log_free(kf_draw_log *log)
{
    if (!log) return;
    SDL_free(log->ops);
    memset(log, 0, sizeof *log);
}

static void record(kf_draw_log *log, kf_draw_op op)
{
    if (!log) return;
    if (log->n == log->cap) {
        int cap = log->cap ? log->cap * 2 : 128;
        kf_draw_op *ops = SDL_realloc(log->ops, (size_t)cap * sizeof *ops);
        if (!ops) {
            log->lost++;
            return;
        }
        log->ops = ops, log->cap = cap;
    }
    log->ops[log->n++] = op;
}

/* A piece's colour alpha (0..255) at content opacity alpha (0..255). */
static Uint8 scale_alpha(Uint8 a, int alpha) { return (Uint8)((a * alpha + 127) / 255); }

/* Draws number d of piece p: its glyphs from the left edge of the final
 * number's box, one cell per glyph. Every count-up text has the final's
 * shape (kf_num_countup), so each glyph stays in its cell from the first
 * frame to the last. */
static int draw_number(SDL_Renderer *r, const kf_digits *d, const kf_piece *p, Uint8 a,
                       double countup, kf_draw_op *op)
{
    size_t len = kf_digits_text(d, countup, op->text, sizeof op->text);
    int x = p->dst.x, rc = 0;

    for (size_t i = 0; i < len;) {
        size_t n;
        int g = kf_digit_index(op->text + i, &n);
        i += n;
        if (g < 0 || !d->tex[g]) continue;
        int h = d->src_h < d->h[g] - d->src_y ? d->src_h : d->h[g] - d->src_y;
        SDL_Rect src = {0, d->src_y, d->w[g], h > 0 ? h : 0};
        SDL_Rect dst = {x, p->dst.y, d->w[g], src.h};
        SDL_SetTextureColorMod(d->tex[g], p->color.r, p->color.g, p->color.b);
        SDL_SetTextureAlphaMod(d->tex[g], a);
        rc |= SDL_RenderCopy(r, d->tex[g], &src, &dst);
        x += d->adv[g];
    }
    op->dst = (kf_rect){p->dst.x, p->dst.y, x - p->dst.x, p->dst.h};
    return rc;
}

/* A ring's arc swept over `turn` (0..1) of the circle from 12 o'clock: a
 * fan of textured triangles from the centre to the square's edge, each at
 * most 4 degrees wide (so the chord between two edge points stays outside
 * the ring, which keeps a 2 px margin from the square's sides), showing the
 * arc texture's pixels where they are. */
static int draw_sweep(SDL_Renderer *r, const kf_piece *p, Uint8 a, double turn)
{
    enum { MAX_STEPS = 90 };
    SDL_Vertex v[MAX_STEPS + 2];
    int steps = (int)ceil(turn * MAX_STEPS);
    if (steps < 1) return 0;
    double half = p->dst.w / 2.0, cx = p->dst.x + half, cy = p->dst.y + half;
    /* the tint goes on the vertices; the texture's own modulation is set
     * neutral so it cannot apply twice */
    SDL_Color c = {p->color.r, p->color.g, p->color.b, a};
    SDL_SetTextureColorMod(p->tex, 255, 255, 255);
    SDL_SetTextureAlphaMod(p->tex, 255);
    v[0] = (SDL_Vertex){{(float)cx, (float)cy}, c, {0.5f, 0.5f}};
    for (int i = 0; i <= steps; i++) {
        double ang = -KF_PI / 2 + 2 * KF_PI * turn * i / steps;
        double dx = cos(ang), dy = sin(ang);
        double m = fabs(dx) > fabs(dy) ? fabs(dx) : fabs(dy);
        double x = dx / m * 0.5, y = dy / m * 0.5; /* on the square's edge, in texture units */
        v[i + 1] = (SDL_Vertex){{(float)(cx + x * p->dst.w), (float)(cy + y * p->dst.h)},
                                c,
                                {(float)(0.5 + x), (float)(0.5 + y)}};
    }
    int idx[3 * MAX_STEPS];
    for (int i = 0; i < steps; i++) idx[3 * i] = 0, idx[3 * i + 1] = i + 1, idx[3 * i + 2] = i + 2;
    return SDL_RenderGeometry(r, p->tex, v, steps + 2, idx, 3 * steps);
}

/* Draws shape piece p of scene s: whole, or as much as its number's count
 * shows (chart.h). */
static int draw_shape(SDL_Renderer *r, const kf_scene *s, const kf_piece *p, Uint8 a,
                      double countup, kf_draw_op *op)
{
    double f = p->grow ? kf_chart_fraction(&s->numbers[p->number], countup, p->base) : 1;
    SDL_Rect dst = sdl(p->dst);
    SDL_SetTextureColorMod(p->tex, p->color.r, p->color.g, p->color.b);
    SDL_SetTextureAlphaMod(p->tex, a);
    if (f >= 1 || p->reveal == KF_REVEAL_NONE) return SDL_RenderCopy(r, p->tex, NULL, &dst);
    if (p->reveal == KF_REVEAL_SWEEP) return draw_sweep(r, p, a, f * p->sweep);
    /* a bar: its body up to the count, then its rounded end */
    int w = p->dst.w, h = p->dst.h, rc = 0;
    if (p->reveal == KF_REVEAL_RIGHT) {
        int len = (int)(w * f + 0.5), cap = p->cap < len ? p->cap : len;
        int body = len - cap > 0 ? len - cap : 0, end = len - body;
        SDL_Rect bs = {0, 0, body, h}, bd = {dst.x, dst.y, body, h};
        SDL_Rect es = {w - end, 0, end, h}, ed = {dst.x + body, dst.y, end, h};
        if (body > 0) rc |= SDL_RenderCopy(r, p->tex, &bs, &bd);
        if (end > 0) rc |= SDL_RenderCopy(r, p->tex, &es, &ed);
        op->dst.w = len;
    } else { /* KF_REVEAL_UP */
        int len = (int)(h * f + 0.5), cap = p->cap < len ? p->cap : len;
        int body = len - cap > 0 ? len - cap : 0, end = len - body;
        SDL_Rect bs = {0, h - body, w, body}, bd = {dst.x, dst.y + h - body, w, body};
        SDL_Rect es = {0, 0, w, end}, ed = {dst.x, dst.y + h - len, w, end};
        if (body > 0) rc |= SDL_RenderCopy(r, p->tex, &bs, &bd);
        if (end > 0) rc |= SDL_RenderCopy(r, p->tex, &es, &ed);
        op->dst = (kf_rect){dst.x, dst.y + h - len, w, len};
    }
    return rc;
}

int kf_render_scene(SDL_Renderer *r, const kf_scene *s, const kf_scene *other, int alpha,
                    double countup, kf_draw_log *log)
{
    int rc = 0;

    for (int i = 0; i < s->n_pieces; i++) {
        const kf_piece *p = &s->pieces[i];
        int twin = other && kf_scene_has_twin(other, p);
        Uint8 a = scale_alpha(p->color.a, twin ? 255 : alpha);
        kf_draw_op op = {.slide = s->slide,
                         .piece = i,
                         .kind = p->kind,
                         .dst = p->dst,
                         .alpha = twin ? 255 : alpha,
                         .twin = twin};
        if (a == 0) continue;
        SDL_Rect dst = sdl(p->dst);
        switch (p->kind) {
        case KF_PIECE_RECT:
            if (p->grow) {
                const kf_digits *d = &s->numbers[p->number];
                char text[40];
                kf_digits_text(d, countup, text, sizeof text);
                double full = kf_num_magnitude(d->final), v = kf_num_magnitude(text);
                dst.w = full > 0 ? (int)(dst.w * (v < full ? v / full : 1) + 0.5) : dst.w;
                op.dst.w = dst.w;
            }
            if (dst.w <= 0) continue;
            /* opaque: a plain fill, no blending (software renderers care) */
            SDL_SetRenderDrawBlendMode(r, a == 255 ? SDL_BLENDMODE_NONE : SDL_BLENDMODE_BLEND);
            SDL_SetRenderDrawColor(r, p->color.r, p->color.g, p->color.b, a);
            rc |= SDL_RenderFillRect(r, &dst);
            break;
        case KF_PIECE_TEXT: {
            SDL_Rect src = sdl(p->src);
            SDL_SetTextureColorMod(p->tex, p->color.r, p->color.g, p->color.b);
            SDL_SetTextureAlphaMod(p->tex, a);
            rc |= SDL_RenderCopy(r, p->tex, p->src.w ? &src : NULL, &dst);
            break;
        }
        case KF_PIECE_NUMBER:
            rc |= draw_number(r, &s->numbers[p->number], p, a, countup, &op);
            break;
        case KF_PIECE_SHAPE: rc |= draw_shape(r, s, p, a, countup, &op); break;
        }
        record(log, op);
    }
    return rc;
}

int kf_render_progress(SDL_Renderer *r, const kf_frame *f, const kf_parts *parts, int lit,
                       kf_draw_log *log)
{
    static const SDL_Color track = KF_PROGRESS_TRACK, done = KF_PROGRESS_DONE, on = KF_DOT_ON;
    kf_rect bars[KF_PARTS_MAX], names[KF_PARTS_MAX];
    int rc = 0, place, cur;

    if (parts->n < 1) return 0;
    cur = kf_parts_find(parts, lit, &place);
    kf_layout_parts(f, parts->n, bars, names);
    for (int i = 0; i < parts->n; i++) {
        kf_rect b = bars[i];
        int filled = i < cur ? b.w : i > cur ? 0 : (int)((long)b.w * place / parts->count[i]);
        SDL_Color c = i < cur ? done : on;
        kf_rect pieces[2] = {{b.x, b.y, filled, b.h}, {b.x + filled, b.y, b.w - filled, b.h}};
        SDL_Color colors[2] = {c, track};
        for (int k = 0; k < 2; k++) {
            if (pieces[k].w <= 0) continue;
            SDL_Rect rect = sdl(pieces[k]);
            SDL_SetRenderDrawBlendMode(r, colors[k].a == 255 ? SDL_BLENDMODE_NONE
                                                             : SDL_BLENDMODE_BLEND);
            SDL_SetRenderDrawColor(r, colors[k].r, colors[k].g, colors[k].b, colors[k].a);
            rc |= SDL_RenderFillRect(r, &rect);
            record(log, (kf_draw_op){.slide = KF_DRAW_PROGRESS,
                                     .piece = 2 * i + k,
                                     .kind = KF_PIECE_RECT,
                                     .dst = pieces[k],
                                     .alpha = colors[k].a});
        }
    }
    return rc;
}
