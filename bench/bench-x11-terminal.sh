#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Charon Manager authors
# SPDX-License-Identifier: GPL-2.0-or-later
# X11 bytes of terminal scrolling: an Xvfb listening on TCP, ../shared/tools/x11-byte-counter
# between it and a fake display, and bench_terminal_x11 on that display with
# QT_XCB_NO_MITSHM=1 (as over ssh -X: no shared memory, every repaint travels as pixels).
#
#   bench/bench-x11-terminal.sh            env: BUILD (default build), COUNTER (the counter),
#                                          DISPLAY_NO (67: Xvfb on :67, the counter on :68)
set -euo pipefail
SRC=$(cd "$(dirname "$0")/.." && pwd)
BUILD=$(realpath "${BUILD:-$SRC/build}")
COUNTER=${COUNTER:-$SRC/../shared/tools/x11-byte-counter}
n=${DISPLAY_NO:-67}
bin=$BUILD/bench/bench_terminal_x11
[[ -x $bin ]] || { echo "build bench_terminal_x11 first" >&2; exit 1; }
[[ -x $COUNTER ]] || { echo "no x11-byte-counter at $COUNTER (set COUNTER)" >&2; exit 1; }
command -v Xvfb > /dev/null || { echo "Xvfb is not installed" >&2; exit 1; }
tmp=$(mktemp -d)
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2> /dev/null || true; done
  rm -rf "$tmp"
}
trap cleanup EXIT
Xvfb ":$n" -listen tcp -ac -screen 0 1400x900x24 -nolisten unix 2> "$tmp/xvfb.log" &
pids+=($!)
"$COUNTER" $((n + 1)) "$n" "$tmp/bytes.txt" &
pids+=($!)
for _ in $(seq 50); do
  [[ -s $tmp/bytes.txt ]] && DISPLAY=127.0.0.1:$n xdpyinfo > /dev/null 2>&1 && break
  sleep 0.1
done
DISPLAY=127.0.0.1:$((n + 1)) QT_XCB_NO_MITSHM=1 QT_QPA_PLATFORM=xcb \
  "$bin" --counter "$tmp/bytes.txt"
