/* x11screen.c - the window onto the X screen's current outputs, with no
 * window manager (see x11screen.h). */
#define _GNU_SOURCE /* pipe2 */
#include "x11screen.h"

#include <SDL_syswm.h>
#include <X11/Xatom.h>
#include <X11/Xlib.h>
#include <X11/extensions/Xrandr.h>
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <string.h>
#include <unistd.h>

#include "platform.h"

/* While following: SDL's X connection (the main thread's, for queries),
 * a connection of keyfig's own that only the listening thread reads, the
 * pipe that stops that thread, and the SDL event it sends. */
static struct {
    Display *x;      /* SDL's                                   */
    Display *listen; /* the listener's own                      */
    int rr_event;    /* RANDR's first event number on `listen`  */
    int wake[2];     /* written to stop the listener            */
    SDL_Thread *thread;
    Uint32 changed; /* the SDL event type: the screen changed  */
} follow = {.wake = {-1, -1}};

/* 1 if a window manager runs on dpy's screen (EWMH: the root's
 * _NET_SUPPORTING_WM_CHECK names a window). */
static int has_window_manager(Display *dpy)
{
    Atom check = XInternAtom(dpy, "_NET_SUPPORTING_WM_CHECK", True), type;
    int format, found = 0;
    unsigned long n, after;
    unsigned char *data = NULL;
    if (check == None) return 0;
    if (XGetWindowProperty(dpy, DefaultRootWindow(dpy), check, 0, 1, False, XA_WINDOW, &type,
                           &format, &n, &after, &data) == Success &&
        data && n == 1)
        found = 1;
    if (data) XFree(data);
    return found;
}

/* The listening thread: RANDR's screen, CRTC and output changes on its own
 * connection (SDL 2.26's connection selects only output changes, and its
 * selection is what the server keeps for it), each turned into one
 * follow.changed event; ends when follow.wake is written. */
static int listen_randr(void *arg)
{
    (void)arg;
    struct pollfd fds[2] = {{ConnectionNumber(follow.listen), POLLIN, 0},
                            {follow.wake[0], POLLIN, 0}};
    for (;;) {
        int changed = 0;
        while (XPending(follow.listen)) {
            XEvent xe;
            XNextEvent(follow.listen, &xe);
            if (xe.type == follow.rr_event + RRScreenChangeNotify) XRRUpdateConfiguration(&xe);
            if (xe.type == follow.rr_event + RRScreenChangeNotify ||
                xe.type == follow.rr_event + RRNotify)
                changed = 1;
        }
        if (changed) {
            SDL_Event e = {.type = follow.changed};
            SDL_PushEvent(&e);
        }
        if (poll(fds, 2, -1) < 0 && errno != EINTR) return 0;
        if (fds[1].revents) return 0;
        if (fds[0].revents & (POLLERR | POLLHUP)) return 0; /* the server went */
    }
}

int kf_x11_follow_start(SDL_Window *window)
{
    SDL_SysWMinfo info;
    int err_base, rr_event;
    SDL_VERSION(&info.version);
    if (!SDL_GetWindowWMInfo(window, &info) || info.subsystem != SDL_SYSWM_X11) return 0;
    Display *dpy = info.info.x11.display;
    if (!XRRQueryExtension(dpy, &rr_event, &err_base) || has_window_manager(dpy)) return 0;
    follow.changed = SDL_RegisterEvents(1);
    follow.listen = XOpenDisplay(XDisplayString(dpy));
    if (follow.changed == (Uint32)-1 || !follow.listen ||
        !XRRQueryExtension(follow.listen, &follow.rr_event, &err_base) ||
        pipe2(follow.wake, O_CLOEXEC) != 0) {
        kf_plat_log("DISPLAY", "cannot listen to the screen's changes: the window keeps its size");
        kf_x11_follow_stop();
        return 1; /* still no window manager: stay out of SDL's fullscreen */
    }
    XRRSelectInput(follow.listen, DefaultRootWindow(follow.listen),
                   RRScreenChangeNotifyMask | RRCrtcChangeNotifyMask | RROutputChangeNotifyMask);
    XFlush(follow.listen);
    follow.x = dpy;
    /* it polls and reads events: 256 KiB of stack, not the default 8 MiB */
    follow.thread = SDL_CreateThreadWithStackSize(listen_randr, "kf_randr", 256 * 1024, NULL);
    if (!follow.thread) {
        kf_plat_log("DISPLAY", "cannot listen to the screen's changes (%s)", SDL_GetError());
        kf_x11_follow_stop();
    }
    return 1;
}

/* The rectangle of the lit output that holds the point cx, cy, else of
 * the primary output, else of the first lit one; 0 if none is lit. */
static int output_rect(Display *dpy, int cx, int cy, SDL_Rect *out)
{
    Window root = DefaultRootWindow(dpy);
    XRRScreenResources *res = XRRGetScreenResourcesCurrent(dpy, root);
    if (!res) return 0;
    RROutput primary = XRRGetOutputPrimary(dpy, root);
    int found = 0, rank = 0; /* 3: holds the point, 2: primary, 1: lit */
    for (int i = 0; i < res->noutput; i++) {
        XRROutputInfo *o = XRRGetOutputInfo(dpy, res, res->outputs[i]);
        if (!o) continue;
        XRRCrtcInfo *c = o->crtc ? XRRGetCrtcInfo(dpy, res, o->crtc) : NULL;
        if (c && c->width > 0 && c->height > 0 && o->connection == RR_Connected) {
            int r =
                cx >= c->x && cx < c->x + (int)c->width && cy >= c->y && cy < c->y + (int)c->height
                    ? 3
                : res->outputs[i] == primary ? 2
                                             : 1;
            if (r > rank) {
                rank = r, found = 1;
                *out = (SDL_Rect){c->x, c->y, (int)c->width, (int)c->height};
            }
        }
        if (c) XRRFreeCrtcInfo(c);
        XRRFreeOutputInfo(o);
    }
    XRRFreeScreenResources(res);
    return found;
}

int kf_x11_follow_event(SDL_Window *window, const SDL_Event *e)
{
    if (!follow.x || e->type != follow.changed) return 0;
    int x, y, w, h;
    SDL_GetWindowPosition(window, &x, &y);
    SDL_GetWindowSize(window, &w, &h);
    SDL_Rect r;
    if (!output_rect(follow.x, x + w / 2, y + h / 2, &r)) {
        /* no output lit (every monitor unplugged): the whole screen */
        XWindowAttributes root;
        XGetWindowAttributes(follow.x, DefaultRootWindow(follow.x), &root);
        r = (SDL_Rect){0, 0, root.width, root.height};
    }
    if (r.w <= 0 || r.h <= 0 || (r.x == x && r.y == y && r.w == w && r.h == h)) return 1;
    kf_plat_log("DISPLAY", "the screen changed: the window moves from %dx%d+%d+%d to %dx%d+%d+%d",
                w, h, x, y, r.w, r.h, r.x, r.y);
    SDL_SetWindowPosition(window, r.x, r.y);
    SDL_SetWindowSize(window, r.w, r.h);
    return 1;
}

void kf_x11_follow_stop(void)
{
    if (follow.thread) {
        ssize_t n = write(follow.wake[1], "q", 1);
        (void)n;
        SDL_WaitThread(follow.thread, NULL);
    }
    if (follow.listen) XCloseDisplay(follow.listen);
    for (int i = 0; i < 2; i++)
        if (follow.wake[i] >= 0) close(follow.wake[i]);
    memset(&follow, 0, sizeof follow);
    follow.wake[0] = follow.wake[1] = -1;
}
