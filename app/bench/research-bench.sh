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
. app/bench/pg-app.sh
JAR_COOKIES=$(mktemp)
bench_on_exit 'rm -f "$JAR_COOKIES"'
bench_start research "${HEZUO_BENCH_PORT:-18086}" "select count(*) from research_mentor_pair" 2
echo "seeding the district (199 schools beside the demo school) …"
time "${PSQL[@]}" -d "$DB" -v schools=199 -f app/bench/research-seed.sql

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
