/**
 * Benchmarks, kept out of the test run: {@link cn.hezuo.grouping.bench.GroupingBench} (JMH, run
 * with {@code ./mvnw -pl grouping-engine -Pbench test-compile exec:exec}) and
 * {@link cn.hezuo.grouping.bench.BenchMain}, which {@code bench.sh} uses to time the engine in a warm
 * JVM on a roster file and write the assignment for {@code score.py}.
 */
package cn.hezuo.grouping.bench;
