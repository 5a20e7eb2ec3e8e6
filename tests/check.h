/* check.h - the tests' assertions: count, report with file:line, never abort.
 *
 * Usage: KF_CHECK(cond, fmt, ...) records a failure with a message and goes
 * on; KF_CHECK_STR(got, want) compares strings; return kf_check_done() from
 * main: it prints "N passed, N failed" and returns the exit status. */
#ifndef KF_CHECK_H
#define KF_CHECK_H
#include <stdio.h>
#include <string.h>

static int kf_check_pass, kf_check_fail;

#define KF_CHECK(cond, ...)                                                                        \
    do {                                                                                           \
        if (cond) {                                                                                \
            kf_check_pass++;                                                                       \
        } else {                                                                                   \
            kf_check_fail++;                                                                       \
            fprintf(stderr, "%s:%d: check failed: %s: ", __FILE__, __LINE__, #cond);               \
            fprintf(stderr, __VA_ARGS__);                                                          \
            fputc('\n', stderr);                                                                   \
        }                                                                                          \
    } while (0)

#define KF_CHECK_STR(got, want)                                                                    \
    do {                                                                                           \
        const char *g_ = (got), *w_ = (want);                                                      \
        KF_CHECK(g_ &&w_ &&strcmp(g_, w_) == 0, "got \"%s\", want \"%s\"", g_ ? g_ : "(null)",     \
                 w_ ? w_ : "(null)");                                                              \
    } while (0)

#define KF_CHECK_INT(got, want)                                                                    \
    do {                                                                                           \
        long long g_ = (long long)(got), w_ = (long long)(want);                                   \
        KF_CHECK(g_ == w_, "got %lld, want %lld", g_, w_);                                         \
    } while (0)

static inline int kf_check_done(void)
{
    printf("%d passed, %d failed\n", kf_check_pass, kf_check_fail);
    return kf_check_fail ? 1 : 0;
}

#endif
