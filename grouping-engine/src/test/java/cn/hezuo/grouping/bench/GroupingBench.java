package cn.hezuo.grouping.bench;

import cn.hezuo.grouping.GroupingEngine;
import cn.hezuo.grouping.GroupingProblem;
import cn.hezuo.grouping.GroupingResult;
import cn.hezuo.grouping.Objective;
import cn.hezuo.grouping.Rosters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;

/**
 * JMH: time of one {@link GroupingEngine#solve} for the benchmark configuration (groups of 5,
 * gender and tier balanced) on a synthetic class. Not part of {@code verify}; run with
 * {@code ./mvnw -q -pl grouping-engine -Pbench test-compile exec:exec}; pass JMH options through
 * {@code -Djmh.args="…"}, e.g. {@code -Djmh.args="-p students=40,2000 GroupingBench"}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
public class GroupingBench {

    @Param({"40", "400", "2000", "10000"})
    int students;

    @Param({"VARIANCE"})
    Objective objective;

    private GroupingProblem problem;

    @Setup
    public void setUp() {
        problem = Rosters.benchmarkProblem(students, 7, objective);
    }

    @Benchmark
    public GroupingResult solve() {
        return GroupingEngine.solve(problem);
    }
}
