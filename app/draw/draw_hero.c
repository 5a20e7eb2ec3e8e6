/* draw_hero.c - one headline figure: its pictogram, the number as large as
 * the screen allows, its label under it, the delta line under that; the
 * digits of every hero end on the same line. */
#include "draw.h"
#include "theme.h"

/* Where a hero's digits end, a fraction of the body's height from its top:
 * a little above the middle, as the eye expects, with room under for a
 * two-line label and a delta line. */
#define KF_HERO_BASE          0.62
#define KF_HERO_BASE_PORTRAIT 0.52

int kf_draw_hero(kf_build *b, const kf_slide *slide, kf_scene *s)
{
    const SDL_Color gold = kf_draw_accent(slide); /* the numbers: gold, or a goal's */
    static const SDL_Color ink = KF_INK, soft = KF_INK_SOFT;
    const kf_figure *fig = &slide->figures[0];
    kf_rect body = b->f.body;
    int first = s->n_pieces;
    int u = kf_draw_px(b, 1);

    /* every hero's digits end on one line (KF_HERO_BASE of the body), so
     * consecutive heroes do not jump: the number over it, the pictogram
     * over the number, the label and delta under it */
    int hpx = kf_draw_px(b, KF_SIZE_HERO * (b->f.portrait ? 1.35f : 1.2f));
    int nh = 0, ipx = kf_draw_px(b, KF_SIZE_ICON * 1.5f);
    int icon_h = fig->icon[0] ? kf_text_height(b->text, KF_FONT_ICON, ipx) + 2 * u : 0;
    kf_rect probe = {body.x, body.y, body.w, body.h * 62 / 100 - icon_h};
    hpx = kf_draw_figure_fit(b, fig, fig->value, hpx, probe, NULL, &nh);
    int base = body.y + (int)(body.h * (b->f.portrait ? KF_HERO_BASE_PORTRAIT : KF_HERO_BASE));
    if (base - nh - icon_h < body.y) base = body.y + nh + icon_h;
    if (fig->icon[0] &&
        kf_draw_icon(b, s, fig, ipx, (kf_rect){body.x, base - nh - icon_h, body.w, icon_h},
                     KF_ALIGN_CENTER, gold)
                .w < 0)
        return -1;
    kf_rect nbox = {body.x, base - nh, body.w, nh};
    kf_rect n = kf_draw_figure(b, s, fig, fig->value, hpx, nbox, KF_ALIGN_CENTER, gold, soft, 1);
    if (n.w < 0) return -1;
    int y = n.y + n.h + 4 * u;
    kf_rect lbox = {body.x, y, body.w, body.y + body.h - y};
    kf_rect l =
        kf_draw_text(b, s, fig->label, KF_FONT_BOLD, KF_SIZE_LABEL, lbox, 2, KF_ALIGN_CENTER, ink);
    if (l.w < 0) return -1;
    int bottom = l.y + l.h;
    if (fig->delta[0]) {
        y = bottom + 2 * u;
        kf_rect dbox = {body.x, y, body.w, body.y + body.h - y};
        kf_rect d = kf_draw_text(b, s, fig->delta, KF_FONT_REGULAR, KF_SIZE_DELTA, dbox, 2,
                                 KF_ALIGN_CENTER, soft);
        if (d.w < 0) return -1;
        if (d.h) bottom = d.y + d.h;
    }
    kf_draw_shift(s, first, 0, 0, body);
    return 0;
}
