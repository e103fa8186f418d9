#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Charon Manager authors
# SPDX-License-Identifier: GPL-2.0-or-later
# X11 bytes benchmark: what the REAL charon-manager window sends to the X server, as `ssh -X`
# would carry it, scenario by scenario. The window runs on an Xvfb listening on TCP behind the
# counting proxy ../shared/tools/x11-byte-counter (not part of this project: found there or
# through X11_BYTE_COUNTER), with QT_XCB_NO_MITSHM=1 (over ssh there is no shared memory, so
# every repaint travels as pixels). Its guests are the demo's three (hpux-prod running with a
# missing NIC, mpe-fin stopped, vms-ops running with its license lost) on a private systemd
# manager (bench/bench-guests.sh), plus ten more for the "ten at once" scenario. Input comes
# from xdotool on the Xvfb itself, and notifications go to a dunst there, as on an admin's own
# desktop: neither passes through the counter.
#
# The host header reads a fake /proc/meminfo bound over the real one in a mount namespace of the
# window's own (needs root, as the systemd harness does): the machine's own memory churn would
# otherwise change the figures at random; the benchmark changes them on purpose instead.
#
#   bench/bench-x11-bytes.sh [OUT_DIR]      (default OUT_DIR: build/bench-results/x11-bytes)
#   env: BUILD (default build), X11_BYTE_COUNTER, X11_DISPLAY (Xvfb's display number, 57; the
#        counter listens on the next one), IDLE (seconds of each idle scenario, 30),
#        RETRY_WARMUP (seconds of reconnecting before the per-second count, 20), QUIET (seconds
#        without a byte that end a scenario, 3), HELD and SPINNER (counter seconds counting a
#        change into a held state, 2, and its spinner alone, 8)
# Prints a Markdown table (also OUT_DIR/summary.md): bytes sent to the X server (client to
# server, what a repaint costs) and received from it, per scenario. OUT_DIR also gets a picture
# of the screen after each scenario (taken on the Xvfb directly, not counted) and the counter's
# log.
set -euo pipefail
SRC=$(cd "$(dirname "$0")/.." && pwd)
BUILD=$(realpath "${BUILD:-$SRC/build}")
OUT=$(realpath -m "${1:-$BUILD/bench-results/x11-bytes}")
COUNTER=${X11_BYTE_COUNTER:-$SRC/../shared/tools/x11-byte-counter}
XDISPLAY=${X11_DISPLAY:-57}
PROXY=$((XDISPLAY + 1))
IDLE=${IDLE:-30}
RETRY_WARMUP=${RETRY_WARMUP:-20}
QUIET=${QUIET:-3}
BENCH_PORT_BASE=${BENCH_PORT_BASE:-23100}

if [[ ! -f $COUNTER ]]; then
  cat >&2 <<MSG
bench-x11-bytes: the X11 byte counter is missing: $COUNTER
  It is not part of this project. Point X11_BYTE_COUNTER at a copy of x11-byte-counter (a
  counting TCP proxy between a fake display and an Xvfb; see its header).
MSG
  exit 1
fi
for tool in Xvfb xdotool dunst import unshare python3; do
  command -v "$tool" >/dev/null || { echo "bench-x11-bytes: $tool is missing (scripts/setup)" >&2; exit 1; }
done
for f in "$BUILD/app/charon-manager" "$BUILD/app/charon-vm" "$BUILD/sim/charon-guest-sim"; do
  [[ -x $f ]] || { echo "bench-x11-bytes: build $(basename "$f") first" >&2; exit 1; }
done
if [[ -e /tmp/.X$XDISPLAY-lock || -e /tmp/.X$PROXY-lock ]] \
   || (exec 3<>"/dev/tcp/127.0.0.1/$((6000 + PROXY))") 2>/dev/null; then
  echo "bench-x11-bytes: display :$XDISPLAY or :$PROXY is taken; set X11_DISPLAY" >&2
  exit 1
fi
if [[ $EUID -ne 0 ]] || ! unshare -m true 2>/dev/null; then
  echo "bench-x11-bytes: needs root for a mount namespace (the window's fake /proc/meminfo)" >&2
  exit 1
fi
rm -rf "$OUT" && mkdir -p "$OUT"

# shellcheck source=bench/bench-guests.sh
source "$SRC/bench/bench-guests.sh"
pids=()
cleanup() {
  local pid
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  bench_stop_manager
}
bench_start_manager
trap cleanup EXIT

# The demo's guests (resources/demo, as scripts/demo adds them) on ports of our own.
add_demo_guest() {
  local name=$1 profile=$2 port=$3 dir=$BASE/guests/$1
  mkdir -p "$dir"
  sed -e "s/^console.port = \"\\(lo:\\)\\{0,1\\}[0-9]*\"/console.port = \"\\1$port\"/" \
      -e "s/port=100[0-9][0-9]/port=$port/" \
      "$SRC/resources/demo/$name.cfg" > "$dir/$name.cfg"
  "$BUILD/app/charon-vm" --user add --name "$name" --emulator "$BUILD/sim/charon-guest-sim" \
    --profile "$profile" --notify --no-stop-branch --config "$dir/$name.cfg" --workdir "$dir" \
    >/dev/null || { echo "bench-x11-bytes: adding $name failed" >&2; exit 1; }
}
add_demo_guest hpux-prod par $((BENCH_PORT_BASE + 1))
add_demo_guest mpe-fin par $((BENCH_PORT_BASE + 2))
add_demo_guest vms-ops axp $((BENCH_PORT_BASE + 3))
"$BUILD/app/charon-vm" --user start hpux-prod vms-ops >/dev/null
systemctl --user kill --kill-whom=main --signal=SIGUSR1 charon-guest-vms-ops.service

# The fake meminfo: fixed-width numbers, rewritten in place (the bind mount follows the inode).
meminfo=$BASE/meminfo
set_memory() { # AVAILABLE_KIB
  printf 'MemTotal:       %12d kB\nMemFree:        %12d kB\nMemAvailable:   %12d kB\n' \
    16777216 "$1" "$1" | dd of="$meminfo" conv=notrunc status=none
}
set_memory 8388608

Xvfb ":$XDISPLAY" -listen tcp -ac -screen 0 1400x900x24 >/dev/null 2>&1 &
pids+=($!)
for _ in $(seq 100); do xdpyinfo -display ":$XDISPLAY" >/dev/null 2>&1 && break; sleep 0.1; done
export DISPLAY=":$XDISPLAY"
dunst >/dev/null 2>&1 &
pids+=($!)
COUNT=$OUT/counter.txt
python3 "$COUNTER" "$PROXY" "$XDISPLAY" "$COUNT" &
pids+=($!)
for _ in $(seq 100); do [[ -s $COUNT ]] && break; sleep 0.1; done

DISPLAY=127.0.0.1:$PROXY QT_XCB_NO_MITSHM=1 unshare -m sh -c \
  'mount --bind "$1" /proc/meminfo && shift && exec "$@"' sh "$meminfo" \
  "$BUILD/app/charon-manager" --user >"$OUT/window.log" 2>&1 &
pids+=($!)

# "sent received": the counter's running totals, one line a second.
totals() { tail -n 1 "$COUNT" | cut -d' ' -f2-; }
# Until QUIET seconds pass without a byte either way (at most two minutes).
wait_quiet() {
  local last="" now same=0 waited=0
  while ((same < QUIET)); do
    sleep 1
    now=$(totals)
    if [[ $now == "$last" ]]; then ((++same)); else same=0; last=$now; fi
    if ((++waited > 120)); then echo "bench-x11-bytes: never quiet" >&2; break; fi
  done
}
table=$OUT/summary.md
{
  echo "| scenario | sent to X (bytes) | received (bytes) |"
  echo "|---|---:|---:|"
} > "$table"
n=0
record() { # NAME BEFORE AFTER [DIVISOR]
  local name=$1 before=($2) after=($3) div=${4:-1}
  printf '| %s | %d | %d |\n' "$name" $(((after[0] - before[0]) / div)) \
    $(((after[1] - before[1]) / div)) | tee -a "$table"
  ((++n))
  import -window root "$OUT/$(printf '%02d' "$n")-${name//[^a-zA-Z0-9]/-}.png"
}
# A scenario that ends when the window is quiet again.
measure() { # NAME COMMAND...
  local name=$1 before
  shift
  wait_quiet
  before=$(totals)
  echo "$(date +%T.%N) $name" >> "$OUT/timeline.txt"
  "$@"
  wait_quiet
  record "$name" "$before" "$(totals)"
}
# A scenario over a fixed time, per second when asked.
measure_for() { # NAME SECONDS per-second|total
  local before
  before=$(totals)
  echo "$(date +%T.%N) $1" >> "$OUT/timeline.txt"
  sleep "$2"
  record "$1" "$before" "$(totals)" "$([[ $3 == per-second ]] && echo "$2" || echo 1)"
}

echo "waiting for the window..." >&2
xdotool search --sync --onlyvisible --class charon-manager >/dev/null
wait_quiet
before=$(totals)
record "window start-up (not a target)" "0 0" "$before"
wait_quiet
measure_for "idle ${IDLE} s, table only" "$IDLE" total

# The header samples memory every 5 s: a sample that changes by 4 KiB (the text stays "8.0 GB
# free"), then one that changes what is shown.
header_sample() { set_memory "$1"; sleep 6; }
measure "memory sample changes, shown text does not" header_sample 8388604
measure "memory figure shown changes (8.0 to 7.5 GB free)" header_sample 7864320

systemctl_start() { systemctl --user start "$@"; }
systemctl_stop() { systemctl --user stop "$@"; }
measure "one state change, row not selected (start mpe-fin)" \
  systemctl_start charon-guest-mpe-fin.service
measure "one state change, row not selected (stop mpe-fin)" \
  systemctl_stop charon-guest-mpe-fin.service

# One state change at a time: mpe-fin held in ACTIVATING by a start-post step (after its
# emulator is up) and in DEACTIVATING by a stop-post step, each waiting on a FIFO until the
# benchmark writes to it. Held in a changing state, its spinner turns (one small icon per
# frame, about 7.5 KB/s): the change into it is counted over the first HELD counter seconds
# (the change itself is painted within a few hundred milliseconds), less the spinner's bytes
# per second over the next SPINNER seconds times HELD.
hold_unit=$(bench_unit mpe-fin)
hold=$BASE/hold
mkfifo "$hold"
hold_dropin=$(systemctl --user show -P FragmentPath "$hold_unit").d/zz-bench-hold.conf
mkdir -p "$(dirname "$hold_dropin")"
cat > "$hold_dropin" <<UNIT
[Service]
ExecStartPost=/bin/sh -c 'read -r _ < $hold'
ExecStopPost=/bin/sh -c 'read -r _ < $hold'
UNIT
systemctl --user daemon-reload
# Until the counter writes its next line (once a second): its totals then.
tick() {
  local lines
  lines=$(wc -l < "$COUNT")
  while (($(wc -l < "$COUNT") == lines)); do sleep 0.05; done
  totals
}
HELD=${HELD:-2}
SPINNER=${SPINNER:-8}
# NAME COMMAND...: a change into a held, changing state; also prints the spinner per second.
measure_held() {
  local name=$1 t0 t1 t2 a b c
  shift
  wait_quiet
  t0=$(tick)
  echo "$(date +%T.%N) $name" >> "$OUT/timeline.txt"
  "$@"
  for _ in $(seq "$HELD"); do t1=$(tick); done
  for _ in $(seq "$SPINNER"); do t2=$(tick); done
  a=($t0) b=($t1) c=($t2)
  record "$name" "0 0" "$((b[0] - a[0] - (c[0] - b[0]) * HELD / SPINNER)) \
$((b[1] - a[1] - (c[1] - b[1]) * HELD / SPINNER))"
  record "spinner while held, per second (not a state change)" "$t1" "$t2" "$SPINNER"
}
# NAME: the change out of the held state, counted from a counter second until quiet (the
# spinner's frames between that second and the new state, a frame or two, included).
measure_release() {
  local name=$1 before
  before=$(tick)
  echo "$(date +%T.%N) $name" >> "$OUT/timeline.txt"
  timeout 10 sh -c 'echo go > "$1"' sh "$hold" || echo "bench-x11-bytes: $hold_unit not held" >&2
  wait_quiet
  record "$name" "$before" "$(totals)"
}
systemctl_start_held() { systemctl --user start --no-block "$hold_unit"; }
systemctl_stop_held() { systemctl --user stop --no-block "$hold_unit"; }
measure_held "one transition: INACTIVE to ACTIVATING (mpe-fin, held)" systemctl_start_held
measure_release "one transition: ACTIVATING to ACTIVE (mpe-fin released)"
measure_held "one transition: ACTIVE to DEACTIVATING (mpe-fin, held)" systemctl_stop_held
measure_release "one transition: DEACTIVATING to INACTIVE (mpe-fin released)"
rm -f "$hold_dropin"
systemctl --user daemon-reload
wait_quiet

# Ten more guests, named to sort after the demo's (the clicks below aim at the demo's rows).
workers=()
for i in $(seq 1 10); do
  name=$(printf 'worker-%02d' "$i")
  dir=$BASE/guests/$name
  mkdir -p "$dir"
  {
    echo "# charon-guest-sim: pace=0"
    sed -e "s/^console.port = .*/console.port = \"$((BENCH_PORT_BASE + 10 + i))\"/" \
        -e "s/^log_file = .*/log_file = \"$name.log\"/" \
        -e "s/^license_id .*/license_id \"$name\"/" \
        -e "/charon-demo0/d" \
        "$SRC/resources/demo/hpux-prod.cfg"
  } > "$dir/$name.cfg"
  "$BUILD/app/charon-vm" --user add --name "$name" --emulator "$BUILD/sim/charon-guest-sim" \
    --config "$dir/$name.cfg" --workdir "$dir" >/dev/null
  workers+=("$(bench_unit "$name")")
done
measure "ten state changes at once (start ten)" systemctl_start "${workers[@]}"
measure "ten state changes at once (stop ten)" systemctl_stop "${workers[@]}"

# Rows of the table (window at the top left, no window manager): hpux-prod first, vms-ops third.
click_row() { # ROW (1-based)
  xdotool mousemove 90 $((146 + (${1} - 1) * 22)) click 1
}
# The keyboard focus into the table first, by a click below its rows: a table gaining or
# losing the focus repaints all its rows (QAbstractItemView::focusInEvent), which is not what
# a click on a row costs once the table has the focus (as it has when a window manager
# activates the window; this Xvfb has none).
focus_table() { xdotool mousemove 500 640 click 1; }
measure "the focus into the table (not a target)" focus_table
measure "opening the details of a guest (click hpux-prod)" click_row 1

open_console() { xdotool key Return; sleep 2; }
measure "opening a console tab (hpux-prod, not a target)" open_console
type_line() { xdotool type --delay 60 "$1"; sleep 0.5; xdotool key Return; }
log_in() { type_line operator; sleep 1; type_line demo; }
measure "logging in (not a target)" log_in
wait_quiet
measure_for "console tab idle ${IDLE} s" "$IDLE" total
xdotool type --delay 60 "ls -l /"
measure "console receiving a screenful (ls -l /, Return pressed)" xdotool key Return

# vms-ops' console held by another client: its tab says so and retries (backoff up to 10 s).
exec 3<>"/dev/tcp/127.0.0.1/$((BENCH_PORT_BASE + 3))"
sleep 1
xdotool key ctrl+shift+l # back to the table
sleep 1
click_row 3
sleep 1
xdotool key Return # its tab warns that a console key halts vms-ops: "Connect anyway" has the focus
sleep 2
xdotool key space
sleep "$RETRY_WARMUP"
measure_for "console tab reconnecting, per second (over ${IDLE} s)" "$IDLE" per-second
exec 3<&-

echo "results in $OUT" >&2
