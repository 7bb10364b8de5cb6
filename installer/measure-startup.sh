#!/usr/bin/env bash
# Start-up time of the packaged app: wall-clock from launching the launcher to the first painted frame of
# the main window, over N starts (median, min, max). Each start is a real start of an existing user (the
# default corpus and the coder's name already there), on a virtual screen (Xvfb) when no DISPLAY is set.
#   installer/measure-startup.sh [LAUNCHER] [N]     (defaults: target/installer/Parley/bin/Parley, 7)
# The app prints "parley: window painted N ms after start" (JVM start to first frame) and exits, because
# -Dparley.exitAfterFirstPaint=true is passed through JAVA_TOOL_OPTIONS.
set -euo pipefail
cd "$(dirname "$0")/.."
LAUNCHER="${1:-target/installer/Parley/bin/Parley}"
RUNS="${2:-7}"
[ -x "$LAUNCHER" ] || { echo "measure-startup: no launcher at $LAUNCHER; run ./mvnw -Pinstaller package first" >&2; exit 1; }
HOME_DIR="$(mktemp -d)"; trap 'rm -rf "$HOME_DIR"' EXIT
export PARLEY_HOME="$HOME_DIR" JAVA_TOOL_OPTIONS="-Dparley.exitAfterFirstPaint=true"

run_once() {
  local t0 t1 out
  t0=$(date +%s%N)
  out=$("$LAUNCHER" 2>/dev/null | grep 'window painted' || true)
  t1=$(date +%s%N)
  [ -n "$out" ] || { echo "measure-startup: the app did not report a painted window" >&2; exit 1; }
  echo "$(( (t1 - t0) / 1000000 )) $(echo "$out" | grep -o '[0-9]* ms' | grep -o '[0-9]*')"
}

if [ -z "${DISPLAY:-}" ] && [ -z "${MEASURE_UNDER_XVFB:-}" ]; then
  command -v xvfb-run >/dev/null || { echo "measure-startup: no DISPLAY and no xvfb-run" >&2; exit 1; }
  exec env MEASURE_UNDER_XVFB=1 xvfb-run -a -s '-screen 0 1600x1000x24' "$0" "$LAUNCHER" "$RUNS"
fi

run_once >/dev/null   # the first start creates the default corpus and settings; not counted
walls=(); paints=()
for i in $(seq "$RUNS"); do
  read -r wall paint < <(run_once)
  walls+=("$wall"); paints+=("$paint")
  echo "start $i: window painted after ${paint} ms (JVM start), process ended after ${wall} ms"
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
echo "startup.paint.p50_ms=$(median "${paints[@]}") startup.wall.p50_ms=$(median "${walls[@]}") runs=$RUNS launcher=$LAUNCHER"
