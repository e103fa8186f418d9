#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Charon Manager authors
# SPDX-License-Identifier: GPL-2.0-or-later
# Main window benchmark driver: a private real systemd manager with GUESTS simulated guests
# (half running), then bench_main_window (offscreen) run STARTUP_RUNS times for the startup
# time and memory alone, and FULL_RUNS times with the idle count and the latency cycles.
#
#   bench/bench-main-window.sh [OUT_DIR]     (default OUT_DIR: build/bench-results/main-window)
#   env: BUILD (default build), GUESTS (200), STARTUP_RUNS (9), FULL_RUNS (3), IDLE (10 s),
#        CYCLES (50 start/stop cycles), COMPARE_BIN (another build's bench_main_window, e.g.
#        main's: each startup run is followed by one of it, keys prefixed "compare_")
# Writes OUT_DIR/startup-K.txt and full-K.txt (the program's "key value" lines) and prints,
# for every key, the median and the worst over the runs. Reference, in the same run: right
# after each startup run, one `systemctl --user list-units 'charon-guest-*' --no-pager` against
# the same manager, timed the same way (exec to exit): systemctl_list_units_ms, and the ratio
# populated_over_systemctl = exec_to_synced_rows_ms / systemctl_list_units_ms of that run.
set -euo pipefail
SRC=$(cd "$(dirname "$0")/.." && pwd)
BUILD=$(realpath "${BUILD:-$SRC/build}")
OUT=$(realpath -m "${1:-$BUILD/bench-results/main-window}")
GUESTS=${GUESTS:-200}
STARTUP_RUNS=${STARTUP_RUNS:-9}
FULL_RUNS=${FULL_RUNS:-3}
IDLE=${IDLE:-10}
CYCLES=${CYCLES:-50}
bin=$BUILD/bench/bench_main_window
for f in "$bin" "$BUILD/app/charon-vm" "$BUILD/sim/charon-guest-sim"; do
  [[ -x $f ]] || { echo "build $(basename "$f") first" >&2; exit 1; }
done
rm -rf "$OUT" && mkdir -p "$OUT"

# shellcheck source=bench/bench-guests.sh
source "$SRC/bench/bench-guests.sh"
bench_start_manager
bench_grow_guests "$GUESTS"
# The latency guest is one of the stopped half.
unit=$(bench_unit "$(bench_guest_name "$GUESTS")")
export QT_QPA_PLATFORM=offscreen

# BENCH_T0 is taken in the subshell that then execs the program: the program measures from it.
run() { (BENCH_T0=$EPOCHREALTIME exec "$bin" --guests "$GUESTS" --unit "$unit" "$@"); }
COMPARE_BIN=${COMPARE_BIN:-}
run_compare() {
  (BENCH_T0=$EPOCHREALTIME exec "$COMPARE_BIN" --guests "$GUESTS" --unit "$unit" --idle 0 --cycles 0) \
    | awk '{ print "compare_" $0 }'
}
# The reference: what systemd's own tool takes to list the same guests, exec to exit.
reference() {
  local t0=$EPOCHREALTIME
  systemctl --user list-units 'charon-guest-*' --no-pager > /dev/null
  local t1=$EPOCHREALTIME
  awk -v a="${t0/,/.}" -v b="${t1/,/.}" 'BEGIN { printf "systemctl_list_units_ms %.3f\n", (b - a) * 1000 }'
}
# Appends the reference and the ratio to a run's file.
add_reference() {
  reference >> "$1"
  awk '$1 == "exec_to_synced_rows_ms" { p = $2 } $1 == "systemctl_list_units_ms" { r = $2 }
       END { if (p > 0 && r > 0) printf "populated_over_systemctl %.2f\n", p / r }' "$1" >> "$1"
}

echo "warm-up run (not counted)" >&2
run --idle 0 --cycles 0 > "$OUT/warmup.txt"
for ((k = 1; k <= STARTUP_RUNS; k++)); do
  echo "startup run $k/$STARTUP_RUNS, load $(cut -d' ' -f1-3 /proc/loadavg)" >&2
  { run --idle 0 --cycles 0; echo "load_1min $(cut -d' ' -f1 /proc/loadavg)"; } > "$OUT/startup-$k.txt"
  add_reference "$OUT/startup-$k.txt"
  if [[ -n $COMPARE_BIN ]]; then
    run_compare >> "$OUT/startup-$k.txt"
    awk '$1 == "compare_exec_to_synced_rows_ms" { p = $2 } $1 == "systemctl_list_units_ms" { r = $2 }
         END { if (p > 0 && r > 0) printf "compare_populated_over_systemctl %.2f\n", p / r }' \
      "$OUT/startup-$k.txt" >> "$OUT/startup-$k.txt"
  fi
done
for ((k = 1; k <= FULL_RUNS; k++)); do
  echo "full run $k/$FULL_RUNS (idle ${IDLE}s, $CYCLES cycles), load $(cut -d' ' -f1-3 /proc/loadavg)" >&2
  { run --idle "$IDLE" --cycles "$CYCLES"; echo "load_1min $(cut -d' ' -f1 /proc/loadavg)"; } > "$OUT/full-$k.txt"
done

# key -> median and max over the runs that reported it.
summarize() {
  cat "$@" | LC_ALL=C sort -k1,1 -k2,2g | awk '
    function flush() {
      if (c == 0) return
      m = (c % 2) ? v[(c + 1) / 2] : (v[c / 2] + v[c / 2 + 1]) / 2
      printf "| %s | %.1f | %.1f | %d |\n", key, m, v[c], c
    }
    $1 != key { flush(); key = $1; c = 0 }
    { v[++c] = $2 }
    END { flush() }'
}
{
  echo "| measure | median | worst (max) | runs |"
  echo "|---|---:|---:|---:|"
  summarize "$OUT"/startup-*.txt "$OUT"/full-*.txt
} | tee "$OUT/summary.md"
