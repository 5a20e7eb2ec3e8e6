/* draw.c - slide builders' shared pieces: text blocks, figures on one
 * baseline, the frame around every slide, and the kind dispatch table. */
#include "draw.h"

#include <stdio.h>
#include <string.h>

#include "numfmt.h"
#include "punct.h"
#include "ui_strings.h"
#include "theme.h"
#include "utf8.h"

/* clang-format off */
static const kf_draw_fn builders[] = {
    [KF_SLIDE_SECTION] = kf_draw_section,
    [KF_SLIDE_HERO]    = kf_draw_hero,
    [KF_SLIDE_GRID]    = kf_draw_grid,
    [KF_SLIDE_CHANGE]  = kf_draw_change,
    [KF_SLIDE_TARGETS]    = kf_draw_targets,
    [KF_SLIDE_STATEMENTS] = kf_draw_statements,
    [KF_SLIDE_RING]       = kf_draw_ring,
    [KF_SLIDE_PAIR]       = kf_draw_pair,
    [KF_SLIDE_BARS]       = kf_draw_bars,
};
/* clang-format on */
/* sized by its initialisers: a kind added to figures.h without a builder
 * here makes it one short */
_Static_assert(sizeof builders / sizeof builders[0] == KF_SLIDE_KIND_COUNT,
               "one builder per slide kind");

static int px_of(const kf_build *b, float size_u)
{
    int px = (int)(b->f.u * size_u + 0.5f);
    return px > 0 ? px : 1;
}

int kf_draw_rect(kf_scene *s, kf_rect r, SDL_Color c)
{
    kf_piece p = {.kind = KF_PIECE_RECT, .dst = r, .box = r, .ink = r, .color = c};
    return kf_scene_add(s, p) ? 0 : -1;
}

int kf_draw_bar(kf_scene *s, kf_rect r, SDL_Color c, int number)
{
    kf_piece p = {.kind = KF_PIECE_RECT,
                  .dst = r,
                  .box = r,
                  .ink = r,
                  .color = c,
                  .grow = 1,
                  .number = number};
    return kf_scene_add(s, p) ? 0 : -1;
}

/* What a text piece shows, as a key for kf_piece_twin (FNV-1a 64). */
static uint64_t text_key(kf_font_face face, int px, const char *str, size_t len)
{
    uint64_t h = 1469598103934665603u;
    unsigned char head[2] = {(unsigned char)face, 0};
    for (int i = 0; i < 2; i++) h = (h ^ head[i]) * 1099511628211u;
    for (int i = 0; i < 4; i++) h = (h ^ (unsigned char)(px >> (8 * i))) * 1099511628211u;
    for (size_t i = 0; i < len; i++) h = (h ^ (unsigned char)str[i]) * 1099511628211u;
    return h;
}

/* The last code point of s[0..len). */
static uint32_t last_cp(const char *s, size_t len)
{
    uint32_t cp = 0;
    for (size_t i = 0; i < len;) i += (size_t)kf_utf8_decode(s + i, len - i, &cp);
    return cp;
}

static kf_rect moved(kf_rect r, int dx, int dy)
{
    return r.w ? (kf_rect){r.x + dx, r.y + dy, r.w, r.h} : r;
}

kf_rect kf_draw_icon(kf_build *b, kf_scene *s, const kf_figure *fig, int px, kf_rect box, int align,
                     SDL_Color c)
{
    if (!fig->icon[0]) return (kf_rect){box.x, box.y, 0, 0};
    return kf_draw_text_role(b, s, fig->icon, KF_FONT_ICON, px, KF_ROLE_MARK, box, 1, align, c);
}

int kf_draw_floor(const kf_build *b, kf_role role)
{
    return px_of(b, role == KF_ROLE_CHROME ? KF_SIZE_CHROME_MIN
                    : role == KF_ROLE_MARK ? 1.0f
                                           : KF_SIZE_READ_MIN);
}

void kf_draw_fit(kf_build *b, kf_font_face face, const char *str, int px, kf_role role, int w,
                 int h, int max_lines, kf_fit *out)
{
    kf_text_fit(b->text, face, str, px, kf_draw_floor(b, role), w, h, max_lines, KF_LINE_GAP, out);
}

kf_rect kf_draw_text(kf_build *b, kf_scene *s, const char *str, kf_font_face face, float size_u,
                     kf_rect box, int max_lines, int align, SDL_Color c)
{
    return kf_draw_text_role(b, s, str, face, px_of(b, size_u), KF_ROLE_READ, box, max_lines, align,
                             c);
}

kf_rect kf_draw_chrome_text(kf_build *b, kf_scene *s, const char *str, kf_font_face face,
                            float size_u, kf_rect box, int max_lines, int align, SDL_Color c)
{
    return kf_draw_text_role(b, s, str, face, px_of(b, size_u), KF_ROLE_CHROME, box, max_lines,
                             align, c);
}

kf_rect kf_draw_text_px(kf_build *b, kf_scene *s, const char *str, kf_font_face face, int px,
                        kf_rect box, int max_lines, int align, SDL_Color c)
{
    return kf_draw_text_role(b, s, str, face, px, KF_ROLE_READ, box, max_lines, align, c);
}

kf_rect kf_draw_text_role(kf_build *b, kf_scene *s, const char *str, kf_font_face face, int px,
                          kf_role role, kf_rect box, int max_lines, int align, SDL_Color c)
{
    kf_fit fit;
    kf_rect used = {box.x, box.y, 0, 0};

    if (!str[0]) return used;
    kf_draw_fit(b, face, str, px, role, box.w, box.h, max_lines, &fit);
    int left = box.x + box.w, right = box.x;
    for (int i = 0; i < fit.n_lines; i++) {
        const kf_line *l = &fit.lines[i];
        int w, h;
        kf_rect ink;
        SDL_Texture *tex =
            kf_text_render(b->text, b->r, face, fit.px, str + l->start, l->len, &w, &h, &ink);
        if (!tex) return (kf_rect){0, 0, -1, 0};
        /* the rendered line may be a pixel wider than measured: keep it in */
        if (w > box.w && fit.fits) w = box.w;
        int x = align == KF_ALIGN_LEFT    ? box.x
                : align == KF_ALIGN_RIGHT ? box.x + box.w - w
                                          : box.x + (box.w - w) / 2;
        /* a centred line that ends in a closing mark (能源、) is centred on
         * its ink's right end, not the mark's blank half */
        if (align == KF_ALIGN_CENTER && ink.w &&
            kf_punct_class_of(last_cp(str + l->start, l->len)) == KF_PUNCT_CLOSING)
            x = box.x + (box.w - (ink.x + ink.w)) / 2;
        /* punctuation compression (JIS X 4051 / CLREQ): a left-aligned line
         * that opens with full-width “《（ sets the mark's blank half out
         * of the box's edge, so the line does not look indented */
        uint32_t first;
        int cut = 0; /* the texture's blank columns left out */
        kf_utf8_decode(str + l->start, l->len, &first);
        if (align == KF_ALIGN_LEFT && kf_punct_class_of(first) == KF_PUNCT_OPENING) {
            cut = kf_text_left_bearing(b->text, face, fit.px, first) - fit.px / 16;
            if (cut < 0 || cut >= w) cut = 0;
        }
        int y = box.y + i * fit.line_h;
        /* or a pixel taller than the font's height (SDL_ttf sizes a line by
         * its glyphs' boxes, which can pass the descender line at small
         * sizes): the blank rows below the ink are left out */
        int room = box.y + box.h - y;
        if (h > room && fit.fits && (!ink.w || ink.y + ink.h <= room)) h = room;
        kf_piece p = {.kind = KF_PIECE_TEXT,
                      .role = role,
                      .dst = {x, y, w - cut, h},
                      .src = {cut, 0, w - cut, h},
                      .box = box,
                      .ink = moved(ink, x - cut, y),
                      .color = c,
                      .tex = tex,
                      .key = text_key(face, fit.px, str + l->start, l->len),
                      .px = fit.px,
                      .face = face};
        if (!kf_scene_add(s, p)) return (kf_rect){0, 0, -1, 0};
        if (x < left) left = x;
        if (x + w - cut > right) right = x + w - cut;
    }
    used = (kf_rect){left, box.y, right > left ? right - left : 0, fit.height};
    return used;
}

/* The sizes of a figure's parts for a number size n. */
typedef struct figure_metrics {
    int n, q, u; /* px: number, qualifiers, unit       */
    int w_pre, w_num, w_unit, w_post, gap;
    int width;       /* all of it                          */
    int top, bottom; /* ink band, relative to the baseline */
} figure_metrics;

static void measure_figure(kf_build *b, const kf_figure *fig, const char *value, int n,
                           figure_metrics *m)
{
    int miny, maxy;

    m->n = n;
    /* the unit and qualifiers scale with the number, but never below the
     * size a label is read at: "左右" and "以内" are part of the figure */
    int floor_px = px_of(b, KF_SIZE_QUAL_MIN);
    m->q = (int)(n * KF_QUAL_SCALE + 0.5f);
    m->u = (int)(n * KF_UNIT_SCALE + 0.5f);
    if (m->q < floor_px) m->q = floor_px < n ? floor_px : n;
    if (m->u < floor_px) m->u = floor_px < n ? floor_px : n;
    m->gap = (int)(n * 0.05f + 0.5f);
    m->w_num = 0;
    for (const char *p = value; *p;) {
        uint32_t cp;
        p += kf_utf8_decode(p, strlen(p), &cp);
        m->w_num += kf_text_advance(b->text, KF_FONT_BOLD, n, cp);
    }
    m->w_pre = kf_text_width(b->text, KF_FONT_REGULAR, m->q, fig->pre, strlen(fig->pre));
    m->w_unit = kf_text_width(b->text, KF_FONT_BOLD, m->u, fig->unit, strlen(fig->unit));
    m->w_post = kf_text_width(b->text, KF_FONT_REGULAR, m->q, fig->post, strlen(fig->post));
    m->width = m->w_num + (m->w_pre ? m->w_pre + m->gap : 0) +
               (m->w_unit ? m->w_unit + m->gap / 2 : 0) + (m->w_post ? m->w_post + m->gap / 3 : 0);
    /* the ink band: from the digits' tops (a value in words: the CJK
     * glyphs') to just below the baseline, where CJK units and the tails of
     * % and / end */
    kf_text_glyph_box(b->text, KF_FONT_BOLD, n, '0', &miny, &maxy);
    if (!kf_draw_is_number(value))
        for (const char *p = value; *p;) { /* the tallest of its glyphs */
            uint32_t cp;
            int lo, hi;
            p += kf_utf8_decode(p, strlen(p), &cp);
            kf_text_glyph_box(b->text, KF_FONT_BOLD, n, cp, &lo, &hi);
            if (hi > maxy) maxy = hi;
        }
    m->top = -(maxy + n / 24 + 1);
    m->bottom = kf_draw_figure_below(n);
}

/* Adds a text piece for s on the baseline, cropped to the band
 * [baseline+top, baseline+bottom). Returns its width or -1. */
static int add_on_baseline(kf_build *b, kf_scene *s, kf_font_face face, int px, const char *str,
                           int x, int baseline, int top, int bottom, kf_rect box, SDL_Color c)
{
    int w, h;
    kf_rect ink;
    if (!str[0]) return 0;
    SDL_Texture *tex = kf_text_render(b->text, b->r, face, px, str, strlen(str), &w, &h, &ink);
    if (!tex) return -1;
    int tex_top = baseline - kf_text_ascent(b->text, face, px);
    int y0 = baseline + top > tex_top ? baseline + top : tex_top;
    int y1 = baseline + bottom < tex_top + h ? baseline + bottom : tex_top + h;
    if (y1 < y0) y1 = y0;
    kf_piece p = {.kind = KF_PIECE_TEXT,
                  .role = KF_ROLE_READ,
                  .px = px,
                  .face = face,
                  .dst = {x, y0, w, y1 - y0},
                  .src = {0, y0 - tex_top, w, y1 - y0},
                  .box = box,
                  .ink = moved(ink, x, tex_top),
                  .color = c,
                  .tex = tex,
                  .key = text_key(face, px, str, strlen(str))};
    return kf_scene_add(s, p) ? w : -1;
}

/* Rasterises the glyphs of value's count-up into number slot idx. */
static int build_digits(kf_build *b, kf_scene *s, int idx, const char *value, int n, int top,
                        int bottom, int counts)
{
    static const char *const glyphs[KF_DIGIT_GLYPHS] = {"0", "1", "2", "3", "4", "5",
                                                        "6", "7", "8", "9", ".", "—"};
    kf_digits *d = &s->numbers[idx];
    int asc = kf_text_ascent(b->text, KF_FONT_BOLD, n);

    snprintf(d->final, sizeof d->final, "%s", value);
    d->counts = counts && kf_num_counts(value);
    d->src_y = asc + top > 0 ? asc + top : 0;
    d->src_h = bottom - top;
    for (int g = 0; g < KF_DIGIT_GLYPHS; g++) {
        size_t len;
        /* only the glyphs this number can show: digits always (they count),
         * the point and the dash if the final text has them */
        if (g >= 10 && !strstr(value, glyphs[g])) continue;
        kf_digit_index(glyphs[g], &len);
        d->tex[g] = kf_text_render(b->text, b->r, KF_FONT_BOLD, n, glyphs[g], len, &d->w[g],
                                   &d->h[g], &d->ink[g]);
        if (!d->tex[g]) return -1;
        uint32_t cp;
        kf_utf8_decode(glyphs[g], len, &cp);
        d->adv[g] = kf_text_advance(b->text, KF_FONT_BOLD, n, cp);
    }
    return 0;
}

/* The number size from at most n px that makes the figure fit box. */
static int fit_figure(kf_build *b, const kf_figure *fig, const char *value, int n, kf_rect box,
                      figure_metrics *m)
{
    /* never below the floor: a number is read first */
    int floor_px = px_of(b, kf_draw_is_number(value) ? KF_SIZE_NUMBER_MIN : KF_SIZE_READ_MIN);
    if (n < floor_px) n = floor_px;
    for (;;) {
        measure_figure(b, fig, value, n, m);
        if ((m->width <= box.w && m->bottom - m->top <= box.h) || n <= floor_px) return n;
        int by_w = m->width > box.w ? (int)((long)n * box.w / (m->width + 1)) : n;
        int by_h =
            m->bottom - m->top > box.h ? (int)((long)n * box.h / (m->bottom - m->top + 1)) : n;
        int next = by_w < by_h ? by_w : by_h;
        n = next < n ? next : n - 1;
        if (n < floor_px) n = floor_px;
    }
}

int kf_draw_figure_fit(kf_build *b, const kf_figure *fig, const char *value, int px, kf_rect box,
                       int *width, int *height)
{
    figure_metrics m;
    int n = fit_figure(b, fig, value, px, box, &m);
    if (width) *width = m.width;
    if (height) *height = m.bottom - m.top;
    return n;
}

int kf_draw_figure_below(int px) { return px / 7 + 1; }

int kf_draw_px(const kf_build *b, float size_u) { return px_of(b, size_u); }

int kf_draw_is_number(const char *value)
{
    kf_number n;
    return kf_num_parse(value, &n) == 0;
}

SDL_Color kf_draw_accent(const kf_slide *slide)
{
    static const SDL_Color gold = KF_GOLD, goal = KF_GOAL;
    return KF_PERIOD_IS_GOAL(slide->period) ? goal : gold;
}

/* The ink of number d's final text drawn from x on a line whose band
 * starts at y (the piece's dst.y): the union of its glyphs' ink. */
static kf_rect number_ink(const kf_digits *d, int x, int y)
{
    int x0 = 0, y0 = 0, x1 = 0, y1 = 0, any = 0;
    for (const char *t = d->final; *t;) {
        size_t len;
        int g = kf_digit_index(t, &len);
        t += len;
        if (g < 0 || !d->tex[g]) continue;
        const kf_rect *k = &d->ink[g];
        if (k->w) {
            int gx0 = x + k->x, gy0 = y + k->y - d->src_y;
            if (!any || gx0 < x0) x0 = gx0;
            if (!any || gy0 < y0) y0 = gy0;
            if (!any || gx0 + k->w > x1) x1 = gx0 + k->w;
            if (!any || gy0 + k->h > y1) y1 = gy0 + k->h;
            any = 1;
        }
        x += d->adv[g];
    }
    return any ? (kf_rect){x0, y0, x1 - x0, y1 - y0} : (kf_rect){x, y, 0, 0};
}

kf_rect kf_draw_figure(kf_build *b, kf_scene *s, const kf_figure *fig, const char *value, int px,
                       kf_rect box, int align, SDL_Color num, SDL_Color ink, int counts)
{
    static const kf_rect fail = {0, 0, -1, 0};
    figure_metrics m;
    int n = fit_figure(b, fig, value, px, box, &m);

    int x = align == KF_ALIGN_LEFT    ? box.x
            : align == KF_ALIGN_RIGHT ? box.x + box.w - m.width
                                      : box.x + (box.w - m.width) / 2;
    int baseline = box.y - m.top;
    kf_rect used = {x, box.y, m.width, m.bottom - m.top};

    if (m.w_pre) {
        if (add_on_baseline(b, s, KF_FONT_REGULAR, m.q, fig->pre, x, baseline, m.top, m.bottom, box,
                            ink) < 0)
            return fail;
        x += m.w_pre + m.gap;
    }
    if (!kf_draw_is_number(value)) {
        /* a quantity in words: shown as the report writes it, never counted */
        if (add_on_baseline(b, s, KF_FONT_BOLD, n, value, x, baseline, m.top, m.bottom, box, num) <
            0)
            return fail;
    } else {
        int idx = kf_scene_add_number(s);
        if (idx < 0 || build_digits(b, s, idx, value, n, m.top, m.bottom, counts) != 0) return fail;
        kf_piece p = {.kind = KF_PIECE_NUMBER,
                      .role = KF_ROLE_READ,
                      .px = n,
                      .face = KF_FONT_BOLD,
                      .dst = {x, baseline + m.top, m.w_num, m.bottom - m.top},
                      .box = box,
                      .ink = number_ink(&s->numbers[idx], x, baseline + m.top),
                      .color = num,
                      .number = idx};
        if (!kf_scene_add(s, p)) return fail;
    }
    x += m.w_num;
    if (m.w_unit) {
        x += m.gap / 2;
        if (add_on_baseline(b, s, KF_FONT_BOLD, m.u, fig->unit, x, baseline, m.top, m.bottom, box,
                            num) < 0)
            return fail;
        x += m.w_unit;
    }
    if (m.w_post) {
        x += m.gap / 3;
        if (add_on_baseline(b, s, KF_FONT_REGULAR, m.q, fig->post, x, baseline, m.top, m.bottom,
                            box, ink) < 0)
            return fail;
    }
    return used;
}

size_t kf_draw_footer_quote(const kf_slide *slide, char *out, size_t n)
{
    size_t len = 0;
    if (n == 0) return 0;
    out[0] = '\0';
    /* a pair's rows quote two sentences a year apart, which name the same
     * measure: joined they say it twice, and never fit the footer */
    if (slide->kind == KF_SLIDE_PAIR) return 0;
    for (int i = 0; i < slide->n_figures; i++) {
        const char *q = slide->figures[i].source;
        int inside = 0;
        /* a quote that another row's quote holds is said by that one */
        for (int j = 0; j < slide->n_figures && !inside; j++) {
            const char *o = slide->figures[j].source;
            inside = j != i && strstr(o, q) && (strcmp(o, q) != 0 || j < i);
        }
        if (inside || strstr(out, q)) continue;
        /* a quote that starts where the text so far ends goes on from there */
        size_t ql = strlen(q), overlap = 0;
        for (size_t k = ql < len ? ql : len; k >= 6 && !overlap; k--)
            if (memcmp(out + len - k, q, k) == 0 && (((unsigned char)q[k]) & 0xC0) != 0x80)
                overlap = k;
        int w = snprintf(out + len, n - len, "%s%s", len && !overlap ? "……" : "", q + overlap);
        if (w < 0 || (size_t)w >= n - len) {
            out[len] = '\0';
            break;
        }
        len += (size_t)w;
    }
    return len;
}

/* The footer's text: the slide's quotes when they fit two lines at the
 * footer size, else the report and the part. */
static void footer_text(kf_build *b, const kf_slide *slide, char *out, size_t n)
{
    char quote[1024], shown[1024];

    kf_draw_footer_quote(slide, quote, sizeof quote);
    kf_num_quote_for_display(quote, shown, sizeof shown);
    snprintf(out, n, "%s%s", KF_STR_SOURCE, shown);

    kf_fit fit;
    kf_draw_fit(b, KF_FONT_REGULAR, out, px_of(b, KF_SIZE_SOURCE), KF_ROLE_CHROME, b->f.source.w,
                b->f.source.h, 2, &fit);
    if (slide->kind == KF_SLIDE_SECTION || !quote[0] || !fit.fits)
        snprintf(out, n, "%s%s%s%s", KF_STR_SOURCE, KF_STR_REPORT, KF_STR_SEPARATOR,
                 slide->section);
}

/* The period chip's words, by kf_period. */
static const char *const period_chip[] = {
    [KF_PERIOD_NONE] = "",
    [KF_PERIOD_2025] = KF_STR_PERIOD_2025,
    [KF_PERIOD_FYP14] = KF_STR_PERIOD_FYP14,
    [KF_PERIOD_FYP15] = KF_STR_PERIOD_FYP15,
    [KF_PERIOD_2026] = KF_STR_PERIOD_2026,
    [KF_PERIOD_2035] = KF_STR_PERIOD_2035,
};
_Static_assert(sizeof period_chip / sizeof period_chip[0] == KF_PERIOD_COUNT,
               "a chip per kf_period");

const char *kf_draw_period_name(kf_period p)
{
    return p >= 0 && p < KF_PERIOD_COUNT ? period_chip[p] : "";
}

/* The chip after the title that says when the slide's figures hold: an
 * outline and its words, in the goal accent for goals, in soft ink for
 * results. No piece lies on another, so the chip fades as the rest does.
 * title is the title's covered rect. Returns 0 or -1. */
static int period_pieces(kf_build *b, const kf_slide *slide, kf_scene *s, kf_rect title)
{
    static const SDL_Color soft = KF_INK_SOFT, goal = KF_GOAL;
    const char *words = period_chip[slide->period];
    if (!words[0] || title.w <= 0) return 0;
    int u = px_of(b, 1), px = px_of(b, KF_SIZE_HEADER);
    int pad = u, gap = 2 * u;
    /* words that open with “ (“十四五”时期) lose the mark's blank half, as a
     * left-aligned line does, so the chip's padding is even on both sides */
    uint32_t first;
    int cut = 0;
    kf_utf8_decode(words, strlen(words), &first);
    if (kf_punct_class_of(first) == KF_PUNCT_OPENING) {
        cut = kf_text_left_bearing(b->text, KF_FONT_BOLD, px, first) - px / 16;
        if (cut < 0) cut = 0;
    }
    int w = kf_text_width(b->text, KF_FONT_BOLD, px, words, strlen(words)) - cut + 2 * pad;
    int h = kf_text_height(b->text, KF_FONT_BOLD, px);
    int x = title.x + title.w + gap, y = title.y + (title.h - h) / 2;
    if (x + w > b->f.title.x + b->f.title.w) return 0; /* no room: the title says it */
    int is_goal = KF_PERIOD_IS_GOAL(slide->period);
    SDL_Color c = is_goal ? goal : soft;
    int t = is_goal ? (u / 4 > 2 ? u / 4 : 2) : (u / 8 > 1 ? u / 8 : 1); /* a goal's is bolder */
    if (kf_draw_rect(s, (kf_rect){x, y, w, t}, c) ||
        kf_draw_rect(s, (kf_rect){x, y + h - t, w, t}, c) ||
        kf_draw_rect(s, (kf_rect){x, y + t, t, h - 2 * t}, c) ||
        kf_draw_rect(s, (kf_rect){x + w - t, y + t, t, h - 2 * t}, c))
        return -1;
    return kf_draw_text_role(b, s, words, KF_FONT_BOLD, px, KF_ROLE_CHROME,
                             (kf_rect){x + pad, y, w - 2 * pad + cut, h}, 1, KF_ALIGN_LEFT, c)
                       .w < 0
               ? -1
               : 0;
}

/* The progress bar's names, over its bars: every part's short name, the
 * slide's own in gold with its place in the part ("一 12/48"), the others
 * soft. Returns 0 or -1. */
static int part_names(kf_build *b, const kf_slide *slide, kf_scene *s)
{
    static const SDL_Color gold = KF_GOLD, soft = KF_INK_SOFT;
    kf_rect bars[KF_PARTS_MAX], names[KF_PARTS_MAX];
    const kf_parts *p = &b->parts;
    int place, cur = kf_parts_find(p, (int)(slide - b->table->slides), &place);
    kf_layout_parts(&b->f, p->n, bars, names);
    for (int i = 0; i < p->n; i++) {
        char text[48];
        if (i == cur) snprintf(text, sizeof text, "%s %d/%d", p->name[i], place, p->count[i]);
        else snprintf(text, sizeof text, "%s", p->name[i]);
        if (kf_draw_chrome_text(b, s, text, i == cur ? KF_FONT_BOLD : KF_FONT_REGULAR,
                                KF_SIZE_HEADER, names[i], 1, KF_ALIGN_LEFT, i == cur ? gold : soft)
                .w < 0)
            return -1;
    }
    return 0;
}

/* The parts of the frame that belong to a slide: its part of the report in
 * the header, its title, its source in the footer. */
static int frame_pieces(kf_build *b, const kf_slide *slide, kf_scene *s)
{
    static const SDL_Color gold = KF_GOLD, ink = KF_INK, muted = KF_INK_MUTED, red = KF_RED;
    const kf_frame *f = &b->f;
    char foot[1400];

    /* the part: right of the header, or under the brand in portrait */
    if (kf_draw_chrome_text(b, s, slide->section, KF_FONT_BOLD, KF_SIZE_HEADER, f->part, 1,
                            f->portrait ? KF_ALIGN_LEFT : KF_ALIGN_RIGHT, gold)
            .w < 0)
        return -1;
    if (slide->kind != KF_SLIDE_SECTION) {
        int bar = (int)(f->u * 0.8f + 0.5f);
        int pad = (int)(f->u * 2.0f + 0.5f);
        kf_rect title = {f->title.x + bar + pad, f->title.y, f->title.w - bar - pad, f->title.h};
        kf_rect got = kf_draw_text(b, s, slide->title, KF_FONT_BOLD, KF_SIZE_TITLE, title, 1,
                                   KF_ALIGN_LEFT, ink);
        if (got.w < 0) return -1;
        int bh = got.h > 0 ? got.h : f->title.h;
        SDL_Color mark = KF_PERIOD_IS_GOAL(slide->period) ? kf_draw_accent(slide) : red;
        if (kf_draw_rect(s, (kf_rect){f->title.x, f->title.y + bh / 8, bar, bh * 3 / 4}, mark) ||
            period_pieces(b, slide, s, (kf_rect){got.x, got.y, got.w, bh}) != 0)
            return -1;
    }
    if (part_names(b, slide, s) != 0) return -1;
    footer_text(b, slide, foot, sizeof foot);
    kf_rect src = f->source;
    if (!f->portrait) { /* bottom-align the quote with the dots' row */
        kf_fit fit;
        kf_draw_fit(b, KF_FONT_REGULAR, foot, px_of(b, KF_SIZE_SOURCE), KF_ROLE_CHROME, src.w,
                    src.h, 2, &fit);
        src.y += src.h - fit.height, src.h = fit.height;
    }
    if (kf_draw_chrome_text(b, s, foot, KF_FONT_REGULAR, KF_SIZE_SOURCE, src, 2, KF_ALIGN_LEFT,
                            muted)
            .w < 0)
        return -1;
    return 0;
}

int kf_draw_slide(kf_build *b, int slide, kf_scene *out, char *err, size_t errlen)
{
    const kf_slide *sl = &b->table->slides[slide];

    memset(out, 0, sizeof *out);
    out->slide = slide, out->w = b->f.w, out->h = b->f.h;
    if (frame_pieces(b, sl, out) != 0 || builders[sl->kind](b, sl, out) != 0) {
        snprintf(err, errlen, "DRAW: cannot build slide %d (%s) at %dx%d: %s", slide + 1, sl->key,
                 b->f.w, b->f.h, SDL_GetError());
        kf_scene_free(out);
        out->slide = slide;
        return -1;
    }
    return 0;
}

/* The background: a vertical gradient in opaque bands, each a step of at
 * most one colour level (filled rectangles: the cheapest thing to draw,
 * on a GPU and in software alike). */
static int background(kf_build *b, kf_scene *s)
{
    static const SDL_Color top = KF_BG_TOP, bottom = KF_BG_BOTTOM;
    enum { BANDS = 64 };
    int h = b->f.h;
    for (int i = 0; i < BANDS; i++) {
        float t = (float)i / (BANDS - 1);
        SDL_Color c = {(Uint8)(top.r + (bottom.r - top.r) * t + 0.5f),
                       (Uint8)(top.g + (bottom.g - top.g) * t + 0.5f),
                       (Uint8)(top.b + (bottom.b - top.b) * t + 0.5f), 255};
        int y0 = h * i / BANDS, y1 = h * (i + 1) / BANDS;
        if (y1 > y0 && kf_draw_rect(s, (kf_rect){0, y0, b->f.w, y1 - y0}, c) != 0) return -1;
    }
    return 0;
}

int kf_draw_chrome(kf_build *b, kf_scene *out, char *err, size_t errlen)
{
    static const SDL_Color soft = KF_INK_SOFT, rule = {255, 255, 255, 40};
    const kf_frame *f = &b->f;
    char brand[128];

    memset(out, 0, sizeof *out);
    out->slide = -1, out->w = f->w, out->h = f->h;
    if (background(b, out) != 0) {
        snprintf(err, errlen, "DRAW: cannot make the background at %dx%d: %s", f->w, f->h,
                 SDL_GetError());
        kf_scene_free(out);
        return -1;
    }
    snprintf(brand, sizeof brand, "%s%s%s", KF_STR_REPORT, KF_STR_SEPARATOR, KF_STR_DATE);
    if (kf_draw_chrome_text(b, out, brand, KF_FONT_REGULAR, KF_SIZE_HEADER, f->brand, 1,
                            KF_ALIGN_LEFT, soft)
                .w < 0 ||
        kf_draw_rect(out, f->rule, rule) != 0) {
        snprintf(err, errlen, "DRAW: cannot build the header at %dx%d: %s", f->w, f->h,
                 SDL_GetError());
        kf_scene_free(out);
        return -1;
    }
    return 0;
}

void kf_draw_shift(kf_scene *s, int from, int dx, int dy, kf_rect container)
{
    for (int i = from; i < s->n_pieces; i++) {
        s->pieces[i].dst.x += dx, s->pieces[i].dst.y += dy;
        s->pieces[i].ink = moved(s->pieces[i].ink, dx, dy);
        s->pieces[i].box = container;
    }
}
