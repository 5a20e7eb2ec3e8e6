/* process.c - standard streams and signal dispositions (see process.h). */
#define _POSIX_C_SOURCE 200809L
#include "process.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <string.h>
#include <unistd.h>

int kf_proc_std_streams(void)
{
    for (int fd = 0; fd <= 2; fd++) {
        if (fcntl(fd, F_GETFD) != -1 || errno != EBADF) continue;
        /* open returns the lowest free descriptor: this one */
        int n = open("/dev/null", fd == 0 ? O_RDONLY : O_WRONLY);
        if (n < 0) return -1;
        if (n != fd) { /* cannot happen with fd the lowest closed one */
            dup2(n, fd);
            close(n);
        }
    }
    return 0;
}

/* Writes s to standard error with write(2) alone (in a signal handler). */
static void say(const char *s)
{
    size_t len = strlen(s);
    while (len > 0) {
        ssize_t n = write(2, s, len);
        if (n <= 0) {
            if (n < 0 && errno == EINTR) continue;
            return;
        }
        s += n, len -= (size_t)n;
    }
}

static void on_hangup(int sig)
{
    int saved = errno;
    (void)sig;
    say("keyfig: APP: SIGHUP received: the show goes on\n");
    errno = saved;
}

static const struct {
    int sig;
    const char *line;
} fatal[] = {
    {SIGSEGV, "keyfig: FATAL: signal 11 (SIGSEGV), the process dies\n"},
    {SIGBUS, "keyfig: FATAL: signal 7 (SIGBUS), the process dies\n"},
    {SIGILL, "keyfig: FATAL: signal 4 (SIGILL), the process dies\n"},
    {SIGFPE, "keyfig: FATAL: signal 8 (SIGFPE), the process dies\n"},
    {SIGABRT, "keyfig: FATAL: signal 6 (SIGABRT), the process dies\n"},
};
#define N_FATAL (sizeof fatal / sizeof fatal[0])
/* what each fatal signal did before keyfig's handler */
static struct sigaction fatal_before[N_FATAL];

static void on_fatal(int sig, siginfo_t *info, void *uctx)
{
    (void)uctx;
    for (size_t i = 0; i < N_FATAL; i++) {
        if (fatal[i].sig != sig) continue;
        say(fatal[i].line);
        sigaction(sig, &fatal_before[i], NULL);
        /* a fault (si_code > 0) happens again when the handler returns,
         * now to the previous handler; a signal sent by kill or abort()
         * is sent again */
        if (info->si_code <= 0 || sig == SIGABRT) raise(sig);
        return;
    }
}

void kf_proc_signals(void)
{
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sigemptyset(&sa.sa_mask);
    sa.sa_handler = SIG_IGN;
    sigaction(SIGPIPE, &sa, NULL);

    sa.sa_handler = on_hangup;
    sa.sa_flags = SA_RESTART;
    sigaction(SIGHUP, &sa, NULL);

    memset(&sa, 0, sizeof sa);
    sigemptyset(&sa.sa_mask);
    sa.sa_sigaction = on_fatal;
    sa.sa_flags = SA_SIGINFO | SA_NODEFER;
    for (size_t i = 0; i < N_FATAL; i++) sigaction(fatal[i].sig, &sa, &fatal_before[i]);
}
