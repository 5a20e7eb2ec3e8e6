/* test_glyphs.c - the glyph coverage suite (ctest "glyphs"): both embedded
 * text fonts must draw every character keyfig can show, and the icon font
 * every icon the figures table names.
 *
 * For each face of kf_fonts (opened from memory with FreeType) it checks that
 * the face is "Noto Sans CJK SC" of the right style, then that the cmap maps
 * every character of every shown string field of every slide and figure in
 * kf_figures, of every kf_ui_strings entry, and of the full-width forms the
 * app substitutes for ASCII punctuation in a source quote. Each missing
 * character is named once per face, with the first place that uses it:
 *   missing glyph U+XXXX 'c' (Regular) used in slide KEY field NAME
 * The icon font must be "Material Icons" and map the code point of every
 * figure's icon (its UTF-8 in kf_figure.icon), which must be set whenever
 * the figure names one. The fix is to run tools/subset-fonts and rebuild
 * (see fonts/README.md). */
#include <ft2build.h>
#include FT_FREETYPE_H

#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "check.h"
#include "figures.h"
#include "fonts.h"
#include "ui_strings.h"

/* ASCII , ; : ( ) ? ! as the app shows them in a source quote. */
static const uint32_t kf_fullwidth_subst[] = {0xFF0C, 0xFF1B, 0xFF1A, 0xFF08,
                                              0xFF09, 0xFF1F, 0xFF01};

static int kf_decode(const unsigned char *s, uint32_t *cp);

static const char *const kf_face_names[KF_FONT_FACE_COUNT] = {
    [KF_FONT_REGULAR] = "Regular",
    [KF_FONT_BOLD] = "Bold",
    [KF_FONT_ICON] = "Regular",
};

/* The icon font maps every figure's icon. */
static void kf_check_icons(FT_Face face)
{
    int named = 0;
    for (int i = 0; i < kf_figures.n_slides; i++)
        for (int j = 0; j < kf_figures.slides[i].n_figures; j++) {
            const kf_figure *f = &kf_figures.slides[i].figures[j];
            uint32_t cp = 0;
            if (!f->icon_name[0]) continue;
            named++;
            KF_CHECK(f->icon[0] && kf_decode((const unsigned char *)f->icon, &cp) > 0,
                     "figure %s: icon \"%s\" has no glyph text", f->id, f->icon_name);
            KF_CHECK(cp >= 0xE000 && FT_Get_Char_Index(face, cp) != 0,
                     "figure %s: icon \"%s\" (U+%04X) is not in the icon font", f->id, f->icon_name,
                     (unsigned)cp);
        }
    KF_CHECK(named > 0, "no figure names an icon");
}

/* One bit per code point: already checked in the current face. */
static unsigned char kf_seen[0x110000 / 8];

/* Decodes one strict UTF-8 sequence at s (NUL-terminated). Returns its length
 * (1-4) and sets *cp, or returns 0 for an invalid, overlong, surrogate or
 * truncated sequence. */
static int kf_decode(const unsigned char *s, uint32_t *cp)
{
    uint32_t c = s[0], min;
    int n;
    if (c < 0x80) {
        *cp = c;
        return 1;
    } else if ((c & 0xE0) == 0xC0) {
        n = 2, c &= 0x1F, min = 0x80;
    } else if ((c & 0xF0) == 0xE0) {
        n = 3, c &= 0x0F, min = 0x800;
    } else if ((c & 0xF8) == 0xF0) {
        n = 4, c &= 0x07, min = 0x10000;
    } else {
        return 0;
    }
    for (int i = 1; i < n; i++) {
        if ((s[i] & 0xC0) != 0x80) /* also stops at the NUL */
            return 0;
        c = (c << 6) | (s[i] & 0x3F);
    }
    if (c < min || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) return 0;
    *cp = c;
    return n;
}

/* Writes cp as UTF-8 (or '?' for a control character) to buf[5]. */
static const char *kf_show(uint32_t cp, char buf[5])
{
    if (cp < 0x20 || (cp >= 0x7F && cp < 0xA0)) {
        buf[0] = '?', buf[1] = 0;
    } else if (cp < 0x80) {
        buf[0] = (char)cp, buf[1] = 0;
    } else if (cp < 0x800) {
        buf[0] = (char)(0xC0 | cp >> 6), buf[1] = (char)(0x80 | (cp & 0x3F)), buf[2] = 0;
    } else if (cp < 0x10000) {
        buf[0] = (char)(0xE0 | cp >> 12), buf[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        buf[2] = (char)(0x80 | (cp & 0x3F)), buf[3] = 0;
    } else {
        buf[0] = (char)(0xF0 | cp >> 18), buf[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
        buf[2] = (char)(0x80 | ((cp >> 6) & 0x3F)), buf[3] = (char)(0x80 | (cp & 0x3F));
        buf[4] = 0;
    }
    return buf;
}

/* Checks code point cp in face (named fname) once per face; `where` says
 * where it is used ("slide KEY field NAME"). */
static void kf_check_cp(FT_Face face, const char *fname, uint32_t cp, const char *where)
{
    if (kf_seen[cp / 8] & (1u << (cp % 8))) return;
    kf_seen[cp / 8] |= (unsigned char)(1u << (cp % 8));
    if (FT_Get_Char_Index(face, cp) != 0) {
        kf_check_pass++;
    } else {
        char buf[5];
        kf_check_fail++;
        fprintf(stderr, "missing glyph U+%04X '%s' (%s) used in %s\n", (unsigned)cp,
                kf_show(cp, buf), fname, where);
    }
}

/* Checks every character of the string s; `where` as for kf_check_cp. */
static void kf_check_str(FT_Face face, const char *fname, const char *s, const char *where)
{
    if (!s) {
        kf_check_fail++;
        fprintf(stderr, "NULL string in %s (figures.h: never NULL)\n", where);
        return;
    }
    const unsigned char *p = (const unsigned char *)s;
    while (*p) {
        uint32_t cp;
        int n = kf_decode(p, &cp);
        if (!n) {
            kf_check_fail++;
            fprintf(stderr, "invalid UTF-8 at byte %d of %s\n", (int)(p - (const unsigned char *)s),
                    where);
            return;
        }
        kf_check_cp(face, fname, cp, where);
        p += n;
    }
}

/* Checks one shown field of slide `key`. */
static void kf_check_field(FT_Face face, const char *fname, const char *key, const char *field,
                           const char *s)
{
    char where[256];
    snprintf(where, sizeof where, "slide %s field %s", key ? key : "(null)", field);
    kf_check_str(face, fname, s, where);
}

/* Checks all the strings keyfig shows against one face. */
static void kf_check_coverage(FT_Face face, const char *fname)
{
    memset(kf_seen, 0, sizeof kf_seen);
    for (int i = 0; i < kf_figures.n_slides; i++) {
        const kf_slide *s = &kf_figures.slides[i];
        kf_check_field(face, fname, s->key, "section", s->section);
        kf_check_field(face, fname, s->key, "title", s->title);
        for (int j = 0; j < s->n_figures; j++) {
            const kf_figure *f = &s->figures[j];
            kf_check_field(face, fname, s->key, "label", f->label);
            kf_check_field(face, fname, s->key, "pre", f->pre);
            kf_check_field(face, fname, s->key, "value", f->value);
            kf_check_field(face, fname, s->key, "unit", f->unit);
            kf_check_field(face, fname, s->key, "post", f->post);
            kf_check_field(face, fname, s->key, "from", f->from);
            kf_check_field(face, fname, s->key, "delta", f->delta);
            kf_check_field(face, fname, s->key, "source", f->source);
        }
    }
    for (int i = 0; kf_ui_strings[i]; i++) {
        char where[256];
        snprintf(where, sizeof where, "kf_ui_strings[%d] \"%s\"", i, kf_ui_strings[i]);
        kf_check_str(face, fname, kf_ui_strings[i], where);
    }
    for (size_t i = 0; i < sizeof kf_fullwidth_subst / sizeof kf_fullwidth_subst[0]; i++)
        kf_check_cp(face, fname, kf_fullwidth_subst[i],
                    "the source quote's full-width punctuation");
}

int main(void)
{
    FT_Library lib;
    FT_Error err = FT_Init_FreeType(&lib);
    KF_CHECK(err == 0, "FT_Init_FreeType: error %d", err);
    if (err) return kf_check_done();

    KF_CHECK(kf_figures.n_slides > 0, "the figures table has no slides");
    KF_CHECK(kf_fonts_get(KF_FONT_FACE_COUNT) == NULL, "an invalid face must give NULL");

    for (int i = 0; i < KF_FONT_FACE_COUNT; i++) {
        const char *fname = kf_face_names[i];
        const kf_font_blob *b = kf_fonts_get((kf_font_face)i);
        KF_CHECK(b != NULL, "kf_fonts_get(%s) is NULL", fname);
        if (!b) continue;
        KF_CHECK(b->data && b->size > 0 && b->name, "%s: empty blob", fname);
        KF_CHECK((uintptr_t)b->data % 16 == 0, "%s: data not 16-byte aligned", fname);

        FT_Face face;
        err = FT_New_Memory_Face(lib, b->data, (FT_Long)b->size, 0, &face);
        KF_CHECK(err == 0, "%s: FT_New_Memory_Face(%s): error %d", fname, b->name, err);
        if (err) continue;
        if (i == KF_FONT_ICON) {
            KF_CHECK_STR(face->family_name, "Material Icons");
            kf_check_icons(face);
            FT_Done_Face(face);
            continue;
        }
        KF_CHECK_STR(face->family_name, "Noto Sans CJK SC");
        KF_CHECK_STR(face->style_name, fname);
        int bold = (face->style_flags & FT_STYLE_FLAG_BOLD) != 0;
        KF_CHECK(bold == (i == KF_FONT_BOLD), "%s: FT_STYLE_FLAG_BOLD is %d", fname, bold);
        kf_check_coverage(face, fname);
        FT_Done_Face(face);
    }
    FT_Done_FreeType(lib);
    return kf_check_done();
}
