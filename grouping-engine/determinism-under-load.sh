#!/usr/bin/env bash
# Runs DeterminismTest RUNS times in a row while LOAD busy loops compete for the CPU, and counts failures.
#   grouping-engine/determinism-under-load.sh [RUNS=20] [LOAD=4]
# Before issue 12 the engine's result depended on a 2 s wall-clock budget and this failed on a busy machine.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
RUNS="${1:-20}"; LOAD="${2:-4}"
./mvnw -q -pl grouping-engine test-compile
pids=()
for _ in $(seq 1 "$LOAD"); do (while :; do :; done) & pids+=("$!"); done
trap 'kill "${pids[@]}" 2>/dev/null || true' EXIT
failed=0
for i in $(seq 1 "$RUNS"); do
  if ./mvnw -q -o -pl grouping-engine surefire:test -Dtest=DeterminismTest >/tmp/determinism-run-$i.log 2>&1; then
    echo "run $i: passed"
  else
    echo "run $i: FAILED (see /tmp/determinism-run-$i.log)"; failed=$((failed + 1))
  fi
done
echo "DeterminismTest: $((RUNS - failed)) of $RUNS runs passed with $LOAD busy loops and $(nproc) cores"
[ "$failed" -eq 0 ]
