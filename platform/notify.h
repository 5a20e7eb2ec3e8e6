/* notify.h - telling the service manager how the kiosk is: systemd's
 * notification protocol (sd_notify(3), through libsystemd) for a unit of
 * Type=notify with WatchdogSec=.
 *
 * READY=1 once the first frame is on screen, STATUS= lines for
 * `systemctl status`, WATCHDOG=1 pings from the main loop, STOPPING=1 on the
 * way out. With no NOTIFY_SOCKET in the environment (not started by
 * systemd, or not as Type=notify) nothing is sent and nothing fails. */
#ifndef KF_NOTIFY_H
#define KF_NOTIFY_H
#include <stdint.h>

/* Sends state (newline-separated "KEY=value" assignments, sd_notify(3))
 * to the service manager. Returns 1 if sent, 0 if there is no manager to
 * tell, -1 on an error (a socket that is gone: the kiosk goes on). */
int kf_plat_notify(const char *state);

/* The interval (ms) within which the service manager wants a WATCHDOG=1
 * ping from this process: WATCHDOG_USEC / 1000 when WATCHDOG_PID is unset
 * or names this process (sd_watchdog_enabled(3)); 0 when no watchdog is
 * asked for. A value below 1 ms reads as 1. */
uint64_t kf_plat_watchdog_ms(void);

#endif
