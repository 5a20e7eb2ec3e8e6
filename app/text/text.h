/* text.h - type: the only user of SDL_ttf. Opens the embedded fonts,
 * measures, fits text to boxes (shrinking, wrapping at kf_wrap's
 * opportunities) and rasterises it into textures.
 *
 * Rasterising is what costs; keyfig does it once per slide when the slide's
 * scene is built, never per frame. kf_text counts every rasterisation so the
 * benchmark and the tests can prove it. */
#ifndef KF_TEXT_H
#define KF_TEXT_H
#include <SDL.h>
#include <stddef.h>

#include "fonts.h"
#include "layout.h"
#include "wrap.h"

#define KF_TEXT_MAX_LINES 4

typedef struct kf_text kf_text;

/* The result of fitting a string into a box. */
typedef struct kf_fit {
    int px; /* font size chosen                      */
    int n_lines;
    kf_line lines[KF_TEXT_MAX_LINES];
    int width, height; /* of the whole block                    */
    int line_h;        /* distance between baselines            */
    int fits;          /* 0: it does not fit even at the floor  */
} kf_fit;

/* Starts SDL_ttf (reference-counted) and opens both embedded faces.
 * Returns NULL and writes a message into err on failure. */
kf_text *kf_text_open(char *err, size_t errlen);

/* The units that stay with a number when text wraps (kf_wrap): NULL-
 * terminated, owned by the caller and kept while t is used (the figures
 * table's kf_table.units). NULL: none. */
void kf_text_set_units(kf_text *t, const char *const *units);

/* Closes the fonts and stops SDL_ttf if nothing else uses it; t may be
 * NULL. */
void kf_text_close(kf_text *t);

/* Width in pixels of s[0..len) in face at size px, as kf_text_render sets
 * it: two adjacent CJK marks ("、“", "”。") half an em closer (punctuation
 * compression, CLREQ §3.1.6, kf_punct_joints). */
int kf_text_width(kf_text *t, kf_font_face face, int px, const char *s, size_t len);

/* Ascent (baseline below the top of a rendered line) and line height. */
int kf_text_ascent(kf_text *t, kf_font_face face, int px);
int kf_text_height(kf_text *t, kf_font_face face, int px);

/* Fits s into box_w x box_h: the largest size from max_px down to min_px
 * that wraps into at most max_lines lines with no line wider than box_w and
 * the block no taller than box_h (out->fits = 1), breaking lines between
 * words (kf_wrap); only where that fits at no size, inside words too. If
 * even min_px does not fit, out is the wrapping at min_px (out->fits = 0: the caller must give
 * the text more room; drawn as it is, it leaves the box). Text is never set
 * below min_px, so that it stays legible. line_gap is the extra space
 * between lines as a fraction of the size (0.25 = 1.25 line height). */
void kf_text_fit(kf_text *t, kf_font_face face, const char *s, int max_px, int min_px, int box_w,
                 int box_h, int max_lines, float line_gap, kf_fit *out);

/* Rasterises s[0..len) (compressed as kf_text_width measures it) in white (tint it with
 * SDL_SetTextureColorMod) into a new texture owned by the caller; stores its size, and in *ink (if
 * not NULL) the box of its pixels with any coverage, relative to the texture's top left (w = 0 if
 * it has no ink). Returns NULL on failure (message in SDL_GetError). Counts one rasterisation. */
SDL_Texture *kf_text_render(kf_text *t, SDL_Renderer *r, kf_font_face face, int px, const char *s,
                            size_t len, int *w, int *h, kf_rect *ink);

/* The advance of one code point in pixels. */
int kf_text_advance(kf_text *t, kf_font_face face, int px, uint32_t cp);

/* The ink box of one code point relative to the pen on the baseline:
 * maxy above the baseline, miny below it (negative), as SDL_ttf reports. */
void kf_text_glyph_box(kf_text *t, kf_font_face face, int px, uint32_t cp, int *miny, int *maxy);

/* The blank left of glyph cp's ink at px (its left side bearing, px): for
 * full-width opening punctuation (“《（) about half an em. */
int kf_text_left_bearing(kf_text *t, kf_font_face face, int px, uint32_t cp);

/* Rasterisations since kf_text_open. */
unsigned long kf_text_rasterisations(const kf_text *t);

#endif
