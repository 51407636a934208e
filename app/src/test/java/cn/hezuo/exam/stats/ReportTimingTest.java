package cn.hezuo.exam.stats;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Times the grade-level reports on a district-sized exam (200,000 students × 40 items, 4,000 classes) and prints the
 * result; the time is reported, not asserted, so that a busy CI machine cannot fail the build. Target: under 2 s.
 */
class ReportTimingTest {

    @Test
    void districtSizedExamReportsRunInOnePassEach() {
        ExamMatrix exam = RandomExams.generate(7L, 200_000, 40, 4_000, 0);
        ExamLines lines = ExamLines.of(exam.fullMarks());
        for (String run : new String[] {"first (cold JIT)", "second"}) {
            long start = System.nanoTime();
            ItemAnalysis items = ItemAnalysis.analyse(exam);
            long itemsDone = System.nanoTime();
            ClassComparison classes = ClassComparison.of(exam.scores(), lines);
            int[] gradeRanks = Ranking.gradeRanks(exam.scores());
            int[] classRanks = Ranking.classRanks(exam.scores());
            long classesDone = System.nanoTime();
            KnowledgePointRates points = KnowledgePointRates.compute(exam);
            long end = System.nanoTime();
            Runtime runtime = Runtime.getRuntime();
            System.out.printf("exam stats N=%d K=%d, %s run: item analysis %d ms, class stats + ranks %d ms, "
                            + "knowledge points %d ms, total %d ms; heap used %d MB%n",
                    exam.studentCount(), exam.itemCount(), run, (itemsDone - start) / 1_000_000,
                    (classesDone - itemsDone) / 1_000_000, (end - classesDone) / 1_000_000, (end - start) / 1_000_000,
                    (runtime.totalMemory() - runtime.freeMemory()) >> 20);
            assertThat(items.items()).hasSize(40);
            assertThat(classes.classes()).hasSize(4_000);
            assertThat(gradeRanks).hasSize(exam.studentCount());
            assertThat(classRanks).hasSize(exam.studentCount());
            assertThat(points.overall()).isNotEmpty();
        }
    }
}
