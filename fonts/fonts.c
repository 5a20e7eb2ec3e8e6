/* fonts.c - the table of embedded fonts behind kf_fonts_get (see fonts.h).
 *
 * The font bytes are C arrays that kf_embed generates in the build tree
 * (fonts/CMakeLists.txt). They are #included here rather than compiled on
 * their own so that their sizes are constant expressions: the table is then
 * fully static, with no initialisation at run time. */
#include "fonts.h"

#include "font_bold.c"
#include "font_icon.c"
#include "font_regular.c"

/* Every font is a real file: an empty input would give a 1-byte array. */
_Static_assert(sizeof kf_font_regular > 1024, "fonts/NotoSansCJKsc-Regular.subset.otf is empty");
_Static_assert(sizeof kf_font_bold > 1024, "fonts/NotoSansCJKsc-Bold.subset.otf is empty");
_Static_assert(sizeof kf_font_icon > 512, "fonts/MaterialIcons-Regular.subset.ttf is empty");

/* clang-format off */
static const kf_font_blob kf_fonts_table[] = {
    [KF_FONT_REGULAR] = {kf_font_regular, sizeof kf_font_regular,
                         "NotoSansCJKsc-Regular.subset.otf"},
    [KF_FONT_BOLD] = {kf_font_bold, sizeof kf_font_bold, "NotoSansCJKsc-Bold.subset.otf"},
    [KF_FONT_ICON] = {kf_font_icon, sizeof kf_font_icon, "MaterialIcons-Regular.subset.ttf"},
};
/* clang-format on */
_Static_assert(sizeof kf_fonts_table / sizeof kf_fonts_table[0] == KF_FONT_FACE_COUNT,
               "kf_fonts_table needs one entry per kf_font_face");

const kf_font_blob *kf_fonts_get(kf_font_face face)
{
    if ((int)face < 0 || face >= KF_FONT_FACE_COUNT) return NULL;
    return &kf_fonts_table[face];
}
