/* test_config.c - keyfig.conf (app/config.c): each key applied, the
 * command line winning, --export reading only rotate, and every kind of bad
 * line with its exact "file:line: what is wrong", the good lines around
 * it still applied. Files are written under TMPDIR (or /tmp). */
#define _POSIX_C_SOURCE 200809L /* fmemopen */
#include <stdlib.h>
#include <unistd.h>

#include "check.h"
#include "config.h"

#define N_SLIDES 36

static char path[256];
static char msgs[32][640];
static int n_msgs;

static void collect(void *ctx, const char *msg)
{
    (void)ctx;
    if (n_msgs < 32) snprintf(msgs[n_msgs], sizeof msgs[0], "%s", msg);
    n_msgs++;
}

/* Writes text (len bytes) to the test's file; returns its path. */
static const char *file_of(const char *text, size_t len)
{
    FILE *f = fopen(path, "wb");
    if (!f || fwrite(text, 1, len, f) != len || fclose(f) != 0) {
        fprintf(stderr, "cannot write %s\n", path);
        exit(1);
    }
    return path;
}
#define FILE_OF(lit) file_of(lit, sizeof lit - 1)

/* Loads text into o (already holding what the command line set); returns
 * kf_config_load's result, messages in msgs. */
static int load(const char *p, kf_options *o, int *n_set)
{
    n_msgs = 0;
    return kf_config_load(p, o, N_SLIDES, collect, NULL, n_set);
}

/* "PATH:LINE: what" for the test's file. */
static const char *at(int line, const char *what)
{
    static char s[640];
    snprintf(s, sizeof s, "%s:%d: %s", path, line, what);
    return s;
}

int main(void)
{
    const char *tmp = getenv("TMPDIR");
    snprintf(path, sizeof path, "%s/kf-test-config-%d.conf", tmp && tmp[0] ? tmp : "/tmp",
             (int)getpid());
    kf_options o;
    int n_set;

    /* every key, comments, blanks, CRLF, an inline comment, a BOM, ":" */
    o = (kf_options){.mode = KF_MODE_KIOSK};
    KF_CHECK_INT(load(FILE_OF("\xEF\xBB\xBF# keyfig.conf\r\n"
                              "\n"
                              "; a comment\n"
                              "windowed = on\n"
                              "size = 1280x720\r\n"
                              "dwell = 12 ; seconds\n"
                              "   slide = 4\n"
                              "rotate: 270\n"
                              "driver=kmsdrm\n"),
                      &o, &n_set),
                 0);
    KF_CHECK_INT(n_msgs, 0);
    KF_CHECK_INT(n_set, 6);
    KF_CHECK_INT(o.windowed, 1);
    KF_CHECK_INT(o.width, 1280);
    KF_CHECK_INT(o.height, 720);
    KF_CHECK_INT(o.dwell_ms, 12000);
    KF_CHECK_INT(o.start_slide, 3);
    KF_CHECK_INT(o.rotate, 270);
    KF_CHECK_STR(o.driver, "kmsdrm");
    o = (kf_options){.mode = KF_MODE_KIOSK, .windowed = 1};
    KF_CHECK_INT(load(FILE_OF("windowed = off\n"), &o, &n_set), 0);
    KF_CHECK_INT(o.windowed, 0);

    /* the command line wins: what it gave stays, the rest comes from the file */
    char err[256];
    char *argv[] = {"keyfig", "--dwell", "3", "--rotate", "0"};
    KF_CHECK_INT(kf_options_parse(5, argv, N_SLIDES, &o, err, sizeof err), 0);
    KF_CHECK_INT(load(FILE_OF("dwell = 12\nrotate = 90\nslide = 2\n"), &o, &n_set), 0);
    KF_CHECK_INT(o.dwell_ms, 3000);
    KF_CHECK_INT(o.rotate, 0);
    KF_CHECK_INT(o.start_slide, 1);
    KF_CHECK_INT(n_set, 3); /* valid lines, whoever wins */

    /* --export reads rotate only: the rest concerns a live screen */
    char *exp[] = {"keyfig", "--export", "out"};
    KF_CHECK_INT(kf_options_parse(3, exp, N_SLIDES, &o, err, sizeof err), 0);
    KF_CHECK_INT(load(FILE_OF("rotate = 90\ndwell = 5\nwindowed = on\nsize = 800x600\n"
                              "slide = 9\ndriver = x11\n"),
                      &o, &n_set),
                 0);
    KF_CHECK_INT(o.rotate, 90);
    KF_CHECK_INT(o.dwell_ms, 0);
    KF_CHECK_INT(o.windowed, 0);
    KF_CHECK_INT(o.width, 0);
    KF_CHECK_INT(o.start_slide, 0);
    KF_CHECK_STR(o.driver, "");
    KF_CHECK_INT(o.mode, KF_MODE_EXPORT);

    /* every bad line reported, in order, each with its line; the good
     * lines among them applied; each bad key keeps its default */
    static const char bad[] = "dwell = 9\n"
                              "dwell = 10\n"
                              "dwel = 9\n"
                              "windowed = maybe\n"
                              "size =\n"
                              "size = 1920x1080x2\n"
                              "[display]\n"
                              "rotate = 45 ; degrees\n"
                              "just words\n"
                              "slide = 37\n"
                              "driver = kms drm\n"
                              "a \x1b[2J = 1\n"
                              "rotate = 180\n"
                              "slide ; = 3\n";
    o = (kf_options){.mode = KF_MODE_KIOSK};
    KF_CHECK_INT(load(FILE_OF(bad), &o, &n_set), 12);
    KF_CHECK_INT(n_set, 2);
    KF_CHECK_INT(n_msgs, 12);
    KF_CHECK_STR(msgs[0], at(2, "dwell: given again (line 1's value stands)"));
    KF_CHECK_STR(msgs[1], at(3, "unknown key \"dwel\" (the keys: windowed, size, dwell, slide, "
                                "rotate, driver, hours)"));
    KF_CHECK_STR(msgs[2], at(4, "windowed: \"maybe\" is not on or off"));
    KF_CHECK_STR(msgs[3], at(5, "size: no value"));
    KF_CHECK_STR(msgs[4], at(6, "size: \"1920x1080x2\" is not WIDTHxHEIGHT (each 64 to 16384), "
                                "e.g. 1920x1080"));
    KF_CHECK_STR(msgs[5], at(7, "\"[display]\": keyfig.conf has no sections (the keys after it are "
                                "read as if it were not there)"));
    KF_CHECK_STR(msgs[6], at(8, "rotate: \"45\" is not 0, 90, 180 or 270"));
    KF_CHECK_STR(msgs[7], at(9, "\"just words\" is not key = value"));
    KF_CHECK_STR(msgs[8], at(10, "slide: \"37\" is not a slide number from 1 to 36"));
    KF_CHECK_STR(msgs[9], at(11, "driver: \"kms drm\" is not a video driver name"));
    KF_CHECK_STR(msgs[10], at(12, "a control character (0x1B) in the line"));
    KF_CHECK_STR(msgs[11], at(14, "\"slide ; = 3\" is not key = value"));
    KF_CHECK_INT(o.dwell_ms, 9000); /* line 1 */
    KF_CHECK_INT(o.rotate, 180);    /* line 13, after its bad line 8 */
    KF_CHECK_INT(o.windowed, 0);
    KF_CHECK_INT(o.width, 0);
    KF_CHECK_INT(o.start_slide, 0);
    KF_CHECK_STR(o.driver, "");

    /* hours: a good line sets them, a bad one says what is wrong and
     * leaves the screen always on; --export does not read them */
    o = (kf_options){.mode = KF_MODE_KIOSK};
    KF_CHECK_INT(load(FILE_OF("hours = Mon-Fri 08:00-18:00, Sat 09:00-12:00\n"), &o, &n_set), 0);
    KF_CHECK_INT(o.hours.n, 2);
    KF_CHECK_INT(o.hours.span[1].from, 540);
    o = (kf_options){.mode = KF_MODE_KIOSK};
    KF_CHECK_INT(load(FILE_OF("dwell = 5\nhours = Mon-Fri 8:00-18:00\n"), &o, &n_set), 1);
    KF_CHECK_STR(msgs[0], at(2, "hours: \"8:00-18:00\": a time is HH:MM from 00:00 to 23:59 (an "
                                "end up to 24:00), as 08:00-18:00"));
    KF_CHECK_INT(o.hours.n, 0);
    KF_CHECK_INT(o.dwell_ms, 5000);
    KF_CHECK_INT(kf_options_parse(3, exp, N_SLIDES, &o, err, sizeof err), 0);
    KF_CHECK_INT(load(FILE_OF("hours = daily 10:00-12:00\n"), &o, &n_set), 0);
    KF_CHECK_INT(o.hours.n, 0);

    /* a line longer than libinih's 200-byte buffer, reported once: the
     * line after it is still line 2 */
    char longer[400];
    memset(longer, ' ', sizeof longer);
    memcpy(longer, "dwell = 5", 9);
    memcpy(longer + 250, "\nslide = 2\n", 11);
    o = (kf_options){.mode = KF_MODE_KIOSK};
    KF_CHECK_INT(load(file_of(longer, 261), &o, &n_set), 1);
    KF_CHECK_STR(msgs[0], at(1, "the line is longer than 198 bytes"));
    KF_CHECK_INT(o.dwell_ms, 0);
    KF_CHECK_INT(o.start_slide, 1);
    KF_CHECK_INT(n_set, 1);

    /* a NUL byte: that line is bad, the next one read */
    o = (kf_options){.mode = KF_MODE_KIOSK};
    KF_CHECK_INT(load(FILE_OF("dwell = 5\0 6\nrotate = 90\n"), &o, &n_set), 1);
    KF_CHECK_STR(msgs[0], at(1, "a control character (0x00) in the line"));
    KF_CHECK_INT(o.rotate, 90);

    /* an empty file is valid; a missing one is reported, o untouched */
    o = (kf_options){.mode = KF_MODE_KIOSK, .dwell_ms = 4000};
    KF_CHECK_INT(load(FILE_OF(""), &o, &n_set), 0);
    KF_CHECK_INT(n_set, 0);
    unlink(path);
    KF_CHECK_INT(load(path, &o, &n_set), -1);
    KF_CHECK_INT(n_msgs, 1);
    char want[1024];
    snprintf(want, sizeof want, "%s: cannot read: No such file or directory", path);
    KF_CHECK_STR(msgs[0], want);
    KF_CHECK_INT(o.dwell_ms, 4000);

    /* --check-config's verdict and exit status */
    char out[512] = "", errs[1024] = "";
    FILE *fo = fmemopen(out, sizeof out, "w"), *fe = fmemopen(errs, sizeof errs, "w");
    FILE_OF("dwell = 5\nrotate = 90\n");
    KF_CHECK_INT(kf_config_check(path, N_SLIDES, fo, fe), 0);
    fflush(fo), fflush(fe);
    snprintf(want, sizeof want, "%s: 2 settings, no bad line\n", path);
    KF_CHECK_STR(out, want);
    KF_CHECK_STR(errs, "");
    rewind(fo);
    FILE_OF("dwell = 0\nrotate = 90\nslide = x\n");
    KF_CHECK_INT(kf_config_check(path, N_SLIDES, fo, fe), 1);
    fflush(fo), fflush(fe);
    snprintf(want, sizeof want, "%s: 2 bad lines (keyfig would use the defaults of their keys)\n",
             path);
    KF_CHECK(strncmp(out, want, strlen(want)) == 0, "got \"%s\"", out);
    snprintf(want, sizeof want,
             "%s:1: dwell: \"0\" is not a whole number of seconds from 1 to 3600\n"
             "%s:3: slide: \"x\" is not a slide number from 1 to 36\n",
             path, path);
    KF_CHECK_STR(errs, want);
    fclose(fo), fclose(fe);
    unlink(path);
    return kf_check_done();
}
