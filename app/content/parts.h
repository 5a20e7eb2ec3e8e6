/* parts.h - the report's parts as the loop meets them: each run of
 * consecutive slides with one section (报告要点, 一、2025年工作回顾, ...),
 * its size, its short name for the progress bar (the ordinal before "、":
 * 一, 二, 三; else the section's last two characters: 要点), and where a
 * slide stands in its part. Pure. */
#ifndef KF_PARTS_H
#define KF_PARTS_H

#include "figures.h"

#define KF_PARTS_MAX 8

typedef struct kf_parts {
    int n;                       /* parts, at most KF_PARTS_MAX (the rest join the last) */
    int first[KF_PARTS_MAX];     /* its first slide                 */
    int count[KF_PARTS_MAX];     /* its slides                      */
    char name[KF_PARTS_MAX][16]; /* its short name, UTF-8          */
} kf_parts;

/* The parts of table t. */
void kf_parts_of(const kf_table *t, kf_parts *p);

/* The part of slide `slide` (0-based), and in *place its place in it,
 * 1-based (1 .. p->count[part]). */
int kf_parts_find(const kf_parts *p, int slide, int *place);

#endif
