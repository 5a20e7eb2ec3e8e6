/* test_hours.c - opening hours (app/show/hours.c) on a virtual wall clock:
 * the syntax and each error's message, weekday and midnight boundaries,
 * openings past midnight, and the changes of a zone with DST
 * (Europe/Berlin, 2026: clocks forward on 29 March at 01:00 UTC, back on
 * 25 October at 01:00 UTC) against UTC instants computed without the
 * library's local time. */
#define _DEFAULT_SOURCE /* timegm, setenv */
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "check.h"
#include "hours.h"

/* Seconds since the epoch of a UTC date and time. */
static int64_t utc(int y, int mo, int d, int h, int mi)
{
    struct tm tm = {
        .tm_year = y - 1900, .tm_mon = mo - 1, .tm_mday = d, .tm_hour = h, .tm_min = mi};
    return (int64_t)timegm(&tm);
}

static void zone(const char *tz)
{
    setenv("TZ", tz, 1);
    tzset();
}

static kf_hours parsed(const char *text)
{
    kf_hours h;
    char err[256];
    int rc = kf_hours_parse(text, &h, err, sizeof err);
    KF_CHECK(rc == 0, "\"%s\" refused: %s", text, err);
    return h;
}

static void check_error(const char *text, const char *want)
{
    kf_hours h;
    char err[256] = "";
    KF_CHECK(kf_hours_parse(text, &h, err, sizeof err) == -1, "\"%s\" accepted", text);
    KF_CHECK_STR(err, want);
    KF_CHECK(h.n == 0, "\"%s\": refused but %d ranges kept", text, h.n);
}

/* The changes from t on, n of them, each equal to want[i]. */
static void check_changes(const kf_hours *h, int64_t t, const int64_t *want, int n,
                          const char *what)
{
    for (int i = 0; i < n; i++) {
        int64_t c = kf_hours_next_change(h, t);
        char got_s[64], want_s[64];
        kf_hours_format(c, got_s, sizeof got_s);
        kf_hours_format(want[i], want_s, sizeof want_s);
        KF_CHECK(c == want[i], "%s: change %d at %s, want %s", what, i + 1, got_s, want_s);
        /* the state really changes there, and not a minute before */
        KF_CHECK(kf_hours_open(h, c) != kf_hours_open(h, c - 60), "%s: no change at %s", what,
                 got_s);
        t = c;
    }
}

int main(void)
{
    /* the syntax */
    kf_hours h = parsed("Mon-Fri 08:00-18:00, Sat 09:00-12:00 14:00-17:00");
    KF_CHECK(h.n == 3, "%d ranges", h.n);
    KF_CHECK(h.span[0].days == 0x1F && h.span[0].from == 480 && h.span[0].to == 1080,
             "Mon-Fri 08:00-18:00: days %#x %d-%d", h.span[0].days, h.span[0].from, h.span[0].to);
    KF_CHECK(h.span[2].days == 0x20 && h.span[2].from == 840 && h.span[2].to == 1020,
             "Sat 14:00-17:00: days %#x %d-%d", h.span[2].days, h.span[2].from, h.span[2].to);
    h = parsed("fri-MON 22:00-24:00");
    KF_CHECK(h.span[0].days == (0x10 | 0x20 | 0x40 | 0x01) && h.span[0].to == 1440,
             "Fri-Mon wraps past Sunday: %#x, to %d", h.span[0].days, h.span[0].to);
    h = parsed("daily 10:00-22:00");
    KF_CHECK(h.span[0].days == 0x7F, "daily: %#x", h.span[0].days);
    h = parsed("  ");
    KF_CHECK(h.n == 0, "an empty value is always open: %d ranges", h.n);

    /* each error, in words an operator can act on */
    check_error("Mo-Fr 08:00-18:00",
                "\"Mo-Fr\" is not days: Mon Tue Wed Thu Fri Sat Sun, a range as Mon-Fri, or daily");
    check_error("Mon-Fri 8:00-18:00", "\"8:00-18:00\": a time is HH:MM from 00:00 to 23:59 (an end "
                                      "up to 24:00), as 08:00-18:00");
    check_error("Mon-Fri 08:00-25:00", "\"08:00-25:00\": a time is HH:MM from 00:00 to 23:59 (an "
                                       "end up to 24:00), as 08:00-18:00");
    check_error("Mon 24:00-02:00", "\"24:00-02:00\": a time is HH:MM from 00:00 to 23:59 (an end "
                                   "up to 24:00), as 08:00-18:00");
    check_error("Mon-Fri 08:00", "\"08:00\" is not a time range: from-to, as 08:00-18:00");
    check_error("Mon-Fri", "\"Mon-Fri\" has no times: days then from-to, as Mon-Fri 08:00-18:00");
    check_error("Mon 08:00-12:00,, Tue 08:00-12:00", "an empty opening between commas");
    check_error("daily 01:00-02:00 02:00-03:00 03:00-04:00 04:00-05:00 05:00-06:00 06:00-07:00 "
                "07:00-08:00 08:00-09:00 09:00-10:00 10:00-11:00 11:00-12:00 12:00-13:00 "
                "13:00-14:00 14:00-15:00 15:00-16:00 16:00-17:00 17:00-18:00",
                "more than 16 time ranges");

    /* Beijing: no DST, UTC+8. 2026-12-04 is a Friday. */
    zone("Asia/Shanghai");
    h = parsed("Mon-Fri 08:00-18:00, Sat 09:00-12:00");
    KF_CHECK(kf_hours_open(&h, utc(2026, 12, 4, 9, 59)), "Fri 17:59 closed");
    KF_CHECK(!kf_hours_open(&h, utc(2026, 12, 4, 10, 0)), "Fri 18:00 open");
    KF_CHECK(!kf_hours_open(&h, utc(2026, 12, 4, 23, 59)), "Sat 07:59 open");
    KF_CHECK(kf_hours_open(&h, utc(2026, 12, 5, 1, 0)), "Sat 09:00 closed");
    KF_CHECK(!kf_hours_open(&h, utc(2026, 12, 6, 2, 0)), "Sun 10:00 open");
    /* Fri 12:00 → closes 18:00, Sat 09:00-12:00, then Monday 08:00 */
    int64_t week[] = {utc(2026, 12, 4, 10, 0), utc(2026, 12, 5, 1, 0), utc(2026, 12, 5, 4, 0),
                      utc(2026, 12, 7, 0, 0), utc(2026, 12, 7, 10, 0)};
    check_changes(&h, utc(2026, 12, 4, 4, 0), week, 5, "Beijing week");
    /* mid-minute: the next whole minute's change, not one in the past */
    KF_CHECK(kf_hours_next_change(&h, utc(2026, 12, 4, 9, 59) + 30) == utc(2026, 12, 4, 10, 0),
             "from 17:59:30 the change is at 18:00");
    /* past midnight: Sat 22:00 to Sun 02:00, and a month's end */
    h = parsed("Sat 22:00-02:00");
    KF_CHECK(kf_hours_open(&h, utc(2026, 12, 5, 17, 59)), "Sun 01:59 closed");
    KF_CHECK(!kf_hours_open(&h, utc(2026, 12, 5, 18, 0)), "Sun 02:00 open");
    KF_CHECK(!kf_hours_open(&h, utc(2026, 12, 6, 17, 0)), "Mon 01:00 open");
    int64_t night[] = {utc(2026, 12, 5, 14, 0), utc(2026, 12, 5, 18, 0), utc(2026, 12, 12, 14, 0)};
    check_changes(&h, utc(2026, 12, 5, 0, 0), night, 3, "Saturday night");
    /* the day changes at midnight: Mon 00:00-24:00 then Tue closed */
    h = parsed("Mon 00:00-24:00");
    int64_t monday[] = {utc(2026, 11, 30, 16, 0), utc(2026, 12, 6, 16, 0)};
    check_changes(&h, utc(2026, 11, 30, 12, 0), monday, 2, "all Monday");
    /* always open: no change ever */
    h = parsed("daily 00:00-24:00");
    KF_CHECK(kf_hours_next_change(&h, utc(2026, 12, 4, 0, 0)) == KF_HOURS_NEVER,
             "daily 00:00-24:00 changes");
    h = parsed("");
    KF_CHECK(kf_hours_open(&h, utc(2026, 12, 4, 0, 0)), "empty hours closed");

    /* Berlin, spring: 29 March 2026, 02:00 CET is 03:00 CEST (01:00 UTC) */
    zone("Europe/Berlin");
    h = parsed("daily 08:00-18:00");
    int64_t spring[] = {utc(2026, 3, 28, 17, 0), utc(2026, 3, 29, 6, 0), utc(2026, 3, 29, 16, 0)};
    check_changes(&h, utc(2026, 3, 28, 12, 0), spring, 3, "Berlin 08:00-18:00 over spring");
    /* an opening in the skipped hour starts when the hour does not exist
     * any more: at 03:00 CEST, the change itself */
    h = parsed("daily 02:30-03:30");
    int64_t gap[] = {utc(2026, 3, 29, 1, 0), utc(2026, 3, 29, 1, 30)};
    check_changes(&h, utc(2026, 3, 29, 0, 0), gap, 2, "Berlin 02:30-03:30 on the spring change");
    check_changes(&h, utc(2026, 3, 29, 0, 7), gap, 2, "the same from 01:07 CET");
    /* autumn: 25 October 2026, 03:00 CEST is 02:00 CET (01:00 UTC): the
     * repeated hour opens twice */
    h = parsed("daily 02:30-02:45");
    int64_t twice[] = {utc(2026, 10, 25, 0, 30), utc(2026, 10, 25, 0, 45), utc(2026, 10, 25, 1, 30),
                       utc(2026, 10, 25, 1, 45)};
    check_changes(&h, utc(2026, 10, 25, 0, 0), twice, 4, "Berlin 02:30-02:45 on the autumn change");
    h = parsed("Mon-Fri 08:00-18:00");
    /* Fri 23 Oct 18:00 CEST (16:00 UTC), then Mon 26 Oct 08:00 CET (07:00 UTC) */
    int64_t weekend[] = {utc(2026, 10, 23, 16, 0), utc(2026, 10, 26, 7, 0)};
    check_changes(&h, utc(2026, 10, 23, 12, 0), weekend, 2, "Berlin weekend over autumn");
    char when[64];
    kf_hours_format(utc(2026, 10, 26, 7, 0), when, sizeof when);
    KF_CHECK_STR(when, "2026-10-26 08:00 CET");
    return kf_check_done();
}
