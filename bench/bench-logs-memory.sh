#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Charon Manager authors
# SPDX-License-Identifier: GPL-2.0-or-later
# Logs window memory benchmark: a private systemd --user manager WITH its own systemd-journald
# (tests/harness/systemd-harness, CHARON_HARNESS_JOURNAL=1), a unit that writes LINES lines to
# its stdout (the journal) and to its emulator log, and bench_logs_memory following both in the
# real LogsWindow (offscreen). Prints the program's "key value" lines.
#
#   bench/bench-logs-memory.sh          env: BUILD (default build), LINES (100000)
set -euo pipefail
SRC=$(cd "$(dirname "$0")/.." && pwd)
BUILD=$(realpath "${BUILD:-$SRC/build}")
LINES=${LINES:-100000}
bin=$BUILD/bench/bench_logs_memory
[[ -x $bin ]] || { echo "build bench_logs_memory first" >&2; exit 1; }
BASE=${BENCH_BASE:-/tmp/charon-bench-logs}
harness=$SRC/tests/harness/systemd-harness
CHARON_HARNESS_JOURNAL=1 "$harness" start "$BASE" >&2
trap '"$harness" stop "$BASE" >&2' EXIT
[[ ! -f $BASE/skip-reason ]] || { echo "no manager: $(cat "$BASE/skip-reason")" >&2; exit 1; }
eval "$("$harness" env "$BASE")"
[[ -n ${CHARON_JOURNAL_DIRECTORY:-} ]] || { echo "the harness started no journald" >&2; exit 1; }
unit=charon-guest-bench-logs.service
log=$BASE/emulator.log
: > "$log"
mkdir -p "$XDG_CONFIG_HOME/systemd/user"
# The harness's journald has no rate limit: every line arrives. The lines come from the main
# process itself (a pipeline's short-lived helpers exit before journald can name their unit).
# ($$ is a literal $ in a unit file.)
cat > "$XDG_CONFIG_HOME/systemd/user/$unit" <<UNIT
[Service]
ExecStart=/bin/sh -c 'exec 3>>$log; i=0; while [ \$\$i -lt $LINES ]; do i=\$\$((i+1)); echo bench-line-\$\$i; echo bench-line-\$\$i >&3; done; exec sleep 1000'
UNIT
systemctl --user daemon-reload
cat "$XDG_CONFIG_HOME/systemd/user/$unit" >&2
"$bin" "$unit" "$log" "$LINES"
echo "journal_bytes $(du -sb "$CHARON_JOURNAL_DIRECTORY" | cut -f1)"
echo "log_bytes $(stat -c %s "$log")"
