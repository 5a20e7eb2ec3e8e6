/* power.h - the display's power saving (private to platform/; used by
 * platform.c's kf_plat_power). DPMS on X11 and KMSDRM; verify on hardware:
 * Xvfb has no DPMS extension and this machine no DRM device. */
#ifndef KF_POWER_H
#define KF_POWER_H
#include <SDL.h>
#include <stddef.h>

enum { KF_POWER_DONE = 0, KF_POWER_UNSUPPORTED = 1, KF_POWER_FAILED = -1 };

/* Puts window's display into power saving (on 0: DPMS off) or wakes it
 * (on 1). *state is the caller's, -1 at first: what the display's own
 * power saving was before the first power-off, put back at power-on.
 * Returns KF_POWER_DONE, or KF_POWER_UNSUPPORTED / KF_POWER_FAILED with why
 * (one line) filled. */
int kf_power_set(SDL_Window *window, int on, int *state, char *why, size_t n);

#endif
