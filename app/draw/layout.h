/* layout.h - output size -> boxes, in resolution-independent units. Pure.
 *
 * One unit (u) is 1/100 of the shorter side, so a 1920x1080 frame and its
 * 1080x1920 portrait twin share type sizes; the boxes then use the width or
 * height the orientation gives. Every box lies inside the frame. */
#ifndef KF_LAYOUT_H
#define KF_LAYOUT_H

typedef struct kf_rect {
    int x, y, w, h;
} kf_rect;

/* The frame every slide shares. */
typedef struct kf_frame {
    int w, h;
    float u;          /* one unit in pixels                        */
    int portrait;     /* h > w                                     */
    kf_rect header;   /* the brand and the part                    */
    kf_rect brand;    /* the report's name and date: left of the
                         header, or its first line in portrait       */
    kf_rect part;     /* the slide's part of the report: right of the
                         header, or its second line in portrait      */
    kf_rect rule;     /* the thin line under the header            */
    kf_rect title;    /* the slide's heading                       */
    kf_rect body;     /* what the slide kind lays out              */
    kf_rect source;   /* the footer's source quote                 */
    kf_rect progress; /* the footer's progress bars, a bar a part  */
    kf_rect parts;    /* the parts' names over the bars            */
} kf_frame;

/* Lays out a w x h frame (w, h >= 1). */
void kf_layout_frame(int w, int h, kf_frame *f);

/* Splits body into n cards (1..4) for a grid slide: a row of up to 3 in
 * landscape (2x2 for 4), a column in portrait; gap between them in pixels.
 * Writes n rects into cells. */
void kf_layout_cells(kf_rect body, int n, int portrait, int gap, kf_rect *cells);

/* The progress bar's part bars in f->progress: n bars (1..8) of one width
 * in a row, 1.2 units apart; the names' boxes over them in f->parts, each
 * as wide as its bar. Writes n rects into bars and into names. */
void kf_layout_parts(const kf_frame *f, int n, kf_rect *bars, kf_rect *names);

/* Splits r into n equal rows (n >= 1) separated by gap pixels. */
void kf_layout_rows(kf_rect r, int n, int gap, kf_rect *rows);

/* r shrunk by dx on the left and right and dy at the top and bottom (never
 * below zero size). */
kf_rect kf_rect_inset(kf_rect r, int dx, int dy);

/* 1 if inner lies entirely inside outer. */
int kf_rect_contains(kf_rect outer, kf_rect inner);

#endif
