/* board.c - board detection (the device tree's model, the session
 * variables) and the backend/driver choice that follows from it (board.h). */
#include "board.h"

#include <stdio.h>
#include <string.h>

static int set(const char *s) { return s && *s; }

/* "Raspberry Pi 4 Model B Rev 1.4", "Raspberry Pi Compute Module 4 ...",
 * "Raspberry Pi Zero 2 W ...", "Raspberry Pi Model B Plus" (a Pi 1). */
static int pi_generation(const char *model)
{
    static const char prefix[] = "Raspberry Pi";
    if (strncmp(model, prefix, sizeof prefix - 1) != 0) return 0;
    const char *p = model + sizeof prefix - 1;
    while (*p == ' ') p++;
    if (!strncmp(p, "Compute Module ", 15)) p += 15;
    else if (!strncmp(p, "Zero ", 5)) p += 5;
    return (*p >= '1' && *p <= '9') ? *p - '0' : 1;
}

void kf_board_detect(const char *root, const char *display, const char *wayland_display,
                     kf_board *b)
{
    char path[4096];
    memset(b, 0, sizeof *b);
    if (!root || !strcmp(root, "/")) root = "";
    snprintf(path, sizeof path, "%s/proc/device-tree/model", root);
    FILE *f = fopen(path, "rb");
    if (f) {
        /* the model is NUL-terminated, sometimes with a newline in fakes */
        size_t n = fread(b->model, 1, sizeof b->model - 1, f);
        fclose(f);
        b->model[n] = 0;
        b->model[strcspn(b->model, "\n")] = 0;
    }
    b->pi = pi_generation(b->model);
    b->session = set(display) || set(wayland_display);
}

kf_plat_choice kf_board_choose(const kf_board *b, const char *cli_driver, const char *env_driver)
{
    const char *named = set(cli_driver) ? cli_driver : set(env_driver) ? env_driver : NULL;
    if (named) {
        int kms = strcmp(named, "kmsdrm") == 0;
        return (kf_plat_choice){kms ? "rpi" : "desktop", named, kms ? "opengles2" : NULL,
                                set(cli_driver) ? "--driver" : "SDL_VIDEODRIVER"};
    }
    if (b->pi && !b->session)
        return (kf_plat_choice){"rpi", "kmsdrm", "opengles2", "a Raspberry Pi, no display server"};
    return (kf_plat_choice){"desktop", NULL, NULL,
                            b->session ? "a display server" : "no Raspberry Pi, no display server"};
}
