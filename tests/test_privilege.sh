#!/bin/bash
# test_privilege.sh KEYFIG UNIT - what the kiosk does to the machine while it
# runs (under with_xvfb.sh: fullscreen on X11), with SDL's software and its
# OpenGL ES renderer (Mesa's llvmpipe here):
#   - every system call it makes (strace -f) is inside the unit's
#     SystemCallFilter= (each @group expanded by systemd-analyze
#     syscall-filter), so the filter never kills the kiosk;
#   - it writes nothing: /proc/PID/io write_bytes stays 0, no file is opened
#     for writing but devices, and a writable HOME stays empty (no Mesa
#     shader cache);
#   - the only sockets it opens are AF_UNIX ones connected to the display.
# Skipped (77) without strace or systemd-analyze (tools/setup --test installs
# them).
set -u
keyfig=${1:?usage: test_privilege.sh KEYFIG UNIT}
unit=${2:?usage: test_privilege.sh KEYFIG UNIT}
command -v strace >/dev/null || { echo "SKIPPED: no strace"; exit 77; }
command -v systemd-analyze >/dev/null || { echo "SKIPPED: no systemd-analyze"; exit 77; }
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
fail=0
ok() { echo "ok: $1"; }
bad() { echo "FAIL: $1"; fail=1; }

# the filter's calls: its @groups expanded, recursively
expand() {
    systemd-analyze syscall-filter "$1" | sed -n '2,$p' | sed 's/^[[:space:]]*//' |
        grep -v '^#' | grep -v '^$' | while read -r n; do
            case $n in @*) expand "$n" ;; *) echo "$n" ;; esac
        done
}
filter=$(sed -n 's/^SystemCallFilter=//p' "$unit")
[ -n "$filter" ] || bad "the unit has no SystemCallFilter="
for f in $filter; do
    case $f in ~*) bad "a deny list in the unit's filter: extend this test" ;; esac
    case $f in @*) expand "$f" ;; *) echo "$f" ;; esac
done | sort -u >"$tmp/allowed"
[ "$(wc -l <"$tmp/allowed")" -gt 100 ] || bad "the filter expands to $(wc -l <"$tmp/allowed") calls"

for renderer in software opengles2; do
    home=$tmp/home-$renderer
    mkdir -p "$home"
    # the system calls, all of them, from exec to exit
    # (with opening hours, always open: the clock's synchronisation is read)
    HOME=$home SDL_RENDER_DRIVER=$renderer strace -f -qq -o "$tmp/trace" "$keyfig" --dwell 1 \
        --hours "daily 00:00-24:00" 2>"$tmp/log" &
    tracer=$!
    sleep 6
    pkill -TERM -P $tracer
    wait $tracer
    calls=$(grep -oE '^[0-9]+ +[a-z0-9_]+\(' "$tmp/trace" | sed -E 's/^[0-9]+ +//; s/\($//' | sort -u)
    [ "$(echo "$calls" | wc -l)" -gt 30 ] || bad "$renderer: strace saw only: $calls"
    outside=$(comm -23 <(echo "$calls") "$tmp/allowed" | tr '\n' ' ')
    [ -z "$outside" ] && ok "$renderer: every system call is in $filter" ||
        bad "$renderer: outside $filter: $outside"
    grep -q 'first frame presented' "$tmp/log" || bad "$renderer: no frame: $(cat "$tmp/log")"
    writes=$(grep -E '(open|openat|creat)\(.*(O_WRONLY|O_RDWR|O_CREAT|O_TRUNC)' "$tmp/trace" |
        grep -v '"/dev/' | grep -v ' = -1 ' | head -3)
    [ -z "$writes" ] && ok "$renderer: no file opened for writing" ||
        bad "$renderer: files opened for writing: $writes"
    sockets=$(grep -E ' socket\(' "$tmp/trace" | grep -v 'socket(AF_UNIX,' | head -3)
    [ -z "$sockets" ] && ok "$renderer: AF_UNIX sockets only" || bad "$renderer: sockets: $sockets"
    peers=$(grep -E ' connect\(' "$tmp/trace" | grep -v 'X11-unix/X' | head -3)
    [ -z "$peers" ] && ok "$renderer: connected to the display only" ||
        bad "$renderer: connected elsewhere: $peers"
    [ -z "$(ls -A "$home")" ] && ok "$renderer: HOME untouched" ||
        bad "$renderer: HOME has $(find "$home" -mindepth 1 | head -3 | tr '\n' ' ')"

    # the bytes it writes to storage, from its own accounting
    HOME=$home SDL_RENDER_DRIVER=$renderer "$keyfig" --dwell 1 2>/dev/null &
    pid=$!
    sleep 5
    wb=$(sed -n 's/^write_bytes: //p' "/proc/$pid/io")
    kill -TERM $pid
    wait $pid
    [ "$wb" = 0 ] && ok "$renderer: write_bytes 0 after 5 s" || bad "$renderer: write_bytes $wb"
done
exit $fail
