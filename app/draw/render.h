/* render.h - the only SDL_Renderer drawing code: a built scene at some
 * opacity with its numbers at some count-up progress, and the progress
 * bar. Draws; never rasterises text. Every drawing call can be recorded in
 * a draw log, which is how the tests see what a frame was made of. */
#ifndef KF_RENDER_H
#define KF_RENDER_H
#include <SDL.h>

#include "layout.h"
#include "parts.h"
#include "scene.h"

#define KF_DRAW_CHROME   -1 /* kf_draw_op.slide of the shared chrome      */
#define KF_DRAW_PROGRESS -2 /* kf_draw_op.slide of the progress bar       */

/* One drawing operation of a frame. */
typedef struct kf_draw_op {
    int slide; /* the scene's slide, or KF_DRAW_CHROME / KF_DRAW_PROGRESS    */
    int piece; /* its index in the scene (the progress bar: the segment)     */
    kf_piece_kind kind;
    kf_rect dst;   /* where it was drawn, px (a number: its glyphs' cells)    */
    int alpha;     /* the opacity it was drawn with, 0..255                   */
    int twin;      /* 1 if drawn opaque as a twin of the other slide's piece  */
    char text[40]; /* KF_PIECE_NUMBER: the text drawn                         */
} kf_draw_op;

/* The operations of one frame, in drawing order. */
typedef struct kf_draw_log {
    kf_draw_op *ops;
    int n, cap;
    int lost; /* operations not recorded (out of memory) */
} kf_draw_log;

/* Empties log (keeps its memory); log may be NULL. */
void kf_draw_log_clear(kf_draw_log *log);

/* Frees log's memory; leaves it empty. */
void kf_draw_log_free(kf_draw_log *log);

/* Draws scene s with its own content at opacity alpha (0..255) and its
 * numbers at count-up progress countup (0..1; 1 = their final text);
 * pieces that have a twin in `other` (may be NULL) are drawn opaque, as
 * they stay still across a transition between the two. Pieces at opacity
 * 0 are not drawn. Appends what it draws to log (may be NULL). Returns 0,
 * or -1 if a drawing call failed (message in SDL_GetError). */
int kf_render_scene(SDL_Renderer *r, const kf_scene *s, const kf_scene *other, int alpha,
                    double countup, kf_draw_log *log);

/* Draws the progress bar in f->progress: a bar a part of the report, the
 * parts before slide `lit`'s filled, its own filled up to its place in it,
 * the rest as tracks (the parts' names are its slide's pieces: draw.c).
 * Returns 0 or -1. */
int kf_render_progress(SDL_Renderer *r, const kf_frame *f, const kf_parts *parts, int lit,
                       kf_draw_log *log);

#endif
