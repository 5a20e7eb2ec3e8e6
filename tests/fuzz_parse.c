/* fuzz_parse.c - the figures parser (app/content/parse.c, the one module
 * that reads outside input) under a fuzzer: any bytes in, a table or its
 * errors out, no crash, no leak, no read past the buffer (which is not
 * NUL-terminated), whatever the bytes.
 *
 * Built two ways:
 *   - with clang -fsanitize=fuzzer,address,undefined by tools/fuzz: the
 *     libFuzzer target, LLVMFuzzerTestOneInput, run for minutes on the
 *     corpus in tests/fuzz/ and what it grows from it;
 *   - with KF_FUZZ_REPLAY by the normal build (ctest "fuzz_replay", under
 *     ASan + UBSan in tools/test): a main() that runs every file named on
 *     its command line (or found in a folder named there) through the same
 *     function, plus the damaged inputs too big to keep in the tree (a
 *     1 MiB line, 10,000 rows), made here. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "parse.h"

/* Every character drawable but U+E000 (a private-use one): the glyph check
 * runs and sometimes fails. Icons: names that start with 'a' exist. */
static int has(void *ctx, unsigned long cp)
{
    (void)ctx;
    return cp != 0xE000;
}

static unsigned long icon(void *ctx, const char *name, size_t n)
{
    (void)ctx;
    return n > 0 && name[0] == 'a' ? 0xE001 : 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    /* an exact-size copy: ASan sees a read one byte past the end */
    char *buf = malloc(size ? size : 1);
    if (!buf) return 0;
    if (size) memcpy(buf, data, size);
    kf_parse_glyphs glyphs = {.has = has, .icon = icon};
    kf_parsed p;
    int rc = kf_parse_figures(buf, size, "fuzz.tsv", size % 2 ? &glyphs : NULL, &p);
    if (rc == 1) {
        FILE *sink = fopen("/dev/null", "w");
        if (sink) {
            kf_parse_write_errors(&p, "fuzz.tsv", sink);
            fclose(sink);
        }
    } else if (rc == 0 && p.table.n_slides <= 0) {
        abort(); /* a table without slides is never a success */
    }
    kf_parse_free(&p);
    free(buf);
    return 0;
}

#ifdef KF_FUZZ_REPLAY
#include <dirent.h>

static long runs;

static int run_file(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        fprintf(stderr, "fuzz_replay: cannot read %s\n", path);
        return 1;
    }
    char *buf = NULL;
    size_t len = 0, cap = 0;
    for (;;) {
        if (len == cap) {
            char *n = realloc(buf, cap = cap ? cap * 2 : 65536);
            if (!n) {
                free(buf);
                fclose(f);
                return 1;
            }
            buf = n;
        }
        size_t got = fread(buf + len, 1, cap - len, f);
        if (got == 0) break;
        len += got;
    }
    fclose(f);
    LLVMFuzzerTestOneInput((const uint8_t *)buf, len);
    free(buf);
    runs++;
    return 0;
}

/* The damaged inputs too big for the tree: a valid header, then a 1 MiB
 * line; 10,000 rows of one slide; 10,000 rows of as many slides. */
static void run_generated(void)
{
    static const char header[] =
        "id\tsection\tslide\tkind\ttitle\tdwell\tperiod\tlabel\tpre\tvalue\t"
        "unit\tpost\tfrom\tdelta\ticon\tsource\n";
    size_t cap = (size_t)1 << 21;
    char *buf = malloc(cap);
    if (!buf) return;
    size_t n = strlen(header);
    memcpy(buf, header, n);
    memset(buf + n, 'x', (size_t)1 << 20);
    LLVMFuzzerTestOneInput((const uint8_t *)buf, n + ((size_t)1 << 20)), runs++;
    for (int slides = 0; slides < 2; slides++) {
        size_t at = strlen(header);
        for (int i = 0; i < 10000 && at + 200 < cap; i++)
            at +=
                (size_t)snprintf(buf + at, cap - at,
                                 "r%d\t报告要点\ts%d\tgrid\t标题\t\t2025\t标签\t\t%d\t个\t\t\t\t\t"
                                 "原文%d个\n",
                                 i, slides ? i : 0, i, i);
        LLVMFuzzerTestOneInput((const uint8_t *)buf, at), runs++;
    }
    free(buf);
}

int main(int argc, char **argv)
{
    int bad = 0;
    for (int i = 1; i < argc; i++) {
        DIR *d = opendir(argv[i]);
        if (!d) {
            bad |= run_file(argv[i]);
            continue;
        }
        struct dirent *e;
        while ((e = readdir(d))) {
            if (e->d_name[0] == '.') continue;
            char path[4096];
            snprintf(path, sizeof path, "%s/%s", argv[i], e->d_name);
            bad |= run_file(path);
        }
        closedir(d);
    }
    run_generated();
    printf("fuzz_replay: %ld inputs, none crashed\n", runs);
    return bad;
}
#endif
