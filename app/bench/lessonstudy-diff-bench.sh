#!/usr/bin/env bash
# 磨课 draft diff benchmark (issue 15, docs/teaching-research.md): the side-by-side diff of two 20-page Chinese
# drafts computed and rendered through the page's fragment; prints medians over N runs after warm-up.
#   app/bench/lessonstudy-diff-bench.sh [runs]
set -euo pipefail
cd "$(dirname "$0")/../.."
RUNS=${1:-21}
# Compile and write the test classpath in one reactor run (the engine module resolves from the reactor).
./mvnw -q -pl app -am test-compile dependency:build-classpath -Dmdep.outputFile=target/lessonstudy-bench.cp \
  -Dmdep.includeScope=test
java -Xmx512m -cp "app/target/test-classes:app/target/classes:$(cat app/target/lessonstudy-bench.cp)" \
  cn.hezuo.research.lessonstudy.DraftDiffBench "$RUNS"
