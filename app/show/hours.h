/* hours.h - opening hours: when the screen shows slides and when it is off
 * (keyfig.conf's `hours`), by local time. Pure: the time is passed in
 * (seconds since the epoch, UTC) and turned into local time with the
 * process's time zone (TZ, /etc/localtime), so a DST change moves the
 * hours with the wall clock, as a building's opening hours move.
 *
 * Syntax: openings separated by commas, each days then one or more times
 *   hours = Mon-Fri 08:00-18:00, Sat 09:00-12:00 14:00-17:00
 *   hours = daily 10:00-22:00, Fri-Sat 22:00-01:00
 * Days: Mon Tue Wed Thu Fri Sat Sun (any case), a range of them (Fri-Mon
 * wraps past Sunday), or daily. A time is HH:MM from 00:00 to 23:59; an
 * end may be 24:00; an end at or before its start runs into the next day
 * (22:00-01:00 is open from 22:00 on the day named until 01:00 the day
 * after). An empty value: always open. */
#ifndef KF_HOURS_H
#define KF_HOURS_H
#include <stddef.h>
#include <stdint.h>
#include <time.h>

#define KF_HOURS_MAX   16        /* openings a value holds          */
#define KF_HOURS_NEVER INT64_MAX /* kf_hours_next_change: no change */

typedef struct kf_hours_span {
    uint8_t days; /* bit d set: open on day d (0 = Monday .. 6 = Sunday) */
    int16_t from; /* minutes after local midnight, 0..1439              */
    int16_t to;   /* 1..1440; at or before from: that minute next day    */
} kf_hours_span;

typedef struct kf_hours {
    int n; /* 0: always open */
    kf_hours_span span[KF_HOURS_MAX];
} kf_hours;

/* Parses text (the syntax above) into h. Returns 0, or -1 with h emptied
 * (always open) and one line in err naming the part that is wrong and how
 * it is written, e.g. `"8:00-18:00": a time is HH:MM, as 08:00`. */
int kf_hours_parse(const char *text, kf_hours *h, char *err, size_t errlen);

/* 1 if h is open at local time tm (its tm_wday, tm_hour, tm_min), else 0. */
int kf_hours_open_tm(const kf_hours *h, const struct tm *tm);

/* 1 if h is open at time t (seconds since the epoch), else 0. */
int kf_hours_open(const kf_hours *h, int64_t t);

/* The first whole minute after t at which kf_hours_open changes, looked
 * for up to 8 days ahead; KF_HOURS_NEVER if it never does (always open).
 * Exact across DST changes (the minutes a spring change skips never open;
 * an hour an autumn change repeats counts twice). Costs some 700 local-time
 * conversions a week (a quarter-hour step, a minute's near a change of the
 * zone's offset). */
int64_t kf_hours_next_change(const kf_hours *h, int64_t t);

/* Writes local time t as "YYYY-MM-DD HH:MM" (with the zone's abbreviation)
 * into out, for the log. */
void kf_hours_format(int64_t t, char *out, size_t n);

#endif
