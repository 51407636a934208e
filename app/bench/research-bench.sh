#!/usr/bin/env bash
# Teaching-research benchmark (issue 14, docs/teaching-research.md): the packaged app on PostgreSQL with a district's
# data — 200 schools × 60 teachers, one term: ~240,000 listen-class records and ~30,000 activities — and the three
# pages the issue names, each requested N times by a logged-in leader after 3 warm-up requests; prints the medians.
#   app/bench/research-bench.sh [requests]
# Needs: PostgreSQL on 127.0.0.1:5432 (user postgres, trust), psql, curl, java 17+. Builds the jar if missing.
# Creates a throwaway database and drops it at the end.
set -euo pipefail
cd "$(dirname "$0")/../.."
N=${1:-21}
PORT=${HEZUO_BENCH_PORT:-18086}
PGHOST=127.0.0.1; PGUSER=postgres
DB="hezuo_bench_$(date -u +%Y%m%d%H%M%S)_$$"
PSQL=(psql -h "$PGHOST" -U "$PGUSER" -v ON_ERROR_STOP=1 -q)
JAR=${HEZUO_BENCH_JAR:-$(ls app/target/hezuo-app-*.jar 2>/dev/null | grep -v original | head -1 || true)}
if [ -z "$JAR" ]; then
  ./mvnw -q -pl app -am package -DskipTests
  JAR=$(ls app/target/hezuo-app-*.jar | grep -v original | head -1)
fi
LOG=app/target/research-bench-server.log
JAR_COOKIES=$(mktemp)
server_pid=""
cleanup() {
  if [ -n "$server_pid" ]; then kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; fi
  "${PSQL[@]}" -d postgres -c "drop database if exists $DB with (force)" || true
  rm -f "$JAR_COOKIES"
  echo "dropped database $DB"
}
trap cleanup EXIT

"${PSQL[@]}" -d postgres -c "create database $DB with template template0 encoding 'UTF8'"
echo "database $DB; starting $JAR on port $PORT (log: $LOG)"
HEZUO_DB_URL="jdbc:postgresql://$PGHOST:5432/$DB" HEZUO_DB_USER=$PGUSER HEZUO_DEMO=true \
  java -Xmx768m -jar "$JAR" --spring.profiles.active=postgres --server.port="$PORT" \
       --logging.level.root=WARN >"$LOG" 2>&1 &
server_pid=$!
for _ in $(seq 1 900); do
  if curl -fs "http://127.0.0.1:$PORT/actuator/health" | grep -q UP; then break; fi
  sleep 1
done
curl -fs "http://127.0.0.1:$PORT/actuator/health" | grep -q UP || { echo "server did not start"; tail -50 "$LOG"; exit 1; }
# The demo school (with its research part) loads after startup; wait for its groups.
for _ in $(seq 1 900); do
  n=$("${PSQL[@]}" -d "$DB" -tAc "select count(*) from research_mentor_pair" 2>/dev/null || echo 0)
  [ "$n" -ge 2 ] && break
  sleep 1
done
echo "seeding the district (199 schools beside the demo school) …"
time "${PSQL[@]}" -d "$DB" -v schools=199 -f app/bench/research-seed.sql

BASE="http://127.0.0.1:$PORT"
TOKEN=$(curl -fs -c "$JAR_COOKIES" -b "$JAR_COOKIES" "$BASE/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
[ -n "$TOKEN" ] || { echo "no CSRF token on the login page"; exit 1; }
echo "login: $(curl -s -o /dev/null -w '%{http_code} %{redirect_url}' -c "$JAR_COOKIES" -b "$JAR_COOKIES" \
     --data-urlencode "username=bench_lead_1" --data-urlencode "password=demo1234" --data-urlencode "_csrf=$TOKEN" \
     "$BASE/login")"
GROUP=4000000000001
TEACHER=3000000000105
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
measure() {
  local name=$1 path=$2
  for _ in 1 2 3; do curl -fs -o /dev/null -b "$JAR_COOKIES" "$BASE$path"; done
  local m
  m=$(for _ in $(seq 1 "$N"); do curl -fs -o /dev/null -w '%{time_total}\n' -b "$JAR_COOKIES" "$BASE$path"; done \
      | awk '{printf "%.1f\n", $1 * 1000}' | median)
  printf '%-40s median %8s ms  (%s requests)\n' "$name" "$m" "$N"
}
# Read the whole page first: grep -q would close the pipe early and, with pipefail, fail the check.
PAGE=$(curl -fs -b "$JAR_COOKIES" "$BASE/research/groups/$GROUP/listening")
if ! grep -q 'id="standings"' <<<"$PAGE"; then
  echo "page failed: $(curl -s -o /dev/null -w '%{http_code} %{redirect_url}' -b "$JAR_COOKIES" "$BASE/research/groups/$GROUP/listening")"
  grep -iE "error|exception" "$LOG" | tail -20
  exit 1
fi
measure "who is behind (60 members)" "/research/groups/$GROUP/listening"
measure "a teacher's portfolio" "/research/portfolio?teacherId=$TEACHER"
measure "summary .docx" "/research/groups/$GROUP/summary.docx"
"${PSQL[@]}" -d "$DB" -tAc "select 'listen records: ' || count(*) from research_listen"
"${PSQL[@]}" -d "$DB" -tAc "select 'activities: ' || count(*) from research_activity"
