/* render.c - drawing a frame's parts with SDL_Renderer (see render.h). */
#include "render.h"

#include <string.h>

#include "numfmt.h"
#include "theme.h"

static SDL_Color mix(SDL_Color a, SDL_Color b, float t)
{
    return (SDL_Color){(Uint8)(a.r + (b.r - a.r) * t), (Uint8)(a.g + (b.g - a.g) * t),
                       (Uint8)(a.b + (b.b - a.b) * t), (Uint8)(a.a + (b.a - a.a) * t)};
}

static SDL_Rect sdl(kf_rect k) { return (SDL_Rect){k.x, k.y, k.w, k.h}; }

static Uint8 scale_alpha(Uint8 a, float alpha)
{
    float v = a * alpha;
    return (Uint8)(v < 0 ? 0 : v > 255 ? 255 : v + 0.5f);
}

static int draw_number(SDL_Renderer *r, const kf_digits *d, const kf_piece *p, float alpha, int dy,
                       double countup)
{
    char text[64];
    size_t len = kf_num_countup(d->final, countup, text, sizeof text);
    int width = 0, rc = 0;

    for (size_t i = 0; i < len;) {
        size_t n;
        int g = kf_digit_index(text + i, &n);
        if (g >= 0 && d->tex[g]) width += d->adv[g];
        i += n;
    }
    /* right-aligned in the final number's box: the digits grow leftwards
     * and the unit after them never moves */
    int x = p->dst.x + p->dst.w - width;
    for (size_t i = 0; i < len;) {
        size_t n;
        int g = kf_digit_index(text + i, &n);
        i += n;
        if (g < 0 || !d->tex[g]) continue;
        int h = d->src_h < d->h[g] - d->src_y ? d->src_h : d->h[g] - d->src_y;
        SDL_Rect src = {0, d->src_y, d->w[g], h > 0 ? h : 0};
        SDL_Rect dst = {x, p->dst.y + dy, d->w[g], src.h};
        SDL_SetTextureColorMod(d->tex[g], p->color.r, p->color.g, p->color.b);
        SDL_SetTextureAlphaMod(d->tex[g], scale_alpha(p->color.a, alpha));
        rc |= SDL_RenderCopy(r, d->tex[g], &src, &dst);
        x += d->adv[g];
    }
    return rc;
}

int kf_render_scene(SDL_Renderer *r, const kf_scene *s, float alpha, int dy, double countup)
{
    int rc = 0;

    if (alpha <= 0) return 0;
    SDL_SetRenderDrawBlendMode(r, SDL_BLENDMODE_BLEND);
    for (int i = 0; i < s->n_pieces; i++) {
        const kf_piece *p = &s->pieces[i];
        SDL_Rect dst = sdl(p->dst);
        dst.y += dy;
        switch (p->kind) {
        case KF_PIECE_RECT:
            if (p->grow) dst.w = (int)(dst.w * (countup < 0 ? 0 : countup > 1 ? 1 : countup) + 0.5);
            if (dst.w <= 0) break;
            Uint8 a = scale_alpha(p->color.a, alpha);
            /* opaque: a plain fill, no blending (software renderers care) */
            SDL_SetRenderDrawBlendMode(r, a == 255 ? SDL_BLENDMODE_NONE : SDL_BLENDMODE_BLEND);
            SDL_SetRenderDrawColor(r, p->color.r, p->color.g, p->color.b, a);
            rc |= SDL_RenderFillRect(r, &dst);
            break;
        case KF_PIECE_TEXT: {
            SDL_Rect src = sdl(p->src);
            SDL_SetTextureColorMod(p->tex, p->color.r, p->color.g, p->color.b);
            SDL_SetTextureAlphaMod(p->tex, scale_alpha(p->color.a, alpha));
            rc |= SDL_RenderCopy(r, p->tex, p->src.w ? &src : NULL, &dst);
            break;
        }
        case KF_PIECE_NUMBER:
            rc |= draw_number(r, &s->numbers[p->number], p, alpha, dy, countup);
            break;
        }
    }
    return rc;
}

int kf_render_progress(SDL_Renderer *r, const kf_frame *f, int n, int current, int next, double t)
{
    static const SDL_Color off = KF_DOT, on = KF_DOT_ON;
    kf_rect box = f->progress;
    int rc = 0;

    if (n < 2) return 0;
    /* one short segment per slide, the current one lit and taller; during
     * a transition the light moves to the next */
    float pitch = f->u * 1.6f;
    if (pitch * n > box.w) pitch = (float)box.w / n;
    float gap = pitch * 0.3f > 1 ? pitch * 0.3f : 1;
    float width = pitch * n - gap;
    float x0 = f->portrait ? box.x + (box.w - width) / 2 : box.x + box.w - width;
    float thin = f->u * 0.35f > 1 ? f->u * 0.35f : 1, thick = f->u * 0.9f > 2 ? f->u * 0.9f : 2;
    float cy = f->portrait ? box.y + box.h / 2.0f : box.y + box.h - f->u * 1.2f;
    float e = t < 0 ? 0 : (float)t;

    SDL_SetRenderDrawBlendMode(r, SDL_BLENDMODE_BLEND);
    for (int i = 0; i < n; i++) {
        float lit = i == current ? 1 - e : (i == next ? e : 0);
        float h = thin + (thick - thin) * lit;
        SDL_Color c = mix(off, on, lit);
        SDL_FRect seg = {x0 + pitch * i, cy - h / 2, pitch - gap, h};
        SDL_SetRenderDrawColor(r, c.r, c.g, c.b, c.a);
        rc |= SDL_RenderFillRectF(r, &seg);
    }
    return rc;
}
