#!/usr/bin/env bash
# District benchmark of the exam score import and the grade-level reports (issue 6, Performance).
#
#   app/exam-bench.sh                     # H2 in memory, 200,000 students × 40 items, 3 runs per step
#   BENCH_DB=postgres app/exam-bench.sh   # a throwaway PostgreSQL database on 127.0.0.1:5432 (dropped afterwards)
#   BENCH_STUDENTS=20000 BENCH_REPS=1 app/exam-bench.sh   # a quick look
#
# The driver (app/src/test/java/cn/hezuo/exam/bench/DistrictImportBench.java, test scope, not a test) boots the
# app, adds the district to the demo school, writes a seeded CSV and .xlsx (DistrictExamFile), and times
# upload → preview → confirm for each format through StagedImport (ScoreImportKind) and every grade-level report page over HTTP
# from the running server, signed in as the admin (ReportClient); last, the shared exam read with the cache emptied. It runs in its own JVM with -Xmx1g, so finishing at all shows the heap bound; it prints
# medians and heap peaks (peaks include uncollected garbage, so they are upper bounds).
#
# Environment:
#   BENCH_DB        h2 (default) or postgres
#   BENCH_STUDENTS  students (default 200000, in classes of 50)
#   BENCH_REPS      timed runs per step (default 3)
#   BENCH_SEED      generator seed (default 7)
#   BENCH_HEAP      -Xmx of the driver (default 1g)
#   BENCH_WORK      where the generated files go (default app/target/exam-bench)
#   BENCH_NO_BUILD  set to skip the Maven build when app/target already holds it
#   BENCH_FORMATS   which files to import (default csv,xlsx; csv alone is a quicker way to the reports)
#   BENCH_JAVA_OPTS extra JVM options for the driver (e.g. a JFR recording)
set -euo pipefail

MODULE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$MODULE/.." && pwd)"
DB="${BENCH_DB:-h2}"
STUDENTS="${BENCH_STUDENTS:-200000}"
REPS="${BENCH_REPS:-3}"
SEED="${BENCH_SEED:-7}"
HEAP="${BENCH_HEAP:-1g}"
WORK="${BENCH_WORK:-$MODULE/target/exam-bench}"
mkdir -p "$WORK"

# Compile and write the test classpath (Maven fetches only what ~/.m2 lacks, e.g. on a fresh machine); BENCH_NO_BUILD=1 reuses
# the last build.
if [[ -z "${BENCH_NO_BUILD:-}" || ! -f "$MODULE/target/bench.cp" ]]; then
  (cd "$REPO" && ./mvnw -q -pl app -am test-compile dependency:build-classpath \
     -Dmdep.outputFile=target/bench.cp -Dmdep.includeScope=test)
fi
# Run from a private copy, so a rebuild during a long benchmark cannot break it.
rm -rf "$WORK/bin" && mkdir -p "$WORK/bin"
cp -r "$MODULE/target/classes" "$MODULE/target/test-classes" "$WORK/bin/"
CP="$WORK/bin/test-classes:$WORK/bin/classes:$(cat "$MODULE/target/bench.cp")"

ARGS=(--server.port=0 --logging.level.root=WARN --logging.level.cn.hezuo=WARN --hezuo.demo.enabled=true)
CLEANUP=""
case "$DB" in
  h2)
    # A file database, so H2's tables live on disk and not in the heap being measured (production uses a server).
    rm -f "$WORK"/benchdb.*
    ARGS+=(--spring.profiles.active=test
      "--spring.datasource.url=jdbc:h2:file:$WORK/benchdb;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH")
    CLEANUP="rm -f $WORK/benchdb.*"
    trap 'eval "$CLEANUP"' EXIT
    ;;
  postgres)
    NAME="hezuo_bench_$(date -u +%Y%m%d%H%M%S)"
    psql -h 127.0.0.1 -U postgres -qc "create database $NAME with template template0 encoding 'UTF8'"
    CLEANUP="psql -h 127.0.0.1 -U postgres -qc 'drop database if exists $NAME with (force)'"
    trap 'eval "$CLEANUP"' EXIT
    ARGS+=(--spring.profiles.active=postgres "--spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/$NAME")
    ;;
  *) echo "exam-bench.sh: BENCH_DB must be h2 or postgres" >&2; exit 2 ;;
esac

echo "exam-bench: db=$DB students=$STUDENTS reps=$REPS seed=$SEED heap=-Xmx$HEAP cores=$(nproc) load=$(cut -d' ' -f1-3 /proc/loadavg)"
# shellcheck disable=SC2086 # BENCH_JAVA_OPTS is a list of JVM options
java "-Xmx$HEAP" -XX:+UseG1GC ${BENCH_JAVA_OPTS:-} -Dbench.formats="${BENCH_FORMATS:-csv,xlsx}" -Djava.io.tmpdir="$WORK" -Dbench.students="$STUDENTS" -Dbench.reps="$REPS" \
  -Dbench.seed="$SEED" -Dbench.work="$WORK" -cp "$CP" cn.hezuo.exam.bench.DistrictImportBench "${ARGS[@]}"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
