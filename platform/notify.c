/* notify.c - sd_notify(3) for the service manager (see notify.h). */
#include "notify.h"

#include <systemd/sd-daemon.h>

int kf_plat_notify(const char *state)
{
    int rc = sd_notify(0, state);
    return rc > 0 ? 1 : rc == 0 ? 0 : -1;
}

uint64_t kf_plat_watchdog_ms(void)
{
    uint64_t usec = 0;
    if (sd_watchdog_enabled(0, &usec) <= 0) return 0;
    return usec >= 1000 ? usec / 1000 : 1;
}
