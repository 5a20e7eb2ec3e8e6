/* test_text.c - punctuation compression (ctest "text"): where two CJK marks
 * meet (kf_punct_joints), kf_text_width and kf_text_render set them half an
 * em closer, the same way, and the pieces keep the pixels SDL_ttf gives
 * them (white to their antialiased edges, nothing darkened by the join). */
#include <stdlib.h>

#include "check.h"
#include "punct.h"
#include "text.h"

#define PX 96

static void check_joints(void)
{
    kf_punct_joint j[4];
    /* 二、“十四五”成就和“十五五”目标: 、“ after "二、", then the quotes
     * beside text, half-width (Kaiming): ”成 and 和“; ”目 */
    const char *part = "二、“十四五”成就和“十五五”目标";
    KF_CHECK_INT(kf_punct_joints(part, strlen(part), j, 4), 4);
    KF_CHECK_INT(j[0].at, strlen("二、"));
    KF_CHECK_INT(j[0].first, 0x3001);
    KF_CHECK_INT(j[0].second, 0x201C);
    KF_CHECK_INT(j[0].squeeze_first, 1);
    KF_CHECK_INT(j[1].at, strlen("二、“十四五”"));
    KF_CHECK_INT(j[1].first, 0x201D);
    KF_CHECK_INT(j[1].second, 0x6210); /* 成 */
    KF_CHECK_INT(j[1].squeeze_first, 1);
    KF_CHECK_INT(j[2].at, strlen("二、“十四五”成就和"));
    KF_CHECK_INT(j[2].first, 0x548C); /* 和 */
    KF_CHECK_INT(j[2].squeeze_first, 0);
    KF_CHECK_INT(j[3].at, strlen("二、“十四五”成就和“十五五”"));
    /* a closing mark before a pause mark, two opening marks, none */
    KF_CHECK_INT(kf_punct_joints("“双奥之城”。", strlen("“双奥之城”。"), j, 4), 1);
    KF_CHECK_INT(j[0].squeeze_first, 1);
    KF_CHECK_INT(kf_punct_joints("（《规划》）", strlen("（《规划》）"), j, 4), 2);
    KF_CHECK_INT(j[0].squeeze_first, 0);
    KF_CHECK_INT(j[0].at, strlen("（"));
    KF_CHECK_INT(j[1].squeeze_first, 1);
    KF_CHECK_INT(kf_punct_joints("成就和目标", strlen("成就和目标"), j, 4), 0);
    /* a quote at either end of a string, or beside a space, keeps its
     * blank (the line's edge or the space decides); brackets keep theirs */
    KF_CHECK_INT(kf_punct_joints("“十四五”", strlen("“十四五”"), j, 4), 0);
    KF_CHECK_INT(kf_punct_joints("“十四五” 成就", strlen("“十四五” 成就"), j, 4), 0);
    KF_CHECK_INT(kf_punct_joints("规划（纲要）全文", strlen("规划（纲要）全文"), j, 4), 0);
    KF_CHECK_INT(kf_punct_joints("“十四五”成就", strlen("“十四五”成就"), j, 4), 1);
    /* more joints than room: counted, only max stored */
    KF_CHECK_INT(kf_punct_joints("、“、“", strlen("、“、“"), j, 1), 2); /* “、 is none */
    KF_CHECK_INT(kf_punct_joints("", 0, NULL, 0), 0);
}

/* Draws texture tex at x, y on the black target and frees it. */
static void put(SDL_Renderer *r, SDL_Texture *tex, int x, int y, int w, int h)
{
    SDL_Rect dst = {x, y, w, h};
    SDL_RenderCopy(r, tex, NULL, &dst);
    SDL_DestroyTexture(tex);
}

static Uint32 at(SDL_Surface *s, int x, int y)
{
    return ((const Uint32 *)((const Uint8 *)s->pixels + y * s->pitch))[x] & 0xFFFFFF;
}

/* The widest run of ink-free columns between the first and the last ink
 * of rows y0..y0+h, columns 0..w. */
static int widest_blank(SDL_Surface *s, int y0, int h, int w)
{
    int gap = 0, run = 0, seen = 0;
    for (int x = 0; x < w && x < s->w; x++) {
        int col = 0;
        for (int y = y0; y < y0 + h; y++) col |= at(s, x, y) != 0;
        if (col) {
            if (seen && run > gap) gap = run;
            seen = 1, run = 0;
        } else {
            run++;
        }
    }
    return gap;
}

static void check_pixels(kf_text *t)
{
    const char *a = "二、", *b = "“十四五”", *ab = "二、“十四五”";
    int wa = kf_text_width(t, KF_FONT_BOLD, PX, a, strlen(a));
    int wb = kf_text_width(t, KF_FONT_BOLD, PX, b, strlen(b));
    int wab = kf_text_width(t, KF_FONT_BOLD, PX, ab, strlen(ab));
    KF_CHECK(wab == wa + wb - PX / 2, "、“ not half an em closer: %d, pieces %d + %d", wab, wa, wb);

    SDL_Surface *target = SDL_CreateRGBSurfaceWithFormat(0, 1200, 600, 32, SDL_PIXELFORMAT_RGB888);
    SDL_Renderer *r = target ? SDL_CreateSoftwareRenderer(target) : NULL;
    KF_CHECK(r != NULL, "no software renderer: %s", SDL_GetError());
    if (!r) return;
    SDL_SetRenderDrawColor(r, 0, 0, 0, 255);
    SDL_RenderClear(r);
    int w, h, w2, h2;
    kf_rect ink;
    SDL_Texture *tex = kf_text_render(t, r, KF_FONT_BOLD, PX, ab, strlen(ab), &w, &h, &ink);
    KF_CHECK(tex != NULL, "render failed: %s", SDL_GetError());
    if (!tex) return;
    KF_CHECK_INT(w, wab);
    put(r, tex, 0, 0, w, h);
    /* the same two pieces rendered alone, placed as the joint says */
    tex = kf_text_render(t, r, KF_FONT_BOLD, PX, a, strlen(a), &w2, &h2, NULL);
    put(r, tex, 0, 200, w2, h2);
    tex = kf_text_render(t, r, KF_FONT_BOLD, PX, b, strlen(b), &w2, &h2, NULL);
    put(r, tex, wa - PX / 2, 200, w2, h2);
    /* and as they would be without compression */
    tex = kf_text_render(t, r, KF_FONT_BOLD, PX, a, strlen(a), &w2, &h2, NULL);
    put(r, tex, 0, 400, w2, h2);
    tex = kf_text_render(t, r, KF_FONT_BOLD, PX, b, strlen(b), &w2, &h2, NULL);
    put(r, tex, wa, 400, w2, h2);
    SDL_RenderPresent(r);

    /* every pixel of the joined line as the pieces have it (within 2 a
     * channel: where their blank boxes overlap nothing is drawn twice) */
    int differ = 0, lit = 0;
    for (int y = 0; y < h && y < 200; y++)
        for (int x = 0; x < w; x++) {
            Uint32 p = at(target, x, y), q = at(target, x, y + 200);
            if (p) lit++;
            for (int c = 0; c < 24; c += 8)
                if (abs((int)((p >> c) & 255) - (int)((q >> c) & 255)) > 2) {
                    differ++;
                    break;
                }
        }
    KF_CHECK(lit > 1000, "the joined line has no ink (%d px)", lit);
    KF_CHECK(differ == 0, "%d px of the joined line differ from its pieces", differ);
    if (getenv("KF_TEXT_DUMP")) SDL_SaveBMP(target, getenv("KF_TEXT_DUMP"));

    /* the blank between 、 and “ (the widest run of ink-free columns inside
     * the line) half an em narrower than without compression, and the two
     * inks still apart */
    int joined = widest_blank(target, 0, h, w), plain = widest_blank(target, 400, h, w + PX);
    KF_CHECK(joined >= PX / 4 && joined <= plain - PX * 4 / 10,
             "blank between 、 and “ is %d px joined, %d px plain, at %d px", joined, plain, PX);
    SDL_DestroyRenderer(r);
    SDL_FreeSurface(target);
}

/* A closing quote before text (Kaiming): ”成 loses the quote's right
 * blank, the inks stay apart, and the gap reads as a letter's, not a
 * word space: narrower than a third of an em (it is about half an em
 * wider without). */
static void check_quote(kf_text *t)
{
    const char *a = "五”", *b = "成", *ab = "五”成";
    int wa = kf_text_width(t, KF_FONT_BOLD, PX, a, strlen(a));
    int wb = kf_text_width(t, KF_FONT_BOLD, PX, b, strlen(b));
    int wab = kf_text_width(t, KF_FONT_BOLD, PX, ab, strlen(ab));
    KF_CHECK(wab < wa + wb - PX * 4 / 10, "”成 not closer: %d, pieces %d + %d", wab, wa, wb);
    SDL_Surface *target = SDL_CreateRGBSurfaceWithFormat(0, 800, 400, 32, SDL_PIXELFORMAT_RGB888);
    SDL_Renderer *r = target ? SDL_CreateSoftwareRenderer(target) : NULL;
    KF_CHECK(r != NULL, "no software renderer: %s", SDL_GetError());
    if (!r) return;
    SDL_SetRenderDrawColor(r, 0, 0, 0, 255);
    SDL_RenderClear(r);
    int w, h, w2, h2;
    SDL_Texture *tex = kf_text_render(t, r, KF_FONT_BOLD, PX, ab, strlen(ab), &w, &h, NULL);
    KF_CHECK(tex != NULL, "render failed: %s", SDL_GetError());
    if (!tex) return;
    put(r, tex, 0, 0, w, h);
    tex = kf_text_render(t, r, KF_FONT_BOLD, PX, a, strlen(a), &w2, &h2, NULL);
    put(r, tex, 0, 200, w2, h2);
    tex = kf_text_render(t, r, KF_FONT_BOLD, PX, b, strlen(b), &w2, &h2, NULL);
    put(r, tex, wa, 200, w2, h2);
    SDL_RenderPresent(r);
    /* the widest blank is the one after the quote in both lines */
    int joined = widest_blank(target, 0, h, w), plain = widest_blank(target, 200, h, wa + wb);
    KF_CHECK(joined >= 2 && joined < PX / 3 && plain > joined + PX * 4 / 10,
             "blank after ” is %d px joined, %d px plain, at %d px", joined, plain, PX);
    SDL_DestroyRenderer(r);
    SDL_FreeSurface(target);
}

/* The lines of fit f as one string with '|' between them. */
static const char *joined(const char *s, const kf_fit *f, char *out, size_t n)
{
    size_t k = 0;
    for (int i = 0; i < f->n_lines; i++) {
        if (i && k + 1 < n) out[k++] = '|';
        for (size_t j = 0; j < f->lines[i].len && k + 1 < n; j++)
            out[k++] = s[f->lines[i].start + j];
    }
    out[k] = 0;
    return out;
}

/* kf_text_fit breaks between words at any size before it breaks inside
 * one: 能源、水资源、 does not fit a line six ideographs wide at the largest
 * size, and the break goes after 能源、, never into 水资源 (水资|源) */
static void check_fit_words(kf_text *t)
{
    const char *s = "能源、水资源、碳排放等指标达到国家要求";
    char out[256];
    int six = kf_text_width(t, KF_FONT_BOLD, PX, "碳排放等指标", strlen("碳排放等指标"));
    kf_fit f;
    kf_text_fit(t, KF_FONT_BOLD, s, PX, PX / 2, six + 2, 10000, 4, 0.25f, &f);
    KF_CHECK_INT(f.fits, 1);
    KF_CHECK_INT(f.px, PX);
    KF_CHECK_STR(joined(s, &f, out, sizeof out), "能源、|水资源、|碳排放等指标|达到国家要求");
    /* three lines at most: a smaller size that keeps the words whole */
    kf_text_fit(t, KF_FONT_BOLD, s, PX, PX / 2, six + 2, 10000, 3, 0.25f, &f);
    KF_CHECK_INT(f.fits, 1);
    KF_CHECK(f.px < PX, "px %d", f.px);
    KF_CHECK_STR(joined(s, &f, out, sizeof out), "能源、水资源、|碳排放等指标|达到国家要求");
    /* where words fit at no size, inside them (the text is never lost) */
    kf_text_fit(t, KF_FONT_BOLD, "水资源", PX, PX,
                kf_text_width(t, KF_FONT_BOLD, PX, "水资", 6) + 2, 10000, 2, 0.25f, &f);
    KF_CHECK_INT(f.fits, 1);
    KF_CHECK_STR(joined("水资源", &f, out, sizeof out), "水资|源");
}

int main(void)
{
    char err[256];
    check_joints();
    kf_text *t = kf_text_open(err, sizeof err);
    KF_CHECK(t != NULL, "%s", err);
    if (t) check_pixels(t), check_quote(t), check_fit_words(t);
    kf_text_close(t);
    return kf_check_done();
}
