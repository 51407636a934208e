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
. app/bench/pg-app.sh
bench_start evaluation "${HEZUO_BENCH_PORT:-18085}" "select count(*) from group_plan where active = true" 6
CLASS_ID=$("${PSQL[@]}" -d "$DB" -tAc "select id from school_class where name = '七年级1班'")

# Every class gets its default items (first open), then the seed adds the point records.
java app/bench/AwardLoadDriver.java "$BASE" "$CLASS_ID" head0701 demo1234 1 1 0 1 >/dev/null
for c in $("${PSQL[@]}" -d "$DB" -tAc "select id from school_class order by id"); do
  java app/bench/AwardLoadDriver.java "$BASE" "$c" admin demo1234 1 1 0 1 >/dev/null
done
echo "seeding $POINTS point records …"
time "${PSQL[@]}" -d "$DB" -v points="$POINTS" -f app/bench/evaluation-seed.sql

# A fresh JVM interprets before the JIT has compiled the award path (~10 ms of CPU per award at first, ~3 ms warm):
# at 300/s from a cold start the queue grows for a minute or more and its latencies describe the JIT, not the
# service. So the server is warmed with a ramp of ordinary traffic first (not measured); the measured run then
# still starts with its own 10 s warm-up at the full rate.
echo "warming the server: 20 s at 60/s, 20 s at 150/s, 20 s at $RATE/s (not measured)"
for warm_rate in 60 150 "$RATE"; do
  java app/bench/AwardLoadDriver.java "$BASE" "$CLASS_ID" head0701 demo1234 "$warm_rate" 20 0 0 >/dev/null
done

echo "load: $RATE awards/s for $SECONDS_RUN s (machine load before: $(cut -d' ' -f1-3 /proc/loadavg))"
status=0
java app/bench/AwardLoadDriver.java "$BASE" "$CLASS_ID" head0701 demo1234 "$RATE" "$SECONDS_RUN" 10 1000 \
  || status=$?
echo "machine load after: $(cut -d' ' -f1-3 /proc/loadavg)"
"${PSQL[@]}" -d "$DB" -tAc "select 'point records now: ' || count(*) from eval_point"
exit $status
