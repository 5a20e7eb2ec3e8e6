/* options.h - the command line: parsed into kf_options, pure (no I/O but
 * the message written into the caller's buffer). */
#ifndef KF_OPTIONS_H
#define KF_OPTIONS_H
#include <stddef.h>

typedef enum kf_mode {
    KF_MODE_KIOSK,   /* fullscreen (or --windowed), loops forever */
    KF_MODE_LIST,    /* --list: the table as TSV on stdout        */
    KF_MODE_EXPORT,  /* --export DIR: every slide to PNG          */
    KF_MODE_HELP,    /* --help                                    */
    KF_MODE_VERSION, /* --version                                 */
} kf_mode;

typedef struct kf_options {
    kf_mode mode;
    int windowed;
    int width, height; /* --size; 0 = the display's (kiosk) or 1920x1080 */
    int dwell_ms;      /* --dwell; 0 = the default                        */
    int start_slide;   /* --slide N, 0-based here (N is 1-based)          */
    const char *export_dir;
    const char *driver; /* --driver NAME: a video driver by name           */
    int rotate;         /* --rotate 0|90|180|270                           */
} kf_options;

/* Parses argv into o (defaults first). n_slides bounds --slide. Returns 0,
 * or -1 with one line (no newline) in err, naming the option and what is
 * wrong; the caller exits with status 2. An option that has no effect in
 * the mode asked for is an error too: --windowed, --dwell, --slide and
 * --driver with --export or --list, --size and --rotate with --list. */
int kf_options_parse(int argc, char **argv, int n_slides, kf_options *o, char *err, size_t errlen);

/* The --help text. */
extern const char kf_options_usage[];

#endif
