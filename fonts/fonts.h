/* fonts.h - the fonts compiled into keyfig: Noto Sans CJK SC Regular and
 * Bold, subset by tools/subset-fonts to the characters keyfig shows, and
 * Material Icons, subset to the icons the figures table names; embedded at
 * build time by tools/embed.c (see fonts/README.md). */
#ifndef KF_FONTS_H
#define KF_FONTS_H
#include <stddef.h>

typedef enum kf_font_face {
    KF_FONT_REGULAR,
    KF_FONT_BOLD,
    KF_FONT_ICON, /* Material Icons: a card's pictogram, by code point */
    KF_FONT_FACE_COUNT
} kf_font_face;

/* One embedded font file. */
typedef struct kf_font_blob {
    const unsigned char *data; /* an OpenType font, 16-byte aligned       */
    size_t size;               /* bytes at data, > 0                      */
    const char *name;          /* its file name, for messages             */
} kf_font_blob;

/* Returns the embedded font of `face`: never NULL for a valid face
 * (0 <= face < KF_FONT_FACE_COUNT), NULL for any other value. The blob and
 * its bytes are static and read-only: never free or modify them. Pure;
 * safe from any thread. */
const kf_font_blob *kf_fonts_get(kf_font_face face);

#endif
