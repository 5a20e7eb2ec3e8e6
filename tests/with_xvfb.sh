#!/bin/sh
# with_xvfb.sh PROGRAM [ARGS] - runs PROGRAM on its own Xvfb server (a free
# display number, picked by Xvfb itself; its screen KF_XVFB_SCREEN, default
# 1920x1080x24; more server options in KF_XVFB_ARGS), then stops the server. Exits 77
# (ctest: skipped) when Xvfb is not installed (tools/setup --test installs it).
# -noreset: the server must not reset when a test closes its last window,
# or the next window opened within the reset fails to connect.
command -v Xvfb >/dev/null || { echo "SKIPPED: Xvfb is not installed"; exit 77; }
tmp=$(mktemp -d) || exit 1
Xvfb -displayfd 3 -screen 0 "${KF_XVFB_SCREEN:-1920x1080x24}" -nolisten tcp -noreset ${KF_XVFB_ARGS:-} 3>"$tmp/d" 2>"$tmp/log" &
xvfb=$!
i=0
while [ ! -s "$tmp/d" ] && [ $i -lt 200 ]; do sleep 0.05; i=$((i + 1)); done
if [ ! -s "$tmp/d" ]; then
    echo "with_xvfb.sh: Xvfb did not start: $(cat "$tmp/log")" >&2
    kill $xvfb 2>/dev/null; rm -rf "$tmp"; exit 1
fi
DISPLAY=:$(cat "$tmp/d") "$@"
rc=$?
kill $xvfb 2>/dev/null
wait $xvfb 2>/dev/null
rm -rf "$tmp"
exit $rc
