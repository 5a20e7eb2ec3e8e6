/* main.c - keyfig: options, the settings file under them, then the mode
 * they ask for, then the exit status. Nothing else happens here. */
#include <errno.h>
#include <stdio.h>
#include <unistd.h>

#include "config.h"
#include "figures.h"
#include "options.h"
#include "platform.h"
#include "process.h"
#include "run.h"

#ifndef KF_VERSION
#define KF_VERSION "0"
#endif

static void log_bad_line(void *ctx, const char *msg)
{
    (void)ctx;
    kf_plat_log("CONFIG", "%s", msg);
}

/* keyfig.conf under the command line (config.h). A typo never stops the
 * show: bad lines are logged and their keys keep their defaults; with no
 * --config, a missing KF_CONFIG_PATH just means the defaults. */
static void read_settings(kf_options *o)
{
    const char *path = o->config ? o->config : KF_CONFIG_PATH;
    int kiosk = o->mode == KF_MODE_KIOSK, n_set;
    if (!o->config && access(path, F_OK) != 0 && errno == ENOENT) return;
    int bad = kf_config_load(path, o, kf_figures.n_slides, log_bad_line, NULL, &n_set);
    if (bad < 0) kf_plat_log("CONFIG", "the defaults, for want of %s", path);
    else if (bad > 0)
        kf_plat_log("CONFIG", "%s: %d setting%s; %d bad line%s, whose keys keep their defaults",
                    path, n_set, n_set == 1 ? "" : "s", bad, bad == 1 ? "" : "s");
    else if (kiosk) kf_plat_log("CONFIG", "%s: %d setting%s", path, n_set, n_set == 1 ? "" : "s");
}

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
    case KF_MODE_CHECK_CONFIG:
        return kf_config_check(o.config, kf_figures.n_slides, stdout, stderr);
    case KF_MODE_EXPORT: read_settings(&o); return kf_run_export(&kf_figures, &o);
    case KF_MODE_KIOSK:
    default: read_settings(&o); return kf_run_kiosk(&kf_figures, &o);
    }
}
