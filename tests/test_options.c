/* test_options.c - the command line: each option, each bad value's exact
 * message. */
#include "check.h"
#include "options.h"

static int parse(kf_options *o, char *err, int argc, char **argv)
{
    err[0] = '\0';
    return kf_options_parse(argc, argv, 36, o, err, 256);
}

#define ARGS(...)                                                                                  \
    (char *[]) { "keyfig", __VA_ARGS__ }
#define NARGS(...)         (int)(sizeof((char *[]){"keyfig", __VA_ARGS__}) / sizeof(char *))
#define PARSE(o, err, ...) parse(o, err, NARGS(__VA_ARGS__), ARGS(__VA_ARGS__))

int main(void)
{
    kf_options o;
    char err[256];

    KF_CHECK_INT(parse(&o, err, 1, (char *[]){"keyfig"}), 0);
    KF_CHECK_INT(o.mode, KF_MODE_KIOSK);
    KF_CHECK_INT(o.windowed, 0);
    KF_CHECK_INT(PARSE(&o, err, "--windowed", "--size", "1280x720", "--dwell", "5", "--slide", "3"),
                 0);
    KF_CHECK_INT(o.windowed, 1);
    KF_CHECK_INT(o.width, 1280);
    KF_CHECK_INT(o.height, 720);
    KF_CHECK_INT(o.dwell_ms, 5000);
    KF_CHECK_INT(o.start_slide, 2);
    KF_CHECK_INT(PARSE(&o, err, "--export=out", "--size=1080x1920"), 0);
    KF_CHECK_INT(o.mode, KF_MODE_EXPORT);
    KF_CHECK_STR(o.export_dir, "out");
    KF_CHECK_INT(o.height, 1920);
    KF_CHECK_INT(PARSE(&o, err, "--export", "out", "--rotate", "90"), 0);
    KF_CHECK_INT(o.rotate, 90);
    KF_CHECK_INT(PARSE(&o, err, "--list"), 0);
    KF_CHECK_INT(o.mode, KF_MODE_LIST);
    KF_CHECK_INT(PARSE(&o, err, "--rotate", "270", "--driver", "kmsdrm"), 0);
    KF_CHECK_INT(o.rotate, 270);
    KF_CHECK_STR(o.driver, "kmsdrm");

    struct {
        int argc;
        char **argv;
        const char *msg;
    } bad[] = {
        {2, ARGS("--bogus"), "unknown option \"--bogus\" (try --help)"},
        {2, ARGS("-x"), "unknown option \"-x\" (try --help)"},
        {2, ARGS("--size"), "--size needs a value (try --help)"},
        {3, ARGS("--size", "1920"),
         "--size: \"1920\" is not WIDTHxHEIGHT (each 64 to 16384), e.g. 1920x1080"},
        {3, ARGS("--size", "10x10"),
         "--size: \"10x10\" is not WIDTHxHEIGHT (each 64 to 16384), e.g. 1920x1080"},
        {3, ARGS("--size", "1920x-5"),
         "--size: \"1920x-5\" is not WIDTHxHEIGHT (each 64 to 16384), e.g. 1920x1080"},
        {3, ARGS("--dwell", "0"), "--dwell: \"0\" is not a whole number of seconds from 1 to 3600"},
        {3, ARGS("--dwell", "2.5"),
         "--dwell: \"2.5\" is not a whole number of seconds from 1 to 3600"},
        {3, ARGS("--dwell", "99999999999999999999"),
         "--dwell: \"99999999999999999999\" is not a whole number of seconds from 1 to 3600"},
        {3, ARGS("--slide", "0"), "--slide: \"0\" is not a slide number from 1 to 36"},
        {3, ARGS("--slide", "37"), "--slide: \"37\" is not a slide number from 1 to 36"},
        {3, ARGS("--rotate", "45"), "--rotate: \"45\" is not 0, 90, 180 or 270"},
        {2, ARGS("--windowed=1"), "--windowed takes no value"},
        {3, ARGS("--export", ""), "--export: the folder name is empty"},
        /* options that would do nothing in the mode asked for */
        {4, ARGS("--export", "out", "--windowed"),
         "--windowed is for the kiosk: it has no effect with --export"},
        {5, ARGS("--dwell", "5", "--export", "out"),
         "--dwell is for the kiosk: it has no effect with --export"},
        {5, ARGS("--export", "out", "--slide", "2"),
         "--slide is for the kiosk: it has no effect with --export"},
        {5, ARGS("--driver", "x11", "--export", "out"),
         "--driver is for the kiosk: it has no effect with --export"},
        {3, ARGS("--list", "--windowed"),
         "--windowed is for the kiosk: it has no effect with --list"},
        {4, ARGS("--list", "--rotate", "90"), "--rotate has no effect with --list"},
        {4, ARGS("--size", "800x600", "--list"), "--size has no effect with --list"},
    };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        KF_CHECK_INT(parse(&o, err, bad[i].argc, bad[i].argv), -1);
        KF_CHECK_STR(err, bad[i].msg);
    }
    return kf_check_done();
}
