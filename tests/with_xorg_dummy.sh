#!/bin/sh
# with_xorg_dummy.sh PROGRAM [ARGS] - runs PROGRAM on its own X.Org server
# with the dummy video driver (xserver-xorg-video-dummy), then stops the
# server. Unlike Xvfb's single output, the dummy driver has sixteen RANDR
# outputs (DUMMY0..DUMMY15) that xrandr can light and turn off: a desk with
# several monitors, one of which can be "unplugged". The display number is
# picked by the server (-displayfd). Exits 77 (ctest: skipped) when Xorg or
# the driver is not installed (tools/setup --test installs them). Needs
# root (the server opens a VT, and only root may name its -config file).
command -v Xorg >/dev/null && [ -e /usr/lib/xorg/modules/drivers/dummy_drv.so ] ||
    { echo "SKIPPED: Xorg with the dummy driver is not installed"; exit 77; }
tmp=$(mktemp -d) || exit 1
# a framebuffer wide enough for two outputs side by side (1280 + 1920)
cat >"$tmp/xorg.conf" <<'CONF'
Section "Device"
    Identifier "dummy"
    Driver "dummy"
    VideoRam 65536
EndSection
Section "Screen"
    Identifier "screen"
    Device "dummy"
    DefaultDepth 24
    SubSection "Display"
        Depth 24
        Virtual 3200 1080
    EndSubSection
EndSection
CONF
Xorg -displayfd 3 -config "$tmp/xorg.conf" -logfile "$tmp/log" -noreset -nolisten tcp \
     -sharevts -novtswitch 3>"$tmp/d" >"$tmp/out" 2>&1 &
xorg=$!
i=0
while [ ! -s "$tmp/d" ] && [ $i -lt 200 ]; do sleep 0.05; i=$((i + 1)); done
if [ ! -s "$tmp/d" ]; then
    echo "with_xorg_dummy.sh: Xorg did not start:" >&2
    grep -E '\(EE\)|Fatal' "$tmp/log" "$tmp/out" >&2
    kill $xorg 2>/dev/null; rm -rf "$tmp"; exit 1
fi
DISPLAY=:$(cat "$tmp/d") "$@"
rc=$?
kill $xorg 2>/dev/null
wait $xorg 2>/dev/null
rm -rf "$tmp"
exit $rc
