/* hours.c - opening hours (see hours.h). */
#define _DEFAULT_SOURCE /* struct tm's tm_gmtoff */
#include "hours.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

static const char *const day_names[7] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};

/* The day (0 = Monday) named by s[0..n), or -1. */
static int day_of(const char *s, size_t n)
{
    for (int d = 0; d < 7; d++)
        if (n == 3 && strncasecmp(s, day_names[d], 3) == 0) return d;
    return -1;
}

/* The days of "Mon", "Fri-Mon" or "daily" (s[0..n)) as a bit set, or 0. */
static unsigned days_of(const char *s, size_t n)
{
    if (n == 5 && strncasecmp(s, "daily", 5) == 0) return 0x7F;
    const char *dash = memchr(s, '-', n);
    int a = day_of(s, dash ? (size_t)(dash - s) : n), b = a;
    if (dash) b = day_of(dash + 1, n - (size_t)(dash + 1 - s));
    if (a < 0 || b < 0) return 0;
    unsigned bits = 0;
    for (int d = a;; d = (d + 1) % 7) {
        bits |= 1u << d;
        if (d == b) break;
    }
    return bits;
}

/* Minutes after midnight of "HH:MM" (exactly 5 characters), up to `max`
 * (1439, or 1440 for an end); -1 if not a time. */
static int minutes_of(const char *s, size_t n, int max)
{
    if (n != 5 || s[2] != ':') return -1;
    for (int i = 0; i < 5; i++)
        if (i != 2 && !isdigit((unsigned char)s[i])) return -1;
    int h = (s[0] - '0') * 10 + (s[1] - '0'), m = (s[3] - '0') * 10 + (s[4] - '0');
    if (m > 59) return -1;
    int v = h * 60 + m;
    return v <= max ? v : -1;
}

static int fail(kf_hours *h, char *err, size_t errlen, const char *fmt, const char *s, size_t n)
{
    char part[64];
    snprintf(part, sizeof part, "%.*s", (int)(n < 60 ? n : 60), s);
    snprintf(err, errlen, fmt, part);
    h->n = 0;
    return -1;
}

int kf_hours_parse(const char *text, kf_hours *h, char *err, size_t errlen)
{
    memset(h, 0, sizeof *h);
    if (err && errlen) err[0] = '\0';
    const char *p = text;
    while (*p == ' ' || *p == '\t') p++;
    if (!*p) return 0; /* always open */
    for (;;) {
        /* one opening: days, then times, up to a comma */
        const char *end = strchr(p, ',');
        if (!end) end = p + strlen(p);
        const char *q = p;
        while (q < end && (*q == ' ' || *q == '\t')) q++;
        const char *w = q;
        while (q < end && *q != ' ' && *q != '\t') q++;
        if (w == q) return fail(h, err, errlen, "an empty opening between commas%s", "", 0);
        unsigned days = days_of(w, (size_t)(q - w));
        if (!days)
            return fail(h, err, errlen,
                        "\"%s\" is not days: Mon Tue Wed Thu Fri Sat Sun, a range as Mon-Fri, "
                        "or daily",
                        w, (size_t)(q - w));
        int times = 0;
        for (;;) {
            while (q < end && (*q == ' ' || *q == '\t')) q++;
            if (q == end) break;
            const char *t = q;
            while (q < end && *q != ' ' && *q != '\t') q++;
            size_t tn = (size_t)(q - t);
            const char *dash = memchr(t, '-', tn);
            if (!dash)
                return fail(h, err, errlen, "\"%s\" is not a time range: from-to, as 08:00-18:00",
                            t, tn);
            int from = minutes_of(t, (size_t)(dash - t), 1439);
            int to = minutes_of(dash + 1, tn - (size_t)(dash + 1 - t), 1440);
            if (from < 0 || to < 0)
                return fail(h, err, errlen,
                            "\"%s\": a time is HH:MM from 00:00 to 23:59 (an end up to 24:00), as "
                            "08:00-18:00",
                            t, tn);
            if (h->n == KF_HOURS_MAX)
                return fail(h, err, errlen, "more than 16 time ranges%s", "", 0);
            h->span[h->n++] = (kf_hours_span){(uint8_t)days, (int16_t)from, (int16_t)to};
            times++;
        }
        if (!times)
            return fail(h, err, errlen,
                        "\"%s\" has no times: days then from-to, as Mon-Fri 08:00-18:00", w,
                        (size_t)(end - w));
        if (!*end) break;
        p = end + 1;
    }
    return 0;
}

/* Monday = 0 of struct tm's Sunday = 0. */
static int weekday(const struct tm *tm) { return (tm->tm_wday + 6) % 7; }

int kf_hours_open_tm(const kf_hours *h, const struct tm *tm)
{
    if (h->n == 0) return 1;
    int d = weekday(tm), yesterday = (d + 6) % 7, m = tm->tm_hour * 60 + tm->tm_min;
    for (int i = 0; i < h->n; i++) {
        const kf_hours_span *s = &h->span[i];
        if (s->from < s->to) {
            if ((s->days >> d & 1) && m >= s->from && m < s->to) return 1;
        } else { /* into the next day */
            if ((s->days >> d & 1) && m >= s->from) return 1;
            if ((s->days >> yesterday & 1) && m < s->to) return 1;
        }
    }
    return 0;
}

static void local(int64_t t, struct tm *tm)
{
    time_t tt = (time_t)t;
    if (!localtime_r(&tt, tm)) memset(tm, 0, sizeof *tm);
}

int kf_hours_open(const kf_hours *h, int64_t t)
{
    if (h->n == 0) return 1;
    struct tm tm;
    local(t, &tm);
    return kf_hours_open_tm(h, &tm);
}

/* Minutes from local time tm to the next minute of the day that starts or
 * ends an opening, or midnight (where the day changes): 1..15, the step
 * never jumping past one while the zone's offset stays. */
static int step_minutes(const kf_hours *h, const struct tm *tm)
{
    int m = tm->tm_hour * 60 + tm->tm_min, best = 1440 - m;
    for (int i = 0; i < h->n; i++) {
        int b[2] = {h->span[i].from, h->span[i].to % 1440};
        for (int k = 0; k < 2; k++) {
            int d = (b[k] - m + 1440) % 1440;
            if (d > 0 && d < best) best = d;
        }
    }
    return best > 15 ? 15 : best < 1 ? 1 : best;
}

int64_t kf_hours_next_change(const kf_hours *h, int64_t t)
{
    if (h->n == 0) return KF_HOURS_NEVER;
    struct tm tm, tn;
    local(t, &tm);
    int open = kf_hours_open_tm(h, &tm);
    int64_t m = t - ((t % 60) + 60) % 60; /* the minute t is in */
    local(m, &tm);
    for (int64_t end = t + 8 * 86400; m < end;) {
        int64_t n = m + 60 * step_minutes(h, &tm);
        local(n, &tn);
        if (tn.tm_gmtoff != tm.tm_gmtoff) {
            /* the zone's offset changed in between: local time jumped, so
             * look at every minute of the step */
            for (int64_t k = m + 60; k <= n; k += 60) {
                struct tm tk;
                local(k, &tk);
                if (k > t && kf_hours_open_tm(h, &tk) != open) return k;
            }
        } else if (kf_hours_open_tm(h, &tn) != open) {
            return n;
        }
        m = n, tm = tn;
    }
    return KF_HOURS_NEVER;
}

void kf_hours_format(int64_t t, char *out, size_t n)
{
    struct tm tm;
    local(t, &tm);
    if (!strftime(out, n, "%Y-%m-%d %H:%M %Z", &tm) && n) out[0] = '\0';
}
