#!/usr/bin/env bash
# serve under load: 200 signed deliveries a second for 30 s on loopback against the
# fake GitHub. Fails unless every delivery is answered 2xx, each is handled exactly
# once, and the peak resident memory (VmHWM) stays under 100 MB. Prints a table.
#   bench/serve_load.sh
set -euo pipefail
cd "$(dirname "$0")/.."
cargo test --quiet --test serve_bench -- --ignored --nocapture --test-threads 1 serve_load_200_deliveries_a_second 2>/dev/null | grep '^|'
