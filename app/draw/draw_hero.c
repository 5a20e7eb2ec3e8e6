/* draw_hero.c - one headline figure: its pictogram, the number as large as
 * the screen allows, its label under it, the delta line under that; the
 * digits of every hero end on the same line. */
#include "draw.h"
#include "theme.h"

/* Where a hero's digits end, a fraction of the body's height from its top:
 * a little above the middle, as the eye expects, with room under for a
 * two-line label and a delta line. In portrait the group (pictogram,
 * number, label, delta) is then about centred in the tall body: measured
 * over the table's heroes, the empty band above or below is at most 24 %
 * of the body (kf_legibility --band). */
#define KF_HERO_BASE          0.62
#define KF_HERO_BASE_PORTRAIT 0.64

/* Portrait is width-bound: the number cannot grow with the tall body, so
 * the pictogram and the label grow instead. */
#define KF_HERO_ICON           1.5f
#define KF_HERO_ICON_PORTRAIT  3.2f
#define KF_HERO_LABEL_PORTRAIT 1.25f

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
    int portrait = b->f.portrait;
    int nh = 0,
        ipx = kf_draw_px(b, KF_SIZE_ICON * (portrait ? KF_HERO_ICON_PORTRAIT : KF_HERO_ICON));
    int icon_h =
        fig->icon[0] ? kf_text_height(b->text, KF_FONT_ICON, ipx) + (portrait ? 9 : 2) * u : 0;
    kf_rect probe = {body.x, body.y, body.w, body.h * 62 / 100 - icon_h};
    hpx = kf_draw_figure_fit(b, fig, fig->value, hpx, probe, NULL, &nh);
    int base = body.y + (int)(body.h * (portrait ? KF_HERO_BASE_PORTRAIT : KF_HERO_BASE));
    if (base - nh - icon_h < body.y) base = body.y + nh + icon_h;
    if (fig->icon[0] &&
        kf_draw_icon(b, s, fig, ipx, (kf_rect){body.x, base - nh - icon_h, body.w, icon_h},
                     KF_ALIGN_CENTER, gold)
                .w < 0)
        return -1;
    kf_rect nbox = {body.x, base - nh, body.w, nh};
    kf_rect n = kf_draw_figure(b, s, fig, fig->value, hpx, nbox, KF_ALIGN_CENTER, gold, soft, 1);
    if (n.w < 0) return -1;
    int y = n.y + n.h + (portrait ? 9 : 4) * u;
    kf_rect lbox = {body.x, y, body.w, body.y + body.h - y};
    float lsize = KF_SIZE_LABEL * (portrait ? KF_HERO_LABEL_PORTRAIT : 1.0f);
    kf_rect l = kf_draw_text(b, s, fig->label, KF_FONT_BOLD, lsize, lbox, 2, KF_ALIGN_CENTER, ink);
    if (l.w < 0) return -1;
    int bottom = l.y + l.h;
    if (fig->delta[0]) {
        y = bottom + (portrait ? 4 : 2) * u;
        kf_rect dbox = {body.x, y, body.w, body.y + body.h - y};
        float dsize = KF_SIZE_DELTA * (portrait ? KF_HERO_LABEL_PORTRAIT : 1.0f);
        kf_rect d =
            kf_draw_text(b, s, fig->delta, KF_FONT_REGULAR, dsize, dbox, 2, KF_ALIGN_CENTER, soft);
        if (d.w < 0) return -1;
        if (d.h) bottom = d.y + d.h;
    }
    kf_draw_shift(s, first, 0, 0, body);
    return 0;
}
