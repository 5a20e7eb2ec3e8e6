/* theme.h - the look, compiled in (suckless config.h style): colours and
 * type sizes in layout units (1u = 1/100 of the shorter side). Edit here. */
#ifndef KF_THEME_H
#define KF_THEME_H

/* colours: r, g, b, a */
#define KF_BG_TOP                                                                                  \
    {                                                                                              \
        9, 22, 44, 255                                                                             \
    } /* deep navy              */
#define KF_BG_BOTTOM                                                                               \
    {                                                                                              \
        16, 40, 74, 255                                                                            \
    }
#define KF_INK                                                                                     \
    {                                                                                              \
        255, 255, 255, 255                                                                         \
    } /* titles, labels         */
#define KF_INK_SOFT                                                                                \
    {                                                                                              \
        196, 208, 226, 255                                                                         \
    } /* secondary text         */
#define KF_INK_MUTED                                                                               \
    {                                                                                              \
        176, 192, 214, 255                                                                         \
    } /* footer, quotes         */
#define KF_GOLD                                                                                    \
    {                                                                                              \
        246, 196, 83, 255                                                                          \
    } /* the numbers            */
#define KF_GOAL                                                                                    \
    {                                                                                              \
        132, 216, 244, 255                                                                         \
    } /* goals' numbers, marks  */
#define KF_RED                                                                                     \
    {                                                                                              \
        222, 48, 40, 255                                                                           \
    } /* accents                */
#define KF_CARD                                                                                    \
    {                                                                                              \
        255, 255, 255, 16                                                                          \
    } /* card fill over the bg  */
#define KF_BAR_FROM                                                                                \
    {                                                                                              \
        104, 124, 156, 255                                                                         \
    } /* "before" bar           */
#define KF_BAR_TO                                                                                  \
    {                                                                                              \
        246, 196, 83, 255                                                                          \
    } /* "after" bar            */
#define KF_PROGRESS_TRACK                                                                          \
    {                                                                                              \
        255, 255, 255, 56                                                                          \
    } /* a part still to come   */
#define KF_PROGRESS_DONE                                                                           \
    {                                                                                              \
        150, 128, 76, 255                                                                          \
    } /* a part already shown   */
#define KF_DOT_ON                                                                                  \
    {                                                                                              \
        246, 196, 83, 255                                                                          \
    } /* the current slide      */

#define KF_CHART_TRACK                                                                             \
    {                                                                                              \
        255, 255, 255, 30                                                                          \
    } /* a ring's or bar's track */

/* type sizes, in u */
#define KF_SIZE_HEADER  2.9f
#define KF_SIZE_TITLE   5.6f
#define KF_SIZE_SOURCE  2.8f
#define KF_SIZE_HERO    26.0f /* the hero's number                    */
#define KF_SIZE_LABEL   4.6f
#define KF_SIZE_DELTA   3.9f
#define KF_SIZE_CARD    16.0f /* a grid card's number                 */
#define KF_SIZE_SECTION 9.0f
#define KF_SIZE_ICON    7.0f /* a grid card's pictogram (a hero's: 2x)    */

/* a unit after a number, and a qualifier around it, relative to it */
#define KF_UNIT_SCALE 0.36f
#define KF_QUAL_SCALE 0.30f

/* Floors: shrinking to fit never goes below these, so that text stays
 * legible from 3-5 m (signage practice: about 25 mm of letter height at
 * 5 m; a 55-inch 1080p panel has about 0.63 mm a pixel). At 1080p, 1u =
 * 10.8 px: the ink of 国 is 0.89 em and of the digits 0.73 em in Noto Sans
 * CJK, so READ gives 36 px of ink for text, NUMBER 36 px for digits and
 * CHROME 26 px for the header and footer. tools/legibility.c measures
 * them on the exports. */
#define KF_SIZE_READ_MIN   3.75f            /* labels, second lines, units, qualifiers */
#define KF_SIZE_NUMBER_MIN 4.6f             /* a number's digits                       */
#define KF_SIZE_CHROME_MIN 2.75f            /* header, footer, progress names, chip    */
#define KF_SIZE_QUAL_MIN   KF_SIZE_READ_MIN /* a unit or qualifier's least  */

#endif
