/* test_layout.c - the frame's boxes at every size keyfig supports: inside
 * the frame, not overlapping, proportional to the shorter side. */
#include "check.h"
#include "layout.h"

static int overlap(kf_rect a, kf_rect b)
{
    return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

int main(void)
{
    static const int sizes[][2] = {{640, 360},   {1280, 720},  {1920, 1080}, {3840, 2160},
                                   {1080, 1920}, {360, 640},   {2160, 3840}, {1024, 768},
                                   {800, 480},   {1920, 1200}, {720, 1280}};
    for (size_t i = 0; i < sizeof sizes / sizeof sizes[0]; i++) {
        int w = sizes[i][0], h = sizes[i][1];
        kf_frame f;
        kf_rect screen = {0, 0, w, h};
        kf_layout_frame(w, h, &f);
        kf_rect boxes[] = {f.header, f.rule, f.title, f.body, f.source, f.progress, f.parts};
        for (size_t b = 0; b < sizeof boxes / sizeof boxes[0]; b++) {
            KF_CHECK(kf_rect_contains(screen, boxes[b]), "%dx%d box %zu outside", w, h, b);
            KF_CHECK(boxes[b].w > 0 && boxes[b].h > 0, "%dx%d box %zu empty", w, h, b);
        }
        KF_CHECK(!overlap(f.title, f.body), "%dx%d title/body", w, h);
        KF_CHECK(!overlap(f.body, f.source), "%dx%d body/source", w, h);
        KF_CHECK(!overlap(f.body, f.progress), "%dx%d body/progress", w, h);
        KF_CHECK(!overlap(f.source, f.progress), "%dx%d source/progress", w, h);
        KF_CHECK(!overlap(f.source, f.parts) && !overlap(f.body, f.parts) &&
                     !overlap(f.parts, f.progress),
                 "%dx%d the parts' names", w, h);
        /* a bar a part, side by side, the names over their bars */
        for (int n = 1; n <= 8; n++) {
            kf_rect bars[8], names[8];
            kf_layout_parts(&f, n, bars, names);
            for (int c = 0; c < n; c++) {
                KF_CHECK(kf_rect_contains(f.progress, bars[c]) &&
                             kf_rect_contains(f.parts, names[c]),
                         "%dx%d part %d/%d outside", w, h, c, n);
                KF_CHECK(names[c].x == bars[c].x && names[c].w == bars[c].w, "%dx%d name %d", w, h,
                         c);
                if (c)
                    KF_CHECK(bars[c].x > bars[c - 1].x + bars[c - 1].w, "%dx%d bars %d", w, h, c);
            }
        }
        KF_CHECK(!overlap(f.header, f.title), "%dx%d header/title", w, h);
        KF_CHECK(f.body.h > h / 3, "%dx%d body too short: %d", w, h, f.body.h);
        KF_CHECK_INT(f.portrait, h > w);
        for (int n = 1; n <= 4; n++) {
            kf_rect cells[4];
            kf_layout_cells(f.body, n, f.portrait, 20, cells);
            for (int c = 0; c < n; c++) {
                KF_CHECK(kf_rect_contains(f.body, cells[c]), "%dx%d cell %d/%d", w, h, c, n);
                for (int d = 0; d < c; d++)
                    KF_CHECK(!overlap(cells[c], cells[d]), "%dx%d cells %d,%d", w, h, c, d);
            }
        }
    }
    /* the same type scale at 1920x1080 and its portrait twin */
    kf_frame l, p;
    kf_layout_frame(1920, 1080, &l);
    kf_layout_frame(1080, 1920, &p);
    KF_CHECK(l.u == p.u, "unit differs: %f %f", l.u, p.u);
    /* 4K is 1080p scaled by 2 */
    kf_frame k;
    kf_layout_frame(3840, 2160, &k);
    KF_CHECK(k.title.y == 2 * l.title.y || k.title.y == 2 * l.title.y + 1, "4K title %d vs %d",
             k.title.y, l.title.y);
    /* rows */
    kf_rect rows[5];
    kf_layout_rows((kf_rect){0, 0, 100, 500}, 5, 10, rows);
    KF_CHECK_INT(rows[4].y + rows[4].h <= 500, 1);
    KF_CHECK_INT(rows[1].y - (rows[0].y + rows[0].h), 10);
    kf_rect in = kf_rect_inset((kf_rect){0, 0, 10, 10}, 20, 20);
    KF_CHECK(in.w >= 0 && in.h >= 0, "inset never negative");
    return kf_check_done();
}
