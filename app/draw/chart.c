/* chart.c - chart shapes drawn with cairo into an alpha mask, made into a
 * white texture that the piece's colour tints (as text is), once per slide
 * (see chart.h). */
#include "chart.h"

#include <cairo.h>
#include <math.h>

#define KF_PI 3.14159265358979323846 /* C11 has no KF_PI */
#include <string.h>

#include "numfmt.h"

/* A shape's key for kf_piece_twin: its form and size (FNV-1a 64). */
static uint64_t shape_key(int form, int w, int h, int a, double f)
{
    int v[5] = {form, w, h, a, (int)(f * 1e6)};
    uint64_t k = 1469598103934665603u;
    for (int i = 0; i < 5; i++)
        for (int j = 0; j < 4; j++) k = (k ^ (unsigned char)(v[i] >> (8 * j))) * 1099511628211u;
    return k;
}

/* The shape cairo drew into mask, as a white texture whose alpha is the
 * mask's coverage; NULL on failure (message in SDL_GetError). */
static SDL_Texture *mask_texture(SDL_Renderer *r, cairo_surface_t *mask, kf_rect *ink)
{
    int w = cairo_image_surface_get_width(mask), h = cairo_image_surface_get_height(mask);
    int stride = cairo_image_surface_get_stride(mask);
    const unsigned char *a = cairo_image_surface_get_data(mask);
    SDL_Surface *sf = SDL_CreateRGBSurfaceWithFormat(0, w, h, 32, SDL_PIXELFORMAT_ARGB8888);
    if (!sf) return NULL;
    int x0 = w, y0 = h, x1 = -1, y1 = -1;
    for (int y = 0; y < h; y++) {
        Uint32 *row = (Uint32 *)((Uint8 *)sf->pixels + (size_t)y * sf->pitch);
        for (int x = 0; x < w; x++) {
            Uint32 v = a[(size_t)y * stride + x];
            row[x] = (v << 24) | 0xFFFFFFu;
            if (v) {
                if (x < x0) x0 = x;
                if (x > x1) x1 = x;
                if (y < y0) y0 = y;
                if (y > y1) y1 = y;
            }
        }
    }
    *ink = x1 < 0 ? (kf_rect){0, 0, 0, 0} : (kf_rect){x0, y0, x1 - x0 + 1, y1 - y0 + 1};
    SDL_Texture *t = SDL_CreateTextureFromSurface(r, sf);
    SDL_FreeSurface(sf);
    if (t) SDL_SetTextureBlendMode(t, SDL_BLENDMODE_BLEND);
    return t;
}

/* A w x h alpha mask for cairo to draw into, or NULL (message set). */
static cairo_t *begin(int w, int h, cairo_surface_t **out)
{
    cairo_surface_t *m = cairo_image_surface_create(CAIRO_FORMAT_A8, w, h);
    if (cairo_surface_status(m) != CAIRO_STATUS_SUCCESS) {
        SDL_SetError("cairo: %s", cairo_status_to_string(cairo_surface_status(m)));
        cairo_surface_destroy(m);
        return NULL;
    }
    cairo_t *cr = cairo_create(m);
    cairo_set_antialias(cr, CAIRO_ANTIALIAS_GOOD);
    *out = m;
    return cr;
}

/* Ends drawing into the mask and adds it to s as a shape piece at dst. */
static int finish(kf_build *b, kf_scene *s, cairo_t *cr, cairo_surface_t *m, kf_piece p)
{
    cairo_status_t st = cairo_status(cr);
    cairo_destroy(cr);
    cairo_surface_flush(m);
    if (st != CAIRO_STATUS_SUCCESS) {
        cairo_surface_destroy(m);
        return SDL_SetError("cairo: %s", cairo_status_to_string(st));
    }
    kf_rect ink;
    p.tex = mask_texture(b->r, m, &ink);
    cairo_surface_destroy(m);
    if (!p.tex) return -1;
    p.ink = ink.w ? (kf_rect){p.dst.x + ink.x, p.dst.y + ink.y, ink.w, ink.h} : ink;
    p.src = (kf_rect){0, 0, p.dst.w, p.dst.h};
    if (!kf_scene_add(s, p)) {
        SDL_DestroyTexture(p.tex);
        return SDL_SetError("out of memory");
    }
    return 0;
}

int kf_chart_bar(kf_build *b, kf_scene *s, kf_rect r, SDL_Color c, kf_reveal reveal, int number)
{
    if (r.w < 2) r.w = 2;
    if (r.h < 2) r.h = 2;
    cairo_surface_t *m;
    cairo_t *cr = begin(r.w, r.h, &m);
    if (!cr) return -1;
    double w = r.w, h = r.h;
    /* a bar: both ends round; a column: its top corners, its base flat on
     * the axis */
    int column = reveal == KF_REVEAL_UP;
    double rad = column ? w * 0.14 : (w < h ? w : h) / 2.0;
    if (rad > h / 2) rad = h / 2;
    if (rad > w / 2) rad = w / 2;
    cairo_new_sub_path(cr);
    cairo_arc(cr, w - rad, rad, rad, -KF_PI / 2, 0);
    if (column) {
        cairo_line_to(cr, w, h);
        cairo_line_to(cr, 0, h);
    } else {
        cairo_arc(cr, w - rad, h - rad, rad, 0, KF_PI / 2);
        cairo_arc(cr, rad, h - rad, rad, KF_PI / 2, KF_PI);
    }
    cairo_arc(cr, rad, rad, rad, KF_PI, 3 * KF_PI / 2);
    cairo_close_path(cr);
    cairo_fill(cr);
    kf_piece p = {.kind = KF_PIECE_SHAPE,
                  .role = KF_ROLE_MARK,
                  .dst = r,
                  .box = r,
                  .color = c,
                  .key = shape_key(column ? 3 : 1, r.w, r.h, 0, 0),
                  .grow = reveal != KF_REVEAL_NONE && number >= 0,
                  .reveal = number >= 0 ? reveal : KF_REVEAL_NONE,
                  .cap = (int)ceil(rad),
                  .number = number};
    return finish(b, s, cr, m, p);
}

int kf_chart_ring(kf_build *b, kf_scene *s, kf_rect sq, int thick, double from, double to,
                  SDL_Color c, int number)
{
    int side = sq.w < sq.h ? sq.w : sq.h;
    sq.w = sq.h = side;
    double outer = side / 2.0 - 2;
    if (outer < 2) return SDL_SetError("ring of %d px: too small", side);
    if (thick < 1) thick = 1;
    if (thick > outer) thick = (int)outer;
    from = from < 0 ? 0 : from > 1 ? 1 : from;
    to = to < from ? from : to > 1 ? 1 : to;
    if (from > 0) number = -1; /* only an arc from 12 o'clock sweeps */
    cairo_surface_t *m;
    cairo_t *cr = begin(side, side, &m);
    if (!cr) return -1;
    double mid = outer - thick / 2.0, cx = side / 2.0;
    cairo_set_line_width(cr, thick);
    cairo_set_line_cap(cr, CAIRO_LINE_CAP_BUTT);
    /* a track (not from 12 o'clock) keeps 2 px from the arcs beside it:
     * no pixel is partly both (renderers round such a double blend
     * differently) */
    double gap = from > 0 ? 2.0 / (2 * KF_PI * outer) : 0;
    if (to - from >= 1) cairo_arc(cr, cx, cx, mid, 0, 2 * KF_PI);
    else if (to - from > 2 * gap)
        cairo_arc(cr, cx, cx, mid, -KF_PI / 2 + (from + gap) * 2 * KF_PI,
                  -KF_PI / 2 + (to - gap) * 2 * KF_PI);
    cairo_stroke(cr);
    kf_piece p = {.kind = KF_PIECE_SHAPE,
                  .role = KF_ROLE_MARK,
                  .dst = sq,
                  .box = sq,
                  .color = c,
                  .key = shape_key(2, side, thick, (int)(from * 1e6), to),
                  .grow = number >= 0,
                  .reveal = number >= 0 ? KF_REVEAL_SWEEP : KF_REVEAL_NONE,
                  .sweep = to,
                  .number = number};
    return finish(b, s, cr, m, p);
}

/* Adds to cr's path a w x h rect with round ends (radius half its shorter
 * side) at the origin. */
static void pill(cairo_t *cr, double w, double h)
{
    double rad = (w < h ? w : h) / 2.0;
    cairo_new_sub_path(cr);
    cairo_arc(cr, w - rad, rad, rad, -KF_PI / 2, KF_PI / 2);
    cairo_arc(cr, rad, rad, rad, KF_PI / 2, 3 * KF_PI / 2);
    cairo_close_path(cr);
}

int kf_chart_track(kf_build *b, kf_scene *s, kf_rect r, int len, SDL_Color c)
{
    if (r.w < 2) r.w = 2;
    if (r.h < 2) r.h = 2;
    cairo_surface_t *m;
    cairo_t *cr = begin(r.w, r.h, &m);
    if (!cr) return -1;
    pill(cr, r.w, r.h); /* the whole track */
    cairo_fill(cr);
    if (len > 0) { /* less the bar that lies on it, and a hairline round it:
                    * no pixel is partly both (renderers round such a
                    * double blend differently) */
        cairo_set_operator(cr, CAIRO_OPERATOR_CLEAR);
        pill(cr, len < 2 ? 2 : len, r.h);
        cairo_fill_preserve(cr);
        cairo_set_line_width(cr, 4);
        cairo_stroke(cr);
    }
    kf_piece p = {.kind = KF_PIECE_SHAPE,
                  .role = KF_ROLE_MARK,
                  .dst = r,
                  .box = r,
                  .color = c,
                  .key = shape_key(4, r.w, r.h, len, 0),
                  .number = -1};
    return finish(b, s, cr, m, p);
}

double kf_chart_fraction(const kf_digits *d, double countup, double base)
{
    char text[40];
    kf_number full, now;
    if (!d->counts || countup >= 1) return 1;
    kf_digits_text(d, countup, text, sizeof text);
    if (kf_num_parse(d->final, &full) != 0 || kf_num_parse(text, &now) != 0) return 1;
    double f = full.value[full.n_parts - 1] - base, v = now.value[now.n_parts - 1] - base;
    if (!(f > 0)) return 1;
    return v <= 0 ? 0 : v >= f ? 1 : v / f;
}

int kf_chart_bar_from(kf_build *b, kf_scene *s, kf_rect r, SDL_Color c, kf_reveal reveal,
                      int number, double base)
{
    if (kf_chart_bar(b, s, r, c, reveal, number)) return -1;
    s->pieces[s->n_pieces - 1].base = base;
    return 0;
}
