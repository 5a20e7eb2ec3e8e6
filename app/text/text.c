/* text.c - fonts, measuring, fitting and rasterising text (see text.h). */
#include "text.h"

#include <SDL_ttf.h>
#include <stdio.h>
#include <string.h>

#include "punct.h"

/* A remembered width: fitting measures the same pieces of a text at the
 * same size again and again (every width kf_wrap_balance tries), and each
 * SDL_ttf measure shapes the text and, after a size change, loads every
 * glyph anew. Direct-mapped by a 64-bit FNV-1a hash of face, size and
 * bytes. */
#define KF_WIDTH_MEMO 4096
typedef struct width_memo {
    uint64_t key; /* 0: empty */
    int width;
} width_memo;

struct kf_text {
    TTF_Font *font[KF_FONT_FACE_COUNT];
    width_memo memo[KF_WIDTH_MEMO];
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

/* Width of s[0..len) as SDL_ttf sets it, without compression. */
static int plain_width(kf_text *t, kf_font_face face, int px, const char *s, size_t len)
{
    char *heap;
    int w = 0, h = 0;
    if (len == 0) return 0;
    const char *c = cstr(t, s, len, &heap);
    TTF_SizeUTF8(sized(t, face, px), c, &w, &h);
    SDL_free(heap);
    return w;
}

#define KF_TEXT_MAX_JOINTS 32

/* The blank (px) that punctuation compression takes out at joint j: half
 * an em (CLREQ §3.1.6), never more than the blank the glyph really has, so
 * that two inks never touch whatever the font. */
static int joint_shift(kf_text *t, kf_font_face face, int px, const kf_punct_joint *j)
{
    int minx, maxx, miny, maxy, adv, blank;
    TTF_Font *f = sized(t, face, px);
    if (j->squeeze_first) {
        if (TTF_GlyphMetrics32(f, j->first, &minx, &maxx, &miny, &maxy, &adv) != 0) return 0;
        blank = adv - maxx;
    } else {
        if (TTF_GlyphMetrics32(f, j->second, &minx, &maxx, &miny, &maxy, &adv) != 0) return 0;
        blank = minx;
    }
    int shift = blank < px / 2 ? blank : px / 2;
    return shift > 0 ? shift : 0;
}

/* The joints of s[0..len) (at most KF_TEXT_MAX_JOINTS, the rest left as
 * they are) with the shift of each in shift[]; returns their number. */
static int joints(kf_text *t, kf_font_face face, int px, const char *s, size_t len,
                  kf_punct_joint *j, int *shift)
{
    if (face == KF_FONT_ICON) return 0;
    int n = kf_punct_joints(s, len, j, KF_TEXT_MAX_JOINTS);
    if (n > KF_TEXT_MAX_JOINTS) n = KF_TEXT_MAX_JOINTS;
    for (int i = 0; i < n; i++) shift[i] = joint_shift(t, face, px, &j[i]);
    return n;
}

static uint64_t memo_key(kf_font_face face, int px, const char *s, size_t len)
{
    uint64_t h = 1469598103934665603ull;
    h = (h ^ (uint64_t)face) * 1099511628211ull;
    h = (h ^ (uint64_t)(unsigned)px) * 1099511628211ull;
    for (size_t i = 0; i < len; i++) h = (h ^ (unsigned char)s[i]) * 1099511628211ull;
    return h ? h : 1;
}

int kf_text_width(kf_text *t, kf_font_face face, int px, const char *s, size_t len)
{
    uint64_t key = memo_key(face, px, s, len);
    width_memo *m = &t->memo[key % KF_WIDTH_MEMO];
    if (m->key == key) return m->width;
    kf_punct_joint j[KF_TEXT_MAX_JOINTS];
    int shift[KF_TEXT_MAX_JOINTS];
    int w = plain_width(t, face, px, s, len);
    int n = joints(t, face, px, s, len, j, shift);
    for (int i = 0; i < n; i++) w -= shift[i];
    *m = (width_memo){key, w};
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
static int try_fit(kf_text *t, kf_font_face face, const char *s, const char *brk, int px, int box_w,
                   int box_h, int max_lines, float line_gap, kf_fit *out)
{
    measure_ctx m = {t, face, px};
    int fits;
    int n = kf_wrap(s, brk, box_w, measure, &m, out->lines, KF_TEXT_MAX_LINES, &fits);
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
    if (n >= 2) out->width = kf_wrap_balance(s, brk, out->width, measure, &m, out->lines, n);
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
    /* the opportunities once (one ICU segmentation), for every size tried;
     * words: the same with the breaks inside words taken out */
    size_t len = strlen(s);
    char small[2][256], *brk = len <= sizeof small[0] ? small[0] : SDL_malloc(2 * len);
    if (!brk) return; /* out of memory: nothing fits, nothing drawn */
    char *words = brk == small[0] ? small[1] : brk + len;
    if (len) kf_wrap_opportunities(s, t->units, brk);
    for (size_t i = 0; i < len; i++) {
        words[i] = brk[i] == KF_BREAK_INSIDE_WORD ? KF_BREAK_NONE : brk[i];
        if (brk[i] == KF_BREAK_INSIDE_WORD) brk[i] = KF_BREAK_WORD;
    }
    /* only between words at any size from max_px down; where that fits at
     * none, inside words too (a long quote keeps its two lines) */
    for (int pass = 0; pass < 2; pass++) {
        const char *b = pass == 0 ? words : brk;
        for (int px = max_px; px >= min_px;) {
            if (try_fit(t, face, s, b, px, box_w, box_h, max_lines, line_gap, out)) {
                out->fits = 1;
                goto done;
            }
            if (px == min_px) break;
            /* big steps while far too big, then single pixels */
            int step = px / 24;
            px -= step > 1 ? step : 1;
            if (px < min_px) px = min_px;
        }
    }
    /* it does not fit at the floor: the wrapping there, flagged */
    try_fit(t, face, s, brk, min_px, box_w, box_h, max_lines, line_gap, out);
    out->fits = 0;
done:
    if (brk != small[0]) SDL_free(brk);
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

/* s[0..len) in white on a transparent surface, one SDL_ttf line. */
static SDL_Surface *render_plain(kf_text *t, kf_font_face face, int px, const char *s, size_t len)
{
    char *heap;
    const char *c = cstr(t, s, len, &heap);
    SDL_Color white = {255, 255, 255, 255};
    SDL_Surface *surf = TTF_RenderUTF8_Blended(sized(t, face, px), c, white);
    SDL_free(heap);
    return surf;
}

/* Puts piece (white ARGB8888 as SDL_ttf renders it) into out at x: each
 * pixel keeps the larger coverage of the two. The pieces' inks never meet
 * (a joint only takes out blank), so this is the exact union, where a
 * blended blit would round the edges' coverage by up to 3/255. */
static void put_piece(SDL_Surface *out, SDL_Surface *piece, int x)
{
    for (int y = 0; y < piece->h && y < out->h; y++) {
        const Uint32 *src = (const Uint32 *)((const Uint8 *)piece->pixels + y * piece->pitch);
        Uint32 *dst = (Uint32 *)((Uint8 *)out->pixels + y * out->pitch);
        for (int i = 0; i < piece->w; i++) {
            int ox = x + i;
            if (ox < 0 || ox >= out->w) continue;
            Uint32 a = src[i] & 0xFF000000u;
            if (a > (dst[ox] & 0xFF000000u)) dst[ox] = a | 0x00FFFFFFu;
        }
    }
}

/* s[0..len) with its punctuation compressed: the pieces between joints
 * rendered one by one and placed each shift[] closer (put_piece). */
static SDL_Surface *render_compressed(kf_text *t, kf_font_face face, int px, const char *s,
                                      size_t len, const kf_punct_joint *j, const int *shift, int n)
{
    int w = kf_text_width(t, face, px, s, len), h = kf_text_height(t, face, px);
    SDL_Surface *out = SDL_CreateRGBSurfaceWithFormat(0, w > 0 ? w : 1, h > 0 ? h : 1, 32,
                                                      SDL_PIXELFORMAT_ARGB8888);
    if (!out) return NULL;
    SDL_FillRect(out, NULL, 0x00FFFFFF); /* white, transparent */
    size_t from = 0;
    int x = 0;
    for (int i = 0; i <= n; i++) {
        size_t to = i < n ? j[i].at : len;
        SDL_Surface *piece = render_plain(t, face, px, s + from, to - from);
        if (piece && piece->format->format != SDL_PIXELFORMAT_ARGB8888) {
            SDL_Surface *argb = SDL_ConvertSurfaceFormat(piece, SDL_PIXELFORMAT_ARGB8888, 0);
            SDL_FreeSurface(piece);
            piece = argb;
        }
        if (!piece) {
            SDL_FreeSurface(out);
            return NULL;
        }
        put_piece(out, piece, x);
        SDL_FreeSurface(piece);
        if (i < n) x += plain_width(t, face, px, s + from, to - from) - shift[i];
        from = to;
    }
    return out;
}

SDL_Texture *kf_text_render(kf_text *t, SDL_Renderer *r, kf_font_face face, int px, const char *s,
                            size_t len, int *w, int *h, kf_rect *ink)
{
    kf_punct_joint j[KF_TEXT_MAX_JOINTS];
    int shift[KF_TEXT_MAX_JOINTS];
    int n = joints(t, face, px, s, len, j, shift);
    SDL_Surface *surf = n > 0 ? render_compressed(t, face, px, s, len, j, shift, n)
                              : render_plain(t, face, px, s, len);
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
