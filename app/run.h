/* run.h - the kiosk's main loop and the two one-shot modes (--list,
 * --export). */
#ifndef KF_RUN_H
#define KF_RUN_H
#include <stdio.h>

#include "figures.h"
#include "options.h"

/* Opens the display, runs the slides until asked to quit, closes. Returns
 * the process exit status: 0 after a clean quit, 1 if no display (with a
 * line saying so and naming --export) or on a fatal error. */
int kf_run_kiosk(const kf_table *t, const kf_options *o);

/* Renders every slide in its final state to DIR/NN-<slide>.png at the
 * options' size (default 1920x1080) on a headless display. Creates DIR if
 * missing. Returns 0, or 1 after a message on stderr. */
int kf_run_export(const kf_table *t, const kf_options *o);

/* Prints the table as TSV with a header row to out. Returns 0, or 1 if
 * writing failed. */
int kf_run_list(const kf_table *t, FILE *out);

#endif
