#!/bin/bash
# test_kmsdrm.sh KEYFIG - the Raspberry Pi backend (platform/rpi.c) chosen
# by --driver kmsdrm and by SDL_VIDEODRIVER=kmsdrm, on a machine with no DRM
# device: keyfig says in one line that kmsdrm has no display and what to
# check, exits 1, and leaks nothing (ASan in tools/test). Skipped (77) where
# a DRM device exists (there it would take the screen).
set -u
kf=$1
compgen -G "/dev/dri/card*" >/dev/null && { echo "SKIPPED: a DRM device exists"; exit 77; }
pass=0 fail=0
want="keyfig: DISPLAY: no display available on kmsdrm"
for how in "--driver kmsdrm" "env SDL_VIDEODRIVER=kmsdrm" "--driver kmsdrm --windowed --rotate 90"; do
    case $how in
    env*) err=$(env -u DISPLAY -u WAYLAND_DISPLAY SDL_VIDEODRIVER=kmsdrm "$kf" 2>&1 >/dev/null); rc=$? ;;
    *) # shellcheck disable=SC2086
       err=$(env -u DISPLAY -u WAYLAND_DISPLAY "$kf" $how 2>&1 >/dev/null); rc=$? ;;
    esac
    if [ "$rc" = 1 ] && printf '%s\n' "$err" | grep -q "^$want .*groups video and render"; then
        pass=$((pass + 1))
    else
        fail=$((fail + 1)); echo "FAIL: keyfig $how: exit $rc: $err"
    fi
done
echo "$pass passed, $fail failed"
[ "$fail" = 0 ]
