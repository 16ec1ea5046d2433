#!/usr/bin/env bash
# Measures the dashboard's performance budget on this machine and prints each figure with the
# command that reruns it:
#   - one frame of a 100,000-session table renders in < 16 ms (release build);
#   - 100,000 sessions fit in < 200 MB resident;
#   - idle: the process blocks between ticks (CPU < 0.5% of a core over 30 s) and a
#     once-a-second clock/age tick writes < 64 bytes to the terminal (measured per frame:
#     bytes that arrive together, whatever second they fall in).
# Usage: scripts/bench.sh            (IDLE_SECONDS=30 by default)
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD=${BUILD:-.build-bench}
IDLE_SECONDS=${IDLE_SECONDS:-30}
echo "building release into $BUILD (first time: several minutes)…"
swift build -c release --scratch-path "$BUILD" --product g2a-dash >"$BUILD.log" 2>&1 || { tail -20 "$BUILD.log"; exit 1; }
BIN="$(pwd)/$BUILD/release/g2a-dash"
work=$(mktemp -d)
sock="g2a-bench-$$"
pids=()
cleanup() {
  tmux -L "$sock" kill-server 2>/dev/null || true
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT

wait_for() { # wait_for DESCRIPTION TIMEOUT COMMAND… — polls a condition, at most TIMEOUT seconds
  local what=$1 limit=$2; shift 2
  local end=$((SECONDS + limit))
  until "$@"; do
    if [ $SECONDS -ge $end ]; then echo "timed out waiting for $what" >&2; exit 1; fi
    sleep 0.2
  done
}

start_sim() { # start_sim OUTFILE ARGS… — starts a simulator and sets $url to its base URL
  # Not called as $(start_sim …): a subshell would lose the pid and leave the simulator running.
  local out=$1; shift
  "$BIN" sim --port 0 --token bench --churn 0 "$@" >"$out" 2>/dev/null &
  pids+=($!)
  wait_for "simulator" 120 grep -q '^base-url: ' "$out"
  url=$(sed -n 's/^base-url: //p' "$out")
}

cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }

echo
echo "== render: one frame of a 100,000-session table =="
echo "\$ $BIN bench-render --sessions 100000"
"$BIN" bench-render --sessions 100000 --frames 50

echo
echo "== idle: bytes written and CPU with nothing changing =="
start_sim "$work/sim1" --sessions 200
mkdir -p "$work/home/config"
tmux -L "$sock" -f /dev/null new-session -d -s idle -x 120 -y 40 \
  "exec env -i PATH=/usr/bin:/bin HOME=$work/home XDG_CONFIG_HOME=$work/home/config XDG_STATE_HOME=$work/home/state LANG=C.UTF-8 TERM=screen-256color G2A_TOKEN=bench $BIN --base-url $url"
tmux -L "$sock" pipe-pane -o -t idle "cat >> $work/bytes"
pid=$(tmux -L "$sock" display-message -p -t idle '#{pane_pid}')
wait_for "first frame" 60 sh -c "tmux -L $sock capture-pane -p -t idle | grep -q 'updated'"
# let the first refresh of every pane land before measuring
wait_for "settled" 60 sh -c "[ \$(tmux -L $sock capture-pane -p -t idle | grep -o 'updated' | wc -l) -ge 3 ]"
b0=$(stat -c %s "$work/bytes"); c0=$(cpu_ticks "$pid"); t0=$(date +%s.%N)
# The file is sampled every millisecond; bytes that arrive together (no 5 ms pause) are one
# frame, i.e. one repaint. The largest is what one tick (or one refresh) wrote, whichever
# second it fell in. (Two panes refreshed together repaint twice, a few ms apart.)
max=$(python3 - "$work/bytes" "$IDLE_SECONDS" <<'PY'
import os, sys, time
path, seconds = sys.argv[1], float(sys.argv[2])
end = time.monotonic() + seconds
size = os.path.getsize(path); frame = 0; last_growth = None; largest = 0
while time.monotonic() < end:
    time.sleep(0.001)
    now, new = time.monotonic(), os.path.getsize(path)
    if new > size:
        if last_growth is not None and now - last_growth > 0.005:
            frame = 0
        frame += new - size; size = new; last_growth = now
        largest = max(largest, frame)
print(largest)
PY
)
b1=$(stat -c %s "$work/bytes"); c1=$(cpu_ticks "$pid"); t1=$(date +%s.%N)
hz=$(getconf CLK_TCK)
awk -v b=$((b1 - b0)) -v c=$((c1 - c0)) -v hz="$hz" -v t0="$t0" -v t1="$t1" -v max="$max" -v n="$IDLE_SECONDS" 'BEGIN {
  secs = t1 - t0
  printf "bytes written over %d s idle: %d (%.1f per second; the largest single repaint wrote %d; budget: < 64 per tick)\n", n, b, b / secs, max
  printf "CPU while idle: %.3f%% of one core (budget: < 0.5%%)\n", 100 * c / hz / secs
}'
echo "\$ IDLE_SECONDS=$IDLE_SECONDS scripts/bench.sh   # idle section"

echo
echo "== memory: the dashboard holding 100,000 sessions =="
start_sim "$work/sim2" --sessions 100000
printf 'session_window = "30d"\n' > "$work/home/config/g2a-dash-config.toml"
mkdir -p "$work/home/config/g2a-dash" && mv "$work/home/config/g2a-dash-config.toml" "$work/home/config/g2a-dash/config.toml"
tmux -L "$sock" new-session -d -s big -x 120 -y 40 \
  "exec env -i PATH=/usr/bin:/bin HOME=$work/home XDG_CONFIG_HOME=$work/home/config XDG_STATE_HOME=$work/home/state LANG=C.UTF-8 TERM=screen-256color G2A_TOKEN=bench $BIN --base-url $url"
pid=$(tmux -L "$sock" display-message -p -t big '#{pane_pid}')
wait_for "100,000 rows" 180 sh -c "tmux -L $sock capture-pane -p -t big | grep -qE 'Sessions \\((9[0-9]{4}|1[0-9]{5})\\)'"
rows=$(tmux -L "$sock" capture-pane -p -t big | grep -oE 'Sessions \([0-9]+\)' | head -1)
rss=$(awk '/VmRSS/ {print int($2/1024)}' "/proc/$pid/status")
echo "$rows on screen; resident memory of the dashboard: $rss MB (budget: < 200 MB)"
echo "\$ scripts/bench.sh   # memory section"
