#!/usr/bin/env bash
# Mutual-help benchmark (issue 16, docs/mutual-help.md "Benchmark"): the packaged app on PostgreSQL with the demo
# school plus 2,000 classes × 45 students and a term of posts (app/bench/mutualhelp-seed.sql: 500,000 board questions,
# 1,000,000 answers, 16,000 lessons with 400,000 pipeline questions at the defaults). Measures, with the machine's
# load average beside each figure (FormLoadDriver.java):
#   (a) a class board page (/me/board as a student of the class, /classes/{id}/board as its head teacher): one request
#       per class per round over random classes, after warm-up rounds — median, p90, p99, max;
#   (b) the teacher's digest of a lesson (/mutual-help/lessons/{id}) over random lessons of random classes — the same;
#   (c) posting a board question (POST /me/board/questions) at a fixed rate (open model) from many students of random
#       classes after an unmeasured warm-up — p50/p90/p99/max and errors.
# Then prints EXPLAIN ANALYZE of the board page's and the digest's main queries for one of the classes.
#   app/bench/mutualhelp-bench.sh [classes] [questions-per-class] [rate] [seconds] [rounds]
# Needs: PostgreSQL on 127.0.0.1:5432 (user postgres, trust) with pgcrypto, psql, curl, java 17+, shuf.
# Builds the jar if missing (HEZUO_BENCH_JAR names another). Creates a throwaway database and drops it at the end
# (app/bench/pg-app.sh).
set -euo pipefail
cd "$(dirname "$0")/../.."
CLASSES=${1:-2000}
QUESTIONS=${2:-250}
RATE=${3:-100}
SECONDS_RUN=${4:-60}
ROUNDS=${5:-21}
SIZE=45; LESSONS=8; ASKED=25
SAMPLE=${HEZUO_BENCH_SAMPLE:-25}      # random classes (and lessons) each GET figure is taken over
POSTERS=${HEZUO_BENCH_POSTERS:-600}   # students, of random classes, who post in (c)
. app/bench/pg-app.sh
load() { echo "load average $(cut -d' ' -f1-3 /proc/loadavg)"; }
# The demo school loads after startup; its 课题 is the last part.
bench_start mutualhelp "${HEZUO_BENCH_PORT:-18089}" "select count(*) from survey_project" 1
echo "seeding $CLASSES classes × $SIZE students, $QUESTIONS board questions per class, $LESSONS lessons × $ASKED questions …"
time "${PSQL[@]}" -d "$DB" -v classes="$CLASSES" -v size="$SIZE" -v questions="$QUESTIONS" -v lessons="$LESSONS" \
  -v asked="$ASKED" -f app/bench/mutualhelp-seed.sql
"${PSQL[@]}" -d "$DB" -tAc "select 'database size: ' || pg_size_pretty(pg_database_size(current_database()))"
SUBJECT=$("${PSQL[@]}" -d "$DB" -tAc "select j.id from subject j join school_class c on c.school_id = j.school_id
  where c.id = 6000000001 and j.active order by j.sort_order, j.id limit 1")
join() { local IFS=,; echo "$*"; }
STUDENT_GETS=(); TEACHER_GETS=(); DIGEST_GETS=()
for c in $(shuf -i 1-"$CLASSES" -n "$SAMPLE"); do
  STUDENT_GETS+=("bench_m_$(( (c - 1) * SIZE + 1 + RANDOM % SIZE ))@/me/board")
  TEACHER_GETS+=("bench_t_$c@/classes/$(( 6000000000 + c ))/board")
done
for c in $(shuf -i 1-"$CLASSES" -n "$SAMPLE"); do
  DIGEST_GETS+=("bench_t_$c@/mutual-help/lessons/$(( 8000000000 + c * 100 + RANDOM % LESSONS ))")
done
DRIVER=(java app/bench/FormLoadDriver.java "base=$BASE" password=demo1234)
status=0

echo "(a) board page, $SAMPLE random classes × $ROUNDS rounds — $(load)"
"${DRIVER[@]}" label="board page as a student (/me/board)" "get=$(join "${STUDENT_GETS[@]}")" \
  marker='id="board-questions"' rounds="$ROUNDS" || status=$?
"${DRIVER[@]}" label="board page as the teacher (/classes/{id}/board)" "get=$(join "${TEACHER_GETS[@]}")" \
  marker='id="board-questions"' rounds="$ROUNDS" || status=$?
echo "$(load)"
echo "(b) digest, $SAMPLE random lessons of random classes × $ROUNDS rounds — $(load)"
"${DRIVER[@]}" label="teacher's digest (/mutual-help/lessons/{id})" "get=$(join "${DIGEST_GETS[@]}")" \
  marker='id="topics"' rounds="$ROUNDS" || status=$?
echo "$(load)"

POSTERS_LIST=()
for g in $(shuf -i 1-$(( CLASSES * SIZE )) -n "$POSTERS"); do POSTERS_LIST+=("bench_m_$g"); done
echo "(c) posting: $RATE questions/s for $SECONDS_RUN s from $POSTERS students (10 s warm-up first) — $(load)"
"${DRIVER[@]}" "users=$(join "${POSTERS_LIST[@]}")" page=/me/board marker='name="requestId"' \
  post=/me/board/questions "body=subjectId=$SUBJECT&body=基准问题 {n}：这道题的第二步怎么想？&requestId={uuid}" \
  expect=/board/questions/ rate="$RATE" count=$(( RATE * SECONDS_RUN )) warmup=10 || status=$?
echo "$(load)"
"${PSQL[@]}" -d "$DB" -tAc "select 'board questions now: ' || count(*) from mh_board_question"

C=$(shuf -i 1-"$CLASSES" -n 1); CLASS_ID=$(( 6000000000 + C )); LESSON_ID=$(( 8000000000 + C * 100 + LESSONS - 1 ))
echo "EXPLAIN ANALYZE for class $CLASS_ID, subject $SUBJECT, lesson $LESSON_ID:"
"${PSQL[@]}" -d "$DB" <<SQL
explain (analyze, buffers, costs off) select * from mh_board_question where class_id = $CLASS_ID and subject_id = $SUBJECT
  order by pinned desc, created_at desc, id desc limit 21;
explain (analyze, buffers, costs off) select * from mh_question where lesson_id = $LESSON_ID order by created_at, id;
SQL
exit $status
