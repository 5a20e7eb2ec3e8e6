/* text.c - fonts, measuring, fitting and rasterising text (see text.h). */
#include "text.h"

#include <SDL_ttf.h>
#include <stdio.h>
#include <string.h>

struct kf_text {
    TTF_Font *font[KF_FONT_FACE_COUNT];
    int size[KF_FONT_FACE_COUNT]; /* the size each font is set to now */
    unsigned long rasterisations;
    const char *const *units; /* for kf_wrap */
    char scratch[1024];       /* NUL-terminated copies for SDL_ttf  */
};

kf_text *kf_text_open(char *err, size_t errlen)
{
    if (TTF_Init() != 0) { /* reference-counted: one per kf_text */
        snprintf(err, errlen, "TEXT: cannot start SDL_ttf: %s", TTF_GetError());
        return NULL;
    }
    kf_text *t = SDL_calloc(1, sizeof *t);
    if (!t) {
        snprintf(err, errlen, "TEXT: out of memory");
        TTF_Quit();
        return NULL;
    }
    for (int f = 0; f < KF_FONT_FACE_COUNT; f++) {
        const kf_font_blob *b = kf_fonts_get((kf_font_face)f);
        SDL_RWops *rw = SDL_RWFromConstMem(b->data, (int)b->size);
        t->font[f] = rw ? TTF_OpenFontRW(rw, 1, 32) : NULL;
        if (!t->font[f]) {
            snprintf(err, errlen, "TEXT: cannot open embedded font %s: %s", b->name,
                     TTF_GetError());
            kf_text_close(t);
            return NULL;
        }
        t->size[f] = 32;
    }
    return t;
}

void kf_text_close(kf_text *t)
{
    if (!t) return;
    for (int f = 0; f < KF_FONT_FACE_COUNT; f++)
        if (t->font[f]) TTF_CloseFont(t->font[f]);
    SDL_free(t);
    TTF_Quit();
}

static TTF_Font *sized(kf_text *t, kf_font_face face, int px)
{
    if (px < 1) px = 1;
    if (t->size[face] != px) {
        TTF_SetFontSize(t->font[face], px);
        t->size[face] = px;
    }
    return t->font[face];
}

/* A NUL-terminated copy of s[0..len) for SDL_ttf, in scratch when it fits. */
static const char *cstr(kf_text *t, const char *s, size_t len, char **heap)
{
    *heap = NULL;
    if (s[len] == '\0') return s;
    if (len < sizeof t->scratch) {
        memcpy(t->scratch, s, len);
        t->scratch[len] = '\0';
        return t->scratch;
    }
    *heap = SDL_malloc(len + 1);
    if (!*heap) return "";
    memcpy(*heap, s, len);
    (*heap)[len] = '\0';
    return *heap;
}

int kf_text_width(kf_text *t, kf_font_face face, int px, const char *s, size_t len)
{
    char *heap;
    int w = 0, h = 0;
    if (len == 0) return 0;
    const char *c = cstr(t, s, len, &heap);
    TTF_SizeUTF8(sized(t, face, px), c, &w, &h);
    SDL_free(heap);
    return w;
}

int kf_text_ascent(kf_text *t, kf_font_face face, int px)
{
    return TTF_FontAscent(sized(t, face, px));
}

int kf_text_height(kf_text *t, kf_font_face face, int px)
{
    return TTF_FontHeight(sized(t, face, px));
}

int kf_text_advance(kf_text *t, kf_font_face face, int px, uint32_t cp)
{
    int minx, maxx, miny, maxy, adv = 0;
    TTF_GlyphMetrics32(sized(t, face, px), cp, &minx, &maxx, &miny, &maxy, &adv);
    return adv;
}

void kf_text_glyph_box(kf_text *t, kf_font_face face, int px, uint32_t cp, int *miny, int *maxy)
{
    int minx, maxx, adv;
    *miny = *maxy = 0;
    TTF_GlyphMetrics32(sized(t, face, px), cp, &minx, &maxx, miny, maxy, &adv);
}

int kf_text_left_bearing(kf_text *t, kf_font_face face, int px, uint32_t cp)
{
    int minx = 0, maxx, miny, maxy, adv;
    TTF_GlyphMetrics32(sized(t, face, px), cp, &minx, &maxx, &miny, &maxy, &adv);
    return minx > 0 ? minx : 0;
}

void kf_text_set_units(kf_text *t, const char *const *units) { t->units = units; }

typedef struct measure_ctx {
    kf_text *t;
    kf_font_face face;
    int px;
} measure_ctx;

static int measure(void *ctx, const char *s, size_t len)
{
    measure_ctx *m = ctx;
    return kf_text_width(m->t, m->face, m->px, s, len);
}

/* Tries size px; fills out and returns 1 if the text fits the box. */
static int try_fit(kf_text *t, kf_font_face face, const char *s, int px, int box_w, int box_h,
                   int max_lines, float line_gap, kf_fit *out)
{
    measure_ctx m = {t, face, px};
    int fits;
    int n = kf_wrap(s, t->units, box_w, measure, &m, out->lines, KF_TEXT_MAX_LINES, &fits);
    if (n < 0) return 0;
    out->px = px;
    out->n_lines = n < KF_TEXT_MAX_LINES ? n : KF_TEXT_MAX_LINES;
    out->line_h = kf_text_height(t, face, px) + (int)(px * line_gap);
    out->height = n > 0 ? (n - 1) * out->line_h + kf_text_height(t, face, px) : 0;
    out->width = 0;
    for (int i = 0; i < out->n_lines; i++)
        if (out->lines[i].width > out->width) out->width = out->lines[i].width;
    if (!(fits && n <= max_lines && out->height <= box_h)) return 0;
    /* balanced: the narrowest width that keeps n lines (kf_wrap_balance) */
    if (n >= 2) out->width = kf_wrap_balance(s, t->units, out->width, measure, &m, out->lines, n);
    return 1;
}

void kf_text_fit(kf_text *t, kf_font_face face, const char *s, int max_px, int min_px, int box_w,
                 int box_h, int max_lines, float line_gap, kf_fit *out)
{
    if (max_lines > KF_TEXT_MAX_LINES) max_lines = KF_TEXT_MAX_LINES;
    if (max_lines < 1) max_lines = 1;
    if (min_px < 1) min_px = 1;
    if (max_px < min_px) max_px = min_px;
    memset(out, 0, sizeof *out);
    for (int px = max_px; px >= min_px;) {
        if (try_fit(t, face, s, px, box_w, box_h, max_lines, line_gap, out)) {
            out->fits = 1;
            return;
        }
        if (px == min_px) break;
        /* big steps while far too big, then single pixels */
        int step = px / 24;
        px -= step > 1 ? step : 1;
        if (px < min_px) px = min_px;
    }
    /* it does not fit at the floor: the wrapping there, flagged */
    try_fit(t, face, s, min_px, box_w, box_h, max_lines, line_gap, out);
    out->fits = 0;
}

/* The box of the pixels of surf (32-bit, alpha in the top byte as
 * TTF_RenderUTF8_Blended makes them) whose alpha is not 0. */
static kf_rect ink_box(SDL_Surface *surf)
{
    int x0 = surf->w, y0 = surf->h, x1 = -1, y1 = -1;
    Uint32 amask = surf->format->Amask;
    for (int y = 0; y < surf->h; y++) {
        const Uint32 *row = (const Uint32 *)((const Uint8 *)surf->pixels + y * surf->pitch);
        for (int x = 0; x < surf->w; x++) {
            if (!(row[x] & amask)) continue;
            if (x < x0) x0 = x;
            if (x > x1) x1 = x;
            if (y < y0) y0 = y;
            y1 = y;
        }
    }
    if (x1 < 0) return (kf_rect){0, 0, 0, 0};
    return (kf_rect){x0, y0, x1 - x0 + 1, y1 - y0 + 1};
}

SDL_Texture *kf_text_render(kf_text *t, SDL_Renderer *r, kf_font_face face, int px, const char *s,
                            size_t len, int *w, int *h, kf_rect *ink)
{
    char *heap;
    const char *c = cstr(t, s, len, &heap);
    SDL_Color white = {255, 255, 255, 255};
    SDL_Surface *surf = TTF_RenderUTF8_Blended(sized(t, face, px), c, white);
    SDL_free(heap);
    t->rasterisations++;
    if (!surf) return NULL;
    SDL_Texture *tex = SDL_CreateTextureFromSurface(r, surf);
    *w = surf->w, *h = surf->h;
    if (ink) *ink = ink_box(surf);
    SDL_FreeSurface(surf);
    if (tex) SDL_SetTextureBlendMode(tex, SDL_BLENDMODE_BLEND);
    return tex;
}

unsigned long kf_text_rasterisations(const kf_text *t) { return t->rasterisations; }
