/* dwell.h - how long a slide stays on screen: its reading time. Pure.
 *
 * The rule, one place: a slide gets 4 s, plus 110 ms for each character it
 * shows (its title; every figure's label, qualifiers, value, unit, before
 * value and second line; a section slide's title and subtitle; not the
 * footer's quote, which is there to be checked, not read), rounded to
 * 100 ms and kept within 7-20 s: a hero of 35 characters stays 7.9 s, the
 * densest list (some 150 characters) 20 s. That is about 9 characters a
 * second, what a passer-by reads of Chinese on a screen across a hall.
 * A slide's own dwell (the source's dwell column) wins over the rule, and
 * --dwell over the rule for every slide that has none of its own. */
#ifndef KF_DWELL_H
#define KF_DWELL_H

#include "figures.h"

#define KF_DWELL_BASE_MS 4000
#define KF_DWELL_CHAR_MS 110
#define KF_DWELL_MIN_MS  7000
#define KF_DWELL_MAX_MS  20000

/* The reading time of slide s in ms, by the rule above. */
int kf_dwell_reading_ms(const kf_slide *s);

/* The dwell of slide s in ms: its own if it has one, else override_ms if
 * > 0 (--dwell), else its reading time. */
int kf_dwell_ms(const kf_slide *s, int override_ms);

#endif
