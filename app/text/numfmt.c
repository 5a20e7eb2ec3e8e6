/* numfmt.c - number parsing, count-up text, quote clean-up (see numfmt.h). */
#include "numfmt.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "utf8.h"

#define EM_DASH "\xE2\x80\x94" /* U+2014, the report's range dash */

/* Parses D[.D] at *p, advancing it. Returns 0 on success. */
static int parse_part(const char **p, double *value, int *decimals, int *digits)
{
    const char *s = *p;
    double v = 0, scale = 1;
    int nd = 0, nf = 0;

    while (*s >= '0' && *s <= '9') v = v * 10 + (*s++ - '0'), nd++;
    if (nd == 0) return -1;
    if (*s == '.') {
        s++;
        while (*s >= '0' && *s <= '9') scale /= 10, v += (*s++ - '0') * scale, nf++;
        if (nf == 0) return -1;
    }
    *value = v, *decimals = nf, *digits = nd, *p = s;
    return 0;
}

int kf_num_parse(const char *text, kf_number *out)
{
    const char *p = text;

    memset(out, 0, sizeof *out);
    if (parse_part(&p, &out->value[0], &out->decimals[0], &out->digits[0]) != 0) return -1;
    out->n_parts = 1;
    if (strncmp(p, EM_DASH, strlen(EM_DASH)) == 0) {
        p += strlen(EM_DASH);
        if (parse_part(&p, &out->value[1], &out->decimals[1], &out->digits[1]) != 0) return -1;
        out->n_parts = 2;
    }
    return *p == '\0' ? 0 : -1;
}

double kf_num_magnitude(const char *text)
{
    kf_number n;
    return kf_num_parse(text, &n) == 0 ? n.value[n.n_parts - 1] : 0;
}

/* Where part i of num starts counting, in units of its last digit, and how
 * many units it counts; *steps < KF_NUM_MIN_STEPS: it does not count. */
static void count_range(const kf_number *num, int i, double *lo, double *steps)
{
    double scale = pow(10, num->decimals[i]);
    double first = num->digits[i] > 1 ? pow(10, num->digits[i] - 1) : 0;
    *lo = first * scale;
    *steps = floor(num->value[i] * scale + 0.5) - *lo;
}

int kf_num_counts(const char *final)
{
    kf_number num;
    if (kf_num_parse(final, &num) != 0) return 0;
    for (int i = 0; i < num.n_parts; i++) {
        double lo, steps;
        count_range(&num, i, &lo, &steps);
        if (steps >= KF_NUM_MIN_STEPS) return 1;
    }
    return 0;
}

size_t kf_num_countup(const char *final, double t, char *buf, size_t n)
{
    kf_number num;
    size_t len = 0;

    if (n == 0) return 0;
    if (t >= 1.0 || kf_num_parse(final, &num) != 0 || !kf_num_counts(final)) {
        snprintf(buf, n, "%s", final);
        return strlen(buf);
    }
    if (t < 0) t = 0;
    buf[0] = '\0';
    for (int i = 0; i < num.n_parts && len < n; i++) {
        double lo, steps, scale = pow(10, num.decimals[i]);
        count_range(&num, i, &lo, &steps);
        /* floor: the count never shows more than the final value */
        double units = steps >= KF_NUM_MIN_STEPS ? lo + floor(steps * t + 1e-9) : lo + steps;
        int w = snprintf(buf + len, n - len, "%s%.*f", i ? EM_DASH : "", num.decimals[i],
                         units / scale);
        if (w < 0) break;
        len += (size_t)w;
    }
    if (len >= n) len = n - 1;
    buf[len] = '\0';
    return len;
}

/* 1 and the two numbers' first parts if start can be counted from toward
 * final (see kf_num_countup_from), else 0. */
static int from_start(const char *final, const char *start, kf_number *f, kf_number *s0)
{
    if (!start || !start[0] || kf_num_parse(final, f) != 0 || kf_num_parse(start, s0) != 0)
        return 0;
    return f->n_parts == 1 && s0->n_parts == 1 && f->digits[0] == s0->digits[0] &&
           f->decimals[0] == s0->decimals[0] && s0->value[0] < f->value[0];
}

size_t kf_num_countup_from(const char *final, const char *start, double t, char *buf, size_t n)
{
    kf_number f, s0;
    if (n == 0) return 0;
    if (t >= 1.0 || !from_start(final, start, &f, &s0)) return kf_num_countup(final, t, buf, n);
    if (t < 0) t = 0;
    double scale = pow(10, f.decimals[0]);
    double lo = floor(s0.value[0] * scale + 0.5), hi = floor(f.value[0] * scale + 0.5);
    double units = lo + floor((hi - lo) * t + 1e-9);
    snprintf(buf, n, "%.*f", f.decimals[0], units / scale);
    return strlen(buf);
}

int kf_num_counts_from(const char *final, const char *start)
{
    kf_number f, s0;
    return from_start(final, start, &f, &s0) ? 1 : kf_num_counts(final);
}

double kf_num_ease(double x)
{
    if (x <= 0) return 0;
    if (x >= 1) return 1;
    double u = 1 - x;
    return 1 - u * u * u; /* ease-out cubic */
}

static int ascii_alnum(uint32_t c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* Full-width replacement for the extraction's ASCII punctuation, or NULL. */
static const char *fullwidth(uint32_t c)
{
    switch (c) {
    case ',': return "\xEF\xBC\x8C"; /* ， */
    case ';': return "\xEF\xBC\x9B"; /* ； */
    case ':': return "\xEF\xBC\x9A"; /* ： */
    case '?': return "\xEF\xBC\x9F"; /* ？ */
    case '!': return "\xEF\xBC\x81"; /* ！ */
    case '(': return "\xEF\xBC\x88"; /* （ */
    case ')': return "\xEF\xBC\x89"; /* ） */
    default: return NULL;
    }
}

size_t kf_num_quote_for_display(const char *quote, char *buf, size_t n)
{
    size_t qlen = strlen(quote), out = 0;
    uint32_t prev = 0;

    if (n == 0) return 0;
    for (size_t i = 0; i < qlen;) {
        uint32_t c, next = 0;
        int len = kf_utf8_decode(quote + i, qlen - i, &c);
        size_t j = i + (size_t)len;
        const char *piece = NULL;
        size_t plen = (size_t)len;

        if (c == ' ' || c == '\t' || c == '\n') {
            /* find the next non-space to decide whether this run stays */
            while (j < qlen && (quote[j] == ' ' || quote[j] == '\t' || quote[j] == '\n')) j++;
            if (j < qlen) kf_utf8_decode(quote + j, qlen - j, &next);
            if (kf_utf8_is_cjk(prev) || kf_utf8_is_cjk(next) || prev == 0 || j == qlen) {
                i = j;
                continue;
            }
            piece = " ", plen = 1;
        } else {
            if (j < qlen) kf_utf8_decode(quote + j, qlen - j, &next);
            const char *fw = fullwidth(c);
            if (fw && !(ascii_alnum(prev) && ascii_alnum(next))) piece = fw, plen = strlen(fw);
            else piece = quote + i;
        }
        if (out + plen >= n) break;
        memcpy(buf + out, piece, plen);
        out += plen;
        prev = c == ' ' ? prev : c;
        i = c == ' ' || c == '\t' || c == '\n' ? j : i + (size_t)len;
    }
    buf[out] = '\0';
    return out;
}
