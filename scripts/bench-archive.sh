#!/usr/bin/env bash
# Measures `g2a-dash archive` against plain curl on the same recordings, over loopback:
#   - curl fetching every file (MP4, events, thumbnail) one after another: the baseline;
#   - `g2a-dash archive --parallel 1`: target ≥ 0.9× curl (it also hashes, fsyncs, renames);
#   - `g2a-dash archive --parallel 4`: target > curl.
# Each run writes into a fresh folder that is deleted afterwards; about SIZE_GB of disk is
# needed at a time. Usage: scripts/bench-archive.sh        (SIZE_GB=2 RECORDINGS=100 by default)
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD=${BUILD:-.build-bench}
RECORDINGS=${RECORDINGS:-100}
SIZE_GB=${SIZE_GB:-2}
echo "building release into $BUILD (first time: several minutes)…"
swift build -c release --scratch-path "$BUILD" --product g2a-dash >"$BUILD.log" 2>&1 || { tail -20 "$BUILD.log"; exit 1; }
BIN="$(pwd)/$BUILD/release/g2a-dash"
work=$(mktemp -d)
pids=()
cleanup() {
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

# About 68% of the generated recordings are ready for download and not archived; size them so
# those add up to about SIZE_GB.
avg_mb=$(awk -v gb="$SIZE_GB" -v n="$RECORDINGS" 'BEGIN { printf "%d", gb * 1000 / (n * 0.68) }')
sizes="$((avg_mb * 3 / 4))-$((avg_mb * 5 / 4))"
echo "free space: $(df -h "$work" | awk 'NR==2 {print $4}') in $work"
"$BIN" sim --port 0 --token bench --churn 0 --recordings "$RECORDINGS" --recording-size-mb "$sizes" \
  --rate-limit 1000 >"$work/sim" 2>/dev/null &
pids+=($!)
wait_for "simulator" 120 grep -q '^base-url: ' "$work/sim"
url=$(sed -n 's/^base-url: //p' "$work/sim")
export G2A_TOKEN=bench HOME="$work/home" XDG_CONFIG_HOME="$work/home/config" XDG_STATE_HOME="$work/home/state"

# The links, as the archiver gets them: ids from /archive/recordings, then /urls in one call.
ids=$("$BIN" recordings --base-url "$url" --days 60 --output csv | grep ',ready for download' | cut -d, -f1)
query=$(printf 'recordingIds=%s&' $ids)
curl -sf -H "Authorization: Bearer bench" "$url/archive/recordings/urls?${query%&}" | sed 's#\\/#/#g' >"$work/urls.json"
grep -oE '"(recordingUrl|eventsUrl|thumbnailUrl)":"[^"]*"' "$work/urls.json" | sed -E 's/^"[a-zA-Z]+":"//; s/"$//' >"$work/urls"
files=$(wc -l <"$work/urls")
echo "$(echo "$ids" | wc -w) recordings, $files files"

now() { date +%s.%N; }
mb_per_s() { awk -v b="$1" -v t0="$2" -v t1="$3" 'BEGIN { printf "%.1f", b / 1e6 / (t1 - t0) }'; }
folder_bytes() { find "$1" -type f ! -name manifest.jsonl -printf '%s\n' | awk '{ s += $1 } END { print s + 0 }'; }

echo
echo "== curl, one file after another =="
mkdir "$work/curl"
t0=$(now)
n=0
while read -r link; do
  n=$((n + 1))
  curl -sf -o "$work/curl/$n" "$link"
done <"$work/urls"
t1=$(now)
bytes=$(folder_bytes "$work/curl")
curl_rate=$(mb_per_s "$bytes" "$t0" "$t1")
echo "$bytes bytes in $(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.2f", b - a }') s: $curl_rate MB/s"
rm -rf "$work/curl"

archive() { # archive PARALLEL — prints MB/s
  local dest="$work/archive-$1" t0 t1 b
  t0=$(now)
  /usr/bin/time -f '%M' -o "$work/rss-$1" \
    "$BIN" archive --base-url "$url" --dest "$dest" --days 60 --parallel "$1" >"$work/archive-$1.out" 2>&1 \
    || { cat "$work/archive-$1.out" >&2; exit 1; }
  t1=$(now)
  b=$(folder_bytes "$dest")
  [ "$b" = "$bytes" ] || { echo "archive --parallel $1 wrote $b bytes, curl $bytes" >&2; exit 1; }
  rm -rf "$dest"
  mb_per_s "$b" "$t0" "$t1"
}

echo
echo "== g2a-dash archive (hash, fsync, rename, manifest) =="
p1=$(archive 1)
echo "--parallel 1: $p1 MB/s, peak memory $(( $(cat "$work/rss-1") / 1024 )) MB   ($(tail -1 "$work/archive-1.out"))"
p4=$(archive 4)
echo "--parallel 4: $p4 MB/s, peak memory $(( $(cat "$work/rss-4") / 1024 )) MB   ($(tail -1 "$work/archive-4.out"))"

echo
awk -v c="$curl_rate" -v a="$p1" -v b="$p4" 'BEGIN {
  printf "%-28s %10s %8s\n", "", "MB/s", "× curl"
  printf "%-28s %10.1f %8.2f\n", "curl, sequential", c, 1
  printf "%-28s %10.1f %8.2f   (target ≥ 0.90)\n", "g2a-dash archive --parallel 1", a, a / c
  printf "%-28s %10.1f %8.2f   (target > 1)\n", "g2a-dash archive --parallel 4", b, b / c
}'
echo "\$ SIZE_GB=$SIZE_GB RECORDINGS=$RECORDINGS scripts/bench-archive.sh"
