package cn.hezuo.exam.results;

import cn.hezuo.exam.Exam;
import org.springframework.context.ApplicationContext;

/** For the district benchmark: times one full read of an exam, the cache emptied first (not a test). */
public final class ExamReadTiming {

    private ExamReadTiming() {
    }

    /** Nanoseconds of {@link ExamLoader#load} with nothing cached for the exam. */
    public static long uncachedRead(ApplicationContext ctx, Exam exam) {
        ctx.getBean(LoadedExamCache.class).forget(exam.getId());
        long start = System.nanoTime();
        ctx.getBean(ExamLoader.class).load(exam);
        return System.nanoTime() - start;
    }
}
