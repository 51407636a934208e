#!/usr/bin/env bash
# Benchmark of the grouping engine against a random balanced split and a snake draft (蛇形排列).
#
#   grouping-engine/bench.sh                 # N = 40 400 2000 10000 100000, roster seed 7
#   BENCH_SIZES="40 400" BENCH_SEEDS="1 2 3" grouping-engine/bench.sh
#
# For every roster size it generates a class with gen_roster.py, groups it into groups of 5 with
# gender and tier balanced (variance and k-plus objectives), scores every grouping with score.py and
# prints one table. Engine time = GroupingEngine.solve measured in-process in a warm JVM (BenchMain:
# warm-up ≥ 3 s, then the median of BENCH_REPS timed solves, one thread, -Xmx1g); "cpu" is the
# calling thread's CPU time, less sensitive to other load on the machine. Baselines come from the
# CLI's hidden --method random|snake and are not timed.
#
# Environment:
#   GROUPING_TOOLS   directory with gen_roster.py and score.py (default: ../shared/tools/grouping
#                    relative to the repository root)
#   BENCH_SIZES      roster sizes (default "40 400 2000 10000 100000")
#   BENCH_SEEDS      roster seeds (default "7")
#   BENCH_REPS       timed solves per configuration (default 5)
#   BENCH_OBJECTIVES engine objectives (default "variance kplus")
#   BENCH_WORK       directory for rosters and groupings (default: a temporary directory)
set -euo pipefail

MODULE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$MODULE/.." && pwd)"
TOOLS="${GROUPING_TOOLS:-$REPO/../shared/tools/grouping}"
SIZES="${BENCH_SIZES:-40 400 2000 10000 100000}"
SEEDS="${BENCH_SEEDS:-7}"
REPS="${BENCH_REPS:-5}"
OBJECTIVES="${BENCH_OBJECTIVES:-variance kplus}"
WORK="${BENCH_WORK:-$(mktemp -d)}"
mkdir -p "$WORK"

for tool in gen_roster.py score.py; do
  [[ -f "$TOOLS/$tool" ]] || { echo "bench.sh: $TOOLS/$tool not found; set GROUPING_TOOLS" >&2; exit 2; }
done

# Build only this module, and only if something is missing.
if [[ ! -f "$MODULE/target/grouping-engine.jar" || ! -f "$MODULE/target/test-classes/cn/hezuo/grouping/bench/BenchMain.class" ]]; then
  (cd "$REPO" && ./mvnw -q -pl grouping-engine -DskipTests package)
fi
# Run from a private copy, so rebuilding the module during a long benchmark cannot break it.
rm -rf "$WORK/bin" && mkdir -p "$WORK/bin"
cp -r "$MODULE/target/classes" "$MODULE/target/test-classes" "$MODULE/target/grouping-engine.jar" "$WORK/bin/"
CP="$WORK/bin/classes:$WORK/bin/test-classes"
JAR="$WORK/bin/grouping-engine.jar"

# score FILE GROUPS -> "between max_gap_sd sd_gap gender_viol tier_viol"
score() {
  python3 "$TOOLS/score.py" "$1" "$2" --features chinese,math,english --categorical gender,tier |
    python3 -c 'import json,sys
o = json.load(sys.stdin)
c = o["categorical"]
print("%.4f %.4f %.4f %d %d" % (o["between_group_ss"], o["max_abs_mean_gap"], o.get("max_abs_sd_gap", float("nan")),
      c["gender"]["category_strict_violations"], c["tier"]["category_strict_violations"]))'
}

printf "%-7s %-5s %-10s %12s %10s %10s %6s %6s %10s %10s %9s\n" \
  N seed method between_ss maxgap_sd sd_gap g_viol t_viol median_ms cpu_ms heap_mb
for N in $SIZES; do
  for SEED in $SEEDS; do
    ROSTER="$WORK/roster_${N}_${SEED}.csv"
    [[ -f "$ROSTER" ]] || python3 "$TOOLS/gen_roster.py" --n "$N" --seed "$SEED" --out "$ROSTER"
    for METHOD in random snake; do
      OUT="$WORK/${METHOD}_${N}_${SEED}.csv"
      java -jar "$JAR" --in "$ROSTER" --size 5 --features chinese,math,english --method "$METHOD" \
        --seed "$SEED" --out "$OUT" --quiet
      read -r B GAP SDG GV TV <<<"$(score "$ROSTER" "$OUT")"
      printf "%-7s %-5s %-10s %12s %10s %10s %6s %6s %10s %10s %9s\n" "$N" "$SEED" "$METHOD" "$B" "$GAP" "$SDG" "$GV" "$TV" - - -
    done
    for OBJ in $OBJECTIVES; do
      OUT="$WORK/engine_${OBJ}_${N}_${SEED}.csv"
      LINE="$(java -Xmx1g -cp "$CP" cn.hezuo.grouping.bench.BenchMain --roster "$ROSTER" --out "$OUT" \
        --objective "$OBJ" --seed "$SEED" --reps "$REPS" --warmup 1 --warmup-seconds 3)"
      MED="$(sed -n 's/^median_ms=\([0-9.]*\).*/\1/p' <<<"$LINE")"
      CPU="$(sed -n 's/.*cpu_median_ms=\([0-9.]*\).*/\1/p' <<<"$LINE")"
      HEAP="$(sed -n 's/.*peak_heap_mb=\([0-9.]*\).*/\1/p' <<<"$LINE")"
      read -r B GAP SDG GV TV <<<"$(score "$ROSTER" "$OUT")"
      printf "%-7s %-5s %-10s %12s %10s %10s %6s %6s %10s %10s %9s\n" "$N" "$SEED" "$OBJ" "$B" "$GAP" "$SDG" "$GV" "$TV" "$MED" "$CPU" "$HEAP"
    done
  done
done
echo "(rosters and groupings in $WORK)"
