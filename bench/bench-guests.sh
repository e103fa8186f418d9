# Sourced by the bench drivers: a private, real systemd --user manager (tests/harness/
# systemd-harness) holding N simulated guests added with `charon-vm --user add`, half of them
# running. Each guest has its own directory and configuration (resources/demo/hpux-prod.cfg
# with its own console port and log file, boot text at pace 0).
#
# Needs: SRC (source tree), BUILD (build tree). Sets BASE and the client environment.
# Functions: bench_start_manager, bench_grow_guests N, bench_unit NAME, bench_guest_name I.

BENCH_PORT_BASE=${BENCH_PORT_BASE:-21000}
BENCH_GUESTS=0

bench_guest_name() { printf 'bench-%03d' "$1"; }
bench_unit() { printf 'charon-guest-%s.service' "$1"; }

bench_start_manager() {
  BASE=$(mktemp -d /tmp/chb-XXXXXX)
  trap bench_stop_manager EXIT
  "$SRC/tests/harness/systemd-harness" start "$BASE" >&2 || exit 1
  if [[ -f $BASE/skip-reason ]]; then
    echo "bench: no systemd manager: $(cat "$BASE/skip-reason")" >&2
    exit 1
  fi
  eval "$("$SRC/tests/harness/systemd-harness" env "$BASE")"
  mkdir -p "$BASE/guests"
}

bench_stop_manager() {
  [[ -n ${BASE:-} ]] || return 0
  "$SRC/tests/harness/systemd-harness" stop "$BASE" >&2
  rm -rf "$BASE"
}

# Writes guest I's configuration and adds it (not started).
bench_add_guest() {
  local i=$1 name dir
  name=$(bench_guest_name "$i")
  dir=$BASE/guests/$name
  mkdir -p "$dir"
  {
    echo "# charon-guest-sim: pace=0"
    sed -e "s/^console.port = .*/console.port = \"$((BENCH_PORT_BASE + i))\"/" \
        -e "s/^log_file = .*/log_file = \"$name.log\"/" \
        -e "s/^license_id .*/license_id \"$name\"/" \
        -e "s/charon-demo0/chb$i/" \
        "$SRC/resources/demo/hpux-prod.cfg"
  } > "$dir/$name.cfg"
  "$BUILD/app/charon-vm" --user add --name "$name" --emulator "$BUILD/sim/charon-guest-sim" \
    --config "$dir/$name.cfg" --workdir "$dir" >/dev/null \
    || { echo "bench: adding $name failed" >&2; exit 1; }
}

# Grows the set to N guests (bench-001..N) with the first N/2 running.
bench_grow_guests() {
  local n=$1 i
  for ((i = BENCH_GUESTS + 1; i <= n; i++)); do bench_add_guest "$i"; done
  local -a start=()
  for ((i = 1; i <= n / 2; i++)); do start+=("$(bench_unit "$(bench_guest_name "$i")")"); done
  [[ ${#start[@]} -gt 0 ]] && systemctl --user start "${start[@]}"
  BENCH_GUESTS=$n
  local active
  active=$(systemctl --user list-units 'charon-guest-*' --state=active --no-legend | wc -l)
  if [[ $active -ne $((n / 2)) ]]; then
    echo "bench: $active guests active, expected $((n / 2))" >&2
    systemctl --user list-units 'charon-guest-*' --state=failed --no-pager >&2
    exit 1
  fi
}
