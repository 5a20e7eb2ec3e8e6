/* chart.h - the chart slides' vector shapes (ring gauges, rounded bars and
 * columns), rasterised once per slide with cairo into textures: the scene's
 * KF_PIECE_SHAPE pieces. render.c reveals a shape tied to a counting number
 * in step with it (a bar grows, a ring's arc sweeps), from the textures
 * made here, so nothing is rasterised per frame; once the count-up ends the
 * whole texture is drawn, the same pixels --export writes. */
#ifndef KF_CHART_H
#define KF_CHART_H

#include "draw.h"

/* Fills r (px) with a bar whose ends are rounded (radius half its shorter
 * side), or for KF_REVEAL_UP a column (its top corners rounded by 14 % of
 * its width, its base flat), colour c. reveal says how it follows number `number` of s as that
 * counts (KF_REVEAL_NONE: whole throughout, number ignored; RIGHT: grows
 * from its left end; UP: grows from its base), its extent in proportion to
 * the count and whole at the final value; with number -1 it stands whole
 * (a column's shape still). A bar is at least 2 px each way.
 * Returns 0, or -1 with a message in SDL_GetError (cairo or a texture
 * failed, or out of memory). */
int kf_chart_bar(kf_build *b, kf_scene *s, kf_rect r, SDL_Color c, kf_reveal reveal, int number);

/* Adds a ring gauge's arc in the square `sq` (px; the ring's outer edge
 * touches its sides less a 2 px margin): a band `thick` px wide (1 ..
 * radius), clockwise from `from` to `to` of the circle (0 = 12 o'clock,
 * 0 <= from <= to <= 1; the whole ring when to - from is 1), butt ends,
 * colour c. An arc from 0 with number >= 0 sweeps out as that number counts
 * (KF_REVEAL_SWEEP), reaching `to` at its final value; otherwise it stands
 * whole. A track is the arc from the share to 1: it never lies under the
 * share's arc, so a fade blends each pixel of one shape only. Returns 0 or
 * -1 as kf_chart_bar. */
int kf_chart_ring(kf_build *b, kf_scene *s, kf_rect sq, int thick, double from, double to,
                  SDL_Color c, int number);

/* Adds the track of a bar: the rounded rect r less the rounded bar of
 * length len px (0: none) at its left end, which is drawn on its own (so
 * no two shapes overlap). Whole throughout. Returns 0 or -1. */
int kf_chart_track(kf_build *b, kf_scene *s, kf_rect r, int len, SDL_Color c);

/* The fraction (0 .. 1) of its final extent a shape tied to number d shows
 * at count-up progress countup (0 .. 1): how far the counted value is from
 * `base` (the value where the shape starts: 0, or a truncated axis's start)
 * over how far the final one is; 1 when the number does not count or its
 * final value is not above base. Never above 1 (a bar is never past its
 * final length), exactly 1 at countup 1. */
double kf_chart_fraction(const kf_digits *d, double countup, double base);

/* kf_chart_bar for a bar (reveal KF_REVEAL_RIGHT) or a column (KF_REVEAL_UP)
 * on a truncated axis: the value at its start is `base`, so as number
 * `number` counts it shows (count - base) / (final - base) of its extent. */
int kf_chart_bar_from(kf_build *b, kf_scene *s, kf_rect r, SDL_Color c, kf_reveal reveal,
                      int number, double base);

#endif
