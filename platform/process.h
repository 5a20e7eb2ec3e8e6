/* process.h - the process itself, made safe to run unattended before
 * anything else runs: its standard streams and its signals.
 *
 * Called first thing in main(), before any file, socket or display is
 * opened. */
#ifndef KF_PROCESS_H
#define KF_PROCESS_H

/* Opens /dev/null on each of file descriptors 0, 1 and 2 that is closed
 * (`keyfig >&- 2>&-`), so that the first file or socket opened later (the
 * X connection) never lands on one of them and log lines never go into
 * it. Returns 0, or -1 if /dev/null cannot be opened (nothing to fix then:
 * the caller goes on). */
int kf_proc_std_streams(void);

/* Installs the process's signal dispositions:
 *   SIGPIPE  ignored: a write to a closed pipe or socket (`keyfig | head`)
 *            fails with EPIPE, which its caller handles, instead of
 *            killing the kiosk;
 *   SIGHUP   logged, never fatal (a hangup of tty1, which the unit's
 *            TTYVHangup=yes causes): "keyfig: APP: SIGHUP received: the
 *            show goes on";
 *   SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT: one line on standard error
 *            naming the signal ("keyfig: FATAL: signal 11 (SIGSEGV), the
 *            process dies"), written with write(2) only (async-signal-
 *            safe), then the signal's previous disposition (the default
 *            one: death and a core; under AddressSanitizer, its report).
 * SIGTERM and SIGINT are SDL's (an SDL_QUIT event: a clean quit). */
void kf_proc_signals(void);

#endif
