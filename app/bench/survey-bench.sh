#!/usr/bin/env bash
# Survey benchmark (issue 17, docs/surveys.md "Benchmark"): the packaged app on PostgreSQL with the demo school plus
# a school-wide named survey of 3,000 students × 30 questions (app/bench/survey-seed.sql). Every student is signed
# in first; then the submissions go out at a fixed rate (default 200/s, open model, FormLoadDriver.java) and the
# driver prints p50/p90/p99/max and errors. Then the survey's report page (/surveys/{id}: response rates, counts per
# class and overall, chart data) is requested N times by the admin after 3 warm-ups; prints the median.
#   app/bench/survey-bench.sh [rate] [students] [questions] [report-requests]
# Needs: PostgreSQL on 127.0.0.1:5432 (user postgres, trust) with pgcrypto available, psql, curl, java 17+.
# Builds the jar if missing. Creates a throwaway database and drops it at the end.
set -euo pipefail
cd "$(dirname "$0")/../.."
RATE=${1:-200}
STUDENTS=${2:-3000}
QUESTIONS=${3:-30}
N=${4:-21}
. app/bench/pg-app.sh
JAR_COOKIES=$(mktemp)
bench_on_exit 'rm -f "$JAR_COOKIES" "$JAR_COOKIES.cpu"'
bench_start survey "${HEZUO_BENCH_PORT:-18087}" "select count(*) from survey_project" 1
echo "seeding $STUDENTS students and a survey of $QUESTIONS questions (and a warm-up survey of the same shape) …"
time "${PSQL[@]}" -d "$DB" -v students="$STUDENTS" -v questions="$QUESTIONS" -f app/bench/survey-seed.sql
SURVEY=5300000000
WARMUP_SURVEY=5300000001
loadavg() { cut -d' ' -f1-3 /proc/loadavg; }

# Warm-up, not measured: every student submits the second seeded survey first (a fresh JVM runs the submit path
# interpreted until the JIT has compiled it, which describes the JIT, not a school's running server).
echo "warm-up (not measured): survey $WARMUP_SURVEY"
java app/bench/FormLoadDriver.java "base=$BASE" "users=bench_s_{1..$STUDENTS}" password=demo1234 \
  "page=/me/surveys/$WARMUP_SURVEY" marker=submit-form "post=/me/surveys/$WARMUP_SURVEY/submit" expect=/me/surveys/ \
  rate="$((RATE * 3 / 4))" >/dev/null || echo "some warm-up submissions failed"
# One submission per student, at a fixed rate; each student's survey page (the seeded draft is complete) must show
# the submit form and carries the CSRF token.
echo "load average before the measured run: $(loadavg)"
java app/bench/FormLoadDriver.java "base=$BASE" "users=bench_s_{1..$STUDENTS}" password=demo1234 \
  "page=/me/surveys/$SURVEY" marker=submit-form "post=/me/surveys/$SURVEY/submit" expect=/me/surveys/ rate="$RATE" \
  || echo "some submissions failed (see above)"
echo "load average after the measured run (1, 5, 15 min): $(loadavg)"
"${PSQL[@]}" -d "$DB" -tAc "select 'responses stored: ' || count(*) from survey_response where survey_id = $SURVEY"
"${PSQL[@]}" -d "$DB" -tAc "select 'drafts left: ' || count(*) from survey_draft where survey_id = $SURVEY"

TOKEN=$(curl -fs -c "$JAR_COOKIES" -b "$JAR_COOKIES" "$BASE/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
curl -s -o /dev/null -c "$JAR_COOKIES" -b "$JAR_COOKIES" --data-urlencode "username=admin" \
     --data-urlencode "password=demo1234" --data-urlencode "_csrf=$TOKEN" "$BASE/login"
PAGE=$(curl -fs -b "$JAR_COOKIES" "$BASE/surveys/$SURVEY")
grep -q 'id="response-rates"' <<<"$PAGE" || { echo "report page failed"; grep -iE "error|exception" "$LOG" | tail -20; exit 1; }
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
for _ in 1 2 3; do curl -fs -o /dev/null -b "$JAR_COOKIES" "$BASE/surveys/$SURVEY"; done
# CPU time (user + system, ms) of the server process: a figure other work on the machine changes far less than latency
cpu_ms() { awk '{sub(/.*\) /, ""); print ($12 + $13) * 10}' "/proc/$server_pid/stat"; }
timed() { local before; before=$(cpu_ms)
  for _ in $(seq 1 "$N"); do curl -fs -o /dev/null -w '%{time_total}\n' -b "$JAR_COOKIES" "$1"; done \
    | awk '{printf "%.1f\n", $1 * 1000}' | median
  echo "$before" > "$JAR_COOKIES.cpu"; }
cpu_per_request() { awk -v a="$(cat "$JAR_COOKIES.cpu")" -v b="$(cpu_ms)" -v n="$N" 'BEGIN {printf "%.1f", (b - a) / n}'; }
m=$(timed "$BASE/surveys/$SURVEY")
CLASSES=$("${PSQL[@]}" -d "$DB" -tAc "select count(*) from survey_class where survey_id = $SURVEY")
STORED=$("${PSQL[@]}" -d "$DB" -tAc "select count(*) from survey_response where survey_id = $SURVEY")
printf 'report page (%s responses × %s questions, %s classes; overall per question): median %s ms (%s requests), server CPU %s ms per request, load average %s\n' \
  "$STORED" "$QUESTIONS" "$CLASSES" "$m" "$N" "$(cpu_per_request)" "$(loadavg)"
ONE_CLASS=$("${PSQL[@]}" -d "$DB" -tAc "select min(class_id) from survey_class where survey_id = $SURVEY and class_id >= 5000000000")
for _ in 1 2 3; do curl -fs -o /dev/null -b "$JAR_COOKIES" "$BASE/surveys/$SURVEY?classId=$ONE_CLASS"; done
m=$(timed "$BASE/surveys/$SURVEY?classId=$ONE_CLASS")
printf 'report page with one class broken down (?classId=%s): median %s ms (%s requests), server CPU %s ms per request, load average %s\n' \
  "$ONE_CLASS" "$m" "$N" "$(cpu_per_request)" "$(loadavg)"
for _ in 1 2 3; do curl -fs -o /dev/null -b "$JAR_COOKIES" "$BASE/surveys/$SURVEY/rates"; done
m=$(timed "$BASE/surveys/$SURVEY/rates")
printf 'response-rate fragment (/rates, polled every 20 s): median %s ms (%s requests), server CPU %s ms per request, load average %s\n' \
  "$m" "$N" "$(cpu_per_request)" "$(loadavg)"
