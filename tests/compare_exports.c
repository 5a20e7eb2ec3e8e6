/* compare_exports.c - kf_compare_exports REFDIR DIR MAXDIFF PERMILLE: every PNG of
 * REFDIR (an --export of the x86-64 build) against the same-named PNG of DIR
 * (the same export from an ARM build under qemu), pixel by pixel, after both
 * are converted to ARGB8888. Prints, per file that is not identical, the
 * count of differing pixels and the largest channel difference; fails if
 * any file is missing, of another size, or differs in one channel by more
 * than MAXDIFF (0: pixel-identical), or in more than PERMILLE pixels in a
 * thousand. tools/test states and justifies the
 * tolerance it passes. */
#include <SDL.h>
#include <SDL_image.h>
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static SDL_Surface *load(const char *dir, const char *name)
{
    char path[4096];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    SDL_Surface *s = IMG_Load(path), *c = NULL;
    if (!s) {
        fprintf(stderr, "compare_exports: cannot read %s: %s\n", path, IMG_GetError());
        return NULL;
    }
    c = SDL_ConvertSurfaceFormat(s, SDL_PIXELFORMAT_ARGB8888, 0);
    SDL_FreeSurface(s);
    return c;
}

/* Compares one pair; returns the largest channel difference, -1 on error. */
static int compare(const char *ref, const char *dir, const char *name, long *npix, long *area)
{
    SDL_Surface *a = load(ref, name), *b = load(dir, name);
    int worst = -1;
    *npix = 0;
    if (!a || !b) goto done;
    if (a->w != b->w || a->h != b->h) {
        fprintf(stderr, "compare_exports: %s: %dx%d, want %dx%d\n", name, b->w, b->h, a->w, a->h);
        goto done;
    }
    worst = 0;
    *area = (long)a->w * a->h;
    for (int y = 0; y < a->h; y++) {
        const Uint8 *pa = (const Uint8 *)a->pixels + y * a->pitch;
        const Uint8 *pb = (const Uint8 *)b->pixels + y * b->pitch;
        for (int x = 0; x < a->w * 4; x += 4) {
            int d = 0;
            for (int c = 0; c < 4; c++) {
                int e = abs((int)pa[x + c] - (int)pb[x + c]);
                if (e > d) d = e;
            }
            if (d) (*npix)++;
            if (d > worst) worst = d;
        }
    }
done:
    SDL_FreeSurface(a);
    SDL_FreeSurface(b);
    return worst;
}

int main(int argc, char **argv)
{
    if (argc != 5) {
        fprintf(stderr, "usage: kf_compare_exports REFDIR DIR MAXDIFF PERMILLE\n");
        return 2;
    }
    int maxdiff = atoi(argv[3]), permille = atoi(argv[4]), files = 0, bad = 0, identical = 0,
        worst_all = 0;
    long pix_all = 0;
    DIR *d = opendir(argv[1]);
    if (!d) {
        fprintf(stderr, "compare_exports: cannot open %s\n", argv[1]);
        return 1;
    }
    struct dirent *e;
    while ((e = readdir(d))) {
        size_t n = strlen(e->d_name);
        if (n < 5 || strcmp(e->d_name + n - 4, ".png")) continue;
        long npix;
        long area = 0;
        int worst = compare(argv[1], argv[2], e->d_name, &npix, &area);
        files++;
        if (worst < 0 || worst > maxdiff || npix * 1000 > (long)permille * area) bad++;
        if (worst == 0) identical++;
        if (worst > 0)
            printf("compare_exports: %s: %ld pixels differ, by at most %d\n", e->d_name, npix,
                   worst);
        if (worst > worst_all) worst_all = worst;
        if (npix > 0) pix_all += npix;
    }
    closedir(d);
    printf("compare_exports: %s vs %s: %d files, %d pixel-identical, %ld pixels differ, "
           "largest channel difference %d (allowed %d, in at most %d pixels of 1000)\n",
           argv[2], argv[1], files, identical, pix_all, worst_all, maxdiff, permille);
    if (files == 0) fprintf(stderr, "compare_exports: no PNG in %s\n", argv[1]);
    return files == 0 || bad ? 1 : 0;
}
