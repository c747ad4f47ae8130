#!/usr/bin/env bash
# The steps of the GitHub Action (action.yml): install gh-debussy-sync for this
# runner, then run INPUT_COMMAND with it (shell syntax, so `>> "$GITHUB_STEP_SUMMARY"`
# works). The binary is, in order: GH_DEBUSSY_SYNC_BIN if set (a binary built
# earlier in the job); built from this checkout when INPUT_VERSION is `source` or the
# workflow runs in the action's own repository; else the release asset for this
# runner's OS and architecture, downloaded with gh.
set -euo pipefail
action_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
bin_dir="${RUNNER_TEMP:-${TMPDIR:-/tmp}}/gh-debussy-sync-bin"
mkdir -p "$bin_dir"
exe=gh-debussy-sync
case "${RUNNER_OS:-$(uname -s)}" in
  Windows*|MINGW*|MSYS*|CYGWIN*) exe=gh-debussy-sync.exe ;;
esac
version=${INPUT_VERSION:-latest}

if [ -n "${GH_DEBUSSY_SYNC_BIN:-}" ]; then
  cp "$GH_DEBUSSY_SYNC_BIN" "$bin_dir/$exe"
elif [ "$version" = source ] || { [ -n "${ACTION_REPOSITORY:-}" ] && [ "${GITHUB_REPOSITORY:-}" = "$ACTION_REPOSITORY" ]; }; then
  echo "gh-debussy-sync: building from $action_dir" >&2
  cargo build --release --locked --quiet --manifest-path "$action_dir/Cargo.toml"
  cp "${CARGO_TARGET_DIR:-$action_dir/target}/release/$exe" "$bin_dir/$exe"
else
  case "${RUNNER_OS:-$(uname -s)}" in
    Linux) os=linux ;;
    macOS|Darwin) os=darwin ;;
    Windows*|MINGW*|MSYS*|CYGWIN*) os=windows ;;
    *) echo "gh-debussy-sync: no release for ${RUNNER_OS:-$(uname -s)}; set version: source" >&2; exit 1 ;;
  esac
  case "${RUNNER_ARCH:-$(uname -m)}" in
    X64|x86_64|amd64) arch=amd64 ;;
    ARM64|arm64|aarch64) arch=arm64 ;;
    *) echo "gh-debussy-sync: no release for ${RUNNER_ARCH:-$(uname -m)}; set version: source" >&2; exit 1 ;;
  esac
  suffix=""; [ "$os" = windows ] && suffix=.exe
  tag=()
  [ "$version" = latest ] || tag=("$version")
  gh release download "${tag[@]}" --repo "${ACTION_REPOSITORY:?the action repository is unknown; set version: source}" \
    --pattern "gh-debussy-sync_*_${os}-${arch}${suffix}" --dir "$bin_dir" --clobber
  mv "$bin_dir"/gh-debussy-sync_*_"${os}-${arch}${suffix}" "$bin_dir/$exe"
fi
chmod +x "$bin_dir/$exe"
export PATH="$bin_dir:$PATH"
[ -n "${GITHUB_PATH:-}" ] && echo "$bin_dir" >> "$GITHUB_PATH"
gh-debussy-sync --version >&2
eval "gh-debussy-sync ${INPUT_COMMAND:?INPUT_COMMAND is empty}"
