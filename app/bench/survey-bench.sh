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
bench_on_exit 'rm -f "$JAR_COOKIES"'
bench_start survey "${HEZUO_BENCH_PORT:-18087}" "select count(*) from survey_project" 1
echo "seeding $STUDENTS students and a survey of $QUESTIONS questions …"
time "${PSQL[@]}" -d "$DB" -v students="$STUDENTS" -v questions="$QUESTIONS" -f app/bench/survey-seed.sql
SURVEY=5300000000

# One submission per student, at a fixed rate; each student's survey page (the seeded draft is complete) must show
# the submit form and carries the CSRF token.
java app/bench/FormLoadDriver.java "base=$BASE" "users=bench_s_{1..$STUDENTS}" password=demo1234 \
  "page=/me/surveys/$SURVEY" marker=submit-form "post=/me/surveys/$SURVEY/submit" expect=/me/surveys/ rate="$RATE" \
  || echo "some submissions failed (see above)"
"${PSQL[@]}" -d "$DB" -tAc "select 'responses stored: ' || count(*) from survey_response where survey_id = $SURVEY"
"${PSQL[@]}" -d "$DB" -tAc "select 'drafts left: ' || count(*) from survey_draft where survey_id = $SURVEY"

TOKEN=$(curl -fs -c "$JAR_COOKIES" -b "$JAR_COOKIES" "$BASE/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
curl -s -o /dev/null -c "$JAR_COOKIES" -b "$JAR_COOKIES" --data-urlencode "username=admin" \
     --data-urlencode "password=demo1234" --data-urlencode "_csrf=$TOKEN" "$BASE/login"
PAGE=$(curl -fs -b "$JAR_COOKIES" "$BASE/surveys/$SURVEY")
grep -q 'id="response-rates"' <<<"$PAGE" || { echo "report page failed"; grep -iE "error|exception" "$LOG" | tail -20; exit 1; }
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
for _ in 1 2 3; do curl -fs -o /dev/null -b "$JAR_COOKIES" "$BASE/surveys/$SURVEY"; done
m=$(for _ in $(seq 1 "$N"); do curl -fs -o /dev/null -w '%{time_total}\n' -b "$JAR_COOKIES" "$BASE/surveys/$SURVEY"; done \
    | awk '{printf "%.1f\n", $1 * 1000}' | median)
printf 'report page (%s responses × %s questions, %s classes): median %s ms (%s requests)\n' \
  "$STUDENTS" "$QUESTIONS" "$("${PSQL[@]}" -d "$DB" -tAc "select count(*) from survey_class where survey_id = $SURVEY")" "$m" "$N"
