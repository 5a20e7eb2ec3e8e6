/* test_xshot.c - the real kiosk as a visitor sees it: keyfig fullscreen on
 * an X server (Xvfb, through with_xvfb.sh), photographed from the root
 * window at moments after each slide's count-up, on the wall clock.
 *
 * Usage: test_xshot KEYFIG EXPORT_DIR FIRST COUNT
 *
 * Starts `KEYFIG --slide FIRST --dwell 4`, waits for its "first frame
 * presented" line, then for each of COUNT slides takes the screen three
 * times between 1.4 s and 3.4 s after the slide is fully in (the count-up
 * ends 1.2 s after it; the next transition starts 4 s after it) and
 * compares every pixel with the slide's --export PNG from EXPORT_DIR (the
 * screen's size). Ends keyfig with SIGTERM: it must exit 0.
 *
 * Usage: test_xshot --randr KEYFIG EXPORT_1920x1080 EXPORT_1280x720 SLIDE
 *
 * The screen's mode changed under the running kiosk with no window manager
 * (xrandr --output screen --mode): started at 1280x720, grown to
 * 1920x1080, shrunk back. After each change the whole screen must be the
 * slide's export at the new size: no black band, not cropped.
 *
 * Usage: test_xshot --unplug KEYFIG EXPORT_1920x1080 EXPORT_1280x720 SLIDE
 *
 * Two monitors (an X.Org dummy server, with_xorg_dummy.sh): a 1280x720 one
 * and a 1920x1080 one to its right, the primary, where the kiosk starts.
 * That monitor is then switched off (xrandr --output DUMMY1 --off, what a
 * monitor unplugged does to the screen: its CRTC goes dark, the screen
 * shrinks to the other one): the slide must move to the remaining monitor,
 * re-laid at its size. */
#include <SDL.h>
#include <SDL_image.h>
#include <X11/Xlib.h>
#include <X11/Xutil.h>
#include <X11/extensions/Xrandr.h>
#include <errno.h>
#include <signal.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "check.h"
#include "figures.h"
#include "slides.h"

extern char **environ;

#define DWELL_MS 4000

static double now_ms(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
}

static void sleep_until(double t)
{
    double d = t - now_ms();
    if (d <= 0) return;
    struct timespec ts = {(time_t)(d / 1000), (long)((d - (time_t)(d / 1000) * 1000) * 1e6)};
    while (nanosleep(&ts, &ts) != 0 && errno == EINTR) {
    }
}

/* Pixels of the root window's rectangle at x0, y0 of png's size that
 * differ from png; -1 if the screen cannot be read. Sets *fx, *fy to the
 * first (screen coordinates). */
static long compare_screen_at(Display *dpy, int x0, int y0, SDL_Surface *png, int *fx, int *fy)
{
    Window root = DefaultRootWindow(dpy);
    XImage *img =
        XGetImage(dpy, root, x0, y0, (unsigned)png->w, (unsigned)png->h, AllPlanes, ZPixmap);
    long n = 0;
    if (!img) return -1;
    for (int y = 0; y < png->h; y++) {
        const Uint32 *row = (const Uint32 *)((const Uint8 *)png->pixels + y * png->pitch);
        for (int x = 0; x < png->w; x++) {
            unsigned long p = XGetPixel(img, x, y);
            if ((p & 0xFFFFFF) != (row[x] & 0xFFFFFF) && !n++) *fx = x0 + x, *fy = y0 + y;
        }
    }
    XDestroyImage(img);
    return n;
}

/* compare_screen_at the top left corner. */
static long compare_screen(Display *dpy, SDL_Surface *png, int *fx, int *fy)
{
    return compare_screen_at(dpy, 0, 0, png, fx, fy);
}

/* Starts keyfig with args, its standard error read into *log; returns its
 * pid, or -1. */
static pid_t start_keyfig(const char *kf, char **args, FILE **log)
{
    int pipefd[2];
    if (pipe(pipefd) != 0) return -1;
    posix_spawn_file_actions_t fa;
    posix_spawn_file_actions_init(&fa);
    posix_spawn_file_actions_adddup2(&fa, pipefd[1], 2);
    posix_spawn_file_actions_addclose(&fa, pipefd[0]);
    pid_t pid;
    int rc = posix_spawn(&pid, kf, &fa, NULL, args, environ);
    posix_spawn_file_actions_destroy(&fa);
    close(pipefd[1]);
    if (rc != 0) {
        fprintf(stderr, "test_xshot: cannot start %s\n", kf);
        close(pipefd[0]);
        return -1;
    }
    *log = fdopen(pipefd[0], "r");
    return pid;
}

/* Echoes keyfig's log until its first frame; returns the time (ms) of it,
 * 0 if it never came. */
static double first_frame(FILE *log)
{
    char line[1024];
    while (fgets(line, sizeof line, log)) {
        fputs(line, stdout);
        if (strstr(line, "first frame presented")) return now_ms();
    }
    return 0;
}

/* Ends keyfig with SIGTERM (exit status 0 wanted), echoing the rest of its
 * log. */
static void stop_keyfig(pid_t pid, FILE *log)
{
    char line[1024];
    kill(pid, SIGTERM);
    int status = 0;
    waitpid(pid, &status, 0);
    while (fgets(line, sizeof line, log)) fputs(line, stdout);
    KF_CHECK(WIFEXITED(status) && WEXITSTATUS(status) == 0, "keyfig ended with status %d", status);
    fclose(log);
}

/* Slide s's export from dir, as ARGB8888; NULL (a failed check) if absent. */
static SDL_Surface *load_export(const char *dir, int s)
{
    char path[1024];
    snprintf(path, sizeof path, "%s/%02d-%s.png", dir, s + 1, kf_figures.slides[s].key);
    SDL_Surface *raw = IMG_Load(path);
    SDL_Surface *png = raw ? SDL_ConvertSurfaceFormat(raw, SDL_PIXELFORMAT_ARGB8888, 0) : NULL;
    SDL_FreeSurface(raw);
    KF_CHECK(png != NULL, "cannot read %s", path);
    return png;
}

/* Sets output number `out`'s mode to w x h with xrandr (x11-xserver-utils),
 * followed by xrandr's options `more` (placement: "--right-of DUMMY0"),
 * making the mode first when the server has none of that size (CEA-861's
 * timing shape: 1280x720 is 74.25 MHz, 1650 x 750 in all) or the output
 * does not list it. Returns 0 or -1. */
static int set_output_mode(Display *dpy, int out, int w, int h, const char *more)
{
    Window root = DefaultRootWindow(dpy);
    XRRScreenResources *res = XRRGetScreenResources(dpy, root);
    if (!res || res->noutput <= out) return -1;
    XRROutputInfo *oi = XRRGetOutputInfo(dpy, res, res->outputs[out]);
    char name[64] = "", output[64], cmd[512];
    snprintf(output, sizeof output, "%s", oi ? oi->name : "screen");
    int listed = 0;
    for (int i = 0; i < res->nmode; i++)
        if ((int)res->modes[i].width == w && (int)res->modes[i].height == h) {
            snprintf(name, sizeof name, "%s", res->modes[i].name);
            for (int k = 0; oi && k < oi->nmode; k++) listed |= oi->modes[k] == res->modes[i].id;
        }
    if (oi) XRRFreeOutputInfo(oi);
    XRRFreeScreenResources(res);
    int rc = 0;
    if (name[0] && !listed) {
        snprintf(cmd, sizeof cmd, "xrandr --addmode %s %s", output, name);
        rc = system(cmd);
    } else if (!name[0]) {
        int ht = w * 1650 / 1280, vt = h * 750 / 720;
        snprintf(name, sizeof name, "kf_%dx%d", w, h);
        snprintf(cmd, sizeof cmd,
                 "xrandr --newmode %s %.2f %d %d %d %d %d %d %d %d +hsync +vsync && "
                 "xrandr --addmode %s %s",
                 name, ht * vt * 60 / 1e6, w, w + (ht - w) / 3, w + (ht - w) / 2, ht, h, h + 5,
                 h + 10, vt, output, name);
        rc = system(cmd);
    }
    snprintf(cmd, sizeof cmd, "xrandr --output %s --mode %s %s", output, name, more);
    if (rc == 0) rc = system(cmd);
    XSync(dpy, False);
    return rc == 0 ? 0 : -1;
}

/* The first output's mode. */
static int set_mode(Display *dpy, int w, int h) { return set_output_mode(dpy, 0, w, h, ""); }

/* The root window's size, checked to be w x h. */
static void check_screen(Display *dpy, int w, int h, const char *when)
{
    XWindowAttributes root;
    XGetWindowAttributes(dpy, DefaultRootWindow(dpy), &root);
    KF_CHECK(root.width == w && root.height == h, "%s: screen %dx%d, want %dx%d", when, root.width,
             root.height, w, h);
}

/* The monitor the kiosk is on is unplugged: the slide moves to the other. */
static int unplug(Display *dpy, const char *kf, const char *dir_big, const char *dir_small,
                  int slide)
{
    char first[16];
    snprintf(first, sizeof first, "%d", slide);
    char *args[] = {(char *)kf, "--slide", first, "--dwell", "60", NULL};
    FILE *log;
    KF_CHECK(set_output_mode(dpy, 0, 1280, 720, "--pos 0x0") == 0, "cannot light DUMMY0");
    KF_CHECK(set_output_mode(dpy, 1, 1920, 1080, "--right-of DUMMY0 --primary") == 0,
             "cannot light DUMMY1");
    /* the dummy driver reports an output it lit as connected only after a
     * probe (XRRGetScreenResources; a real one's hotplug detection does it),
     * and SDL reads the current state without one */
    XRRFreeScreenResources(XRRGetScreenResources(dpy, DefaultRootWindow(dpy)));
    check_screen(dpy, 3200, 1080, "two monitors");
    pid_t pid = start_keyfig(kf, args, &log);
    if (pid < 0) return 1;
    double t0 = first_frame(log);
    KF_CHECK(t0 > 0, "keyfig showed no frame");
    SDL_Surface *big = load_export(dir_big, slide - 1), *small = load_export(dir_small, slide - 1);
    if (t0 > 0 && big && small) {
        sleep_until(now_ms() + 2500); /* its count-up over (1.2 s) */
        int fx = 0, fy = 0;
        long n = compare_screen_at(dpy, 1280, 0, big, &fx, &fy);
        KF_CHECK(n == 0,
                 "on the primary monitor (1920x1080+1280+0): %ld pixels are not slide %d's "
                 "export, the first at (%d,%d)",
                 n, slide, fx, fy);
        KF_CHECK(system("xrandr --output DUMMY1 --off") == 0, "cannot turn DUMMY1 off");
        XSync(dpy, False);
        check_screen(dpy, 1280, 720, "DUMMY1 unplugged");
        sleep_until(now_ms() + 2500);
        n = compare_screen(dpy, small, &fx, &fy);
        KF_CHECK(n == 0,
                 "after the primary monitor went: %ld pixels of the other (1280x720+0+0) are "
                 "not slide %d's export, the first at (%d,%d)",
                 n, slide, fx, fy);
    }
    SDL_FreeSurface(big);
    SDL_FreeSurface(small);
    stop_keyfig(pid, log);
    return 0;
}

/* The screen's mode changed under the kiosk: the slide follows. */
static int randr(Display *dpy, const char *kf, const char *dir_big, const char *dir_small,
                 int slide)
{
    char first[16];
    snprintf(first, sizeof first, "%d", slide);
    char *args[] = {(char *)kf, "--slide", first, "--dwell", "60", NULL};
    FILE *log;
    /* started on the small mode: growing must fill the screen, shrinking
     * must not crop it */
    KF_CHECK(set_mode(dpy, 1280, 720) == 0, "cannot set the mode 1280x720");
    pid_t pid = start_keyfig(kf, args, &log);
    if (pid < 0) return 1;
    double t0 = first_frame(log);
    KF_CHECK(t0 > 0, "keyfig showed no frame");
    static const struct {
        int w, h;
    } modes[] = {{1280, 720}, {1920, 1080}, {1280, 720}};
    for (size_t m = 0; m < sizeof modes / sizeof modes[0] && t0 > 0; m++) {
        int w = modes[m].w, h = modes[m].h;
        if (m > 0) KF_CHECK(set_mode(dpy, w, h) == 0, "cannot set the mode %dx%d", w, h);
        check_screen(dpy, w, h, "after the mode change");
        SDL_Surface *png = load_export(w == 1920 ? dir_big : dir_small, slide - 1);
        if (!png) continue;
        /* the relaid slide, its count-up over (1.2 s) */
        sleep_until(now_ms() + 2500);
        int fx = 0, fy = 0;
        long n = compare_screen(dpy, png, &fx, &fy);
        KF_CHECK(n == 0,
                 "screen %dx%d (change %zu): %ld pixels are not slide %d's export, the first at "
                 "(%d,%d)",
                 w, h, m, n, slide, fx, fy);
        SDL_FreeSurface(png);
    }
    stop_keyfig(pid, log);
    return 0;
}

int main(int argc, char **argv)
{
    if (argc == 6 && (strcmp(argv[1], "--randr") == 0 || strcmp(argv[1], "--unplug") == 0)) {
        Display *dpy = XOpenDisplay(NULL);
        if (!dpy) {
            fprintf(stderr, "test_xshot: no X display\n");
            return 1;
        }
        (strcmp(argv[1], "--randr") == 0 ? randr : unplug)(dpy, argv[2], argv[3], argv[4],
                                                           atoi(argv[5]));
        XCloseDisplay(dpy);
        IMG_Quit();
        SDL_Quit();
        return kf_check_done();
    }
    if (argc != 5) {
        fprintf(stderr,
                "usage: test_xshot KEYFIG EXPORT_DIR FIRST COUNT\n"
                "       test_xshot --randr|--unplug KEYFIG EXPORT_1920x1080 EXPORT_1280x720 "
                "SLIDE\n");
        return 2;
    }
    const char *kf = argv[1], *dir = argv[2];
    int first = atoi(argv[3]), count = atoi(argv[4]);
    Display *dpy = XOpenDisplay(NULL);
    if (!dpy) {
        fprintf(stderr, "test_xshot: no X display\n");
        return 1;
    }
    char slide[16], dwell[16];
    snprintf(slide, sizeof slide, "%d", first);
    snprintf(dwell, sizeof dwell, "%d", DWELL_MS / 1000);
    char *args[] = {(char *)kf, "--slide", slide, "--dwell", dwell, NULL};
    FILE *log;
    pid_t pid = start_keyfig(kf, args, &log);
    if (pid < 0) return 1;
    double t0 = first_frame(log);
    KF_CHECK(t0 > 0, "keyfig showed no frame");
    for (int k = 0; k < count && t0 > 0; k++) {
        int s = (first - 1 + k) % kf_figures.n_slides;
        SDL_Surface *png = load_export(dir, s);
        if (!png) continue;
        /* the first slide arrives at once; the others after a transition */
        double shown = t0 + k * (double)(DWELL_MS + KF_TRANSITION_MS);
        for (int shot = 0; shot < 3; shot++) {
            double at = shown + 1400 + shot * 1000;
            sleep_until(at);
            int fx = 0, fy = 0;
            long n = compare_screen(dpy, png, &fx, &fy);
            KF_CHECK(n == 0,
                     "slide %d (%s), %.0f ms after it was fully in: %ld pixels of the screen are "
                     "not its export, the first at (%d,%d)",
                     s + 1, kf_figures.slides[s].key, at - shown, n, fx, fy);
        }
        SDL_FreeSurface(png);
    }
    stop_keyfig(pid, log);
    XCloseDisplay(dpy);
    IMG_Quit();
    SDL_Quit();
    return kf_check_done();
}
