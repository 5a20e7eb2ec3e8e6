/* test_board.c - board detection and the driver choice (platform/board.c)
 * on fake root trees made here: a Pi 3, 4 and 5 (64- and 32-bit models as
 * the firmware writes them, NUL-terminated), a Zero 2 W, a PC (no device
 * tree), with and without a display server, and the overrides. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "board.h"
#include "check.h"

static char base[256];

/* Makes BASE/name/proc/device-tree/model holding model and its NUL (no
 * device tree when model is NULL); returns the root. */
static const char *tree(const char *name, const char *model)
{
    static char root[512];
    char path[1024];
    snprintf(root, sizeof root, "%s/%s", base, name);
    mkdir(root, 0755);
    if (!model) return root;
    snprintf(path, sizeof path, "%s/proc", root), mkdir(path, 0755);
    snprintf(path, sizeof path, "%s/proc/device-tree", root), mkdir(path, 0755);
    snprintf(path, sizeof path, "%s/proc/device-tree/model", root);
    FILE *f = fopen(path, "wb");
    if (f) fwrite(model, 1, strlen(model) + 1, f), fclose(f);
    return root;
}

static void expect(const char *name, const char *model, const char *display, const char *wl,
                   const char *cli, const char *env, int pi, const char *backend, const char *video,
                   const char *render)
{
    kf_board b;
    kf_board_detect(tree(name, model), display, wl, &b);
    kf_plat_choice c = kf_board_choose(&b, cli, env);
    KF_CHECK(b.pi == pi, "%s: pi %d, want %d (model \"%s\")", name, b.pi, pi, b.model);
    KF_CHECK_STR(b.model, model ? model : "");
    KF_CHECK_STR(c.backend, backend);
    KF_CHECK(video ? c.video_driver && !strcmp(c.video_driver, video) : !c.video_driver,
             "%s: video driver %s, want %s", name, c.video_driver ? c.video_driver : "NULL",
             video ? video : "NULL");
    KF_CHECK(render ? c.render_driver && !strcmp(c.render_driver, render) : !c.render_driver,
             "%s: render driver %s, want %s", name, c.render_driver ? c.render_driver : "NULL",
             render ? render : "NULL");
    KF_CHECK(c.why && *c.why, "%s: no reason", name);
}

int main(void)
{
    snprintf(base, sizeof base, "%s/kf_board_XXXXXX", getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp");
    if (!mkdtemp(base)) {
        perror("mkdtemp");
        return 1;
    }
    const char *pi3 = "Raspberry Pi 3 Model B Plus Rev 1.3";
    const char *pi4 = "Raspberry Pi 4 Model B Rev 1.4";
    const char *pi5 = "Raspberry Pi 5 Model B Rev 1.0";
    const char *zero2 = "Raspberry Pi Zero 2 W Rev 1.0";
    const char *cm4 = "Raspberry Pi Compute Module 4 Rev 1.0";

    /* a Pi on the console: KMSDRM with GLES 2 */
    expect("pi3", pi3, NULL, NULL, NULL, NULL, 3, "rpi", "kmsdrm", "opengles2");
    expect("pi4", pi4, NULL, NULL, NULL, NULL, 4, "rpi", "kmsdrm", "opengles2");
    expect("pi5", pi5, "", "", NULL, "", 5, "rpi", "kmsdrm", "opengles2");
    expect("zero2", zero2, NULL, NULL, NULL, NULL, 2, "rpi", "kmsdrm", "opengles2");
    expect("cm4", cm4, NULL, NULL, NULL, NULL, 4, "rpi", "kmsdrm", "opengles2");
    /* a Pi running a desktop (X11 or Wayland): SDL's default */
    expect("pi4x", pi4, ":0", NULL, NULL, NULL, 4, "desktop", NULL, NULL);
    expect("pi5wl", pi5, NULL, "wayland-0", NULL, NULL, 5, "desktop", NULL, NULL);
    /* a PC, with and without a session: SDL's default (no display is the
     * desktop backend's to report) */
    expect("pc", NULL, ":0", NULL, NULL, NULL, 0, "desktop", NULL, NULL);
    expect("pc_console", NULL, NULL, NULL, NULL, NULL, 0, "desktop", NULL, NULL);
    /* another board with a device tree is not a Pi */
    expect("other", "Pine64 RockPro64 v2.1", NULL, NULL, NULL, NULL, 0, "desktop", NULL, NULL);
    /* overrides: --driver beats SDL_VIDEODRIVER beats the board */
    expect("pi4_cli", pi4, NULL, NULL, "x11", "wayland", 4, "desktop", "x11", NULL);
    expect("pi4_env", pi4, NULL, NULL, NULL, "wayland", 4, "desktop", "wayland", NULL);
    expect("pc_kms", NULL, ":0", NULL, "kmsdrm", NULL, 0, "rpi", "kmsdrm", "opengles2");
    expect("pc_envkms", NULL, NULL, NULL, NULL, "kmsdrm", 0, "rpi", "kmsdrm", "opengles2");
    expect("pi3_dummy", pi3, NULL, NULL, "dummy", NULL, 3, "desktop", "dummy", NULL);
    /* the model as a fake written with a newline instead of the NUL */
    {
        char path[1024];
        const char *root = tree("pi4nl", pi4);
        snprintf(path, sizeof path, "%s/proc/device-tree/model", root);
        FILE *f = fopen(path, "wb");
        if (f) fputs("Raspberry Pi 4 Model B Rev 1.4\n", f), fclose(f);
        kf_board b;
        kf_board_detect(root, NULL, NULL, &b);
        KF_CHECK_STR(b.model, pi4);
        KF_CHECK_INT(b.pi, 4);
    }
    char cmd[512];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", base);
    if (system(cmd) != 0) fprintf(stderr, "could not remove %s\n", base);
    return kf_check_done();
}
