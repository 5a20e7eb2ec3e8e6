/* scene.h - a slide built for one output size: its text already
 * rasterised into textures, its shapes placed. Built once when a slide is
 * about to show (app/draw.c), drawn every frame with an alpha and an offset
 * (app/render.c), freed when the slide has gone.
 *
 * A number that counts up is a row of per-glyph textures (the digits, the
 * point and the range dash, rasterised once), so counting costs no
 * rasterisation per frame. */
#ifndef KF_SCENE_H
#define KF_SCENE_H
#include <SDL.h>
#include <stdint.h>

#include "layout.h"

typedef enum kf_piece_kind {
    KF_PIECE_TEXT,   /* a texture                                   */
    KF_PIECE_RECT,   /* a filled rectangle                          */
    KF_PIECE_NUMBER, /* a counting number: scene->numbers[number]   */
    KF_PIECE_SHAPE,  /* a chart shape's texture (chart.h)           */
} kf_piece_kind;

/* How a shape tied to a counting number shows its count (chart.h). */
typedef enum kf_reveal {
    KF_REVEAL_NONE,  /* whole throughout                                 */
    KF_REVEAL_RIGHT, /* a bar grows from its left end, round end leading  */
    KF_REVEAL_UP,    /* a column grows from its base, round top leading   */
    KF_REVEAL_SWEEP, /* a ring's arc sweeps clockwise from 12 o'clock     */
} kf_reveal;

/* 1 if piece p is read: a text or a number (not a rectangle or a shape). */
#define KF_PIECE_IS_TEXT(p) ((p)->kind == KF_PIECE_TEXT || (p)->kind == KF_PIECE_NUMBER)

/* What a piece is for, which sets the smallest size it may be drawn at
 * (theme.h's floors) and the contrast it needs (tools/legibility.c). */
typedef enum kf_role {
    KF_ROLE_READ,   /* numbers, titles, labels, second lines: read from 3-5 m */
    KF_ROLE_CHROME, /* header, footer quote, progress names, period chip      */
    KF_ROLE_MARK,   /* shapes and symbols that are not read (the arrow)       */
} kf_role;

typedef struct kf_piece {
    kf_piece_kind kind;
    kf_role role;
    kf_rect dst; /* where it is drawn, final state             */
    kf_rect src; /* TEXT/NUMBER: the rows of the texture shown
                    (w = 0: all of it); a figure's line is cropped
                    to the ink band of its digits                 */
    kf_rect box; /* the box it must stay inside                */
    kf_rect ink; /* where its ink is, unclipped by src or box (w = 0:
                    none): what the viewer sees, for the tests      */
    SDL_Color color;
    SDL_Texture *tex; /* TEXT, SHAPE                               */
    uint64_t key;     /* TEXT, SHAPE: what it shows (face, size, string;
                         a shape's form and size):
                         two pieces with the same kind, key, dst, src
                         and color draw the same pixels              */
    int number;       /* NUMBER: scene->numbers[number]; RECT with
                         grow: the number whose count its width follows */
    int grow;         /* RECT, SHAPE: follows a number's count-up   */
    kf_reveal reveal; /* SHAPE with grow: how                        */
    double sweep;     /* SHAPE, KF_REVEAL_SWEEP: the arc's extent at the
                         final value, a fraction of the circle          */
    int cap;          /* SHAPE: px of its leading end that is rounded,
                         drawn after the body as a bar grows            */
    double base;      /* SHAPE with grow: the value at the shape's start
                         (0, or a truncated axis's start)               */
    int px, face;     /* TEXT/NUMBER: the size drawn (px, after fitting)
                         and kf_font_face, for the legibility check     */
} kf_piece;

#define KF_DIGIT_GLYPHS 12 /* 0-9 . — */

typedef struct kf_digits {
    char final[40];   /* the text it ends on        */
    char start[40];   /* "" or the before value it counts up from
                         (kf_num_countup_from)          */
    int counts;       /* 0: shown final throughout (a "before" value,
                         or one kf_num_counts says does not count)  */
    int src_y, src_h; /* the band of each glyph shown */
    SDL_Texture *tex[KF_DIGIT_GLYPHS];
    int w[KF_DIGIT_GLYPHS], h[KF_DIGIT_GLYPHS], adv[KF_DIGIT_GLYPHS];
    kf_rect ink[KF_DIGIT_GLYPHS]; /* each glyph's ink in its texture */
} kf_digits;

typedef struct kf_scene {
    int slide; /* table index, or -1 for the shared chrome */
    int w, h;  /* output size it was built for             */
    kf_piece *pieces;
    int n_pieces, cap_pieces;
    kf_digits *numbers;
    int n_numbers, cap_numbers;
} kf_scene;

/* The text number d shows at count-up progress countup (0..1): its final
 * text if it does not count. Writes at most n bytes; returns the length. */
size_t kf_digits_text(const kf_digits *d, double countup, char *buf, size_t n);

/* Index of a glyph of a counting number ('0'..'9', '.', or the first byte
 * of "—"), or -1. */
int kf_digit_index(const char *s, size_t *len);

/* 1 if piece p of some scene draws exactly what q does (a twin: the same
 * text or rectangle in the same place), so a transition between the two
 * scenes leaves it still. Counting numbers have no twins. */
int kf_piece_twin(const kf_piece *p, const kf_piece *q);

/* 1 if scene s has a twin of p. */
int kf_scene_has_twin(const kf_scene *s, const kf_piece *p);

/* Appends a piece; returns a pointer to it (valid until the next append)
 * or NULL when out of memory. The scene owns the texture from then on. */
kf_piece *kf_scene_add(kf_scene *s, kf_piece p);

/* Appends an empty counting number; returns its index or -1. */
int kf_scene_add_number(kf_scene *s);

/* Frees every texture and the arrays; leaves an empty scene. */
void kf_scene_free(kf_scene *s);

#endif
