#!/usr/bin/env bash
# Observation-tool sync benchmark (issue 15, docs/teaching-research.md "Observation"): one observer's 3,000 taps of one
# lesson synced in one JSON request through MVC, security, the checks and the batch insert (embedded H2 with the demo
# school), then the same request again (all duplicates). Prints the medians of 7 runs after 2 warm-ups.
#   app/bench/observation-bench.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -q -pl app -am test -Dtest=ObservationSyncMeasurement -Dsurefire.failIfNoSpecifiedTests=false \
  | grep -E "observation sync of" || { echo "see app/target/surefire-reports/*ObservationSyncMeasurement*"; exit 1; }
