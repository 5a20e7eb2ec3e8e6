/* main.c - keyfig: options, then the mode they ask for, then the exit
 * status. Nothing else happens here. */
#include <stdio.h>

#include "figures.h"
#include "options.h"
#include "process.h"
#include "run.h"

#ifndef KF_VERSION
#define KF_VERSION "0"
#endif

int main(int argc, char **argv)
{
    kf_options o;
    char err[256];

    /* before anything opens a file: fds 0-2 open, signals that never kill
     * the show silently (platform/process.h) */
    kf_proc_std_streams();
    kf_proc_signals();

    if (kf_options_parse(argc, argv, kf_figures.n_slides, &o, err, sizeof err) != 0) {
        fprintf(stderr, "keyfig: %s\n", err);
        return 2;
    }
    switch (o.mode) {
    case KF_MODE_HELP: fputs(kf_options_usage, stdout); return 0;
    case KF_MODE_VERSION:
        printf("keyfig %s (%d slides, %d figures)\n", KF_VERSION, kf_figures.n_slides,
               kf_figures.n_figures);
        return 0;
    case KF_MODE_LIST: return kf_run_list(&kf_figures, stdout);
    case KF_MODE_EXPORT: return kf_run_export(&kf_figures, &o);
    case KF_MODE_KIOSK:
    default: return kf_run_kiosk(&kf_figures, &o);
    }
}
