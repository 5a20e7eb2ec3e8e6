/* x11screen.h - following the X screen when no window manager does (private
 * to platform/; used by desktop.c on SDL's x11 driver).
 *
 * With a window manager, a fullscreen window follows the screen: a mode
 * change, a monitor unplugged. On a bare X server (xinit keyfig, Xvfb)
 * nobody does, and SDL 2.26 does not either: its X11 driver ignores a mode
 * change of a connected output ("FIXME: update rotation or current mode of
 * existing display?", SDL_x11modes.c, X11_HandleXRandROutputChange) and
 * keeps the old bounds. So keyfig listens to RANDR itself: a thread reads
 * the screen, CRTC and output changes of the root window on a connection
 * of its own (on SDL's, SDL's own selection of output changes is the one
 * the server keeps) and wakes the main loop with an SDL event, on which the
 * main thread moves and resizes the borderless window onto the output it
 * is on, or the primary one, or the first one lit, or the whole screen. The
 * thread only reads and pushes events: the watchdog's pings stay the main
 * loop's (run.h). */
#ifndef KF_X11SCREEN_H
#define KF_X11SCREEN_H
#include <SDL.h>

/* Starts following the screen for window (SDL's x11 driver). Returns 1 if
 * there is no window manager (then keyfig follows the screen: the window
 * must stay out of SDL's fullscreen state, which pins its size), 0 if
 * there is one or this is not X11 with RANDR (nothing to do). */
int kf_x11_follow_start(SDL_Window *window);

/* Handles e if it is the listener's "the screen changed": moves and resizes window onto
 * its output's new rectangle (SDL then sends SDL_WINDOWEVENT_SIZE_CHANGED,
 * which re-lays the slides). Returns 1 if e was that event, else 0. */
int kf_x11_follow_event(SDL_Window *window, const SDL_Event *e);

/* Stops following: ends the thread, closes its connection. */
void kf_x11_follow_stop(void);

#endif
