/* pngout.h - writing a frame to a PNG file with libpng (for --export). */
#ifndef KF_PNGOUT_H
#define KF_PNGOUT_H
#include <SDL.h>
#include <stddef.h>

/* Writes surface s (any 32-bit format) to path as an 8-bit RGB PNG. The
 * file is written to path.tmp and renamed, so a reader never sees half a
 * PNG. Returns 0, or -1 with a message in err. */
int kf_png_write(SDL_Surface *s, const char *path, char *err, size_t errlen);

#endif
