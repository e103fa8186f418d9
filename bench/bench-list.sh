#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Charon Manager authors
# SPDX-License-Identifier: GPL-2.0-or-later
# Guest list benchmark: `charon-vm --user list` (table and --json) against the floor
# (`systemctl --user list-units 'charon-guest-*'`, one D-Bus round trip) and against the
# toolkit's way (one `systemctl show` per guest), in the same hyperfine run, whole-process times,
# for 10, 50, 100 and 200 guests with half of them running, on a private real systemd manager.
#
#   bench/bench-list.sh [OUT_DIR]      (default OUT_DIR: build/bench-results/list)
#   env: BUILD (build tree, default build), SIZES ("10 50 100 200"), RUNS (20), WARMUP (3),
#        COMPARE_VM (another charon-vm binary, e.g. an older build: timed too, last)
# Writes OUT_DIR/list-N.md and list-N.json (hyperfine exports) and prints a summary table of
# medians on stdout.
set -euo pipefail
SRC=$(cd "$(dirname "$0")/.." && pwd)
BUILD=$(realpath "${BUILD:-$SRC/build}")
OUT=$(realpath -m "${1:-$BUILD/bench-results/list}")
SIZES=${SIZES:-"10 50 100 200"}
RUNS=${RUNS:-20}
WARMUP=${WARMUP:-3}
mkdir -p "$OUT"
for tool in hyperfine jq; do command -v $tool >/dev/null || { echo "needs $tool" >&2; exit 1; }; done
[[ -x $BUILD/app/charon-vm && -x $BUILD/sim/charon-guest-sim ]] \
  || { echo "build charon-vm and charon-guest-sim first" >&2; exit 1; }

# shellcheck source=bench/bench-guests.sh
source "$SRC/bench/bench-guests.sh"
bench_start_manager

compare=()
[[ -n ${COMPARE_VM:-} ]] && compare=(-n "charon-vm list (COMPARE_VM)" "$COMPARE_VM --user list")

summary=$OUT/summary.md
{
  echo "| guests | charon-vm list | charon-vm list --json | systemctl list-units (floor) | systemctl show loop | list / floor | load (1 min) |${COMPARE_VM:+ COMPARE_VM list |}"
  echo "|---:|---:|---:|---:|---:|---:|---:|${COMPARE_VM:+---:|}"
} > "$summary"

for n in $SIZES; do
  bench_grow_guests "$n"
  units=$OUT/units-$n.txt
  systemctl --user list-unit-files 'charon-guest-*' --no-legend | awk '{print $1}' > "$units"
  listed=$(systemctl --user list-units 'charon-guest-*' --all --no-legend | wc -l)
  load=$(cut -d' ' -f1 /proc/loadavg)
  echo "== $n guests ($(wc -l < "$units") unit files, list-units --all shows $listed), load $load" >&2
  hyperfine --style basic --warmup "$WARMUP" --runs "$RUNS" \
    --export-markdown "$OUT/list-$n.md" --export-json "$OUT/list-$n.json" \
    -n "charon-vm list" "$BUILD/app/charon-vm --user list" \
    -n "charon-vm list --json" "$BUILD/app/charon-vm --user list --json" \
    -n "systemctl list-units" "systemctl --user list-units 'charon-guest-*' --all --no-pager" \
    -n "systemctl show loop" "while read -r u; do systemctl --user show \"\$u\" >/dev/null; done < $units" \
    "${compare[@]}" \
    >&2
  load_after=$(cut -d' ' -f1 /proc/loadavg)
  # Medians in ms, in the order of the commands above.
  mapfile -t med < <(jq -r '.results[].median * 1000 | . * 10 | round / 10' "$OUT/list-$n.json")
  ratio=$(jq -r '(.results[0].median / .results[2].median) * 100 | round / 100' "$OUT/list-$n.json")
  echo "| $n | ${med[0]} ms | ${med[1]} ms | ${med[2]} ms | ${med[3]} ms | ${ratio}x | $load → $load_after |${COMPARE_VM:+ ${med[4]:-} ms |}" >> "$summary"
done
cat "$summary"
