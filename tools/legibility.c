/* legibility.c - kf_legibility: is every slide legible from across a hall?
 * Measured on the exported frames, as a viewer's eye would.
 *
 * Usage: kf_legibility WxH [--verbose] [--png DIR] [--fill PERCENT] [--band PERCENT]
 *
 * Draws every slide's final state as --export does (the headless software
 * renderer), and for each piece of text or number that the scene holds:
 *  - size: the ink height of a reference glyph at the size actually drawn
 *    after fitting (国 for text, the digit 0 for a counting number) must be
 *    at least 36 px at 1080 px of shorter side for what is read (numbers,
 *    titles, labels, second lines, units, qualifiers) and 26 px for the
 *    chrome (header, footer quote, progress names, period chip), scaled
 *    with the shorter side;
 *  - contrast: the WCAG 2 contrast ratio between the piece's composited
 *    pixels and the frame drawn without any text (its background: the
 *    gradient, a card, a bar), at the pixel where they differ most (a
 *    stroke's core): at least 7:1 for text that is read and for the chrome,
 *    4.5:1 for marks (the arrow);
 *  - room: its ink inside its box and the screen, and on no other text's
 *    ink (text that does not fit at the floor is drawn there and leaves
 *    its box or runs into the next).
 *  - fill (with --fill): the share of the slide's body, cut into 4 x 4
 *    equal regions, whose regions hold text or chart ink (a card's
 *    background does not count) must be at least PERCENT, on every slide
 *    but a section's (a part's title page): a slide of one or two figures
 *    uses its space.
 *  - band (with --band): the tallest run of the body's rows without text
 *    or chart ink, as a share of the body's height, must be at most
 *    PERCENT on every slide but a section's: no empty strip across the
 *    screen (issue 8: portrait had 350-550 px bands under its heroes).
 * Run on tests/gen/limits.tsv's table (kf_legibility_limits), it shows that
 * the longest rows the figures grammar accepts fit every slot.
 * Prints the smallest size and contrast found per role, and one line per
 * failure ("slide N key: piece I (text 40 px): 国 ink 33 px < 36 px").
 * With --png, each slide's frame is also written as DIR/NN-key.png (to
 * look at the limits table's slides). Exit status 0 if all pass, 1 on a failure, 2 on bad usage. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app.h"
#include "platform.h"
#include "pngout.h"

#define READ_PX_1080   36.0
#define CHROME_PX_1080 26.0

static const char *const role_name[] = {"read", "chrome", "mark"};

static double channel(Uint8 c)
{
    double v = c / 255.0;
    return v <= 0.04045 ? v / 12.92 : pow((v + 0.055) / 1.055, 2.4);
}

/* WCAG 2 relative luminance of an ARGB8888 pixel. */
static double luminance(Uint32 px)
{
    return 0.2126 * channel((Uint8)(px >> 16)) + 0.7152 * channel((Uint8)(px >> 8)) +
           0.0722 * channel((Uint8)px);
}

static double ratio(double a, double b)
{
    return a > b ? (a + 0.05) / (b + 0.05) : (b + 0.05) / (a + 0.05);
}

/* A copy of the surface's pixels (ARGB8888, w*h). */
static Uint32 *grab(SDL_Surface *s)
{
    Uint32 *p = malloc((size_t)s->w * s->h * sizeof *p);
    if (!p) return NULL;
    for (int y = 0; y < s->h; y++)
        memcpy(p + (size_t)y * s->w, (Uint8 *)s->pixels + (size_t)y * s->pitch,
               (size_t)s->w * sizeof *p);
    return p;
}

/* Sets the alpha of every text and number piece of s (and with shapes, of
 * every chart shape) to a[i], saving the old ones in a if save. */
static void text_alpha(kf_scene *s, Uint8 *a, int save, int shapes)
{
    for (int i = 0; i < s->n_pieces; i++) {
        kf_piece *p = &s->pieces[i];
        if (!KF_PIECE_IS_TEXT(p) && !(shapes && p->kind == KF_PIECE_SHAPE)) continue;
        if (save) {
            Uint8 old = p->color.a;
            p->color.a = a[i];
            a[i] = old;
        } else {
            p->color.a = a[i];
        }
    }
}

typedef struct worst {
    double ink, contrast;
    int ink_slide, contrast_slide;
} worst;

/* The share (0..1) of f's body that has text or chart ink: the body cut
 * into FILL_CELLS x FILL_CELLS equal regions, a region counting if a pixel
 * of it differs between frame and bare (the frame drawn without the slide's
 * text, numbers and shapes: card backgrounds do not count). */
#define FILL_CELLS 4
static double body_fill(const kf_frame *f, const Uint32 *frame, const Uint32 *bare, int w)
{
    int inked = 0, cells = 0;
    const kf_rect b = f->body;
    for (int j = 0; j < FILL_CELLS; j++)
        for (int i = 0; i < FILL_CELLS; i++) {
            int any = 0;
            int x0 = b.x + b.w * i / FILL_CELLS, x1 = b.x + b.w * (i + 1) / FILL_CELLS;
            int y0 = b.y + b.h * j / FILL_CELLS, y1 = b.y + b.h * (j + 1) / FILL_CELLS;
            for (int y = y0; y < y1 && !any; y++)
                for (int x = x0; x < x1; x++)
                    if (frame[(size_t)y * w + x] != bare[(size_t)y * w + x]) {
                        any = 1;
                        break;
                    }
            inked += any, cells++;
        }
    return cells ? (double)inked / cells : 1;
}

/* The tallest run (0..1 of the body's height) of f's body rows in which no
 * pixel differs between frame and bare: an empty band across the body. */
static double body_band(const kf_frame *f, const Uint32 *frame, const Uint32 *bare, int w)
{
    const kf_rect b = f->body;
    int run = 0, tallest = 0;
    for (int y = b.y; y < b.y + b.h; y++) {
        int any = 0;
        for (int x = b.x; x < b.x + b.w && !any; x++)
            any = frame[(size_t)y * w + x] != bare[(size_t)y * w + x];
        run = any ? 0 : run + 1;
        if (run > tallest) tallest = run;
    }
    return b.h > 0 ? (double)tallest / b.h : 0;
}

static int draw(kf_app *a, kf_display *d)
{
    return kf_plat_frame_begin(d) != 0 || kf_app_draw(a, KF_COUNTUP_MS) != 0 ||
                   kf_plat_frame_end(d) != 0
               ? -1
               : 0;
}

/* Checks the pieces of scene s (of slide `slide`, 0-based; -1: chrome)
 * against the frame and its background. Returns the failures. */
static int check_scene(kf_app *a, const kf_scene *s, int slide, const Uint32 *frame,
                       const Uint32 *bg, int w, int h, worst *wr, int verbose)
{
    int fails = 0, shorter = w < h ? w : h;
    const char *key = slide >= 0 ? a->table->slides[slide].key : "chrome";
    for (int i = 0; i < s->n_pieces; i++) {
        const kf_piece *p = &s->pieces[i];
        if (!KF_PIECE_IS_TEXT(p) || p->color.a == 0) continue;
        /* size: the reference glyph's ink at the size drawn */
        int miny, maxy;
        kf_text_glyph_box(a->text, (kf_font_face)p->face, p->px,
                          p->kind == KF_PIECE_NUMBER ? '0' : 0x56FD /* 国 */, &miny, &maxy);
        int ink = maxy - miny;
        double need = p->role == KF_ROLE_READ     ? READ_PX_1080 * shorter / 1080
                      : p->role == KF_ROLE_CHROME ? CHROME_PX_1080 * shorter / 1080
                                                  : 0;
        if (p->role != KF_ROLE_MARK) {
            if (ink < wr[p->role].ink) wr[p->role].ink = ink, wr[p->role].ink_slide = slide;
            if (ink + 0.5 < need) {
                printf("slide %d %s: piece %d (%s %d px at %d,%d): %s ink %d px < %.1f px\n",
                       slide + 1, key, i, role_name[p->role], p->px, p->dst.x, p->dst.y,
                       p->kind == KF_PIECE_NUMBER ? "digit" : "国", ink, need);
                fails++;
            }
        }
        /* room: shrinking stopped at the floor, so text that does not fit
         * its slot there leaves its box */
        kf_rect screen = {0, 0, w, h};
        if (p->ink.w && (!kf_rect_contains(p->box, p->ink) || !kf_rect_contains(screen, p->ink))) {
            printf(
                "slide %d %s: piece %d (%s %d px at %d,%d): ink %d,%d %dx%d leaves its box %d,%d "
                "%dx%d\n",
                slide + 1, key, i, role_name[p->role], p->px, p->dst.x, p->dst.y, p->ink.x,
                p->ink.y, p->ink.w, p->ink.h, p->box.x, p->box.y, p->box.w, p->box.h);
            fails++;
        }
        for (int j = i + 1; j < s->n_pieces; j++) {
            const kf_piece *q = &s->pieces[j];
            kf_rect pa = p->ink, c = q->ink;
            if (!KF_PIECE_IS_TEXT(q) || !pa.w || !c.w) continue;
            if (pa.x < c.x + c.w && c.x < pa.x + pa.w && pa.y < c.y + c.h && c.y < pa.y + pa.h) {
                printf("slide %d %s: pieces %d and %d (%s %d px at %d,%d): their ink overlaps\n",
                       slide + 1, key, i, j, role_name[p->role], p->px, p->dst.x, p->dst.y);
                fails++;
            }
        }
        /* contrast: the stroke's core against what lies under it */
        kf_rect r = p->dst;
        int x0 = r.x > 0 ? r.x : 0, y0 = r.y > 0 ? r.y : 0;
        int x1 = r.x + r.w < w ? r.x + r.w : w, y1 = r.y + r.h < h ? r.y + r.h : h;
        double best = 1;
        for (int y = y0; y < y1; y++)
            for (int x = x0; x < x1; x++) {
                size_t k = (size_t)y * w + x;
                if (frame[k] == bg[k]) continue;
                double c = ratio(luminance(frame[k]), luminance(bg[k]));
                if (c > best) best = c;
            }
        if (best == 1) continue; /* nothing of it on screen (e.g. a space) */
        if (best < wr[p->role].contrast)
            wr[p->role].contrast = best, wr[p->role].contrast_slide = slide;
        double need_c = p->role == KF_ROLE_MARK ? 4.5 : 7.0;
        if (best < need_c) {
            printf("slide %d %s: piece %d (%s %d px at %d,%d): contrast %.2f:1 < %.1f:1\n",
                   slide + 1, key, i, role_name[p->role], p->px, p->dst.x, p->dst.y, best, need_c);
            fails++;
        }
        if (verbose)
            printf("slide %d %s: piece %d %s %d px: ink %d px, contrast %.2f:1\n", slide + 1, key,
                   i, role_name[p->role], p->px, ink, best);
    }
    return fails;
}

int main(int argc, char **argv)
{
    int w, h, verbose = 0;
    double fill_min = 0; /* --fill: the least share of the body with ink */
    double band_max = 0; /* --band: the tallest empty band's share, at most */
    const char *png_dir = NULL;
    char err[512], path[4096];
    for (int k = 2; k < argc; k++) {
        if (strcmp(argv[k], "--verbose") == 0) verbose = 1;
        else if (strcmp(argv[k], "--png") == 0 && k + 1 < argc) png_dir = argv[++k];
        else if (strcmp(argv[k], "--fill") == 0 && k + 1 < argc) fill_min = atof(argv[++k]) / 100;
        else if (strcmp(argv[k], "--band") == 0 && k + 1 < argc) band_max = atof(argv[++k]) / 100;
        else argc = 0; /* bad usage */
    }
    if (argc < 2 || sscanf(argv[1], "%dx%d", &w, &h) != 2 || w < 64 || h < 64) {
        fprintf(stderr, "usage: kf_legibility WxH [--verbose] [--png DIR] [--fill PERCENT] "
                        "[--band PERCENT]\n");
        return 2;
    }
    kf_display d;
    kf_app a;
    if (kf_plat_open_headless(w, h, &d, err, sizeof err) != KF_PLAT_OK) {
        fprintf(stderr, "kf_legibility: %s\n", err);
        return 1;
    }
    const kf_table *t = &kf_figures;
    if (kf_app_init(&a, t, &d, 0, 0, 0, 0, err, sizeof err) != 0) {
        fprintf(stderr, "kf_legibility: %s\n", err);
        kf_plat_close(&d);
        return 1;
    }
    worst wr[3] = {{1e9, 1e9, 0, 0}, {1e9, 1e9, 0, 0}, {1e9, 1e9, 0, 0}};
    double least_fill = 2, tallest_band = -1;
    int least_fill_slide = 0, tallest_band_slide = 0;
    int fails = 0, status = 0;
    for (int i = 0; i < t->n_slides && status == 0; i++) {
        kf_show_jump(&a.show, i, 0);
        /* the tool's own copy of the slide's scene: it hides the text to
         * draw the background, then shows it again */
        kf_scene *s = (kf_scene *)kf_app_scene(&a, i);
        Uint32 *frame = NULL, *bg = NULL, *bare = NULL;
        Uint8 *sa = s ? malloc((size_t)s->n_pieces + 1) : NULL;
        Uint8 *ca = malloc((size_t)a.chrome.n_pieces + 1);
        if (!s || !sa || !ca || draw(&a, &d) != 0 || !(frame = grab(d.surface))) {
            fprintf(stderr, "kf_legibility: cannot draw slide %d: %s\n", i + 1, SDL_GetError());
            status = 1;
        } else {
            snprintf(path, sizeof path, "%s/%02d-%s.png", png_dir, i + 1, t->slides[i].key);
            if (png_dir && (kf_png_make_dirs(png_dir, err, sizeof err) != 0 ||
                            kf_png_write(d.surface, path, err, sizeof err) != 0))
                fprintf(stderr, "kf_legibility: %s\n", err), status = 1;
            memset(sa, 0, (size_t)s->n_pieces), memset(ca, 0, (size_t)a.chrome.n_pieces);
            text_alpha(s, sa, 1, 0), text_alpha(&a.chrome, ca, 1, 0);
            int ok = draw(&a, &d) == 0 && (bg = grab(d.surface));
            text_alpha(s, sa, 0, 0), text_alpha(&a.chrome, ca, 0, 0);
            /* and without its charts too, for the body's fill */
            memset(sa, 0, s->n_pieces > 0 ? (size_t)s->n_pieces : 0);
            text_alpha(s, sa, 1, 1);
            ok = ok && draw(&a, &d) == 0 && (bare = grab(d.surface));
            text_alpha(s, sa, 0, 1);
            if (!ok) {
                fprintf(stderr, "kf_legibility: cannot draw slide %d's background\n", i + 1);
                status = 1;
            } else {
                fails += check_scene(&a, s, i, frame, bg, w, h, wr, verbose);
                if (i == 0) fails += check_scene(&a, &a.chrome, -1, frame, bg, w, h, wr, verbose);
                double fill = body_fill(&a.build.f, frame, bare, w);
                /* a section slide is a part's title page: a pause, not figures */
                int section = t->slides[i].kind == KF_SLIDE_SECTION;
                if (!section && fill < least_fill) least_fill = fill, least_fill_slide = i;
                if (fill_min > 0 && !section && fill < fill_min) {
                    printf("slide %d %s: ink in %.0f %% of its body, less than %.0f %%\n", i + 1,
                           t->slides[i].key, 100 * fill, 100 * fill_min);
                    fails++;
                }
                double band = body_band(&a.build.f, frame, bare, w);
                if (!section && band > tallest_band) tallest_band = band, tallest_band_slide = i;
                if (band_max > 0 && !section && band > band_max) {
                    printf("slide %d %s: an empty band of %.0f %% of its body, more than %.0f %%\n",
                           i + 1, t->slides[i].key, 100 * band, 100 * band_max);
                    fails++;
                }
                if (verbose)
                    printf("slide %d %s: body fill %.0f %%, tallest empty band %.0f %%\n", i + 1,
                           t->slides[i].key, 100 * fill, 100 * band);
            }
        }
        free(frame), free(bg), free(bare), free(sa), free(ca);
    }
    if (status == 0) {
        for (int r = 0; r < 3; r++) {
            if (wr[r].contrast > 1e8) continue;
            if (r == KF_ROLE_MARK)
                printf("%dx%d %-6s: lowest contrast %.2f:1 (slide %d)\n", w, h, role_name[r],
                       wr[r].contrast, wr[r].contrast_slide + 1);
            else
                printf("%dx%d %-6s: smallest reference ink %.0f px (slide %d), lowest contrast "
                       "%.2f:1 (slide %d)\n",
                       w, h, role_name[r], wr[r].ink, wr[r].ink_slide + 1, wr[r].contrast,
                       wr[r].contrast_slide + 1);
        }
        printf("%dx%d body  : least fill %.0f %% (slide %d), tallest empty band %.0f %% "
               "(slide %d)\n",
               w, h, 100 * least_fill, least_fill_slide + 1, 100 * tallest_band,
               tallest_band_slide + 1);
        printf("kf_legibility: %dx%d: %d slides, %d failure%s\n", w, h, t->n_slides, fails,
               fails == 1 ? "" : "s");
    }
    kf_app_free(&a);
    kf_plat_close(&d);
    SDL_Quit();
    return status ? 1 : fails ? 1 : 0;
}
