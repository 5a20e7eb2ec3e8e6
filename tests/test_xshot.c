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
 * screen's size). Ends keyfig with SIGTERM: it must exit 0. */
#include <SDL.h>
#include <SDL_image.h>
#include <X11/Xlib.h>
#include <X11/Xutil.h>
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
    while (nanosleep(&ts, &ts) != 0 && errno == EINTR) {}
}

/* Pixels of the root window that differ from png; -1 if the screen cannot
 * be read. Sets *fx, *fy to the first. */
static long compare_screen(Display *dpy, SDL_Surface *png, int *fx, int *fy)
{
    Window root = DefaultRootWindow(dpy);
    XImage *img = XGetImage(dpy, root, 0, 0, (unsigned)png->w, (unsigned)png->h, AllPlanes, ZPixmap);
    long n = 0;
    if (!img) return -1;
    for (int y = 0; y < png->h; y++) {
        const Uint32 *row = (const Uint32 *)((const Uint8 *)png->pixels + y * png->pitch);
        for (int x = 0; x < png->w; x++) {
            unsigned long p = XGetPixel(img, x, y);
            if ((p & 0xFFFFFF) != (row[x] & 0xFFFFFF) && !n++) *fx = x, *fy = y;
        }
    }
    XDestroyImage(img);
    return n;
}

int main(int argc, char **argv)
{
    if (argc != 5) {
        fprintf(stderr, "usage: test_xshot KEYFIG EXPORT_DIR FIRST COUNT\n");
        return 2;
    }
    const char *kf = argv[1], *dir = argv[2];
    int first = atoi(argv[3]), count = atoi(argv[4]);
    Display *dpy = XOpenDisplay(NULL);
    if (!dpy) {
        fprintf(stderr, "test_xshot: no X display\n");
        return 1;
    }
    int pipefd[2];
    if (pipe(pipefd) != 0) return 1;
    posix_spawn_file_actions_t fa;
    posix_spawn_file_actions_init(&fa);
    posix_spawn_file_actions_adddup2(&fa, pipefd[1], 2);
    posix_spawn_file_actions_addclose(&fa, pipefd[0]);
    char slide[16], dwell[16];
    snprintf(slide, sizeof slide, "%d", first);
    snprintf(dwell, sizeof dwell, "%d", DWELL_MS / 1000);
    char *args[] = {(char *)kf, "--slide", slide, "--dwell", dwell, NULL};
    pid_t pid;
    if (posix_spawn(&pid, kf, &fa, NULL, args, environ) != 0) {
        fprintf(stderr, "test_xshot: cannot start %s\n", kf);
        return 1;
    }
    posix_spawn_file_actions_destroy(&fa);
    close(pipefd[1]);
    FILE *log = fdopen(pipefd[0], "r");
    char line[1024];
    double t0 = 0;
    while (fgets(line, sizeof line, log)) {
        fputs(line, stdout);
        if (strstr(line, "first frame presented")) {
            t0 = now_ms();
            break;
        }
    }
    KF_CHECK(t0 > 0, "keyfig showed no frame");
    for (int k = 0; k < count && t0 > 0; k++) {
        int s = (first - 1 + k) % kf_figures.n_slides;
        char path[1024];
        snprintf(path, sizeof path, "%s/%02d-%s.png", dir, s + 1, kf_figures.slides[s].key);
        SDL_Surface *raw = IMG_Load(path);
        SDL_Surface *png = raw ? SDL_ConvertSurfaceFormat(raw, SDL_PIXELFORMAT_ARGB8888, 0) : NULL;
        SDL_FreeSurface(raw);
        KF_CHECK(png != NULL, "cannot read %s", path);
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
    kill(pid, SIGTERM);
    int status = 0;
    waitpid(pid, &status, 0);
    while (fgets(line, sizeof line, log)) fputs(line, stdout);
    KF_CHECK(WIFEXITED(status) && WEXITSTATUS(status) == 0, "keyfig ended with status %d", status);
    fclose(log);
    XCloseDisplay(dpy);
    IMG_Quit();
    SDL_Quit();
    return kf_check_done();
}
