#!/usr/bin/env bash
# The benchmark: requests and wall seconds of real runs against the fake GitHub with
# 0 and 50 ms of injected latency, plans of 20, 200 and 1000 linked issues, and a
# plan with 500 recorded completed phases. Prints the markdown table of the README
# (also written to target/bench.md), then the serve load table. Release binary size and start-up:
# bench/startup.sh.
#   bench/run.sh
set -euo pipefail
cd "$(dirname "$0")/.."
cargo test --quiet --test bench -- --ignored --nocapture --test-threads 1 2>/dev/null | grep '^|'
# serve: delivery-to-converged latency (p50/p95 of 20 deliveries at 50 ms a request).
cargo test --quiet --test serve_bench -- --ignored --nocapture --test-threads 1 serve_delivery_to_converged_latency 2>/dev/null | grep '^|'
# serve under load: 200 signed deliveries a second for 30 s (its own table).
bench/serve_load.sh
