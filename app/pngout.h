/* pngout.h - writing a frame to a PNG file with libpng, and the folders
 * it goes into (for --export and tools/frames). */
#ifndef KF_PNGOUT_H
#define KF_PNGOUT_H
#include <SDL.h>
#include <stddef.h>

/* Writes surface s (any 32-bit format) to path as an 8-bit RGB PNG. The
 * file is written to path.tmp and renamed, so a reader never sees half a
 * PNG. Returns 0, or -1 with a message in err. */
int kf_png_write(SDL_Surface *s, const char *path, char *err, size_t errlen);

/* Creates folder dir and every missing parent, as `mkdir -p` does (a
 * folder that exists is fine). Returns 0, or -1 with "cannot create PATH:
 * REASON" in err, PATH the first folder that could not be made. */
int kf_png_make_dirs(const char *dir, char *err, size_t errlen);

#endif
