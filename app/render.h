/* render.h - the only SDL_Renderer drawing code: a built scene at some alpha and offset with its
 * numbers at some count-up progress, and the progress dots. Draws; never rasterises text. */
#ifndef KF_RENDER_H
#define KF_RENDER_H
#include <SDL.h>

#include "layout.h"
#include "scene.h"

/* Draws scene s with alpha (0..1), moved down by dy pixels, its numbers
 * at count-up progress countup (0..1; 1 = their final text). */
int kf_render_scene(SDL_Renderer *r, const kf_scene *s, float alpha, int dy, double countup);

/* Draws n progress dots in f->progress: slide `current` lit, and during a
 * transition (t in 0..1, else t < 0) the light moving to `next`. */
int kf_render_progress(SDL_Renderer *r, const kf_frame *f, int n, int current, int next, double t);

#endif
