/* draw_hero.c - one headline figure: its pictogram, the number as large as
 * the screen allows, its label under it, the delta line under that,
 * centred. */
#include "draw.h"
#include "theme.h"

int kf_draw_hero(kf_build *b, const kf_slide *slide, kf_scene *s)
{
    const SDL_Color gold = kf_draw_accent(slide); /* the numbers: gold, or a goal's */
    static const SDL_Color ink = KF_INK, soft = KF_INK_SOFT;
    const kf_figure *fig = &slide->figures[0];
    kf_rect body = b->f.body;
    int first = s->n_pieces;
    int u = kf_draw_px(b, 1);

    /* the pictogram over the number */
    int icon_h = 0;
    if (fig->icon[0]) {
        int ipx = kf_draw_px(b, KF_SIZE_ICON * 2);
        icon_h = kf_text_height(b->text, KF_FONT_ICON, ipx) + 2 * u;
        if (kf_draw_icon(b, s, fig, ipx, (kf_rect){body.x, body.y, body.w, icon_h}, KF_ALIGN_CENTER,
                         gold)
                .w < 0)
            return -1;
    }
    kf_rect nbox = {body.x, body.y + icon_h, body.w, body.h * 55 / 100 - icon_h};
    /* in portrait the width allows a larger number than the height does in
     * landscape */
    int hpx = kf_draw_px(b, b->f.portrait ? KF_SIZE_HERO * 1.35f : KF_SIZE_HERO);
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
    /* centre the group, a little above the middle, as the eye expects */
    int dy = (body.y + body.h - bottom) * 45 / 100;
    kf_draw_shift(s, first, 0, dy > 0 ? dy : 0, body);
    return 0;
}
