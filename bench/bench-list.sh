#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Charon Manager authors
# SPDX-License-Identifier: GPL-2.0-or-later
# Guest list benchmark: `charon-vm --user list` (table and --json) against the floor
# (`systemctl --user list-units 'charon-guest-*'`, one D-Bus round trip) and against the
# toolkit's way (one `systemctl show` per guest), in the same hyperfine run, whole-process times,
# for 10, 50, 100 and 200 guests with half of them running, on a private real systemd manager.
# Also timed in the same run: `charon-vm --version` (the process start-up alone) and the list
# without the summary cache (XDG_CACHE_HOME made unusable: every configuration parsed).
# The cache is filled by the warm-up runs, as by any earlier `charon-vm list`.
#
#   bench/bench-list.sh [OUT_DIR]      (default OUT_DIR: build/bench-results/list)
#   env: BUILD (build tree, default build), SIZES ("10 50 100 200"), RUNS (20), WARMUP (3),
#        COMPARE_VM (another charon-vm binary, e.g. an older build: its list and list --json
#        timed too, last, with a summary cache of their own),
#        ROUNDS (10), PAIR_RUNS (5)
# Writes OUT_DIR/list-N.md and list-N.json (hyperfine exports) and prints a summary table of
# medians on stdout.
#
# hyperfine times one command after the other, so on a shared machine whose load changes within
# a minute the two sides of a ratio can meet different loads. The ratio column therefore comes
# from ROUNDS short hyperfine runs of the two commands alone (PAIR_RUNS each, the order swapped
# every round), all times pooled: "list / floor" is the median of every list run over the median
# of every floor run, and the CPU column is the same for user + system time.
set -euo pipefail
SRC=$(cd "$(dirname "$0")/.." && pwd)
BUILD=$(realpath "${BUILD:-$SRC/build}")
OUT=$(realpath -m "${1:-$BUILD/bench-results/list}")
SIZES=${SIZES:-"10 50 100 200"}
RUNS=${RUNS:-20}
WARMUP=${WARMUP:-3}
ROUNDS=${ROUNDS:-10}
PAIR_RUNS=${PAIR_RUNS:-5}
mkdir -p "$OUT"
for tool in hyperfine jq; do command -v $tool >/dev/null || { echo "needs $tool" >&2; exit 1; }; done
[[ -x $BUILD/app/charon-vm && -x $BUILD/sim/charon-guest-sim ]] \
  || { echo "build charon-vm and charon-guest-sim first" >&2; exit 1; }

# shellcheck source=bench/bench-guests.sh
source "$SRC/bench/bench-guests.sh"
bench_start_manager

# COMPARE_VM gets a summary cache of its own: the cache's fingerprint includes the executable,
# so two builds sharing one would invalidate each other's on every switch.
compare=()
if [[ -n ${COMPARE_VM:-} ]]; then
  mkdir -p "$OUT/compare-cache"
  compare=(-n "charon-vm list (COMPARE_VM)" "XDG_CACHE_HOME=$OUT/compare-cache $COMPARE_VM --user list"
    -n "charon-vm list --json (COMPARE_VM)" "XDG_CACHE_HOME=$OUT/compare-cache $COMPARE_VM --user list --json")
fi

summary=$OUT/summary.md
{
  echo "| guests | charon-vm list | systemctl list-units (floor) | list / floor | CPU list / floor | charon-vm --version | list, no cache | charon-vm list --json | systemctl show loop | load (1 min) |${COMPARE_VM:+ COMPARE_VM list | COMPARE_VM list --json |}"
  echo "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|${COMPARE_VM:+---:|---:|}"
} > "$summary"
# A regular file where the cache directory would be: no cache can be read or written there.
nocache=$OUT/no-cache
: > "$nocache"

for n in $SIZES; do
  bench_grow_guests "$n"
  units=$OUT/units-$n.txt
  systemctl --user list-unit-files 'charon-guest-*' --no-legend | awk '{print $1}' > "$units"
  listed=$(systemctl --user list-units 'charon-guest-*' --all --no-legend | wc -l)
  # The summary cache does not store a file changed less than 2 s before it is read (a second
  # change within the timestamp granularity could go unseen): let the new configurations age.
  sleep 2
  load=$(cut -d' ' -f1 /proc/loadavg)
  echo "== $n guests ($(wc -l < "$units") unit files, list-units --all shows $listed), load $load" >&2
  hyperfine --style basic --warmup "$WARMUP" --runs "$RUNS" \
    --export-markdown "$OUT/list-$n.md" --export-json "$OUT/list-$n.json" \
    -n "charon-vm list" "$BUILD/app/charon-vm --user list" \
    -n "systemctl list-units" "systemctl --user list-units 'charon-guest-*' --all --no-pager" \
    -n "charon-vm --version" "$BUILD/app/charon-vm --version" \
    -n "charon-vm list, no cache" "XDG_CACHE_HOME=$nocache $BUILD/app/charon-vm --user list" \
    -n "charon-vm list --json" "$BUILD/app/charon-vm --user list --json" \
    -n "systemctl show loop" "while read -r u; do systemctl --user show \"\$u\" >/dev/null; done < $units" \
    "${compare[@]}" \
    >&2
  # The ratio: the two alone, interleaved (see the header), times pooled.
  list_cmd="$BUILD/app/charon-vm --user list"
  floor_cmd="systemctl --user list-units 'charon-guest-*' --all --no-pager"
  for ((r = 1; r <= ROUNDS; r++)); do
    if ((r % 2)); then pair=(-n list "$list_cmd" -n floor "$floor_cmd"); else pair=(-n floor "$floor_cmd" -n list "$list_cmd"); fi
    hyperfine --style none --warmup 1 --runs "$PAIR_RUNS" --export-json "$OUT/pair-$n-$r.json" \
      "${pair[@]}" >/dev/null
  done
  load_after=$(cut -d' ' -f1 /proc/loadavg)
  pooled() { # NAME FIELD: the median over every round of one command's per-run values, in ms
    jq -s --arg name "$1" "[.[].results[] | select(.command == \$name) | $2] | sort | .[length / 2 | floor] * 10000 | round / 10" \
      "$OUT"/pair-"$n"-*.json
  }
  wall_list=$(pooled list '.times[]')
  wall_floor=$(pooled floor '.times[]')
  cpu_list=$(pooled list '(.user + .system)')
  cpu_floor=$(pooled floor '(.user + .system)')
  ratio=$(jq -n "$wall_list / $wall_floor * 100 | round / 100")
  cpu_ratio=$(jq -n "$cpu_list / $cpu_floor * 100 | round / 100")
  # Medians in ms of the full run, in the order of the commands above.
  mapfile -t med < <(jq -r '.results[].median * 1000 | . * 10 | round / 10' "$OUT/list-$n.json")
  echo "| $n | $wall_list ms | $wall_floor ms | **${ratio}x** | ${cpu_ratio}x | ${med[2]} ms | ${med[3]} ms | ${med[4]} ms | ${med[5]} ms | $load → $load_after |${COMPARE_VM:+ ${med[6]:-} ms | ${med[7]:-} ms |}" >> "$summary"
  echo "$n guests, interleaved: charon-vm list $wall_list ms, systemctl list-units $wall_floor ms: ${ratio}x (CPU: $cpu_list / $cpu_floor ms = ${cpu_ratio}x)" >&2
done
cat "$summary"
