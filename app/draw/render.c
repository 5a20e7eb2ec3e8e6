/* render.c - drawing a frame's parts with SDL_Renderer (see render.h). */
#include "render.h"

#include <stdio.h>
#include <string.h>

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

/* The last part's value of a number's text ("4.5—5" -> 5), 0 if none. */
static double magnitude(const char *text)
{
    kf_number n;
    return kf_num_parse(text, &n) == 0 ? n.value[n.n_parts - 1] : 0;
}

/* Draws number d of piece p: its glyphs from the left edge of the final
 * number's box, one cell per glyph. Every count-up text has the final's
 * shape (kf_num_countup), so each glyph stays in its cell from the first
 * frame to the last. */
static int draw_number(SDL_Renderer *r, const kf_digits *d, const kf_piece *p, Uint8 a,
                       double countup, kf_draw_op *op)
{
    size_t len = kf_num_countup(d->final, d->counts ? countup : 1, op->text, sizeof op->text);
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
                kf_num_countup(d->final, d->counts ? countup : 1, text, sizeof text);
                double full = magnitude(d->final), v = magnitude(text);
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
        }
        record(log, op);
    }
    return rc;
}

int kf_render_progress(SDL_Renderer *r, const kf_frame *f, int n, int lit, kf_draw_log *log)
{
    static const SDL_Color off = KF_DOT, on = KF_DOT_ON;
    kf_rect box = f->progress;
    int rc = 0;

    if (n < 2) return 0;
    /* one short segment per slide, the lit one taller and gold */
    float pitch = f->u * 1.6f;
    if (pitch * n > box.w) pitch = (float)box.w / n;
    float gap = pitch * 0.3f > 1 ? pitch * 0.3f : 1;
    float width = pitch * n - gap;
    float x0 = f->portrait ? box.x + (box.w - width) / 2 : box.x + box.w - width;
    float thin = f->u * 0.35f > 1 ? f->u * 0.35f : 1, thick = f->u * 0.9f > 2 ? f->u * 0.9f : 2;
    float cy = f->portrait ? box.y + box.h / 2.0f : box.y + box.h - f->u * 1.2f;

    /* whole pixels: every renderer fills them alike (a fractional edge is
     * rounded by the software renderer, blended by a GPU's rasteriser) */
    SDL_SetRenderDrawBlendMode(r, SDL_BLENDMODE_BLEND);
    for (int i = 0; i < n; i++) {
        float h = i == lit ? thick : thin;
        SDL_Color c = i == lit ? on : off;
        int left = (int)(x0 + pitch * i + 0.5f), right = (int)(x0 + pitch * (i + 1) - gap + 0.5f);
        int top = (int)(cy - h / 2 + 0.5f), bottom = (int)(cy + h / 2 + 0.5f);
        SDL_Rect seg = {left, top, right > left ? right - left : 1,
                        bottom > top ? bottom - top : 1};
        SDL_SetRenderDrawColor(r, c.r, c.g, c.b, c.a);
        rc |= SDL_RenderFillRect(r, &seg);
        record(log, (kf_draw_op){.slide = KF_DRAW_PROGRESS,
                                 .piece = i,
                                 .kind = KF_PIECE_RECT,
                                 .dst = {seg.x, seg.y, seg.w, seg.h},
                                 .alpha = c.a});
    }
    return rc;
}
