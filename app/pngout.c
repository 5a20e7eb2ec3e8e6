/* pngout.c - an SDL surface to a PNG file, through libpng (see pngout.h). */
#include "pngout.h"

#include <errno.h>
#include <png.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

int kf_png_write(SDL_Surface *s, const char *path, char *err, size_t errlen)
{
    char tmp[4096];
    /* volatile: libpng reports errors by longjmp back into this function */
    SDL_Surface *volatile rgb = NULL;
    FILE *volatile fp = NULL;
    png_structp png = NULL;
    png_infop info = NULL;
    png_bytep *volatile rows = NULL;

    snprintf(tmp, sizeof tmp, "%s.tmp", path);
    rgb = SDL_ConvertSurfaceFormat(s, SDL_PIXELFORMAT_RGB24, 0);
    rows = rgb ? SDL_malloc(sizeof *rows * (size_t)rgb->h) : NULL;
    if (!rgb || !rows) {
        snprintf(err, errlen, "%s: %s", path, rgb ? "out of memory" : SDL_GetError());
        goto error;
    }
    fp = fopen(tmp, "wb");
    if (!fp) {
        snprintf(err, errlen, "%s: %s", tmp, strerror(errno));
        goto error;
    }
    png = png_create_write_struct(PNG_LIBPNG_VER_STRING, NULL, NULL, NULL);
    info = png ? png_create_info_struct(png) : NULL;
    if (!info) {
        snprintf(err, errlen, "%s: libpng: out of memory", path);
        goto error;
    }
    if (setjmp(png_jmpbuf(png))) {
        snprintf(err, errlen, "%s: libpng could not write it", path);
        goto error;
    }
    for (int y = 0; y < rgb->h; y++) rows[y] = (png_bytep)rgb->pixels + y * rgb->pitch;
    png_init_io(png, fp);
    png_set_IHDR(png, info, (png_uint_32)rgb->w, (png_uint_32)rgb->h, 8, PNG_COLOR_TYPE_RGB,
                 PNG_INTERLACE_NONE, PNG_COMPRESSION_TYPE_DEFAULT, PNG_FILTER_TYPE_DEFAULT);
    png_set_compression_level(png, 6);
    png_write_info(png, info);
    png_write_image(png, rows);
    png_write_end(png, info);
    png_destroy_write_struct(&png, &info);
    SDL_free(rows);
    SDL_FreeSurface(rgb);
    if (fclose(fp) != 0 || rename(tmp, path) != 0) {
        snprintf(err, errlen, "%s: %s", path, strerror(errno));
        remove(tmp);
        return -1;
    }
    return 0;

error:
    if (png) png_destroy_write_struct(&png, info ? &info : NULL);
    if (fp) fclose(fp), remove(tmp);
    SDL_free(rows);
    SDL_FreeSurface(rgb);
    return -1;
}

int kf_png_make_dirs(const char *dir, char *err, size_t errlen)
{
    char path[4096];
    size_t n = strlen(dir);
    if (n == 0 || n >= sizeof path) {
        snprintf(err, errlen, "cannot create \"%s\": %s", dir, n ? "name too long" : "empty name");
        return -1;
    }
    memcpy(path, dir, n + 1);
    /* each parent in turn, then dir itself */
    for (size_t i = 1; i <= n; i++) {
        if (path[i] != '/' && path[i] != '\0') continue;
        char c = path[i];
        path[i] = '\0';
        struct stat st;
        if (mkdir(path, 0777) != 0 &&
            !(errno == EEXIST && stat(path, &st) == 0 && S_ISDIR(st.st_mode))) {
            snprintf(err, errlen, "cannot create %s: %s", path,
                     errno == EEXIST ? "it is not a folder" : strerror(errno));
            return -1;
        }
        path[i] = c;
    }
    return 0;
}
