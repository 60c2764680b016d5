#!/usr/bin/env bash
# Benchmarks (issue 7; docs/performance.md): built in release mode by `./kikan bench`; runs the
# tests/bench/ programs in order (generate, search, certificate, then any other bench_*), each
# merging its figures into build-release/bench/results.json, and prints the goal table.
#   ./kikan bench [--full] [--postgres]   (options are passed to every benchmark)
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
source "$ROOT/scripts/lib.sh"
BIN=${KIKAN_BENCH_BUILD:-$ROOT/build-release}
mkdir -p "$BIN/bench"
export KIKAN_BENCH_RESULTS=$BIN/bench/results.json
rm -f "$KIKAN_BENCH_RESULTS"
export XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-$(mktemp -d)}
chmod 700 "$XDG_RUNTIME_DIR"
ran=()
for name in bench_generate bench_search bench_certificate; do
    [ -f "$BIN/tests/bench/$name" ] && ran+=("$BIN/tests/bench/$name")
done
for b in "$BIN"/tests/bench/bench_*; do
    [ -f "$b" ] && [ -x "$b" ] || continue
    [ "$(basename "$b")" = bench_report ] && continue # runs once, last, below
    case " ${ran[*]} " in *" $b "*) ;; *) ran+=("$b") ;; esac
done
if [ ${#ran[@]} -eq 0 ]; then
    log "no benchmarks are built in $BIN/tests/bench"
    exit 0
fi
for b in "${ran[@]}"; do
    log "running $(basename "$b") $*"
    rc=0
    "$b" "$@" || rc=$?
    [ $rc -eq 0 ] || log "$(basename "$b") exited with $rc (figures so far are kept)"
done
log "goals (issue 7)"
"$BIN/tests/bench/bench_report" "$KIKAN_BENCH_RESULTS"
