/* options.h - the command line: parsed into kf_options, pure (no I/O but
 * the message written into the caller's buffer). */
#ifndef KF_OPTIONS_H
#define KF_OPTIONS_H
#include <stddef.h>

#include "hours.h"

/* keyfig.conf: read at start by the kiosk (and by --export for rotate). */
#ifndef KF_CONFIG_PATH
#define KF_CONFIG_PATH "/etc/keyfig/keyfig.conf"
#endif

typedef enum kf_mode {
    KF_MODE_KIOSK,        /* fullscreen (or --windowed), loops forever */
    KF_MODE_LIST,         /* --list: the table as TSV on stdout        */
    KF_MODE_EXPORT,       /* --export DIR: every slide to PNG          */
    KF_MODE_HELP,         /* --help                                    */
    KF_MODE_VERSION,      /* --version                                 */
    KF_MODE_CHECK_CONFIG, /* --check-config [FILE]: validate, exit 0/1 */
} kf_mode;

/* The settings: each is an option of the command line and a key of
 * keyfig.conf (the key is the option's name without "--"). The bits say
 * which were given (kf_options.given). */
enum {
    KF_SET_WINDOWED = 1u << 0,
    KF_SET_SIZE = 1u << 1,
    KF_SET_DWELL = 1u << 2,
    KF_SET_SLIDE = 1u << 3,
    KF_SET_ROTATE = 1u << 4,
    KF_SET_DRIVER = 1u << 5,
    KF_SET_HOURS = 1u << 6,
};

typedef struct kf_options {
    kf_mode mode;
    int windowed;
    int width, height; /* --size; 0 = the display's (kiosk) or 1920x1080 */
    int dwell_ms;      /* --dwell; 0 = the default                        */
    int start_slide;   /* --slide N, 0-based here (N is 1-based)          */
    const char *export_dir;
    char driver[33];    /* --driver NAME: a video driver by name; "" = SDL's */
    int rotate;         /* --rotate 0|90|180|270                           */
    kf_hours hours;     /* --hours SPEC (hours.h); none: always open       */
    const char *config; /* --config FILE, or --check-config's FILE; NULL =
                           KF_CONFIG_PATH                                  */
    unsigned given;     /* KF_SET_* of the settings given on the command line */
} kf_options;

/* Parses argv into o (defaults first). n_slides bounds --slide. Returns 0,
 * or -1 with one line (no newline) in err, naming the option and what is
 * wrong; the caller exits with status 2. An option that has no effect in
 * the mode asked for is an error too: --windowed, --dwell, --slide and
 * --driver with --export or --list, --size and --rotate with --list. */
int kf_options_parse(int argc, char **argv, int n_slides, kf_options *o, char *err, size_t errlen);

/* What kf_options_set_key did with a key of keyfig.conf. */
typedef enum kf_key_result {
    KF_KEY_SET = 0,      /* the value is valid and now in o                     */
    KF_KEY_KEPT = 1,     /* valid, but the command line gave it (it wins) or the
                            mode does not read it from the file (--export reads
                            only rotate): o unchanged                         */
    KF_KEY_BAD = -1,     /* a bad value: o unchanged, err says why              */
    KF_KEY_UNKNOWN = -2, /* no such key: err lists the keys                     */
} kf_key_result;

/* Sets the setting named key (keyfig.conf's name: "dwell", "rotate"...)
 * from its text value, checked as the command line checks it. err gets
 * "KEY: what is wrong" (no file or line: the caller adds them). *bit, if
 * not NULL, gets the key's KF_SET_* (0 for an unknown key). Booleans
 * (windowed) take on/off, yes/no, true/false or 1/0. */
kf_key_result kf_options_set_key(kf_options *o, const char *key, const char *value, int n_slides,
                                 unsigned *bit, char *err, size_t errlen);

/* The --help text. */
extern const char kf_options_usage[];

#endif
