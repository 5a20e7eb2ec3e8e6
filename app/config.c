/* config.c - keyfig.conf read through libinih (see config.h).
 *
 * libinih's handler is not told the line (Debian builds it without
 * INI_HANDLER_LINENO), and ini_parse_stream() returns only the first line
 * it could not parse. So the lines reach it through next_line(), a reader
 * that counts them: when the handler runs, the reader's count is the line
 * of that key. The reader also reports the lines libinih itself would
 * refuse (no "=" or ":", an unclosed section) or misread (a leading blank
 * continues the previous value; a line longer than its buffer is cut in
 * two), each with its own message, and hands libinih a blank line in their
 * place: every bad line is reported, not only the first. */
#define _POSIX_C_SOURCE 200809L /* getline */
#include "config.h"

#include <errno.h>
#include <ini.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

typedef struct reading {
    FILE *f;
    const char *path;
    int line;        /* the line last read, from 1 */
    int bad;         /* bad lines reported so far */
    int set;         /* valid settings            */
    unsigned seen;   /* KF_SET_* given on a valid line          */
    int seen_on[32]; /* ... and the line, by the bit's position */
    kf_options *o;
    int n_slides;
    kf_config_report report;
    void *ctx;
    char *buf; /* getline's */
    size_t cap;
} reading;

/* Reports "PATH:LINE: " + the message for the line last read. */
static void bad_line(reading *r, const char *fmt, ...)
{
    char what[400], msg[600];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(what, sizeof what, fmt, ap);
    va_end(ap);
    snprintf(msg, sizeof msg, "%s:%d: %s", r->path, r->line, what);
    r->report(r->ctx, msg);
    r->bad++;
}

/* Whether libinih finds a name/value delimiter in s: its own scan
 * (ini_find_chars_or_comment with "=:"), which stops at " ;", an inline
 * comment. */
static int has_delimiter(const char *s)
{
    int was_space = 0;
    for (; *s; s++) {
        if (*s == '=' || *s == ':') return 1;
        if (was_space && *s == ';') return 0;
        was_space = *s == ' ' || *s == '\t';
    }
    return 0;
}

static char *blank(char *str)
{
    str[0] = '\n', str[1] = '\0';
    return str;
}

/* libinih's ini_reader: the next line into str (at most num - 1 bytes,
 * as fgets), NULL at the end of the file. */
static char *next_line(char *str, int num, void *stream)
{
    reading *r = stream;
    ssize_t n = getline(&r->buf, &r->cap, r->f);
    if (n < 0) return NULL;
    r->line++;
    char *s = r->buf;
    size_t len = (size_t)n;
    if (r->line == 1 && len >= 3 && memcmp(s, "\xEF\xBB\xBF", 3) == 0) s += 3, len -= 3; /* BOM */
    while (len && (s[len - 1] == '\n' || s[len - 1] == '\r')) s[--len] = '\0';
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)s[i];
        if ((c < 0x20 && c != '\t') || c == 0x7f) {
            bad_line(r, "a control character (0x%02X) in the line", c);
            return blank(str);
        }
    }
    while (*s == ' ' || *s == '\t') s++, len--; /* else libinih takes it for a continuation */
    if (len + 2 > (size_t)num) {
        bad_line(r, "the line is longer than %d bytes", num - 2);
        return blank(str);
    }
    if (*s == '[') {
        bad_line(r,
                 "\"%s\": keyfig.conf has no sections (the keys after it are read as if it "
                 "were not there)",
                 s);
        return blank(str);
    }
    if (*s && *s != ';' && *s != '#' && !has_delimiter(s)) {
        bad_line(r, "\"%s\" is not key = value", s);
        return blank(str);
    }
    memcpy(str, s, len);
    str[len] = '\n', str[len + 1] = '\0';
    return str;
}

static int bit_index(unsigned bit)
{
    int i = 0;
    while (bit > 1) bit >>= 1, i++;
    return i;
}

/* libinih's ini_handler: one "name = value" of the line last read. */
static int on_pair(void *user, const char *section, const char *name, const char *value)
{
    reading *r = user;
    char why[400];
    unsigned bit;
    kf_options tmp = *r->o;
    (void)section; /* always "": the reader lets no section header through */
    kf_key_result k = kf_options_set_key(&tmp, name, value, r->n_slides, &bit, why, sizeof why);
    if (k == KF_KEY_BAD || k == KF_KEY_UNKNOWN) {
        bad_line(r, "%s", why);
        return 1;
    }
    if (r->seen & bit) {
        bad_line(r, "%s: given again (line %d's value stands)", name, r->seen_on[bit_index(bit)]);
        return 1;
    }
    r->seen |= bit;
    r->seen_on[bit_index(bit)] = r->line;
    r->set++;
    *r->o = tmp;
    return 1; /* go on */
}

int kf_config_load(const char *path, kf_options *o, int n_slides, kf_config_report report,
                   void *ctx, int *n_set)
{
    reading r = {.path = path, .o = o, .n_slides = n_slides, .report = report, .ctx = ctx};
    char msg[600];
    if (n_set) *n_set = 0;
    r.f = fopen(path, "r");
    if (!r.f) {
        snprintf(msg, sizeof msg, "%s: cannot read: %s", path, strerror(errno));
        report(ctx, msg);
        return -1;
    }
    int rc = ini_parse_stream(next_line, &r, on_pair, &r);
    if (rc > 0) { /* a line libinih refused that the reader let through */
        r.line = rc;
        bad_line(&r, "not key = value");
    }
    if (ferror(r.f)) {
        snprintf(msg, sizeof msg, "%s: cannot read: %s", path, strerror(errno));
        report(ctx, msg);
        r.bad = -1;
    }
    fclose(r.f);
    free(r.buf);
    if (n_set) *n_set = r.set;
    return r.bad;
}

static void to_stream(void *ctx, const char *msg) { fprintf(ctx, "%s\n", msg); }

int kf_config_check(const char *path, int n_slides, FILE *out, FILE *err)
{
    kf_options o = {.mode = KF_MODE_CHECK_CONFIG};
    int n_set;
    if (!path) path = KF_CONFIG_PATH;
    int bad = kf_config_load(path, &o, n_slides, to_stream, err, &n_set);
    if (bad < 0) return 1;
    if (bad == 0)
        fprintf(out, "%s: %d setting%s, no bad line\n", path, n_set, n_set == 1 ? "" : "s");
    else
        fprintf(out, "%s: %d bad line%s (keyfig would use the defaults of their keys)\n", path, bad,
                bad == 1 ? "" : "s");
    return bad ? 1 : 0;
}
