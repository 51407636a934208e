#!/usr/bin/env bash
# Classroom-evaluation load benchmark (see docs/evaluation.md): the packaged app on PostgreSQL, award
# requests at a fixed rate (default 300/s for 60 s, after a 10 s warm-up) and the class board read with
# 2 million point records in the database. Creates a throwaway database and drops it at the end.
#   app/bench/evaluation-bench.sh [rate] [seconds] [points]
# Needs: PostgreSQL on 127.0.0.1:5432 (user postgres, trust), psql, java 17+. Builds the jar if missing.
set -euo pipefail
cd "$(dirname "$0")/../.."
RATE=${1:-300}
SECONDS_RUN=${2:-60}
POINTS=${3:-2000000}
PORT=${HEZUO_BENCH_PORT:-18085}
PGHOST=127.0.0.1; PGUSER=postgres
DB="hezuo_bench_$(date -u +%Y%m%d%H%M%S)_$$"
PSQL=(psql -h "$PGHOST" -U "$PGUSER" -v ON_ERROR_STOP=1 -q)
JAR=${HEZUO_BENCH_JAR:-$(ls app/target/hezuo-app-*.jar 2>/dev/null | grep -v original | head -1 || true)}
if [ -z "$JAR" ]; then
  ./mvnw -q -pl app -am package -DskipTests
  JAR=$(ls app/target/hezuo-app-*.jar | grep -v original | head -1)
fi
LOG=app/target/evaluation-bench-server.log
server_pid=""
cleanup() {
  if [ -n "$server_pid" ]; then kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; fi
  "${PSQL[@]}" -d postgres -c "drop database if exists $DB with (force)" || true
  echo "dropped database $DB"
}
trap cleanup EXIT

"${PSQL[@]}" -d postgres -c "create database $DB with template template0 encoding 'UTF8'"
echo "database $DB; starting $JAR on port $PORT (log: $LOG)"
HEZUO_DB_URL="jdbc:postgresql://$PGHOST:5432/$DB" HEZUO_DB_USER=$PGUSER HEZUO_DEMO=true \
  java -Xmx768m -jar "$JAR" --spring.profiles.active=postgres --server.port="$PORT" \
       --logging.level.root=WARN >"$LOG" 2>&1 &
server_pid=$!
for _ in $(seq 1 180); do
  if curl -fs "http://127.0.0.1:$PORT/actuator/health" | grep -q UP; then break; fi
  sleep 1
done
curl -fs "http://127.0.0.1:$PORT/actuator/health" | grep -q UP || { echo "server did not start"; tail -50 "$LOG"; exit 1; }
# The demo school loads after startup; wait for its last class.
for _ in $(seq 1 180); do
  n=$("${PSQL[@]}" -d "$DB" -tAc "select count(*) from group_plan where active = true" 2>/dev/null || echo 0)
  [ "$n" -ge 6 ] && break
  sleep 1
done
CLASS_ID=$("${PSQL[@]}" -d "$DB" -tAc "select id from school_class where name = '七年级1班'")

# Every class gets its default items (first open), then the seed adds the point records.
java app/bench/AwardLoadDriver.java "http://127.0.0.1:$PORT" "$CLASS_ID" head0701 demo1234 1 1 0 1 >/dev/null
for c in $("${PSQL[@]}" -d "$DB" -tAc "select id from school_class order by id"); do
  java app/bench/AwardLoadDriver.java "http://127.0.0.1:$PORT" "$c" admin demo1234 1 1 0 1 >/dev/null
done
echo "seeding $POINTS point records …"
time "${PSQL[@]}" -d "$DB" -v points="$POINTS" -f app/bench/evaluation-seed.sql

# A fresh JVM interprets before the JIT has compiled the award path (~10 ms of CPU per award at first, ~3 ms warm):
# at 300/s from a cold start the queue grows for a minute or more and its latencies describe the JIT, not the
# service. So the server is warmed with a ramp of ordinary traffic first (not measured); the measured run then
# still starts with its own 10 s warm-up at the full rate.
echo "warming the server: 20 s at 60/s, 20 s at 150/s, 20 s at $RATE/s (not measured)"
for warm_rate in 60 150 "$RATE"; do
  java app/bench/AwardLoadDriver.java "http://127.0.0.1:$PORT" "$CLASS_ID" head0701 demo1234 "$warm_rate" 20 0 0 >/dev/null
done

echo "load: $RATE awards/s for $SECONDS_RUN s (machine load before: $(cut -d' ' -f1-3 /proc/loadavg))"
status=0
java app/bench/AwardLoadDriver.java "http://127.0.0.1:$PORT" "$CLASS_ID" head0701 demo1234 "$RATE" "$SECONDS_RUN" 10 1000 \
  || status=$?
echo "machine load after: $(cut -d' ' -f1-3 /proc/loadavg)"
"${PSQL[@]}" -d "$DB" -tAc "select 'point records now: ' || count(*) from eval_point"
exit $status
