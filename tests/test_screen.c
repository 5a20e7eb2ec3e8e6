/* test_screen.c - what the running kiosk's screen shows, over time: the
 * live screen as the test oracle.
 *
 * Usage: test_screen WxH EXPORT_DIR [--window] [--slides FIRST-LAST]
 *                    [--tolerance N]
 *
 * The kiosk's own main loop runs on a virtual clock (app/show/record.h) against
 * a headless display of WxH (with --window: a real window, the renderer
 * SDL_RENDER_DRIVER names, e.g. opengles2 on Mesa's llvmpipe), through every
 * slide (or FIRST..LAST, 1-based) and back to the first. What the screen
 * shows at time t is the last frame presented at or before t. In one pass:
 *
 *   settled = export  the screen at the count-up's end + 1 ms, at mid-dwell
 *                     and at the outgoing transition's start - 1 ms is the
 *                     slide's --export PNG in EXPORT_DIR, pixel for pixel
 *                     (--tolerance N: each channel within N, for renderers
 *                     other than the software one)
 *   sleeping          whenever the loop goes to sleep (nothing animates),
 *                     the screen is the model's view of that moment drawn
 *                     afresh, and every slide sleeps at least once
 *   numbers in flight every frame's count-up text (the draw log) never
 *                     exceeds the final value, never goes backwards, keeps
 *                     the final text's shape, is drawn in the final number's
 *                     cells, ends on the report's text; a "before" value
 *                     never counts; the last in-between frame and one
 *                     mid-count frame match, in the numbers' cells, a
 *                     slide built with that text as its value
 *   transitions       no frame draws the own content of both slides; the
 *                     outgoing content only fades out, then the incoming only
 *                     fades in, in steps no larger than 64/255; pixels outside
 *                     the pieces that differ between the two stills stay
 *                     those of the still frame throughout; inside them each
 *                     pixel is the base frame (shared parts only) blended
 *                     toward the slide's still frame by the frame's opacity,
 *                     within 6/255 (text over a card blended as a group vs
 *                     piece by piece: at most a*(1-a)*(card - background),
 *                     under 4); the progress bar shows the outgoing or the
 *                     incoming light, changing once; nothing is drawn outside
 *                     the screen
 *   stall             the process stopped for 10 minutes in a dwell and for
 *                     10 s in a transition: no burst of transitions, the
 *                     slide on screen goes on with a fresh dwell
 *
 * Messages are "test_screen.c:LINE: check failed: ...", at most 20 per kind
 * of check. The pixel checks run on every frame, so this file is built with
 * optimisation even in a debug build (tests/CMakeLists.txt). */
#include <SDL_image.h>
#include <SDL_ttf.h>
#include <stdlib.h>
#include <string.h>

#include "app.h"
#include "check.h"
#include "numfmt.h"
#include "record.h"

#define MAX_NUMBERS 64

/* No sanitizer checks in the pixel loops (every pixel of every frame goes
 * through them; they read only surfaces of the checker's size): plain
 * integer arithmetic on 0..255 values. */
#define PIXEL_LOOP __attribute__((no_sanitize("address", "undefined")))

/* Limits the messages of one kind of check. */
#define CHECK_SOME(counter, cond, ...)                                                             \
    do {                                                                                           \
        if (!(cond) && ++(counter) > 20) kf_check_fail++;                                          \
        else KF_CHECK(cond, __VA_ARGS__);                                                          \
    } while (0)

typedef struct still {
    int slide;
    SDL_Surface *png; /* the export, ARGB8888 */
} still;

/* A software display of its own, for the oracle's renderings. */
typedef struct oracle {
    kf_display d;
    kf_app app;
} oracle;

typedef struct checker {
    kf_app *a;
    const char *dir;
    int w, h, first, last, tolerance, settled_only;
    oracle o;
    still stills[3];
    int next_still;
    int fails[16];

    /* the slide being shown (its visit: from its arrival) */
    int visit_slide;
    uint64_t visit_shown;
    uint64_t checkpoints[3];
    int checkpoint_done[3];
    int visits, sleeps, settled_checks, transitions, mid_checks, last_checks;
    int *slept; /* per slide */
    double prev[MAX_NUMBERS];
    int mid_done, end_done;
    /* the last frame whose numbers were still on their way */
    int have_between;
    char between_text[MAX_NUMBERS][40];
    kf_rect between_rect[MAX_NUMBERS];
    int between_n;
    Uint32 *between_pixels; /* the numbers' cells, w*h, 0 elsewhere */

    /* the running transition */
    int in_transition, from, to;
    unsigned char *mask;   /* per pixel: 0 static, 1 content, 2 progress */
    SDL_Surface *base[2];  /* shared parts only: outgoing, incoming phase */
    SDL_Surface *start_in; /* the incoming slide, opaque, at its count's start */
    int last_out, last_in, in_seen, out_seen, progress_switched;
    uint64_t trans_at[2]; /* when the first two transitions started */
    uint64_t shown_at[3]; /* when the first three visits' slides were shown */
} checker;

enum {
    F_OPS,
    F_NUM,
    F_SHAPE,
    F_CELLS,
    F_OVER,
    F_FADE,
    F_STATIC,
    F_MODEL,
    F_PROG,
    F_SETTLED,
    F_SLEEP
};

static Uint32 px(const SDL_Surface *s, int x, int y)
{
    return ((const Uint32 *)((const Uint8 *)s->pixels + y * s->pitch))[x] & 0xFFFFFF;
}

PIXEL_LOOP static inline int channel_diff(Uint32 a, Uint32 b)
{
    int d = 0;
    for (int sh = 0; sh < 24; sh += 8) {
        int x = abs((int)((a >> sh) & 255) - (int)((b >> sh) & 255));
        if (x > d) d = x;
    }
    return d;
}

/* Pixels of rect r (clipped to a) where a and b differ by more than tol. */
PIXEL_LOOP static long differ(const SDL_Surface *a, const SDL_Surface *b, kf_rect r, int tol,
                              int *fx, int *fy)
{
    long n = 0;
    int x0 = r.x < 0 ? 0 : r.x, y0 = r.y < 0 ? 0 : r.y;
    int x1 = r.x + r.w > a->w ? a->w : r.x + r.w, y1 = r.y + r.h > a->h ? a->h : r.y + r.h;
    for (int y = y0; y < y1; y++)
        for (int x = x0; x < x1; x++)
            if (channel_diff(px(a, x, y), px(b, x, y)) > tol) {
                if (!n) *fx = x, *fy = y;
                n++;
            }
    return n;
}

static kf_rect whole(const SDL_Surface *s) { return (kf_rect){0, 0, s->w, s->h}; }

static int oracle_open(oracle *o, int w, int h, const kf_table *t)
{
    char err[256];
    memset(o, 0, sizeof *o);
    o->d.surface = SDL_CreateRGBSurfaceWithFormat(0, w, h, 32, SDL_PIXELFORMAT_ARGB8888);
    o->d.renderer = o->d.surface ? SDL_CreateSoftwareRenderer(o->d.surface) : NULL;
    o->d.w = w, o->d.h = h, o->d.driver = "oracle";
    if (!o->d.renderer || kf_app_init(&o->app, t, &o->d, 0, 0, 0, 0, err, sizeof err) != 0) {
        KF_CHECK(0, "oracle: %s %s", err, SDL_GetError());
        return -1;
    }
    return 0;
}

static void oracle_close(oracle *o)
{
    kf_app_free(&o->app);
    if (o->d.renderer) SDL_DestroyRenderer(o->d.renderer);
    SDL_FreeSurface(o->d.surface);
    memset(o, 0, sizeof *o);
}

/* The oracle's rendering of view v with the show's dwell settings: a fresh
 * frame drawn from scenes built for it (a copy the caller frees). */
static SDL_Surface *oracle_draw(oracle *o, const kf_view *v)
{
    kf_app_prepare(&o->app, v);
    if (kf_app_draw_view(&o->app, v) != 0) KF_CHECK(0, "oracle draw: %s", SDL_GetError());
    return SDL_ConvertSurfaceFormat(o->d.surface, SDL_PIXELFORMAT_ARGB8888, 0);
}

/* The export of slide i, loaded once while it is needed. */
static SDL_Surface *still_of(checker *c, int slide)
{
    for (int i = 0; i < 3; i++)
        if (c->stills[i].png && c->stills[i].slide == slide) return c->stills[i].png;
    still *s = &c->stills[c->next_still];
    c->next_still = (c->next_still + 1) % 3;
    SDL_FreeSurface(s->png);
    char path[1024];
    snprintf(path, sizeof path, "%s/%02d-%s.png", c->dir, slide + 1,
             c->a->table->slides[slide].key);
    SDL_Surface *raw = IMG_Load(path);
    s->png = raw ? SDL_ConvertSurfaceFormat(raw, SDL_PIXELFORMAT_ARGB8888, 0) : NULL;
    SDL_FreeSurface(raw);
    s->slide = slide;
    KF_CHECK(s->png != NULL, "cannot read %s: %s", path, IMG_GetError());
    if (s->png)
        KF_CHECK(s->png->w == c->w && s->png->h == c->h, "%s is %dx%d, want %dx%d", path, s->png->w,
                 s->png->h, c->w, c->h);
    return s->png && s->png->w == c->w && s->png->h == c->h ? s->png : NULL;
}

static const kf_scene *scene_of(kf_app *a, int slide)
{
    for (int i = 0; i < KF_APP_SCENES; i++)
        if (a->scenes[i].slide == slide && a->scenes[i].n_pieces) return &a->scenes[i];
    return NULL;
}

/* Compares the screen with slide `slide`'s export; `what` says when. */
static void settled(checker *c, kf_recorder *r, int slide, const char *what, uint64_t t)
{
    SDL_Surface *png = still_of(c, slide);
    int fx = 0, fy = 0;
    if (!png || !r->frame) return;
    long n = differ(r->frame, png, whole(png), c->tolerance, &fx, &fy);
    CHECK_SOME(c->fails[F_SETTLED], n == 0,
               "slide %d (%s) at %llu ms, %s: %ld pixels differ from its export, the first at "
               "(%d,%d): screen %06X, export %06X",
               slide + 1, c->a->table->slides[slide].key, (unsigned long long)t, what, n, fx, fy,
               px(r->frame, fx, fy), px(png, fx, fy));
    c->settled_checks++;
}

/* ---- numbers in flight ---------------------------------------------------- */

/* 1 if text has final's shape: the same length, digits where it has digits,
 * the point and the dash where it has them. */
static int same_shape(const char *text, const char *final)
{
    if (strlen(text) != strlen(final)) return 0;
    for (size_t i = 0; final[i]; i++) {
        int fd = final[i] >= '0' && final[i] <= '9', td = text[i] >= '0' && text[i] <= '9';
        if (fd != td || (!fd && text[i] != final[i])) return 0;
    }
    return 1;
}

static double part_value(const char *text, int part)
{
    kf_number n;
    if (kf_num_parse(text, &n) != 0 || part >= n.n_parts) return -1;
    return n.value[part];
}

/* Checks the numbers a frame of the shown slide drew; returns how many are
 * still on their way (text != final). */
static int numbers_frame(checker *c, kf_recorder *r, uint64_t t)
{
    const kf_scene *s = scene_of(c->a, c->visit_slide);
    int k = 0, moving = 0;
    if (!s) return 0;
    for (int i = 0; i < r->log.n; i++) {
        const kf_draw_op *op = &r->log.ops[i];
        if (op->kind != KF_PIECE_NUMBER || op->slide != c->visit_slide || k >= MAX_NUMBERS)
            continue;
        const kf_piece *p = &s->pieces[op->piece];
        const kf_digits *d = &s->numbers[p->number];
        const char *key = c->a->table->slides[c->visit_slide].key;
        CHECK_SOME(c->fails[F_SHAPE], same_shape(op->text, d->final),
                   "slide %s at %llu ms: number \"%s\" drawn as \"%s\": not the final's shape", key,
                   (unsigned long long)t, d->final, op->text);
        CHECK_SOME(c->fails[F_CELLS], op->dst.x == p->dst.x && op->dst.w == p->dst.w,
                   "slide %s at %llu ms: \"%s\" drawn at x %d width %d, the final number's cells "
                   "are x %d width %d",
                   key, (unsigned long long)t, op->text, op->dst.x, op->dst.w, p->dst.x, p->dst.w);
        if (!d->counts)
            CHECK_SOME(c->fails[F_NUM], !strcmp(op->text, d->final),
                       "slide %s: \"%s\" counts (\"%s\") though it must not", key, d->final,
                       op->text);
        double sum = 0;
        for (int part = 0; part < 2; part++) {
            double v = part_value(op->text, part), f = part_value(d->final, part);
            if (f < 0) break;
            CHECK_SOME(c->fails[F_NUM], v >= 0 && v <= f + 1e-9,
                       "slide %s at %llu ms: \"%s\" shows \"%s\", past its final value", key,
                       (unsigned long long)t, d->final, op->text);
            sum += v * (part ? 1e-6 : 1);
        }
        CHECK_SOME(c->fails[F_NUM], sum >= c->prev[k] - 1e-12,
                   "slide %s at %llu ms: \"%s\" went back to \"%s\"", key, (unsigned long long)t,
                   d->final, op->text);
        c->prev[k] = sum;
        if (strcmp(op->text, d->final)) moving++;
        k++;
    }
    return moving;
}

/* Remembers the numbers of the frame on screen (the last in-between one so
 * far): their texts and the pixels of their cells. */
static void keep_between(checker *c, kf_recorder *r)
{
    c->between_n = 0;
    memset(c->between_pixels, 0, (size_t)c->w * c->h * 4);
    for (int i = 0; i < r->log.n && c->between_n < MAX_NUMBERS; i++) {
        const kf_draw_op *op = &r->log.ops[i];
        if (op->kind != KF_PIECE_NUMBER || op->slide != c->visit_slide) continue;
        kf_rect q = op->dst;
        snprintf(c->between_text[c->between_n], 40, "%s", op->text);
        c->between_rect[c->between_n++] = q;
        for (int y = q.y; y < q.y + q.h; y++)
            for (int x = q.x; x < q.x + q.w; x++)
                if (x >= 0 && y >= 0 && x < c->w && y < c->h)
                    c->between_pixels[(size_t)y * c->w + x] = px(r->frame, x, y) | 0xFF000000u;
    }
    c->have_between = 1;
}

/* Compares the numbers' cells of a frame (its texts in texts[], cells in
 * rects[], its pixels from `pixels` or frame) with slide `slide` built
 * afresh with those texts as its values and drawn final. */
static void numbers_pixels(checker *c, int slide, int n, char texts[][40], const kf_rect *rects,
                           const Uint32 *pixels, const SDL_Surface *frame, const char *what)
{
    const kf_table *t = c->a->table;
    const kf_slide *sl = &t->slides[slide];
    kf_slide *slides = malloc(sizeof *slides * (size_t)t->n_slides);
    kf_figure *figs = malloc(sizeof *figs * (size_t)(sl->n_figures ? sl->n_figures : 1));
    const kf_scene *s = scene_of(c->a, slide);
    if (!slides || !figs || !s) abort();
    memcpy(slides, t->slides, sizeof *slides * (size_t)t->n_slides);
    memcpy(figs, sl->figures, sizeof *figs * (size_t)sl->n_figures);
    /* number k of the scene is the figure whose value it ends on */
    int k = 0;
    for (int i = 0; i < s->n_pieces && k < n; i++) {
        if (s->pieces[i].kind != KF_PIECE_NUMBER) continue;
        const kf_digits *d = &s->numbers[s->pieces[i].number];
        for (int f = 0; f < sl->n_figures; f++)
            if (d->counts && !strcmp(sl->figures[f].value, d->final)) figs[f].value = texts[k];
        k++;
    }
    slides[slide].figures = figs;
    kf_table mod = *t;
    mod.slides = slides;
    oracle o;
    if (oracle_open(&o, c->w, c->h, &mod) == 0) {
        kf_view v = {.slide = slide, .other = -1, .alpha = 255, .countup = 1, .progress = slide};
        SDL_Surface *ref = oracle_draw(&o, &v);
        for (int i = 0; i < n && ref; i++) {
            const kf_rect q = rects[i];
            long bad = 0;
            int fx = 0, fy = 0;
            for (int y = q.y; y < q.y + q.h; y++)
                for (int x = q.x; x < q.x + q.w; x++) {
                    if (x < 0 || y < 0 || x >= c->w || y >= c->h) continue;
                    Uint32 got = pixels ? pixels[(size_t)y * c->w + x] & 0xFFFFFF : px(frame, x, y);
                    if (channel_diff(got, px(ref, x, y)) > c->tolerance && !bad++) fx = x, fy = y;
                }
            KF_CHECK(bad == 0,
                     "slide %s, %s frame: the number drawn as \"%s\" differs from \"%s\" rendered "
                     "afresh in %ld pixels, the first at (%d,%d)",
                     sl->key, what, texts[i], texts[i], bad, fx, fy);
        }
        SDL_FreeSurface(ref);
    }
    oracle_close(&o);
    free(figs);
    free(slides);
}

/* ---- transitions ---------------------------------------------------------- */

static void mark(checker *c, kf_rect r, unsigned char v)
{
    for (int y = r.y < 0 ? 0 : r.y; y < r.y + r.h && y < c->h; y++)
        for (int x = r.x < 0 ? 0 : r.x; x < r.x + r.w && x < c->w; x++)
            if (c->mask[(size_t)y * c->w + x] < v) c->mask[(size_t)y * c->w + x] = v;
}

/* The pieces of scene s whose rect is not the same in the two stills (or
 * that count): they may change in the transition. */
static void mark_changing(checker *c, const kf_scene *s, const SDL_Surface *a, const SDL_Surface *b)
{
    for (int i = 0; s && i < s->n_pieces; i++) {
        const kf_piece *p = &s->pieces[i];
        int fx, fy;
        if (p->kind == KF_PIECE_NUMBER || p->grow || differ(a, b, p->dst, 0, &fx, &fy) > 0)
            mark(c, p->dst, 1);
    }
}

static void transition_start(checker *c, int from, int to)
{
    SDL_Surface *a = still_of(c, from), *b = still_of(c, to);
    c->in_transition = 1, c->from = from, c->to = to;
    c->last_out = 256, c->last_in = -1, c->in_seen = c->out_seen = 0, c->progress_switched = 0;
    if (c->transitions < 2) c->trans_at[c->transitions] = c->a->show.trans_ms;
    c->transitions++;
    if (!a || !b) return;
    memset(c->mask, 0, (size_t)c->w * c->h);
    mark_changing(c, scene_of(c->a, from), a, b);
    mark_changing(c, scene_of(c->a, to), a, b);
    mark(c, c->a->build.f.progress, 2);
    kf_view out = {.slide = from, .other = to, .alpha = 0, .countup = 1, .progress = from};
    kf_view in = {.slide = to, .other = from, .alpha = 0, .countup = 0, .progress = to};
    kf_view start = {.slide = to, .other = -1, .alpha = 255, .countup = 0, .progress = to};
    c->base[0] = oracle_draw(&c->o, &out);
    c->base[1] = oracle_draw(&c->o, &in);
    c->start_in = oracle_draw(&c->o, &start);
}

static void transition_end(checker *c)
{
    const char *key = c->a->table->slides[c->to].key;
    KF_CHECK(c->out_seen && c->in_seen, "transition to %s: out %d, in %d frames seen", key,
             c->out_seen, c->in_seen);
    for (int i = 0; i < 2; i++) SDL_FreeSurface(c->base[i]), c->base[i] = NULL;
    SDL_FreeSurface(c->start_in), c->start_in = NULL;
    c->in_transition = 0;
}

PIXEL_LOOP static inline int blend(int b, int s, int alpha)
{
    return b + ((s - b) * alpha + (s >= b ? 127 : -127)) / 255;
}

/* What one transition frame's pixels say (see transition_frame). */
typedef struct frame_counts {
    long stat, model, prog_from, prog_to;
    int sx, sy, mx, my;
} frame_counts;

/* The pixel pass of a transition frame (it reads only the five surfaces and
 * the mask, each of the checker's size). */
PIXEL_LOOP static frame_counts transition_pixels(const checker *c, const SDL_Surface *frame,
                                                 const SDL_Surface *from, const SDL_Surface *to,
                                                 const SDL_Surface *base, const SDL_Surface *target,
                                                 int alpha)
{
    frame_counts k = {0};
    for (int y = 0; y < c->h; y++) {
        const unsigned char *m = c->mask + (size_t)y * c->w;
        const Uint32 *fr = (const Uint32 *)((const Uint8 *)frame->pixels + y * frame->pitch);
        const Uint32 *st = (const Uint32 *)((const Uint8 *)from->pixels + y * from->pitch);
        const Uint32 *en = (const Uint32 *)((const Uint8 *)to->pixels + y * to->pitch);
        const Uint32 *ba = (const Uint32 *)((const Uint8 *)base->pixels + y * base->pitch);
        const Uint32 *ta = (const Uint32 *)((const Uint8 *)target->pixels + y * target->pitch);
        for (int x = 0; x < c->w; x++) {
            Uint32 f = fr[x] & 0xFFFFFF;
            if (m[x] == 0) {
                if (f != (st[x] & 0xFFFFFF) && !k.stat++) k.sx = x, k.sy = y;
            } else if (m[x] == 1) {
                Uint32 b = ba[x] & 0xFFFFFF, s = ta[x] & 0xFFFFFF;
                if (b == s) { /* nothing of the content here: the base */
                    if (f != b && channel_diff(f, b) > 6 && !k.model++) k.mx = x, k.my = y;
                    continue;
                }
                int worst = 0;
                for (int sh = 0; sh < 24; sh += 8) {
                    int want = blend((int)((b >> sh) & 255), (int)((s >> sh) & 255), alpha);
                    int d = abs((int)((f >> sh) & 255) - want);
                    if (d > worst) worst = d;
                }
                if (worst > 6 && !k.model++) k.mx = x, k.my = y;
            } else {
                k.prog_from += f != (st[x] & 0xFFFFFF);
                k.prog_to += f != (en[x] & 0xFFFFFF);
            }
        }
    }
    return k;
}

static void transition_frame(checker *c, kf_recorder *r, uint64_t t)
{
    const kf_table *tab = c->a->table;
    const char *key = tab->slides[c->to].key;
    int drawn = -1, alpha = 0, slides_with_content = 0, seen[2] = {0, 0};

    /* which slide's own content the frame drew, and how opaque */
    for (int i = 0; i < r->log.n; i++) {
        const kf_draw_op *op = &r->log.ops[i];
        if (op->slide < 0) continue;
        CHECK_SOME(c->fails[F_OVER], op->slide == c->from || op->slide == c->to,
                   "transition to %s at %llu ms: slide %d drawn", key, (unsigned long long)t,
                   op->slide + 1);
        if (drawn < 0) drawn = op->slide;
        CHECK_SOME(c->fails[F_OVER], op->slide == drawn,
                   "transition to %s at %llu ms: pieces of both slides drawn in one frame", key,
                   (unsigned long long)t);
        if (op->twin || op->alpha == 0) continue;
        int side = op->slide == c->to;
        if (!seen[side]) seen[side] = 1, slides_with_content++;
        if (alpha == 0) alpha = op->alpha;
        CHECK_SOME(c->fails[F_FADE], op->alpha == alpha,
                   "transition to %s at %llu ms: content at opacities %d and %d", key,
                   (unsigned long long)t, alpha, op->alpha);
    }
    CHECK_SOME(c->fails[F_OVER], slides_with_content <= 1,
               "transition to %s at %llu ms: the content of both slides is on screen", key,
               (unsigned long long)t);
    /* the fades: the outgoing only fades out, then the incoming only fades
     * in, smoothly */
    int incoming = drawn == c->to;
    if (incoming) {
        c->in_seen++;
        CHECK_SOME(c->fails[F_FADE],
                   alpha >= c->last_in && alpha - (c->last_in < 0 ? 0 : c->last_in) <= 64,
                   "transition to %s at %llu ms: incoming opacity %d after %d", key,
                   (unsigned long long)t, alpha, c->last_in);
        c->last_in = alpha;
    } else {
        CHECK_SOME(c->fails[F_FADE], !c->in_seen,
                   "transition to %s at %llu ms: the outgoing slide is back", key,
                   (unsigned long long)t);
        CHECK_SOME(c->fails[F_FADE],
                   alpha <= c->last_out && (c->last_out > 255 ? 255 : c->last_out) - alpha <= 64,
                   "transition to %s at %llu ms: outgoing opacity %d after %d", key,
                   (unsigned long long)t, alpha, c->last_out);
        c->out_seen++;
        c->last_out = alpha;
    }
    if (c->settled_only || !c->base[0]) return;

    /* pixels: the still parts stay, the content is the base blended toward
     * its still frame, the progress bar is one of the two */
    SDL_Surface *from = still_of(c, c->from), *to = still_of(c, c->to);
    SDL_Surface *target = incoming ? c->start_in : from, *base = c->base[incoming];
    frame_counts k = transition_pixels(c, r->frame, from, to, base, target, alpha);
    long stat = k.stat, model = k.model, prog_from = k.prog_from, prog_to = k.prog_to;
    int sx = k.sx, sy = k.sy, mx = k.mx, my = k.my;
    CHECK_SOME(c->fails[F_STATIC], stat == 0,
               "transition to %s at %llu ms: %ld still pixels changed, the first at (%d,%d): "
               "%06X, still frame %06X",
               key, (unsigned long long)t, stat, sx, sy, px(r->frame, sx, sy), px(from, sx, sy));
    CHECK_SOME(c->fails[F_MODEL], model == 0,
               "transition to %s at %llu ms: %ld pixels are not the %s slide at opacity %d, the "
               "first at (%d,%d): %06X, base %06X, still %06X",
               key, (unsigned long long)t, model, incoming ? "incoming" : "outgoing", alpha, mx, my,
               px(r->frame, mx, my), px(base, mx, my), px(target, mx, my));
    int is_to = prog_to == 0, is_from = prog_from == 0;
    CHECK_SOME(c->fails[F_PROG], is_to || is_from,
               "transition to %s at %llu ms: the progress bar is neither slide's (%ld, %ld "
               "pixels off)",
               key, (unsigned long long)t, prog_from, prog_to);
    CHECK_SOME(c->fails[F_PROG], !(c->progress_switched && !is_to),
               "transition to %s at %llu ms: the progress light went back", key,
               (unsigned long long)t);
    if (is_to && !is_from) c->progress_switched = 1;
}

/* ---- the recorder's hooks ------------------------------------------------- */

static void visit_start(checker *c, const kf_show *s)
{
    c->visit_slide = s->current;
    c->visit_shown = s->shown_ms;
    if (c->visits < 3) c->shown_at[c->visits] = s->shown_ms;
    c->visits++;
    uint64_t dwell = (uint64_t)kf_show_dwell(s, s->current);
    c->checkpoints[0] = s->shown_ms + (uint64_t)s->countup_ms + 1;
    c->checkpoints[1] = s->dwell_from + dwell / 2;
    c->checkpoints[2] = s->dwell_from + dwell - 1;
    memset(c->checkpoint_done, 0, sizeof c->checkpoint_done);
    for (int i = 0; i < MAX_NUMBERS; i++) c->prev[i] = -1;
    c->mid_done = c->end_done = c->have_between = 0;
}

/* A visit ends: every check of it was made. */
static void visit_end(checker *c)
{
    if (c->visit_slide < 0) return;
    const char *key = c->a->table->slides[c->visit_slide].key;
    for (int i = 0; i < 3; i++)
        KF_CHECK(c->checkpoint_done[i], "slide %s: checkpoint %d (at %llu ms) never reached", key,
                 i, (unsigned long long)c->checkpoints[i]);
}

static void on_presented(void *ctx, kf_recorder *r)
{
    checker *c = ctx;
    const kf_show *s = &c->a->show;
    uint64_t t = r->now;
    if (r->end <= r->now) return; /* the run is over */

    /* nothing is drawn outside the screen */
    for (int i = 0; i < r->log.n; i++) {
        kf_rect d = r->log.ops[i].dst;
        CHECK_SOME(c->fails[F_OPS],
                   d.w <= 0 || d.h <= 0 ||
                       (d.x >= 0 && d.y >= 0 && d.x + d.w <= c->a->display->w &&
                        d.y + d.h <= c->a->display->h),
                   "at %llu ms: slide %d piece %d drawn at (%d,%d %dx%d), off the %dx%d screen",
                   (unsigned long long)t, r->log.ops[i].slide + 1, r->log.ops[i].piece, d.x, d.y,
                   d.w, d.h, c->a->display->w, c->a->display->h);
    }
    KF_CHECK(r->log.lost == 0, "draw log lost %d operations", r->log.lost);

    if (s->next >= 0) {
        if (!c->in_transition || c->from != s->current || c->to != s->next) {
            if (c->in_transition) transition_end(c);
            transition_start(c, s->current, s->next);
        }
        transition_frame(c, r, t);
        return;
    }
    if (c->in_transition) transition_end(c);
    if (s->current != c->visit_slide || s->shown_ms != c->visit_shown) {
        visit_end(c);
        visit_start(c, s);
    }
    int moving = numbers_frame(c, r, t);
    uint64_t end = s->shown_ms + (uint64_t)s->countup_ms;
    if (t < end && moving) {
        if (!c->mid_done && t >= s->shown_ms + (uint64_t)s->countup_ms / 2 && !c->settled_only) {
            int n = 0;
            char texts[MAX_NUMBERS][40];
            kf_rect rects[MAX_NUMBERS];
            for (int i = 0; i < r->log.n && n < MAX_NUMBERS; i++)
                if (r->log.ops[i].kind == KF_PIECE_NUMBER && r->log.ops[i].slide == s->current) {
                    snprintf(texts[n], 40, "%s", r->log.ops[i].text);
                    rects[n++] = r->log.ops[i].dst;
                }
            numbers_pixels(c, s->current, n, texts, rects, NULL, r->frame, "mid-count");
            c->mid_checks++;
            c->mid_done = 1;
        }
        if (!c->settled_only) keep_between(c, r);
    }
    if (t >= end && !c->end_done) {
        /* the count-up's end: the report's text, exactly */
        KF_CHECK(moving == 0,
                 "slide %s: the count-up's last frame still shows %d numbers "
                 "on their way",
                 c->a->table->slides[s->current].key, moving);
        if (c->have_between) {
            numbers_pixels(c, s->current, c->between_n, c->between_text, c->between_rect,
                           c->between_pixels, NULL, "last in-between");
            c->last_checks++;
        }
        c->end_done = 1;
    }
}

static void on_waits(void *ctx, kf_recorder *r, uint64_t until)
{
    checker *c = ctx;
    const kf_show *s = &c->a->show;
    if (s->next >= 0 || c->visit_slide < 0 || s->current != c->visit_slide || r->end <= r->now)
        return;
    if (r->still) {
        /* asleep: the screen is the view of this moment, drawn afresh */
        kf_view v;
        kf_show_view(s, r->now, &v);
        SDL_Surface *fresh = oracle_draw(&c->o, &v);
        int fx = 0, fy = 0;
        long n =
            fresh && r->frame ? differ(r->frame, fresh, whole(fresh), c->tolerance, &fx, &fy) : -1;
        CHECK_SOME(c->fails[F_SLEEP], n == 0,
                   "slide %s: the loop sleeps at %llu ms with %ld pixels on screen that are not "
                   "its view of that moment, the first at (%d,%d)",
                   c->a->table->slides[s->current].key, (unsigned long long)r->now, n, fx, fy);
        SDL_FreeSurface(fresh);
        c->sleeps++;
        c->slept[s->current]++;
    }
    static const char *const what[3] = {"count-up's end + 1 ms", "mid-dwell",
                                        "outgoing transition's start - 1 ms"};
    for (int i = 0; i < 3; i++)
        if (!c->checkpoint_done[i] && c->checkpoints[i] >= r->now && c->checkpoints[i] < until) {
            settled(c, r, s->current, what[i], c->checkpoints[i]);
            c->checkpoint_done[i] = 1;
        }
    /* the slides asked for, once each, then back to the first: the run ends
     * as that visit starts */
    if (c->visits > c->last - c->first + 1) r->end = r->now, c->visit_slide = -1;
}

/* ---- main ----------------------------------------------------------------- */

static int parse_range(const char *s, int n, int *first, int *last)
{
    if (sscanf(s, "%d-%d", first, last) != 2 || *first < 1 || *last > n || *first > *last)
        return -1;
    (*first)--, (*last)--;
    return 0;
}

int main(int argc, char **argv)
{
    checker c = {.visit_slide = -1, .last = kf_figures.n_slides - 1};
    int window = 0, w = 0, h = 0;
    const char *size = NULL;

    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "--window")) window = 1;
        else if (!strcmp(argv[i], "--slides") && i + 1 < argc) {
            if (parse_range(argv[++i], kf_figures.n_slides, &c.first, &c.last) != 0) return 2;
        } else if (!strcmp(argv[i], "--tolerance") && i + 1 < argc) c.tolerance = atoi(argv[++i]);
        else if (!size) size = argv[i];
        else c.dir = argv[i];
    }
    if (!size || !c.dir || sscanf(size, "%dx%d", &w, &h) != 2) {
        fprintf(stderr, "usage: test_screen WxH EXPORT_DIR [--window] [--slides A-B] "
                        "[--tolerance N]\n");
        return 2;
    }
    if (TTF_Init() != 0) return 1;
    kf_display d;
    char err[512];
    int rc = window ? kf_plat_open(&(kf_plat_config){.windowed = 1, .width = w, .height = h}, &d,
                                   err, sizeof err)
                    : kf_plat_open_headless(w, h, &d, err, sizeof err);
    if (rc != 0) {
        fprintf(stderr, "test_screen: %s\n", err);
        return 1;
    }
    kf_app a;
    uint64_t t0 = 100000;
    if (kf_app_init(&a, &kf_figures, &d, c.first, 0, 0, t0, err, sizeof err) != 0 ||
        oracle_open(&c.o, d.w, d.h, &kf_figures) != 0) {
        fprintf(stderr, "test_screen: %s\n", err);
        return 1;
    }
    c.a = &a, c.w = d.w, c.h = d.h;
    c.settled_only = window; /* another renderer: only what must match the export */
    c.mask = malloc((size_t)c.w * c.h);
    c.between_pixels = malloc((size_t)c.w * c.h * 4);
    c.slept = calloc((size_t)kf_figures.n_slides, sizeof *c.slept);
    if (!c.mask || !c.between_pixels || !c.slept) return 1;

    /* stalls: the process stopped for 10 minutes in the first dwell and for
     * 10 s in the second transition's fade-out */
    int second = (c.first + 1) % kf_figures.n_slides;
    uint64_t dwell1 = (uint64_t)kf_show_dwell(&a.show, c.first);
    uint64_t dwell2 = (uint64_t)kf_show_dwell(&a.show, second);
    uint64_t stall1 = t0 + KF_COUNTUP_MS + dwell1 / 4, back1 = stall1 + 600000;
    uint64_t trans1 = back1 + dwell1; /* a fresh dwell from the stall's end */
    uint64_t trans2 = trans1 + KF_TRANSITION_MS + dwell2, stall2 = trans2 + 200;
    kf_rec_input stalls[2] = {
        {.at = stall1, .kind = KF_REC_STALL, .ms = 600000},
        {.at = stall2, .kind = KF_REC_STALL, .ms = 10000},
    };
    kf_recorder r = {.app = &a,
                     .now = t0,
                     .end = UINT64_MAX,
                     .ctx = &c,
                     .presented = on_presented,
                     .waits = on_waits};
    if (!window) r.inputs = stalls, r.n_inputs = 2;
    int n_slides = c.last - c.first + 1;
    KF_CHECK(kf_record_run(&r) == 0, "recorder: %s", r.err);
    visit_end(&c);

    KF_CHECK(c.visits == n_slides + 1, "%d slide visits, want %d", c.visits, n_slides + 1);
    KF_CHECK(c.transitions == n_slides, "%d transitions for %d slides (a stall must not add any)",
             c.transitions, n_slides);
    for (int i = c.first; i <= c.last; i++)
        KF_CHECK(c.slept[i] > 0, "slide %d (%s): the loop never slept on it", i + 1,
                 kf_figures.slides[i].key);
    KF_CHECK(c.settled_checks >= 3 * n_slides, "%d settled checks", c.settled_checks);
    if (!window && n_slides >= 3) {
        /* after the stall in a dwell: the same slide, a fresh dwell */
        KF_CHECK_INT(c.trans_at[0], trans1);
        /* after the stall in a fade: the fade went on, the arrival later by
         * the stall (and the frame the loop was waiting for) */
        KF_CHECK_INT(c.trans_at[1], trans2);
        uint64_t arrival = trans2 + KF_TRANSITION_MS + 10000;
        KF_CHECK(c.shown_at[2] >= arrival && c.shown_at[2] <= arrival + KF_FRAME_MS,
                 "after the stall in a transition: shown at %llu, want %llu..+%d",
                 (unsigned long long)c.shown_at[2], (unsigned long long)arrival, KF_FRAME_MS);
    }
    printf(
        "%dx%d%s: %lu frames presented, %d slides, %d transitions, %d sleeps, %d settled = export, "
        "%d mid-count and %d last in-between pixel checks\n",
        c.w, c.h, window ? " (window)" : "", r.presented_frames, n_slides, c.transitions, c.sleeps,
        c.settled_checks, c.mid_checks, c.last_checks);
    for (int i = 0; i < 16; i++)
        if (c.fails[i] > 20)
            printf("(%d more failures of check kind %d not shown)\n", c.fails[i] - 20, i);

    kf_record_free(&r);
    if (c.in_transition) transition_end(&c);
    for (int i = 0; i < 3; i++) SDL_FreeSurface(c.stills[i].png);
    free(c.mask), free(c.between_pixels), free(c.slept);
    oracle_close(&c.o);
    kf_app_free(&a);
    kf_plat_close(&d);
    TTF_Quit();
    IMG_Quit();
    SDL_Quit();
    return kf_check_done();
}
