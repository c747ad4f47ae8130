#!/usr/bin/env bash
# The release binary's size and cold start: builds it (cargo build --release), then
# times `--version` and `plan show` on the bundled example, median of N runs.
#   bench/startup.sh [N]      (default N=21)
#   GH_DEBUSSY_SYNC_BIN=dist/gh-debussy-sync_v0.0.0_linux-amd64 bench/startup.sh
# Prints a markdown table (the one in the README).
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-21}
# GH_DEBUSSY_SYNC_BIN measures a binary built already (e.g. a release asset).
if [ -n "${GH_DEBUSSY_SYNC_BIN:-}" ]; then
  bin=$GH_DEBUSSY_SYNC_BIN
else
  cargo build --release --quiet
  bin="${CARGO_TARGET_DIR:-target}/release/gh-debussy-sync"
fi
demo=$(mktemp -d)
trap 'rm -rf "$demo"' EXIT
cp -r examples/widgets/. "$demo"

median_ms() {
  local times=()
  for _ in $(seq "$runs"); do
    local start end
    start=$(date +%s%N)
    "$@" >/dev/null 2>&1
    end=$(date +%s%N)
    times+=($(( (end - start) / 1000 )))
  done
  printf '%s\n' "${times[@]}" | sort -n | awk -v n="$runs" 'NR == int((n + 1) / 2) { printf "%.1f", $1 / 1000 }'
}

size=$(stat -c %s "$bin" 2>/dev/null || stat -f %z "$bin")
echo "| measure | value |"
echo "|---|---|"
printf '| release binary (%s) | %s MiB |\n' "$(rustc -vV | sed -n 's/^host: //p')" "$(awk -v s="$size" 'BEGIN { printf "%.1f", s / 1048576 }')"
echo "| cold start: \`--version\` (median of $runs) | $(median_ms "$bin" --version) ms |"
echo "| \`plan show\` on the example plan (median of $runs) | $(median_ms "$bin" -C "$demo" plan show) ms |"
