#!/usr/bin/env bash
# Builds precompiled release assets for `gh extension install owner/gh-debussy-sync`.
# Used as cli/gh-extension-precompile's build_script_override; $1 is the tag.
# Assets: dist/gh-debussy-sync_<tag>_<os>-<arch>[.exe]. Targets default to the
# host's; set TARGETS to build others (their toolchains must be installed).
set -euo pipefail
tag=${1:?usage: build.sh TAG}
cd "$(dirname "$0")/.."
host=$(rustc -vV | sed -n 's/^host: //p')
targets=${TARGETS:-$host}
mkdir -p dist
for target in $targets; do
  case "$target" in
    x86_64-unknown-linux-*) asset=linux-amd64 ;;
    aarch64-unknown-linux-*) asset=linux-arm64 ;;
    x86_64-apple-darwin) asset=darwin-amd64 ;;
    aarch64-apple-darwin) asset=darwin-arm64 ;;
    x86_64-pc-windows-*) asset=windows-amd64.exe ;;
    aarch64-pc-windows-*) asset=windows-arm64.exe ;;
    *) echo "build.sh: unsupported target $target" >&2; exit 2 ;;
  esac
  cargo build --release --locked --target "$target"
  ext=""; case "$target" in *windows*) ext=".exe" ;; esac
  cp "target/$target/release/gh-debussy-sync$ext" "dist/gh-debussy-sync_${tag}_${asset}"
  echo "dist/gh-debussy-sync_${tag}_${asset}"
done
