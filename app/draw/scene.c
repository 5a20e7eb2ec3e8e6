/* scene.c - the pieces of a built slide and their ownership (see scene.h). */
#include "scene.h"

#include "numfmt.h"

#include <string.h>

int kf_digit_index(const char *s, size_t *len)
{
    *len = 1;
    if (*s >= '0' && *s <= '9') return *s - '0';
    if (*s == '.') return 10;
    if (strncmp(s, "—", strlen("—")) == 0) {
        *len = strlen("—");
        return 11;
    }
    return -1;
}

size_t kf_digits_text(const kf_digits *d, double countup, char *buf, size_t n)
{
    return kf_num_countup_from(d->final, d->start, d->counts ? countup : 1, buf, n);
}

static int same_rect(kf_rect a, kf_rect b)
{
    return a.x == b.x && a.y == b.y && a.w == b.w && a.h == b.h;
}

int kf_piece_twin(const kf_piece *p, const kf_piece *q)
{
    if (p->kind != q->kind || p->kind == KF_PIECE_NUMBER || p->grow || q->grow) return 0;
    return p->key == q->key && same_rect(p->dst, q->dst) && same_rect(p->src, q->src) &&
           p->color.r == q->color.r && p->color.g == q->color.g && p->color.b == q->color.b &&
           p->color.a == q->color.a;
}

int kf_scene_has_twin(const kf_scene *s, const kf_piece *p)
{
    for (int i = 0; s && i < s->n_pieces; i++)
        if (kf_piece_twin(&s->pieces[i], p)) return 1;
    return 0;
}

static int grow(void **arr, int *cap, int n, size_t size)
{
    if (n < *cap) return 0;
    int ncap = *cap ? *cap * 2 : 16;
    void *p = SDL_realloc(*arr, (size_t)ncap * size);
    if (!p) return -1;
    *arr = p, *cap = ncap;
    return 0;
}

kf_piece *kf_scene_add(kf_scene *s, kf_piece p)
{
    if (grow((void **)&s->pieces, &s->cap_pieces, s->n_pieces, sizeof p) != 0) {
        if (p.tex) SDL_DestroyTexture(p.tex);
        return NULL;
    }
    s->pieces[s->n_pieces] = p;
    return &s->pieces[s->n_pieces++];
}

int kf_scene_add_number(kf_scene *s)
{
    if (grow((void **)&s->numbers, &s->cap_numbers, s->n_numbers, sizeof *s->numbers) != 0)
        return -1;
    memset(&s->numbers[s->n_numbers], 0, sizeof *s->numbers);
    return s->n_numbers++;
}

void kf_scene_free(kf_scene *s)
{
    for (int i = 0; i < s->n_pieces; i++)
        if (s->pieces[i].tex) SDL_DestroyTexture(s->pieces[i].tex);
    for (int i = 0; i < s->n_numbers; i++)
        for (int g = 0; g < KF_DIGIT_GLYPHS; g++)
            if (s->numbers[i].tex[g]) SDL_DestroyTexture(s->numbers[i].tex[g]);
    SDL_free(s->pieces);
    SDL_free(s->numbers);
    memset(s, 0, sizeof *s);
    s->slide = -1;
}
