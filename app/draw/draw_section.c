/* draw_section.c - a part of the report opens: its title, large, with the
 * report's own subtitle, centred between the header and the footer. */
#include "draw.h"
#include "theme.h"

int kf_draw_section(kf_build *b, const kf_slide *slide, kf_scene *s)
{
    static const SDL_Color ink = KF_INK, soft = KF_INK_SOFT, red = KF_RED;
    const kf_figure *fig = &slide->figures[0];
    const kf_frame *f = &b->f;
    kf_rect area = {f->body.x, f->title.y, f->body.w, f->body.y + f->body.h - f->title.y};
    int first = s->n_pieces;
    int u = kf_draw_px(b, 1);

    /* a short red rule, the title, the subtitle; then centre the group */
    kf_rect rule = {area.x + (area.w - 12 * u) / 2, area.y, 12 * u, u > 1 ? u : 1};
    if (kf_draw_rect(s, rule, red)) return -1;
    kf_rect tbox = {area.x, rule.y + rule.h + 4 * u, area.w, area.h * 6 / 10};
    kf_rect t = kf_draw_text(b, s, fig->label, KF_FONT_BOLD, KF_SIZE_SECTION, tbox, 2,
                             KF_ALIGN_CENTER, ink);
    if (t.w < 0) return -1;
    kf_rect dbox = {area.x, t.y + t.h + 3 * u, area.w, area.y + area.h - (t.y + t.h + 3 * u)};
    kf_rect d = kf_draw_text(b, s, fig->delta, KF_FONT_REGULAR, KF_SIZE_LABEL, dbox, 2,
                             KF_ALIGN_CENTER, soft);
    if (d.w < 0) return -1;
    int bottom = fig->delta[0] ? d.y + d.h : t.y + t.h;
    int dy = (area.y + area.h - bottom) / 2 - (u * 2);
    if (dy < 0) dy = 0;
    kf_draw_shift(s, first, 0, dy, area);
    return 0;
}
