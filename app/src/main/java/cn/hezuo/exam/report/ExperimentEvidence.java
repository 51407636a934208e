package cn.hezuo.exam.report;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.exam.Exam;
import cn.hezuo.exam.ExamAccess;
import cn.hezuo.exam.stats.DescriptiveStats;
import cn.hezuo.exam.stats.ExperimentAnalysis;
import cn.hezuo.school.SchoolClass;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The exam feature's public read of its experiment statistics for other features (a 课题's evidence page): for given
 * 实验班 and 对照班 and a period, every exam the user may see, sat in the period by all those classes, with results
 * and a pre-test (the saved one, else the default of the experiment page) — the same {@link ExperimentAnalysis} the
 * experiment page shows, as plain records. Aggregates only, and like the experiment page over all the exam's classes
 * (a teacher who may view the exam sees the groups' means and rates, never another class's students).
 */
@Service
public class ExperimentEvidence {

    /** One group's complete cases before and after; rates are shares 0..1. */
    public record GroupFigures(List<String> classNames, int n, double preMean, double prePassRate,
            double preExcellentRate, double postMean, double postPassRate, double postExcellentRate,
            double gainMean) {
    }

    /** One exam against its pre-test, with the tests and the plain-language reading in the caller's language. */
    public record Comparison(long examId, String examName, LocalDate examDate, String subjectName, long preExamId,
            String preExamName, LocalDate preExamDate, GroupFigures experimental, GroupFigures control,
            double welchT, double welchDf, double welchP, double cohenD, double ancovaEffect, double ancovaP,
            String summary) {
    }

    private final ExamReports reports;
    private final ExamAccess access;
    private final ExperimentChoices choices;
    private final MessageSource messages;

    ExperimentEvidence(ExamReports reports, ExamAccess access, ExperimentChoices choices, MessageSource messages) {
        this.reports = reports;
        this.access = access;
        this.choices = choices;
        this.messages = messages;
    }

    /** Oldest exam first; empty when no exam fits. */
    @Transactional(readOnly = true)
    public List<Comparison> compare(HezuoUser user, Set<Long> experimentalClassIds, Set<Long> controlClassIds,
                                    LocalDate from, LocalDate to, Locale locale) {
        if (experimentalClassIds.isEmpty() || controlClassIds.isEmpty()) {
            return List.of();
        }
        Set<Long> both = new LinkedHashSet<>(experimentalClassIds);
        both.addAll(controlClassIds);
        List<Comparison> result = new ArrayList<>();
        List<Exam> exams = access.visibleExams(user).stream()
                .filter(e -> !e.getExamDate().isBefore(from) && !e.getExamDate().isAfter(to))
                .filter(e -> access.classIds(e.getId()).containsAll(both))
                .sorted((a, b) -> a.getExamDate().compareTo(b.getExamDate()))
                .toList();
        for (Exam exam : exams) {
            ExamReport report = reports.load(user, exam.getId());
            if (!report.data().hasResults()) {
                continue;
            }
            List<Exam> candidates = reports.preTestCandidates(user, exam).stream()
                    .filter(e -> !e.getExamDate().isBefore(from)).toList();
            Long savedPre = choices.find(exam.getId()).map(ExperimentChoices.Choice::preExamId).orElse(null);
            Exam pre = candidates.stream().filter(e -> e.getId().equals(savedPre)).findFirst()
                    .orElse(reports.defaultPreTest(candidates, exam));
            if (pre == null) {
                continue;
            }
            List<SchoolClass> classes = report.data().classes();
            Set<String> e = names(classes, experimentalClassIds);
            Set<String> c = names(classes, controlClassIds);
            Map<String, Double> preTotals = reports.preTotals(user, report, pre.getId());
            ExperimentAnalysis a = ExperimentAnalysis.analyse(report.data().scores(), report.data().lines(),
                    preTotals, pre.lines(), e, c);
            result.add(new Comparison(exam.getId(), exam.getName(), exam.getExamDate(), report.subjectName(),
                    pre.getId(), pre.getName(), pre.getExamDate(), figures(e, a.experimental()),
                    figures(c, a.control()), a.welch().t(), a.welch().df(), a.welch().p(), a.cohenD(),
                    a.ancova().b1(), a.ancova().p(), ExperimentSummary.text(a.summary(), messages, locale)));
        }
        return result;
    }

    private static GroupFigures figures(Set<String> names, ExperimentAnalysis.GroupSummary g) {
        DescriptiveStats pre = g.pre();
        DescriptiveStats post = g.post();
        return new GroupFigures(List.copyOf(names), g.n(), pre.mean(), pre.passRate(), pre.excellentRate(),
                post.mean(), post.passRate(), post.excellentRate(), g.gainMean());
    }

    private static Set<String> names(List<SchoolClass> classes, Set<Long> ids) {
        Set<String> names = new LinkedHashSet<>();
        classes.stream().filter(c -> ids.contains(c.getId())).forEach(c -> names.add(c.getName()));
        return names;
    }
}
