package cn.hezuo.exam.report;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.exam.Exam;
import cn.hezuo.exam.ExamAccess;
import cn.hezuo.exam.results.ExamLoader;
import cn.hezuo.exam.results.ExamResultStore;
import cn.hezuo.exam.results.LoadedExam;
import cn.hezuo.school.SubjectDirectory;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Loads an exam for a user's report after checking {@link ExamAccess}; one query for the whole exam. */
@Service
class ExamReports {

    private final ExamAccess access;
    private final ExamLoader loader;
    private final ExamResultStore results;
    private final SubjectDirectory subjects;

    ExamReports(ExamAccess access, ExamLoader loader, ExamResultStore results, SubjectDirectory subjects) {
        this.access = access;
        this.loader = loader;
        this.results = results;
        this.subjects = subjects;
    }

    /** The exam for a user who may see it (403 otherwise, 404 if unknown). */
    @Transactional(readOnly = true)
    public ExamReport load(HezuoUser user, long examId) {
        Exam exam = access.requireView(user, examId);
        ExamAccess.Scope scope = access.scope(user);
        List<Long> classIds = access.classIds(examId);
        Set<Long> viewable = scope.viewable(exam.getSubjectId(), classIds);
        LoadedExam data = loader.load(exam);
        return new ExamReport(data, subjectName(exam), viewable, !scope.importable(exam.getSubjectId(), classIds).isEmpty(),
                access.canCreate(scope, exam.getSubjectId(), classIds));
    }

    /**
     * The pre-test totals of this exam's students, keyed by 学号 like the score table. The pre-test must be another
     * exam the user may see.
     */
    @Transactional(readOnly = true)
    public Map<String, Double> preTotals(HezuoUser user, ExamReport report, long preExamId) {
        access.requireView(user, preExamId);
        Map<Long, Double> byId = results.presentTotals(preExamId);
        Map<String, Double> byNo = new HashMap<>();
        report.data().students().values().forEach(s -> {
            Double total = byId.get(s.studentId());
            if (total != null) {
                byNo.put(s.studentNo(), total);
            }
        });
        return byNo;
    }

    /**
     * Candidates for a pre-test: other exams the user may see, sat no later than this one by at least one of its
     * classes, with results; newest first.
     */
    @Transactional(readOnly = true)
    public List<Exam> preTestCandidates(HezuoUser user, Exam exam) {
        Set<Long> classIds = new HashSet<>(access.classIds(exam.getId()));
        List<Exam> visible = access.visibleExams(user).stream()
                .filter(e -> !e.getId().equals(exam.getId()) && !e.getExamDate().isAfter(exam.getExamDate()))
                .filter(e -> access.classIds(e.getId()).stream().anyMatch(classIds::contains))
                .toList();
        Map<Long, Integer> counts = results.countsByExam(visible.stream().map(Exam::getId).toList());
        return visible.stream().filter(e -> counts.getOrDefault(e.getId(), 0) > 0).toList();
    }

    /** The default pre-test: the latest earlier exam of the same subject, else the latest earlier one. */
    public Exam defaultPreTest(List<Exam> candidates, Exam exam) {
        return candidates.stream().filter(e -> e.getSubjectId().equals(exam.getSubjectId())).findFirst()
                .orElse(candidates.isEmpty() ? null : candidates.get(0));
    }

    public String subjectName(Exam exam) {
        return subjects.find(exam.getSubjectId()).map(s -> s.getName()).orElse("");
    }
}
