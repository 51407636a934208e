#!/usr/bin/env bash
# Observation-tool sync benchmark (issue 15, docs/teaching-research.md "Observation"): one observer's 3,000 taps of one
# lesson synced in one JSON request through MVC, security, the checks and the batch insert (the demo school loaded),
# then the same request again (all duplicates). Prints the medians of 7 runs after 2 warm-ups, the database used and
# the load average before and after.
#   app/bench/observation-bench.sh              embedded H2 (the test default)
#   app/bench/observation-bench.sh postgres     PostgreSQL on 127.0.0.1:5432 (user postgres, trust): a throwaway
#                                               database is created, the app's migrations and the demo school go
#                                               into it, and it is dropped at the end
set -euo pipefail
cd "$(dirname "$0")/../.."
MODE=${1:-h2}
EXTRA=()
DB=""
PSQL=(psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -q)
cleanup() {
  if [ -n "$DB" ]; then
    "${PSQL[@]}" -d postgres -c "drop database if exists $DB with (force)" || true
    echo "dropped database $DB"
  fi
}
trap cleanup EXIT
case "$MODE" in
  h2) ;;
  postgres|pg)
    DB="hezuo_obsbench_$(date -u +%Y%m%d%H%M%S)_$$"
    "${PSQL[@]}" -d postgres -c "create database $DB with template template0 encoding 'UTF8'"
    echo "database $DB"
    # Maven passes -D user properties on to the forked test JVM as system properties, above application-test.yml;
    # the same driver settings as the app's postgres profile (batched inserts rewritten into multi-row ones).
    EXTRA=(-Dspring.datasource.url="jdbc:postgresql://127.0.0.1:5432/$DB" -Dspring.datasource.username=postgres
           -Dspring.datasource.password=
           -Dspring.datasource.hikari.data-source-properties.reWriteBatchedInserts=true)
    ;;
  *) echo "usage: $0 [h2|postgres]" >&2; exit 2 ;;
esac
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
./mvnw -q -pl app -am test -Dtest=ObservationSyncMeasurement -Dsurefire.failIfNoSpecifiedTests=false "${EXTRA[@]}" \
  | grep -E "observation sync of|observation sync database" \
  || { echo "see app/target/surefire-reports/*ObservationSyncMeasurement*"; exit 1; }
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
