/* options.c - command-line parsing through a table of options (see
 * options.h). Each option names its handler; a handler checks its value. */
#include "options.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

const char kf_options_usage[] =
    "usage: keyfig [options]\n"
    "Shows the key figures of the 2026 Beijing government work report as\n"
    "rotating fullscreen slides, looping until stopped (SIGTERM, SIGINT or\n"
    "Ctrl+Alt+Q).\n"
    "\n"
    "  --windowed          a window instead of fullscreen (Esc or q quits)\n"
    "  --size WxH          window or export size (default 1920x1080 for export)\n"
    "  --dwell SECONDS     how long each slide stays, 1-3600 (default 8; a\n"
    "                      slide's own dwell in the figures source wins)\n"
    "  --slide N           start at slide N (1 = the first)\n"
    "  --rotate DEGREES    0, 90, 180 or 270: for a screen mounted turned (with\n"
    "                      --export: the pictures such a screen receives)\n"
    "  --driver NAME       use SDL video driver NAME (x11, wayland, kmsdrm...)\n"
    "  --list              print the figures as TSV and exit\n"
    "  --export DIR        render every slide to DIR/NN-<slide>.png (DIR and its\n"
    "                      parents are created) and exit\n"
    "  --help              this text\n"
    "  --version           the version\n";

typedef int (*handler_fn)(kf_options *o, const char *value, int n_slides, char *err, size_t errlen);

/* The modes an option means something in. */
enum { FOR_ALL = 0, FOR_KIOSK = 1, FOR_OUTPUT = 2 /* the kiosk and --export */ };

typedef struct option_row {
    const char *name; /* "--size"                      */
    int takes_value;  /* 1: the next argument is its   */
    handler_fn handle;
    int modes; /* FOR_*                         */
} option_row;

/* Parses a whole decimal number in [lo, hi]; returns 0 or -1. */
static int whole(const char *s, long lo, long hi, long *out)
{
    char *end;
    if (!s[0] || s[0] == '+' || s[0] == '-' || s[0] == ' ') return -1;
    errno = 0;
    long v = strtol(s, &end, 10);
    if (errno || *end || v < lo || v > hi) return -1;
    *out = v;
    return 0;
}

static int on_windowed(kf_options *o, const char *v, int n, char *err, size_t len)
{
    (void)v, (void)n, (void)err, (void)len;
    o->windowed = 1;
    return 0;
}

static int on_size(kf_options *o, const char *v, int n, char *err, size_t len)
{
    (void)n;
    const char *x = strchr(v, 'x');
    char w[16];
    long wv, hv;
    if (x && (size_t)(x - v) < sizeof w) {
        memcpy(w, v, (size_t)(x - v));
        w[x - v] = '\0';
        if (whole(w, 64, 16384, &wv) == 0 && whole(x + 1, 64, 16384, &hv) == 0) {
            o->width = (int)wv, o->height = (int)hv;
            return 0;
        }
    }
    snprintf(err, len, "--size: \"%s\" is not WIDTHxHEIGHT (each 64 to 16384), e.g. 1920x1080", v);
    return -1;
}

static int on_dwell(kf_options *o, const char *v, int n, char *err, size_t len)
{
    (void)n;
    long s;
    if (whole(v, 1, 3600, &s) != 0) {
        snprintf(err, len, "--dwell: \"%s\" is not a whole number of seconds from 1 to 3600", v);
        return -1;
    }
    o->dwell_ms = (int)s * 1000;
    return 0;
}

static int on_slide(kf_options *o, const char *v, int n, char *err, size_t len)
{
    long s;
    if (whole(v, 1, n, &s) != 0) {
        snprintf(err, len, "--slide: \"%s\" is not a slide number from 1 to %d", v, n);
        return -1;
    }
    o->start_slide = (int)s - 1;
    return 0;
}

static int on_rotate(kf_options *o, const char *v, int n, char *err, size_t len)
{
    (void)n;
    long d;
    if (whole(v, 0, 270, &d) != 0 || d % 90 != 0) {
        snprintf(err, len, "--rotate: \"%s\" is not 0, 90, 180 or 270", v);
        return -1;
    }
    o->rotate = (int)d;
    return 0;
}

static int on_driver(kf_options *o, const char *v, int n, char *err, size_t len)
{
    (void)n;
    if (!v[0] || strlen(v) > 32) {
        snprintf(err, len, "--driver: \"%s\" is not a video driver name", v);
        return -1;
    }
    o->driver = v;
    return 0;
}

static int on_list(kf_options *o, const char *v, int n, char *err, size_t len)
{
    (void)v, (void)n, (void)err, (void)len;
    o->mode = KF_MODE_LIST;
    return 0;
}

static int on_export(kf_options *o, const char *v, int n, char *err, size_t len)
{
    (void)n;
    if (!v[0]) {
        snprintf(err, len, "--export: the folder name is empty");
        return -1;
    }
    o->mode = KF_MODE_EXPORT;
    o->export_dir = v;
    return 0;
}

static int on_help(kf_options *o, const char *v, int n, char *err, size_t len)
{
    (void)v, (void)n, (void)err, (void)len;
    o->mode = KF_MODE_HELP;
    return 0;
}

static int on_version(kf_options *o, const char *v, int n, char *err, size_t len)
{
    (void)v, (void)n, (void)err, (void)len;
    o->mode = KF_MODE_VERSION;
    return 0;
}

/* clang-format off */
static const option_row table[] = {
    /* name          value  handler      modes      */
    {"--windowed",   0,     on_windowed, FOR_KIOSK},
    {"--size",       1,     on_size,     FOR_OUTPUT},
    {"--dwell",      1,     on_dwell,    FOR_KIOSK},
    {"--slide",      1,     on_slide,    FOR_KIOSK},
    {"--rotate",     1,     on_rotate,   FOR_OUTPUT},
    {"--driver",     1,     on_driver,   FOR_KIOSK},
    {"--list",       0,     on_list,     FOR_ALL},
    {"--export",     1,     on_export,   FOR_ALL},
    {"--help",       0,     on_help,     FOR_ALL},
    {"--version",    0,     on_version,  FOR_ALL},
};
/* clang-format on */

int kf_options_parse(int argc, char **argv, int n_slides, kf_options *o, char *err, size_t errlen)
{
    const option_row *kiosk_only = NULL, *output_only = NULL; /* the first given */
    memset(o, 0, sizeof *o);
    o->mode = KF_MODE_KIOSK;
    for (int i = 1; i < argc; i++) {
        const char *arg = argv[i], *value = NULL;
        const char *eq = strchr(arg, '=');
        size_t name_len = eq ? (size_t)(eq - arg) : strlen(arg);
        const option_row *row = NULL;

        for (size_t k = 0; k < sizeof table / sizeof table[0]; k++)
            if (strlen(table[k].name) == name_len && strncmp(table[k].name, arg, name_len) == 0)
                row = &table[k];
        if (!row) {
            snprintf(err, errlen, "unknown option \"%s\" (try --help)", arg);
            return -1;
        }
        if (row->takes_value) {
            if (eq) value = eq + 1;
            else if (i + 1 < argc) value = argv[++i];
            else {
                snprintf(err, errlen, "%s needs a value (try --help)", row->name);
                return -1;
            }
        } else if (eq) {
            snprintf(err, errlen, "%s takes no value", row->name);
            return -1;
        }
        if (row->handle(o, value, n_slides, err, errlen) != 0) return -1;
        if (row->modes == FOR_KIOSK && !kiosk_only) kiosk_only = row;
        if (row->modes == FOR_OUTPUT && !output_only) output_only = row;
    }
    /* an option that would do nothing in the mode asked for is a mistake */
    const char *mode = o->mode == KF_MODE_EXPORT ? "--export" : "--list";
    if ((o->mode == KF_MODE_EXPORT || o->mode == KF_MODE_LIST) && kiosk_only) {
        snprintf(err, errlen, "%s is for the kiosk: it has no effect with %s", kiosk_only->name,
                 mode);
        return -1;
    }
    if (o->mode == KF_MODE_LIST && output_only) {
        snprintf(err, errlen, "%s has no effect with --list", output_only->name);
        return -1;
    }
    return 0;
}
