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
    "  --hours SPEC        opening hours, local time, e.g. \"Mon-Fri 08:00-18:00,\n"
    "                      Sat 09:00-12:00\": outside them the screen is off\n"
    "                      (default: always on)\n"
    "  --config FILE       the settings file (default " KF_CONFIG_PATH ");\n"
    "                      each option above is a key there, the command line wins\n"
    "  --check-config [FILE]  check the settings file, print every bad line\n"
    "                      and exit: 0 if it has none, 1 otherwise\n"
    "  --list              print the figures as TSV and exit\n"
    "  --export DIR        render every slide to DIR/NN-<slide>.png (DIR and its\n"
    "                      parents are created) and exit\n"
    "  --help              this text\n"
    "  --version           the version\n";

typedef int (*handler_fn)(kf_options *o, const char *value, int n_slides, char *err, size_t errlen);

/* The modes an option means something in. */
enum { FOR_ALL = 0, FOR_KIOSK = 1, FOR_OUTPUT = 2 /* the kiosk and --export */ };

/* How an option takes its value on the command line. */
enum { NO_VALUE = 0, VALUE = 1, MAY_VALUE = 2 /* =V, or a next argument not starting "-" */ };

typedef struct option_row {
    const char *name; /* "--size"                                          */
    int takes_value;  /* NO_VALUE, VALUE, MAY_VALUE                         */
    handler_fn handle;
    int modes;    /* FOR_*                                                  */
    unsigned bit; /* KF_SET_*: a setting, also keyfig.conf's key name+2; 0:
                     a mode or a command-line-only option                 */
    int exports;  /* 1: --export reads it from keyfig.conf too            */
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

/* A boolean of keyfig.conf (on/off, yes/no, true/false, 1/0); on the
 * command line the option alone (v NULL) means on. */
static int on_windowed(kf_options *o, const char *v, int n, char *err, size_t len)
{
    static const char *const on[] = {"on", "yes", "true", "1"}, *const off[] = {"off", "no",
                                                                                "false", "0"};
    (void)n;
    if (!v) {
        o->windowed = 1;
        return 0;
    }
    for (size_t i = 0; i < sizeof on / sizeof on[0]; i++) {
        if (strcmp(v, on[i]) == 0) return o->windowed = 1, 0;
        if (strcmp(v, off[i]) == 0) return o->windowed = 0, 0;
    }
    snprintf(err, len, "\"%s\" is not on or off", v);
    return -1;
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
    snprintf(err, len, "\"%s\" is not WIDTHxHEIGHT (each 64 to 16384), e.g. 1920x1080", v);
    return -1;
}

static int on_dwell(kf_options *o, const char *v, int n, char *err, size_t len)
{
    (void)n;
    long s;
    if (whole(v, 1, 3600, &s) != 0) {
        snprintf(err, len, "\"%s\" is not a whole number of seconds from 1 to 3600", v);
        return -1;
    }
    o->dwell_ms = (int)s * 1000;
    return 0;
}

static int on_slide(kf_options *o, const char *v, int n, char *err, size_t len)
{
    long s;
    if (whole(v, 1, n, &s) != 0) {
        snprintf(err, len, "\"%s\" is not a slide number from 1 to %d", v, n);
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
        snprintf(err, len, "\"%s\" is not 0, 90, 180 or 270", v);
        return -1;
    }
    o->rotate = (int)d;
    return 0;
}

static int on_driver(kf_options *o, const char *v, int n, char *err, size_t len)
{
    (void)n;
    size_t n_ok = strspn(v, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-");
    if (!v[0] || v[n_ok] || n_ok >= sizeof o->driver) {
        snprintf(err, len, "\"%s\" is not a video driver name", v);
        return -1;
    }
    memcpy(o->driver, v, n_ok + 1);
    return 0;
}

static int on_hours(kf_options *o, const char *v, int n, char *err, size_t len)
{
    (void)n;
    return kf_hours_parse(v, &o->hours, err, len);
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
        snprintf(err, len, "the folder name is empty");
        return -1;
    }
    o->mode = KF_MODE_EXPORT;
    o->export_dir = v;
    return 0;
}

static int on_config(kf_options *o, const char *v, int n, char *err, size_t len)
{
    (void)n;
    if (!v[0]) {
        snprintf(err, len, "the file name is empty");
        return -1;
    }
    o->config = v;
    return 0;
}

static int on_check_config(kf_options *o, const char *v, int n, char *err, size_t len)
{
    if (v && on_config(o, v, n, err, len) != 0) return -1;
    o->mode = KF_MODE_CHECK_CONFIG;
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
    /* name            value      handler          modes       setting          exports */
    {"--windowed",     NO_VALUE,  on_windowed,     FOR_KIOSK,  KF_SET_WINDOWED, 0},
    {"--size",         VALUE,     on_size,         FOR_OUTPUT, KF_SET_SIZE,     0},
    {"--dwell",        VALUE,     on_dwell,        FOR_KIOSK,  KF_SET_DWELL,    0},
    {"--slide",        VALUE,     on_slide,        FOR_KIOSK,  KF_SET_SLIDE,    0},
    {"--rotate",       VALUE,     on_rotate,       FOR_OUTPUT, KF_SET_ROTATE,   1},
    {"--driver",       VALUE,     on_driver,       FOR_KIOSK,  KF_SET_DRIVER,   0},
    {"--hours",        VALUE,     on_hours,        FOR_KIOSK,  KF_SET_HOURS,    0},
    {"--config",       VALUE,     on_config,       FOR_OUTPUT, 0,               0},
    {"--check-config", MAY_VALUE, on_check_config, FOR_ALL,    0,               0},
    {"--list",         NO_VALUE,  on_list,         FOR_ALL,    0,               0},
    {"--export",       VALUE,     on_export,       FOR_ALL,    0,               0},
    {"--help",         NO_VALUE,  on_help,         FOR_ALL,    0,               0},
    {"--version",      NO_VALUE,  on_version,      FOR_ALL,    0,               0},
};
/* clang-format on */
#define N_ROWS (sizeof table / sizeof table[0])

kf_key_result kf_options_set_key(kf_options *o, const char *key, const char *value, int n_slides,
                                 unsigned *bit, char *err, size_t errlen)
{
    const option_row *row = NULL;
    char why[192];
    if (bit) *bit = 0;
    for (size_t k = 0; k < N_ROWS; k++)
        if (table[k].bit && strcmp(table[k].name + 2, key) == 0) row = &table[k];
    if (!row) {
        size_t at = (size_t)snprintf(err, errlen, "unknown key \"%s\" (the keys:", key);
        for (size_t k = 0; k < N_ROWS; k++)
            if (table[k].bit && at < errlen)
                at += (size_t)snprintf(err + at, errlen - at, "%s %s",
                                       at > 0 && err[at - 1] != ':' ? "," : "", table[k].name + 2);
        if (at < errlen) snprintf(err + at, errlen - at, ")");
        return KF_KEY_UNKNOWN;
    }
    if (bit) *bit = row->bit;
    kf_options tmp = *o; /* checked on a copy: o changes only when it applies */
    if (!value[0]) {
        snprintf(err, errlen, "%s: no value", key);
        return KF_KEY_BAD;
    }
    if (row->handle(&tmp, value, n_slides, why, sizeof why) != 0) {
        snprintf(err, errlen, "%s: %s", key, why);
        return KF_KEY_BAD;
    }
    if (o->given & row->bit) return KF_KEY_KEPT;
    if (o->mode == KF_MODE_EXPORT && !row->exports) return KF_KEY_KEPT;
    if (o->mode != KF_MODE_KIOSK && o->mode != KF_MODE_EXPORT && o->mode != KF_MODE_CHECK_CONFIG)
        return KF_KEY_KEPT;
    *o = tmp;
    return KF_KEY_SET;
}

int kf_options_parse(int argc, char **argv, int n_slides, kf_options *o, char *err, size_t errlen)
{
    const option_row *kiosk_only = NULL, *output_only = NULL, *setting = NULL; /* the first given */
    memset(o, 0, sizeof *o);
    o->mode = KF_MODE_KIOSK;
    for (int i = 1; i < argc; i++) {
        const char *arg = argv[i], *value = NULL;
        const char *eq = strchr(arg, '=');
        size_t name_len = eq ? (size_t)(eq - arg) : strlen(arg);
        const option_row *row = NULL;

        for (size_t k = 0; k < N_ROWS; k++)
            if (strlen(table[k].name) == name_len && strncmp(table[k].name, arg, name_len) == 0)
                row = &table[k];
        if (!row) {
            snprintf(err, errlen, "unknown option \"%s\" (try --help)", arg);
            return -1;
        }
        if (row->takes_value == VALUE) {
            if (eq) value = eq + 1;
            else if (i + 1 < argc) value = argv[++i];
            else {
                snprintf(err, errlen, "%s needs a value (try --help)", row->name);
                return -1;
            }
        } else if (row->takes_value == MAY_VALUE) {
            if (eq) value = eq + 1;
            else if (i + 1 < argc && argv[i + 1][0] != '-') value = argv[++i];
        } else if (eq) {
            snprintf(err, errlen, "%s takes no value", row->name);
            return -1;
        }
        char why[192];
        if (row->handle(o, value, n_slides, why, sizeof why) != 0) {
            snprintf(err, errlen, "%s: %s", row->name, why);
            return -1;
        }
        o->given |= row->bit;
        if (row->bit && !setting) setting = row;
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
    if (o->mode == KF_MODE_CHECK_CONFIG && setting) {
        snprintf(err, errlen, "%s has no effect with --check-config", setting->name);
        return -1;
    }
    if (o->mode == KF_MODE_LIST && output_only) {
        snprintf(err, errlen, "%s has no effect with --list", output_only->name);
        return -1;
    }
    return 0;
}
