/* gen_figures.c - kf_gen_figures, the build's figures table generator: the
 * figures source (its format: app/content/parse.h, whose parser this wraps)
 * to the generated figures_table.c (the table app/content/figures.h
 * declares).
 *
 * Usage: kf_gen_figures INPUT.tsv OUTPUT.c [--name NAME] [--font FILE]...
 *                       [--icons FILE]
 *
 * NAME names the input in every message and becomes the table's
 * source_name; without --name it is INPUT as given. With --font FILE (given
 * once per embedded face) every character a slide shows must have a glyph
 * in each FILE (read with FreeType). With --icons FILE (fonts/icons.tsv,
 * lines "name<TAB>hex code point", written by tools/subset-fonts) every
 * icon must be one of FILE's names, and the table holds each icon's glyph
 * as UTF-8; a line of FILE that is not so: "FILE:LINE: not name<TAB>hex
 * code point", exit 1.
 *
 * ERRORS
 * Every problem of the file is reported on stderr, in line order, as
 * "NAME:LINE: message" (LINE 1-based, as an editor counts; a problem of
 * the whole file, "NAME: no figures", has none), the first 100, then
 * "NAME: too many errors"; the exit status is 1 and OUTPUT is neither
 * written nor touched. A file that cannot be read: "NAME: cannot open:
 * <strerror>", exit 1; one over 16 MiB: "NAME: larger than 16 MiB, not a
 * figures table". A font that cannot be read: "FILE: cannot read the font".
 * Bad usage: a usage line, exit 2.
 *
 * THE OUTPUT
 * A stamp comment, #include "figures.h", one static const kf_figure array
 * per slide (a section slide's one row is a figure with value ""), a static
 * const kf_slide array, the units (kf_table.units: see figures.h), and const
 * kf_table kf_figures. Strings are C literals: backslash, double quote and
 * '?' (trigraphs) escaped, every byte outside printable ASCII as a
 * three-digit octal escape (which never takes in a following digit), so the
 * literals are ASCII whatever the compiler's charsets and the bytes in the
 * program are exactly the TSV's. Same input, same NAME: same bytes out. The
 * text is built in memory, written to OUTPUT.tmp, then renamed to OUTPUT;
 * the temporary file is removed if that fails. */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <ft2build.h>
#include FT_FREETYPE_H

#include "parse.h"

#define USAGE                                                                                      \
    "usage: kf_gen_figures INPUT.tsv OUTPUT.c [--name NAME] [--font FILE]... [--icons FILE]\n"
#define MAX_FONTS 4
#define MAX_FILE  (16L << 20) /* bytes in the file */

/* The enumerators the output names, by kind; sized by its initialisers. */
/* clang-format off */
static const char *const kind_enums[] = {
    [KF_SLIDE_SECTION] = "KF_SLIDE_SECTION",
    [KF_SLIDE_HERO]    = "KF_SLIDE_HERO",
    [KF_SLIDE_GRID]    = "KF_SLIDE_GRID",
    [KF_SLIDE_CHANGE]  = "KF_SLIDE_CHANGE",
    [KF_SLIDE_TARGETS]    = "KF_SLIDE_TARGETS",
    [KF_SLIDE_STATEMENTS] = "KF_SLIDE_STATEMENTS",
    [KF_SLIDE_RING]       = "KF_SLIDE_RING",
    [KF_SLIDE_PAIR]       = "KF_SLIDE_PAIR",
    [KF_SLIDE_BARS]       = "KF_SLIDE_BARS",
};
/* and by period */
static const char *const period_enums[] = {
    [KF_PERIOD_NONE]  = "KF_PERIOD_NONE",
    [KF_PERIOD_2025]  = "KF_PERIOD_2025",
    [KF_PERIOD_FYP14] = "KF_PERIOD_FYP14",
    [KF_PERIOD_FYP15] = "KF_PERIOD_FYP15",
    [KF_PERIOD_2026]  = "KF_PERIOD_2026",
    [KF_PERIOD_2035]  = "KF_PERIOD_2035",
};
/* clang-format on */
_Static_assert(sizeof kind_enums / sizeof kind_enums[0] == KF_SLIDE_KIND_COUNT,
               "one enumerator per kf_slide_kind");
_Static_assert(sizeof period_enums / sizeof period_enums[0] == KF_PERIOD_COUNT,
               "one enumerator per kf_period");

/* A growing output text; `oom` sticks once an allocation failed. */
typedef struct textbuf {
    char *p;
    size_t n, cap;
    int oom;
} textbuf;

/* ---- output ---------------------------------------------------------------------- */

static void put(textbuf *b, const char *s, size_t n)
{
    if (b->oom) return;
    if (b->cap - b->n < n) {
        size_t cap = b->cap ? b->cap : 4096;
        while (cap - b->n < n) cap *= 2;
        char *p = realloc(b->p, cap);
        if (!p) {
            b->oom = 1;
            return;
        }
        b->p = p;
        b->cap = cap;
    }
    memcpy(b->p + b->n, s, n);
    b->n += n;
}

static void puts_(textbuf *b, const char *s) { put(b, s, strlen(s)); }

__attribute__((format(printf, 2, 3))) static void printf_(textbuf *b, const char *fmt, ...)
{
    char tmp[256];
    va_list ap, again;
    va_start(ap, fmt);
    va_copy(again, ap);
    int n = vsnprintf(tmp, sizeof tmp, fmt, ap);
    if (n < 0) {
        b->oom = 1;
    } else if ((size_t)n < sizeof tmp) {
        put(b, tmp, (size_t)n);
    } else {
        char *big = malloc((size_t)n + 1);
        if (!big) {
            b->oom = 1;
        } else {
            vsnprintf(big, (size_t)n + 1, fmt, again);
            put(b, big, (size_t)n);
            free(big);
        }
    }
    va_end(again);
    va_end(ap);
}

/* s as a C string literal. Escapes \ " and ? (trigraphs), and every byte
 * outside printable ASCII as three octal digits: an octal escape stops at
 * three digits, so a following digit is never taken in. */
static void literal(textbuf *b, const char *s)
{
    puts_(b, "\"");
    for (; *s; s++) {
        unsigned char c = (unsigned char)*s;
        if (c == '\\' || c == '"' || c == '?') {
            char e[2] = {'\\', (char)c};
            put(b, e, 2);
        } else if (c < 0x20 || c >= 0x7F) {
            char e[5] = {'\\', (char)('0' + (c >> 6)), (char)('0' + ((c >> 3) & 7)),
                         (char)('0' + (c & 7)), 0};
            put(b, e, 4);
        } else {
            put(b, (const char *)&c, 1);
        }
    }
    puts_(b, "\"");
}

/* A field: `    .name = "literal",` and a line end. */
static void field(textbuf *b, const char *indent, const char *name, const char *s)
{
    printf_(b, "%s.%s = ", indent, name);
    literal(b, s);
    puts_(b, ",\n");
}

/* The generated C source for table t, read from `name`. */
static void emit(const kf_table *t, const char *name, textbuf *b)
{
    /* the stamp; NAME goes in a comment: nothing in it may end or splice it */
    puts_(b, "/* generated by tools/gen_figures.c from ");
    for (const char *p = name; *p; p++) {
        unsigned char c = (unsigned char)*p;
        char safe = (c < 0x20 || c >= 0x7F || c == '*' || c == '?' || c == '\\') ? '_' : (char)c;
        put(b, &safe, 1);
    }
    puts_(b, " \xE2\x80\x94 do not edit;\n"
             " * regenerate by editing the TSV and rebuilding. */\n"
             "#include \"figures.h\"\n");
    for (int i = 0; i < t->n_slides; i++) {
        const kf_slide *sl = &t->slides[i];
        printf_(b, "\n/* slide %d: \"%s\", line %d */\n", i + 1, sl->key, sl->figures[0].line);
        printf_(b, "static const kf_figure kf_figs_%d[] = {\n", i + 1);
        for (int j = 0; j < sl->n_figures; j++) {
            const kf_figure *f = &sl->figures[j];
            puts_(b, "    {\n");
            field(b, "        ", "id", f->id);
            field(b, "        ", "label", f->label);
            field(b, "        ", "pre", f->pre);
            field(b, "        ", "value", f->value);
            field(b, "        ", "unit", f->unit);
            field(b, "        ", "post", f->post);
            field(b, "        ", "from", f->from);
            field(b, "        ", "delta", f->delta);
            field(b, "        ", "source", f->source);
            field(b, "        ", "icon_name", f->icon_name);
            field(b, "        ", "icon", f->icon);
            printf_(b, "        .period = %s,\n", period_enums[f->period]);
            printf_(b, "        .line = %d,\n    },\n", f->line);
        }
        puts_(b, "};\n");
    }
    puts_(b, "\nstatic const kf_slide kf_slides[] = {\n");
    for (int i = 0; i < t->n_slides; i++) {
        const kf_slide *sl = &t->slides[i];
        puts_(b, "    {\n");
        field(b, "        ", "key", sl->key);
        field(b, "        ", "section", sl->section);
        field(b, "        ", "title", sl->title);
        printf_(b, "        .kind = %s,\n", kind_enums[sl->kind]);
        printf_(b, "        .period = %s,\n", period_enums[sl->period]);
        printf_(b, "        .dwell_ms = %d,\n", sl->dwell_ms);
        printf_(b, "        .figures = kf_figs_%d,\n", i + 1);
        printf_(b, "        .n_figures = %d,\n    },\n", sl->n_figures);
    }
    puts_(b, "};\n\n/* units that stay with a number, longest first */\n"
             "static const char *const kf_units[] = {\n");
    for (int i = 0; t->units[i]; i++) {
        puts_(b, "    ");
        literal(b, t->units[i]);
        puts_(b, ",\n");
    }
    puts_(b, "    NULL,\n};\n");
    puts_(b, "\nconst kf_table kf_figures = {\n    .slides = kf_slides,\n");
    printf_(b, "    .n_slides = %d,\n    .n_figures = %d,\n", t->n_slides, t->n_figures);
    field(b, "    ", "source_name", t->source_name);
    puts_(b, "    .units = kf_units,\n};\n");
}

/* ---- files ------------------------------------------------------------------------- */

/* Reads the whole of `path` into a new malloc'd buffer (caller frees; never
 * NULL on success). Returns 0, or an errno value with *what set to "cannot
 * open" or "cannot read" (EFBIG: over MAX_FILE bytes). */
static int read_file(const char *path, char **data, size_t *size, const char **what)
{
    *data = NULL;
    *size = 0;
    *what = "cannot open";
    FILE *f = fopen(path, "rb");
    if (!f) return errno;
    *what = "cannot read";
    char *buf = NULL;
    size_t n = 0, cap = 0;
    int err = 0;
    for (;;) {
        if (cap - n < 65536) {
            size_t bigger = cap ? cap * 2 : 65536;
            char *p = realloc(buf, bigger);
            if (!p) {
                err = ENOMEM;
                break;
            }
            buf = p;
            cap = bigger;
        }
        errno = 0;
        size_t got = fread(buf + n, 1, cap - n, f);
        n += got;
        if (n > (size_t)MAX_FILE) {
            err = EFBIG;
            break;
        }
        if (got == 0) {
            if (ferror(f)) err = errno ? errno : EIO;
            break;
        }
    }
    fclose(f);
    if (err) {
        free(buf);
        return err;
    }
    *data = buf;
    *size = n;
    return 0;
}

/* Writes text[0..len) to OUTPUT.tmp, then renames it to `path`. Returns 0,
 * or an errno value (and the temporary file is gone). */
static int write_file(const char *path, const char *text, size_t len)
{
    size_t plen = strlen(path);
    char *tmp = malloc(plen + sizeof ".tmp");
    if (!tmp) return ENOMEM;
    memcpy(tmp, path, plen);
    memcpy(tmp + plen, ".tmp", sizeof ".tmp");
    int err = 0;
    FILE *f = fopen(tmp, "wb");
    if (!f) {
        err = errno;
    } else {
        errno = 0;
        if (fwrite(text, 1, len, f) != len) err = errno ? errno : EIO;
        if (fclose(f) != 0 && !err) err = errno ? errno : EIO;
        if (!err && rename(tmp, path) != 0) err = errno;
        if (err) remove(tmp);
    }
    free(tmp);
    return err;
}

/* ---- glyphs ------------------------------------------------------------------ */

#define MAX_ICONS 512

/* The fonts the table will be drawn with, and the icon font's names. */
typedef struct fonts {
    FT_Library lib;
    FT_Face faces[MAX_FONTS];
    int n;
    char names[MAX_ICONS][44];
    unsigned long cps[MAX_ICONS];
    int n_icons;
} fonts;

/* kf_parse_glyphs' test: every face has cp (no faces: all pass). */
static int has_glyph(void *ctx, unsigned long cp)
{
    const fonts *f = ctx;
    for (int i = 0; i < f->n; i++)
        if (FT_Get_Char_Index(f->faces[i], cp) == 0) return 0;
    return 1;
}

/* Opens the font files. Returns 0, or -1 after a message on stderr. */
static int open_fonts(fonts *f, const char *const *paths, int n)
{
    f->n = 0;
    if (FT_Init_FreeType(&f->lib) != 0) {
        fprintf(stderr, "kf_gen_figures: cannot start FreeType\n");
        return -1;
    }
    for (; f->n < n; f->n++)
        if (FT_New_Face(f->lib, paths[f->n], 0, &f->faces[f->n]) != 0) {
            fprintf(stderr, "%s: cannot read the font\n", paths[f->n]);
            return -1;
        }
    return 0;
}

/* kf_parse_glyphs' icon names: the code point of name[0..n), or 0. */
static unsigned long icon_cp(void *ctx, const char *name, size_t n)
{
    const fonts *f = ctx;
    for (int i = 0; i < f->n_icons; i++)
        if (strlen(f->names[i]) == n && memcmp(f->names[i], name, n) == 0) return f->cps[i];
    return 0;
}

/* Reads the icon list at path. Returns 0, or -1 after a message. */
static int read_icons(fonts *f, const char *path)
{
    char line[256];
    int ln = 0, rc = 0;
    FILE *in = fopen(path, "r");
    if (!in) {
        fprintf(stderr, "%s: cannot open: %s\n", path, strerror(errno));
        return -1;
    }
    while (fgets(line, sizeof line, in)) {
        char name[44];
        unsigned long cp;
        char end;
        ln++;
        if (line[0] == '\n' || line[0] == '#') continue;
        if (sscanf(line, "%43[a-z0-9_]\t%lx%c", name, &cp, &end) != 3 || end != '\n' || !cp ||
            cp > 0x10FFFF || f->n_icons == MAX_ICONS) {
            fprintf(stderr, "%s:%d: not name<TAB>hex code point\n", path, ln);
            rc = -1;
            continue;
        }
        memcpy(f->names[f->n_icons], name, sizeof name);
        f->cps[f->n_icons++] = cp;
    }
    fclose(in);
    return rc;
}

static void close_fonts(fonts *f)
{
    for (int i = 0; i < f->n; i++) FT_Done_Face(f->faces[i]);
    FT_Done_FreeType(f->lib);
}

/* ---- the program -------------------------------------------------------------- */

/* Generates `output` from `input`; messages name the input `name`. Returns
 * the exit status: 0, or 1 after saying what went wrong. */
static int run(const char *input, const char *output, const char *name,
               const char *const *font_paths, int n_fonts, const char *icons)
{
    int status = 1;
    char *buf = NULL;
    size_t len = 0;
    const char *what = NULL;
    kf_parsed parsed = {0};
    textbuf out = {NULL, 0, 0, 0};
    static fonts f;
    kf_parse_glyphs glyphs = {has_glyph, &f, icons ? icon_cp : NULL};

    int err = read_file(input, &buf, &len, &what);
    if (err == EFBIG)
        fprintf(stderr, "%s: larger than %ld MiB, not a figures table\n", name, MAX_FILE >> 20);
    else if (err) fprintf(stderr, "%s: %s: %s\n", name, what, strerror(err));
    else if ((n_fonts && open_fonts(&f, font_paths, n_fonts) != 0) ||
             (icons && read_icons(&f, icons) != 0)) { /* said */
    } else {
        int rc = kf_parse_figures(buf, len, name, n_fonts || icons ? &glyphs : NULL, &parsed);
        if (rc < 0) fprintf(stderr, "%s: out of memory\n", name);
        else if (rc > 0) kf_parse_write_errors(&parsed, name, stderr);
        else if (emit(&parsed.table, name, &out), out.oom)
            fprintf(stderr, "%s: out of memory\n", name);
        else if ((err = write_file(output, out.p, out.n)) != 0)
            fprintf(stderr, "%s: cannot write: %s\n", output, strerror(err));
        else status = 0;
    }
    if (n_fonts) close_fonts(&f);
    f.n_icons = 0;
    kf_parse_free(&parsed);
    free(out.p);
    free(buf);
    return status;
}

int main(int argc, char **argv)
{
    const char *input = NULL, *output = NULL, *name = NULL, *font_paths[MAX_FONTS], *icons = NULL;
    int usage = 0, status = 2, n_fonts = 0;
    for (int i = 1; i < argc && !usage; i++) {
        if (strcmp(argv[i], "--name") == 0 && i + 1 < argc && argv[i + 1][0]) name = argv[++i];
        else if (strcmp(argv[i], "--font") == 0 && i + 1 < argc && argv[i + 1][0] &&
                 n_fonts < MAX_FONTS)
            font_paths[n_fonts++] = argv[++i];
        else if (strcmp(argv[i], "--icons") == 0 && i + 1 < argc && argv[i + 1][0])
            icons = argv[++i];
        else if (argv[i][0] == '-' || !argv[i][0] || output) usage = 1;
        else if (!input) input = argv[i];
        else output = argv[i];
    }
    if (usage || !output) fputs(USAGE, stderr);
    else status = run(input, output, name ? name : input, font_paths, n_fonts, icons);
    return status;
}
