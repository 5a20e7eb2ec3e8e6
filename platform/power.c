/* power.c - the display's power saving, for the opening hours (see
 * platform.h, kf_plat_power): on X11 the DPMS extension (libXext's
 * DPMSForceLevel), on KMSDRM the connected connectors' "DPMS" property
 * (libdrm, on the DRM file SDL gives through SDL_GetWindowWMInfo), nowhere
 * else (Wayland has no standard request for it; headless has no screen).
 *
 * On X11, SDL keeps the screen saver off by resetting it every 30 s
 * (XResetScreenSaver), which the X server answers by turning DPMS back on;
 * so while the screen is off SDL's screen saver is let be, and it is
 * suspended again when the screen comes back. */
#include "power.h"

#include <X11/Xlib.h>
#include <X11/extensions/dpms.h>
#include <SDL_syswm.h>
#include <stdio.h>
#include <string.h>
#include <xf86drm.h>
#include <xf86drmMode.h>

/* DPMS on the X server of dpy; the state DPMS had before the first
 * power-off is put back at power-on (*was_enabled: -1 unknown). */
static int x11_power(Display *dpy, int on, int *was_enabled, char *why, size_t n)
{
    int ev, er;
    if (!DPMSQueryExtension(dpy, &ev, &er) || !DPMSCapable(dpy)) {
        snprintf(why, n, "the X server has no DPMS");
        return KF_POWER_UNSUPPORTED;
    }
    CARD16 level;
    BOOL enabled;
    if (!on) {
        if (DPMSInfo(dpy, &level, &enabled) && *was_enabled < 0) *was_enabled = enabled ? 1 : 0;
        DPMSEnable(dpy);
        DPMSForceLevel(dpy, DPMSModeOff);
    } else {
        DPMSForceLevel(dpy, DPMSModeOn);
        if (*was_enabled == 0) DPMSDisable(dpy);
        *was_enabled = -1;
    }
    XSync(dpy, False);
    return KF_POWER_DONE;
}

/* The DPMS property of every connected connector on the DRM file fd. */
static int drm_power(int fd, int on, char *why, size_t n)
{
    drmModeRes *res = drmModeGetResources(fd);
    if (!res) {
        snprintf(why, n, "no DRM resources on the KMSDRM file");
        return KF_POWER_FAILED;
    }
    int set = 0, failed = 0;
    for (int i = 0; i < res->count_connectors; i++) {
        drmModeConnector *c = drmModeGetConnector(fd, res->connectors[i]);
        if (!c) continue;
        for (int p = 0; c->connection == DRM_MODE_CONNECTED && p < c->count_props; p++) {
            drmModePropertyRes *prop = drmModeGetProperty(fd, c->props[p]);
            if (prop && !strcmp(prop->name, "DPMS")) {
                if (drmModeConnectorSetProperty(fd, c->connector_id, prop->prop_id,
                                                on ? DRM_MODE_DPMS_ON : DRM_MODE_DPMS_OFF) == 0)
                    set++;
                else failed++;
            }
            drmModeFreeProperty(prop);
        }
        drmModeFreeConnector(c);
    }
    drmModeFreeResources(res);
    if (failed || !set) {
        snprintf(why, n, "%s",
                 set ? "a connector refused DPMS" : "no connected connector with DPMS");
        return KF_POWER_FAILED;
    }
    return KF_POWER_DONE;
}

int kf_power_set(SDL_Window *window, int on, int *state, char *why, size_t n)
{
    SDL_SysWMinfo info;
    SDL_VERSION(&info.version);
    why[0] = '\0';
    if (!window || !SDL_GetWindowWMInfo(window, &info)) {
        snprintf(why, n, "no window system to ask");
        return KF_POWER_UNSUPPORTED;
    }
    switch (info.subsystem) {
    case SDL_SYSWM_X11:
        if (!on) SDL_EnableScreenSaver(); /* SDL's resets would wake the screen */
        int rc = x11_power(info.info.x11.display, on, state, why, n);
        if (on) SDL_DisableScreenSaver();
        return rc;
    case SDL_SYSWM_KMSDRM: return drm_power(info.info.kmsdrm.drm_fd, on, why, n);
    default:
        snprintf(why, n, "no power saving request on this video driver");
        return KF_POWER_UNSUPPORTED;
    }
}
