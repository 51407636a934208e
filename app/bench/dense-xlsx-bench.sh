#!/usr/bin/env bash
# Issue 11 item 9: a dense but legal .xlsx (4,400 rows x 400 numeric cells, about 6.6 MB, 47 MB unpacked) uploaded
# to the roster import, once and three at once, plus a 4,400 x 190 variant. Must be refused or previewed in under
# 5 s with under 200 MB of extra heap; the app runs with -Xmx1g, so finishing at all shows the heap bound.
#
#   app/bench/dense-xlsx-bench.sh            # 3 runs per case, H2 in memory
#   BENCH_REPS=5 app/bench/dense-xlsx-bench.sh
#
# The driver (app/src/test/java/cn/hezuo/roster/bench/DenseXlsxBench.java, test scope, not a test) boots the app
# with the demo school, writes the files with POI SXSSF (DenseXlsxFile) and calls StagedImport.upload (RosterImportKind) as the
# admin, as the upload page does. It prints the median wall time and the median extra heap per case (the highest
# heap sampled every 2 ms while the upload ran, minus the heap after a GC before it; garbage counts, so an upper
# bound). Environment: BENCH_REPS (3), BENCH_HEAP (1g), BENCH_WORK (app/target/dense-xlsx-bench), BENCH_NO_BUILD.
set -euo pipefail

MODULE="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
REPO="$(cd "$MODULE/.." && pwd)"
REPS="${BENCH_REPS:-3}"
HEAP="${BENCH_HEAP:-1g}"
WORK="${BENCH_WORK:-$MODULE/target/dense-xlsx-bench}"
mkdir -p "$WORK"

if [[ -z "${BENCH_NO_BUILD:-}" || ! -f "$MODULE/target/bench.cp" ]]; then
  (cd "$REPO" && ./mvnw -q -pl app -am test-compile dependency:build-classpath \
     -Dmdep.outputFile=target/bench.cp -Dmdep.includeScope=test)
fi
rm -rf "$WORK/bin" && mkdir -p "$WORK/bin"
cp -r "$MODULE/target/classes" "$MODULE/target/test-classes" "$WORK/bin/"
CP="$WORK/bin/test-classes:$WORK/bin/classes:$(cat "$MODULE/target/bench.cp")"

echo "dense-xlsx-bench: reps=$REPS heap=-Xmx$HEAP cores=$(nproc) load=$(cut -d' ' -f1-3 /proc/loadavg)"
java "-Xmx$HEAP" -XX:+UseG1GC -Djava.io.tmpdir="$WORK" -Dbench.reps="$REPS" -Dbench.work="$WORK" -cp "$CP" \
  cn.hezuo.roster.bench.DenseXlsxBench --server.port=0 --spring.profiles.active=test \
  --logging.level.root=WARN --logging.level.cn.hezuo=WARN --hezuo.demo.enabled=true
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
