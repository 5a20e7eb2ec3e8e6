/* test_watchdog.c - the service manager's view of the kiosk (ctest
 * "watchdog", "watchdog_kiosk"): sd_notify messages read from a datagram
 * socket the test owns, as systemd would read them (NOTIFY_SOCKET).
 *
 * test_watchdog: the kiosk's own loop (kf_run_loop with the kiosk's notify)
 * on a real clock and a headless display whose present blocks for ever at
 * the first transition, the hang of a driver stuck in a page flip. READY=1
 * comes after the first frame is presented, WATCHDOG=1 pings come at the
 * pace asked (WATCHDOG_USEC) while animating and while still, no frame is
 * drawn while still, and once the present hangs nothing more is sent: the
 * process is alive and silent, so systemd's WatchdogSec= ends it. A
 * helper thread that pinged would fail this.
 *
 * test_watchdog --exec KEYFIG [ARGS]: the real program (under Xvfb): READY=1
 * with a STATUS= line naming slide 1 and the renderer, pings, STOPPING=1
 * on SIGTERM and exit status 0. */
#define _GNU_SOURCE
#include <errno.h>
#include <stddef.h>
#include <pthread.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "app.h"
#include "check.h"
#include "figures.h"
#include "notify.h"
#include "platform.h"
#include "run.h"

#define WATCHDOG_MS 600 /* WATCHDOG_USEC / 1000: a ping every 300 ms      */
#define DWELL_MS                                                                                   \
    4000             /* the first slide's count-up, then still, then the                           \
                        transition whose present hangs               */
#define SLACK_MS 200 /* a loaded machine (2 cores, ASan) wakes late    */
#define MAX_MSGS 512

typedef struct msg {
    uint64_t t; /* ms, kf_plat_now_ms */
    char text[256];
} msg;

static struct {
    pthread_mutex_t lock;
    int sock;
    msg msgs[MAX_MSGS];
    int n;
    uint64_t presents[4096];
    int n_presents;
    uint64_t start, hang_t; /* hang_t: when the present blocked (0: not yet) */
    int returned;           /* the loop came back (it must not)              */
} w = {.lock = PTHREAD_MUTEX_INITIALIZER};

static uint64_t now_ms(void) { return kf_plat_now_ms(); }

/* The socket systemd would listen on, in the abstract namespace (no file
 * to make or remove); NOTIFY_SOCKET names it "@name", as sd_notify(3)
 * reads it: the address is exactly the name's bytes after a NUL. */
static int listen_socket(void)
{
    char name[64];
    snprintf(name, sizeof name, "kf-notify-%ld", (long)getpid());
    w.sock = socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    struct sockaddr_un sa = {.sun_family = AF_UNIX};
    memcpy(sa.sun_path + 1, name, strlen(name));
    socklen_t len = (socklen_t)(offsetof(struct sockaddr_un, sun_path) + 1 + strlen(name));
    if (w.sock < 0 || bind(w.sock, (struct sockaddr *)&sa, len) != 0) return -1;
    struct timeval tv = {0, 50000};
    setsockopt(w.sock, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
    char env[80];
    snprintf(env, sizeof env, "@%s", name);
    setenv("NOTIFY_SOCKET", env, 1);
    return 0;
}

static void cleanup(void) { close(w.sock); }

/* Reads messages until `until` (ms). */
static void receive_until(uint64_t until)
{
    while (now_ms() < until) {
        char buf[256];
        ssize_t n = recv(w.sock, buf, sizeof buf - 1, 0);
        if (n < 0) continue; /* timeout */
        buf[n] = '\0';
        pthread_mutex_lock(&w.lock);
        if (w.n < MAX_MSGS) {
            w.msgs[w.n].t = now_ms();
            snprintf(w.msgs[w.n].text, sizeof w.msgs[w.n].text, "%s", buf);
            w.n++;
        }
        pthread_mutex_unlock(&w.lock);
    }
}

/* ---- in-process: the loop with a present that hangs -------------------- */

static void on_present(void *ctx, kf_display *d)
{
    (void)ctx, (void)d;
    uint64_t t = now_ms();
    pthread_mutex_lock(&w.lock);
    int hang = t - w.start > DWELL_MS - 100 && w.n_presents > 0;
    if (hang) w.hang_t = t;
    else if (w.n_presents < 4096) w.presents[w.n_presents++] = t;
    pthread_mutex_unlock(&w.lock);
    if (hang)
        for (;;) pause(); /* the driver never returns from the page flip */
}

static uint64_t io_now(void *ctx)
{
    (void)ctx;
    return now_ms();
}

static int io_wait(void *ctx, SDL_Event *e, int timeout_ms)
{
    (void)ctx, (void)e;
    if (timeout_ms > 0) {
        struct timespec ts = {timeout_ms / 1000, (long)(timeout_ms % 1000) * 1000000L};
        while (nanosleep(&ts, &ts) != 0 && errno == EINTR) {
        }
    }
    return 0;
}

static void io_notify(void *ctx, const char *state)
{
    (void)ctx;
    kf_plat_notify(state);
}

static int is(const msg *m, const char *prefix)
{
    return strncmp(m->text, prefix, strlen(prefix)) == 0;
}

/* Checks what arrived; runs on the reader thread while the loop hangs. */
static void check_hang(void)
{
    int first_ping = -1, ready = -1;
    for (int i = 0; i < w.n; i++) {
        if (ready < 0 && is(&w.msgs[i], "READY=1")) ready = i;
        if (first_ping < 0 && is(&w.msgs[i], "WATCHDOG=1")) first_ping = i;
    }
    KF_CHECK(ready == 0, "READY=1 is message %d, want the first (got %d messages)", ready, w.n);
    if (ready != 0) return;
    KF_CHECK(w.n_presents > 0 && w.msgs[0].t >= w.presents[0],
             "READY=1 at %llu ms, before the first frame (%llu ms)",
             (unsigned long long)(w.msgs[0].t - w.start),
             (unsigned long long)(w.n_presents ? w.presents[0] - w.start : 0));
    KF_CHECK(strstr(w.msgs[0].text, "\nSTATUS=slide 1 of ") != NULL, "READY without a STATUS: %s",
             w.msgs[0].text);
    KF_CHECK(w.hang_t > 0, "the present never hung");

    /* the pings before the hang: never more than half an interval apart
     * (plus a loaded machine's slack), never closer than a quarter */
    uint64_t prev = w.msgs[0].t;
    int pings = 0, too_close = 0;
    uint64_t widest = 0;
    for (int i = 1; i < w.n; i++) {
        if (!is(&w.msgs[i], "WATCHDOG=1")) continue;
        uint64_t gap = w.msgs[i].t - prev;
        if (w.msgs[i].t > w.hang_t) break;
        if (gap > widest) widest = gap;
        if (pings > 0 && gap + 20 < WATCHDOG_MS / 4) too_close++;
        prev = w.msgs[i].t, pings++;
    }
    if (w.hang_t > prev && w.hang_t - prev > widest) widest = w.hang_t - prev;
    KF_CHECK(widest <= WATCHDOG_MS / 2 + SLACK_MS, "%llu ms without a ping before the hang",
             (unsigned long long)widest);
    KF_CHECK(too_close == 0, "%d pings less than a quarter interval apart", too_close);
    KF_CHECK(pings >= (int)((w.hang_t - w.msgs[0].t) / (WATCHDOG_MS / 2)) - 1,
             "%d pings in %llu ms", pings, (unsigned long long)(w.hang_t - w.msgs[0].t));

    /* still: the longest time with no frame before the hang is the slide at
     * rest, at least a second of it; the pings go on there */
    uint64_t still_from = 0, still_to = 0;
    for (int i = 1; i < w.n_presents; i++)
        if (w.presents[i] - w.presents[i - 1] > still_to - still_from)
            still_from = w.presents[i - 1], still_to = w.presents[i];
    if (w.n_presents > 0 && w.hang_t - w.presents[w.n_presents - 1] > still_to - still_from)
        still_from = w.presents[w.n_presents - 1], still_to = w.hang_t;
    KF_CHECK(still_to - still_from >= 1000, "never still: the longest gap is %llu ms",
             (unsigned long long)(still_to - still_from));
    int still_pings = 0;
    for (int i = 0; i < w.n; i++)
        still_pings +=
            is(&w.msgs[i], "WATCHDOG=1") && w.msgs[i].t > still_from && w.msgs[i].t < still_to;
    KF_CHECK(still_pings >= (int)((still_to - still_from) / (WATCHDOG_MS / 2)) - 1,
             "%d pings in %llu ms still", still_pings, (unsigned long long)(still_to - still_from));

    /* hung: alive, and not one message since */
    int after = 0;
    for (int i = 0; i < w.n; i++) after += w.msgs[i].t > w.hang_t;
    KF_CHECK(after == 0, "%d messages while the present hangs (the first: %s)", after,
             after ? w.msgs[w.n - after].text : "");
    KF_CHECK(!w.returned, "the loop returned");
}

static void *reader(void *arg)
{
    (void)arg;
    /* until the hang, then 5 intervals of silence */
    for (;;) {
        receive_until(now_ms() + 100);
        pthread_mutex_lock(&w.lock);
        uint64_t h = w.hang_t;
        pthread_mutex_unlock(&w.lock);
        if (h) break;
        if (now_ms() - w.start > 60000) break; /* it never hung */
    }
    receive_until(now_ms() + 5 * WATCHDOG_MS);
    pthread_mutex_lock(&w.lock);
    check_hang();
    pthread_mutex_unlock(&w.lock);
    cleanup();
    int rc = kf_check_done();
    fflush(stdout);
    _exit(rc); /* the main thread is stuck in its present, as designed */
}

static int in_process(void)
{
    char err[512], pid[32], usec[32];
    if (listen_socket() != 0) {
        perror("notify socket");
        return 1;
    }
    snprintf(usec, sizeof usec, "%d", WATCHDOG_MS * 1000);
    snprintf(pid, sizeof pid, "%ld", (long)getpid());
    setenv("WATCHDOG_USEC", usec, 1);
    setenv("WATCHDOG_PID", pid, 1);
    KF_CHECK_INT(kf_plat_watchdog_ms(), WATCHDOG_MS);
    setenv("WATCHDOG_PID", "1", 1); /* another process's watchdog: none */
    KF_CHECK_INT(kf_plat_watchdog_ms(), 0);
    setenv("WATCHDOG_PID", pid, 1);

    kf_display d;
    kf_app a;
    w.start = now_ms();
    if (kf_plat_open_headless(640, 360, &d, err, sizeof err) != 0 ||
        kf_app_init(&a, &kf_figures, &d, 0, DWELL_MS, 0, w.start, err, sizeof err) != 0) {
        fprintf(stderr, "%s\n", err);
        cleanup();
        return 1;
    }
    d.on_present = on_present;
    pthread_t th;
    pthread_create(&th, NULL, reader, NULL);
    kf_loop_io io = {
        .now = io_now, .wait = io_wait, .notify = io_notify, .watchdog_ms = kf_plat_watchdog_ms()};
    kf_run_loop(&a, &io, w.start);
    pthread_mutex_lock(&w.lock);
    w.returned = 1;
    pthread_mutex_unlock(&w.lock);
    pthread_join(th, NULL); /* exits the process */
    return 1;
}

/* ---- the real program ---------------------------------------------------- */

static int exec_kiosk(char **argv)
{
    if (listen_socket() != 0) {
        perror("notify socket");
        return 1;
    }
    setenv("WATCHDOG_USEC", "2000000", 1); /* WatchdogSec=2 */
    unsetenv("WATCHDOG_PID");              /* not set: any pid may ping */
    w.start = now_ms();
    pid_t child = fork();
    if (child == 0) {
        execv(argv[0], argv);
        _exit(127);
    }
    /* READY within 30 s, then 3 s of pings */
    uint64_t ready_t = 0;
    while (!ready_t && now_ms() - w.start < 30000) {
        receive_until(now_ms() + 100);
        for (int i = 0; i < w.n; i++)
            if (is(&w.msgs[i], "READY=1")) ready_t = w.msgs[i].t;
    }
    KF_CHECK(ready_t > 0, "no READY=1 in 30 s (%d messages)", w.n);
    receive_until(now_ms() + 3000);
    kill(child, SIGTERM);
    receive_until(now_ms() + 2000);
    int status = 0;
    waitpid(child, &status, 0);
    KF_CHECK(WIFEXITED(status) && WEXITSTATUS(status) == 0, "exit status %d", status);
    int pings = 0, stopping = 0, status_line = 0;
    for (int i = 0; i < w.n; i++) {
        pings += is(&w.msgs[i], "WATCHDOG=1") && w.msgs[i].t > ready_t;
        stopping += is(&w.msgs[i], "STOPPING=1");
        if (is(&w.msgs[i], "READY=1")) {
            status_line = strstr(w.msgs[i].text, "STATUS=slide 1 of ") != NULL;
            KF_CHECK(strstr(w.msgs[i].text, " · ") != NULL, "no renderer in %s", w.msgs[i].text);
            printf("%s\n", w.msgs[i].text);
        }
    }
    KF_CHECK(status_line, "READY=1 without STATUS=slide 1 of ...");
    KF_CHECK(pings >= 3, "%d pings in 3 s at WatchdogSec=2", pings);
    KF_CHECK(stopping == 1, "STOPPING=1 sent %d times", stopping);
    cleanup();
    return kf_check_done();
}

int main(int argc, char **argv)
{
    if (argc > 2 && strcmp(argv[1], "--exec") == 0) return exec_kiosk(argv + 2);
    return in_process();
}
