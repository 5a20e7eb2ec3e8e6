#!/bin/bash
# test_faults.sh KEYFIG - faults of the kiosk process on a real display (run
# by with_xvfb.sh), each of which once killed or hung it (platform/process.h):
#   - fds 0-2 closed (`keyfig <&- >&- 2>&-`): fd 2 must be /dev/null, not the
#     X connection, and SIGTERM must end the show with status 0 (it used to
#     block for ever in XCloseDisplay);
#   - standard error a pipe whose reader is gone (`keyfig 2>&1 | head -c 10`):
#     the next log line must not kill it (SIGPIPE, status 141);
#   - SIGHUP (a hangup of tty1) is logged and the show goes on (status 129);
#   - a fatal signal leaves one line naming it on standard error;
#   - out of memory for the window's pixels at start names what failed
#     (SDL alone said "Couldn't find matching render driver"). The server
#     must run without MIT-SHM (with_xvfb.sh with KF_XVFB_ARGS="-extension
#     MIT-SHM"), so that SDL's software renderer mallocs the window's
#     pixels, and the malloc is made to fail: through AddressSanitizer's
#     allocation limit in a sanitized build, through ulimit -v otherwise.
set -u
keyfig=${1:?usage: test_faults.sh KEYFIG}
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
fail=0
ok() { echo "ok: $1"; }
bad() { echo "FAIL: $1"; fail=1; }

# waits up to $2 seconds for pid $1 to end; 0 if it did
gone() {
    local i
    for i in $(seq $(($2 * 10))); do
        kill -0 "$1" 2>/dev/null || return 0
        sleep 0.1
    done
    return 1
}

# stops pid $1 with SIGTERM; expects exit status 0 within 10 s
term() {
    kill -TERM "$1"
    if gone "$1" 10; then
        wait "$1"
        local rc=$?
        [ $rc = 0 ] && ok "$2: SIGTERM, exit 0" || bad "$2: SIGTERM, exit status $rc"
    else
        bad "$2: still running 10 s after SIGTERM"
        kill -KILL "$1"
        wait "$1" 2>/dev/null
    fi
}

# 1. closed standard streams
"$keyfig" --dwell 2 <&- >&- 2>&- &
pid=$!
sleep 3
if kill -0 $pid 2>/dev/null; then
    for fd in 0 1 2; do
        t=$(readlink "/proc/$pid/fd/$fd")
        [ "$t" = /dev/null ] && ok "fds closed: fd $fd is /dev/null" ||
            bad "fds closed: fd $fd is ${t:-closed}, not /dev/null"
    done
    term $pid "fds closed"
else
    wait $pid
    bad "fds closed: it died at start (status $?)"
fi

# sends SIGHUP to pid $1 two seconds in; it must still run a second later
# ($2 names the case), then end with status 0 on SIGTERM
hangup_survived() {
    sleep 2
    kill -HUP "$1"
    sleep 1
    if kill -0 "$1" 2>/dev/null; then
        ok "$2: alive after SIGHUP"
        term "$1" "$2"
    else
        wait "$1"
        bad "$2: died (status $?)"
    fi
}

# 2. standard error a pipe that its reader closed (the SIGHUP's log line
# goes into it)
mkfifo "$tmp/err"
"$keyfig" --dwell 2 2>"$tmp/err" &
pid=$!
head -c 10 "$tmp/err" >/dev/null # reads the start of the first line, goes
hangup_survived $pid "broken pipe"

# 3. SIGHUP: logged, the show goes on
"$keyfig" --dwell 2 2>"$tmp/hup.log" &
hangup_survived $! "SIGHUP"
grep -qx 'keyfig: APP: SIGHUP received: the show goes on' "$tmp/hup.log" &&
    ok "SIGHUP: logged" || bad "SIGHUP: no log line: $(cat "$tmp/hup.log")"

# 4. a fatal signal: one line naming it, then death
"$keyfig" --dwell 2 2>"$tmp/segv.log" &
pid=$!
sleep 2
kill -SEGV $pid
if gone $pid 10; then
    wait $pid
    rc=$?
    [ $rc != 0 ] && ok "SIGSEGV: died (status $rc)" || bad "SIGSEGV: exit status 0"
    grep -qx 'keyfig: FATAL: signal 11 (SIGSEGV), the process dies' "$tmp/segv.log" &&
        ok "SIGSEGV: named on standard error" || bad "SIGSEGV: not named: $(cat "$tmp/segv.log")"
else
    bad "SIGSEGV: still alive 10 s later"
    kill -KILL $pid
fi

# 5. out of memory for a 16000x16000 window's pixels (1 GB)
if ldd "$keyfig" | grep -q libasan; then
    ASAN_OPTIONS="${ASAN_OPTIONS:-}:allocator_may_return_null=1:max_allocation_size_mb=512" \
        "$keyfig" --windowed --size 16000x16000 2>"$tmp/oom.log"
else
    (ulimit -v 900000 && exec "$keyfig" --windowed --size 16000x16000 2>"$tmp/oom.log")
fi
rc=$?
[ $rc = 1 ] && ok "out of memory: exit status 1" || bad "out of memory: exit status $rc"
want='keyfig: DISPLAY: cannot draw in the 16000x16000 window on x11: software renderer: Out of memory'
grep -qxF "$want" "$tmp/oom.log" && ok "out of memory: says what failed" ||
    bad "out of memory: not \"$want\": $(cat "$tmp/oom.log")"

exit $fail
