/* config.h - keyfig.conf, the settings file of an installation: one
 * "key = value" a line, read through libinih, each key one of the command
 * line's settings (options.h). The command line wins; a bad line is
 * reported as "FILE:LINE: what is wrong" and its key keeps its default, so
 * a typo never keeps the slides off the screen. */
#ifndef KF_CONFIG_H
#define KF_CONFIG_H
#include <stdio.h>

#include "options.h"

/* Receives each bad line's message, "FILE:LINE: KEY: what is wrong" (no
 * newline), in the order of the file. */
typedef void (*kf_config_report)(void *ctx, const char *msg);

/* Reads the settings file at path into o: each valid key sets its
 * setting unless the command line gave it (o->given) or o->mode does not
 * read it (kf_options_set_key). Every bad line goes to report, and reading
 * goes on. Syntax (libinih's, as Debian builds it): "key = value" (or
 * "key: value"); blank lines, lines starting ";" or "#", and from " ;" to
 * the line's end are comments; no sections, no value continued on the next
 * line; a line at most 198 bytes.
 * Returns the number of bad lines (0: all good), or -1 if the file cannot
 * be read, with "FILE: cannot read: REASON" reported. *n_set, if not
 * NULL, gets the number of keys that were valid. */
int kf_config_load(const char *path, kf_options *o, int n_slides, kf_config_report report,
                   void *ctx, int *n_set);

/* --check-config: reads path (NULL: KF_CONFIG_PATH) as the kiosk would,
 * writes every bad line to err and a one-line verdict to out. Returns the
 * exit status: 0 if the file is readable and has no bad line, else 1. */
int kf_config_check(const char *path, int n_slides, FILE *out, FILE *err);

#endif
