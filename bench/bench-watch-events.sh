#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Charon Manager authors
# SPDX-License-Identifier: GPL-2.0-or-later
# Watching benchmark driver: a private real systemd manager with GUESTS simulated guests (half
# running, each following its emulator log), then bench_watch_events (offscreen): the time from
# a license line written to a guest's log to the window's event (median / worst of CYCLES), and
# what an idle window watching them does in IDLE seconds (D-Bus messages, timers, wakeups).
#
#   bench/bench-watch-events.sh            env: BUILD (build), GUESTS (100), CYCLES (50), IDLE (10)
set -euo pipefail
SRC=$(cd "$(dirname "$0")/.." && pwd)
BUILD=$(realpath "${BUILD:-$SRC/build}")
GUESTS=${GUESTS:-100}
CYCLES=${CYCLES:-50}
IDLE=${IDLE:-10}
bin=$BUILD/bench/bench_watch_events
for f in "$bin" "$BUILD/app/charon-vm" "$BUILD/sim/charon-guest-sim"; do
  [[ -x $f ]] || { echo "build $(basename "$f") first" >&2; exit 1; }
done
# shellcheck source=bench/bench-guests.sh
source "$SRC/bench/bench-guests.sh"
bench_start_manager
bench_grow_guests "$GUESTS"
export QT_QPA_PLATFORM=offscreen
# Its own settings file: the bench must not read or write the user's.
export XDG_CONFIG_HOME=$BASE/bench-config
# No desktop notifications: the bench's bus has no notification daemon, and the latency cycles'
# notifications would still be waiting for one (and time out) during the idle measurement.
mkdir -p "$XDG_CONFIG_HOME/charon-manager"
{
  echo "[notify]"
  for k in started stopped failed restarting job-failed manager-lost manager-back license-found \
           license-lost license-restored license-missing license-expiring license-expired \
           shutdown-warning os-answers os-no-answer os-probe-error; do echo "$k=false"; done
} > "$XDG_CONFIG_HOME/charon-manager/charon-manager.conf"
echo "guests: $GUESTS ($((GUESTS / 2)) running), load $(cut -d' ' -f1-3 /proc/loadavg)" >&2
"$bin" --guest "$(bench_guest_name 1)" --cycles "$CYCLES" --idle "$IDLE"
echo "load_1min $(cut -d' ' -f1 /proc/loadavg)"
