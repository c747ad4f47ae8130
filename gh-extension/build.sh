#!/usr/bin/env bash
# Builds precompiled release assets for `gh extension install owner/gh-debussy-sync`.
# Used as cli/gh-extension-precompile's build_script_override, which passes the tag:
#
#   gh-extension/build.sh TAG [--target TRIPLE]...
#
# Assets: dist/gh-debussy-sync_<tag>_<os>-<arch>[.exe]. Targets: the --target options,
# else $TARGETS (space-separated), else the host's; their toolchains must be installed.
# Honors CARGO_TARGET_DIR. With REUSE_DIST=1 an asset already in dist/ is kept (the
# release workflow builds each platform on its own runner, then publishes them all).
set -euo pipefail
usage() { echo "usage: build.sh TAG [--target TRIPLE]..." >&2; exit 2; }
[ $# -ge 1 ] || usage
tag=$1; shift
targets=()
while [ $# -gt 0 ]; do
  case "$1" in
    --target) [ $# -ge 2 ] || usage; targets+=("$2"); shift 2 ;;
    --target=*) targets+=("${1#--target=}"); shift ;;
    *) usage ;;
  esac
done
cd "$(dirname "$0")/.."
if [ ${#targets[@]} -eq 0 ]; then
  read -r -a targets <<< "${TARGETS:-$(rustc -vV | sed -n 's/^host: //p')}"
fi
target_dir=${CARGO_TARGET_DIR:-target}
mkdir -p dist
for target in "${targets[@]}"; do
  case "$target" in
    x86_64-unknown-linux-*) asset=linux-amd64 ;;
    aarch64-unknown-linux-*) asset=linux-arm64 ;;
    x86_64-apple-darwin) asset=darwin-amd64 ;;
    aarch64-apple-darwin) asset=darwin-arm64 ;;
    x86_64-pc-windows-*) asset=windows-amd64.exe ;;
    aarch64-pc-windows-*) asset=windows-arm64.exe ;;
    *) echo "build.sh: unsupported target $target" >&2; exit 2 ;;
  esac
  if [ -n "${REUSE_DIST:-}" ] && [ -f "dist/gh-debussy-sync_${tag}_${asset}" ]; then
    # Built on the platform's own runner and downloaded here (release workflow).
    echo "dist/gh-debussy-sync_${tag}_${asset}"
    continue
  fi
  cargo build --release --locked --target "$target"
  ext=""; case "$target" in *windows*) ext=".exe" ;; esac
  cp "$target_dir/$target/release/gh-debussy-sync$ext" "dist/gh-debussy-sync_${tag}_${asset}"
  echo "dist/gh-debussy-sync_${tag}_${asset}"
done
