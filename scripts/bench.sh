#!/usr/bin/env bash
# Benchmarks (issue 7): built in release mode by `./kikan bench`; runs tests/bench/ and prints figures.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
source "$ROOT/scripts/lib.sh"
BIN=$ROOT/build-release
mkdir -p "$BIN/bench"
found=0
for b in "$BIN"/tests/bench/bench_*; do
    [ -x "$b" ] || continue
    found=1
    log "running $(basename "$b")"
    "$b"
done
[ $found -eq 1 ] || log "no benchmarks are built yet (tests/bench/ is empty in this version)"
