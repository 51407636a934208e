package cn.hezuo.exam.report;

import cn.hezuo.exam.Exam;
import cn.hezuo.exam.ExamItem;
import cn.hezuo.exam.ExamRepository;
import cn.hezuo.exam.results.ExamLoader;
import cn.hezuo.exam.results.ExamResultStore;
import cn.hezuo.exam.results.LoadedExam;
import cn.hezuo.exam.results.LoadedExam.ResultStudent;
import cn.hezuo.exam.results.StoredResult;
import cn.hezuo.exam.stats.Choice;
import cn.hezuo.exam.stats.ClassComparison;
import cn.hezuo.exam.stats.ExamMatrix;
import cn.hezuo.exam.stats.KnowledgePointRates;
import cn.hezuo.exam.stats.Ranking;
import cn.hezuo.roster.Student;
import cn.hezuo.school.SubjectDirectory;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One student's results across exams, each with the class and grade aggregates around it: for the teachers' trend
 * page, the tracking record and the student's own page (which shows the rank band, never the ranks).
 */
@Service
public class StudentExams {

    private final ExamResultStore results;
    private final ExamRepository exams;
    private final ExamLoader loader;
    private final SubjectDirectory subjects;

    StudentExams(ExamResultStore results, ExamRepository exams, ExamLoader loader, SubjectDirectory subjects) {
        this.results = results;
        this.exams = exams;
        this.loader = loader;
        this.subjects = subjects;
    }

    /**
     * One exam of the student.
     *
     * @param rate       total / full marks; NaN when absent
     * @param classRank  competition rank in the class (teachers only); 0 when absent
     * @param band       grade band for the student's own page; null when absent
     * @param items      the student's points per item (empty for total-only exams or when absent)
     * @param points     the student's knowledge-point rates next to the grade's, weakest (student) first
     */
    public record ExamLine(Exam exam, String subject, boolean absent, double total, double rate, int classRank,
                           int gradeRank, int classPresent, int gradePresent, double classMean, double gradeMean,
                           RankBand band, List<ItemPoints> items, List<PointLine> points) {

        public double fullMarks() {
            return exam.getFullMarks().doubleValue();
        }

        public double gradeMeanRate() {
            return gradeMean / fullMarks();
        }

        /** The band's message key ({@code examreport.band.TOP_25}); null when absent. */
        public String bandKey() {
            return band == null ? null : band.messageKey();
        }
    }

    /** The student's points on one item, and the grade's mean there. */
    public record ItemPoints(String label, double points, double maxPoints, double gradeMean) {
    }

    /** A knowledge point: the student's rate and the grade's. */
    public record PointLine(String point, double rate, double gradeRate) {
    }

    /**
     * What the student's own 我的成绩 ({@code /me/exams}) may show, oldest first: every exam they sat in their school,
     * with scores, means and the band — the page never shows {@code classRank}/{@code gradeRank}. Their parents see
     * exactly these lines (family), so the rule lives here once.
     */
    @Transactional(readOnly = true)
    public List<ExamLine> ownResults(Student student) {
        return lines(student, (exam, classId) -> true);
    }

    /**
     * The student's exams that {@code visible} allows (exam, class the student sat it in), oldest first.
     */
    @Transactional(readOnly = true)
    public List<ExamLine> lines(Student student, BiPredicate<Exam, Long> visible) {
        List<StoredResult> stored = results.forStudent(student.getId());
        Map<Long, Exam> byId = new HashMap<>();
        exams.findAllById(stored.stream().map(StoredResult::examId).toList()).forEach(e -> byId.put(e.getId(), e));
        Map<Long, String> subjectNames = new HashMap<>();
        subjects.ofSchool(student.getSchoolId())
                .forEach(s -> subjectNames.put(s.getId(), s.getName()));
        List<ExamLine> lines = new ArrayList<>();
        for (StoredResult result : stored) {
            Exam exam = byId.get(result.examId());
            if (exam == null || !exam.getSchoolId().equals(student.getSchoolId())
                    || !visible.test(exam, result.classId())) {
                continue;
            }
            lines.add(line(exam, subjectNames.get(exam.getSubjectId()), loader.load(exam), student.getStudentNo()));
        }
        lines.sort(Comparator.comparing((ExamLine l) -> l.exam().getExamDate()).thenComparing(l -> l.exam().getId()));
        return lines;
    }

    private static ExamLine line(Exam exam, String subject, LoadedExam data, String studentNo) {
        ResultStudent me = data.students().get(studentNo);
        ClassComparison comparison = ClassComparison.of(data.scores(), data.lines());
        ClassComparison.ClassRow myClass = comparison.classes().stream()
                .filter(c -> c.classKey().equals(me.className())).findFirst().orElse(null);
        double classMean = myClass == null ? Double.NaN : myClass.stats().mean();
        int classPresent = myClass == null ? 0 : myClass.stats().nPresent();
        int gradePresent = comparison.grade().nPresent();
        if (me.absent()) {
            return new ExamLine(exam, subject, true, Double.NaN, Double.NaN, 0, 0, classPresent, gradePresent,
                    classMean, comparison.grade().mean(), null, List.of(), List.of());
        }
        int row = me.row();
        double percentile = Ranking.percentileRanks(data.scores().totals())[row];
        List<ItemPoints> items = new ArrayList<>();
        List<PointLine> points = new ArrayList<>();
        if (data.hasItems()) {
            ExamMatrix matrix = data.matrix();
            double[] sums = new double[matrix.itemCount()];
            for (int i = 0; i < matrix.studentCount(); i++) {
                for (int j = 0; j < sums.length; j++) {
                    sums[j] += matrix.points(i, j);
                }
            }
            double[] mine = new double[matrix.itemCount()];
            Choice[] options = new Choice[matrix.itemCount()];
            for (int j = 0; j < mine.length; j++) {
                ExamItem item = data.items().get(j);
                mine[j] = matrix.points(row, j);
                options[j] = matrix.choice(row, j);
                items.add(new ItemPoints(item.getLabel(), mine[j], item.getMaxPoints().doubleValue(),
                        sums[j] / matrix.studentCount()));
            }
            // The student's own rates: the core's formula over a group of one.
            ExamMatrix alone = ExamMatrix.builder(matrix.items()).present(studentNo, me.className(), mine, options)
                    .build();
            Map<String, Double> gradeRates = new HashMap<>();
            KnowledgePointRates.compute(matrix).overall().forEach(p -> gradeRates.put(p.point(), p.rate()));
            KnowledgePointRates.compute(alone).overall().forEach(p ->
                    points.add(new PointLine(p.point(), p.rate(), gradeRates.getOrDefault(p.point(), Double.NaN))));
        }
        int[] classRanks = Ranking.classRanks(data.scores());
        int[] gradeRanks = Ranking.gradeRanks(data.scores());
        return new ExamLine(exam, subject, false, me.total(), me.total() / exam.getFullMarks().doubleValue(),
                classRanks[row], gradeRanks[row], classPresent, gradePresent, classMean, comparison.grade().mean(),
                RankBand.of(percentile), items, points);
    }

    /** One exam item the student lost points on, for their own 错题本: no ranks, no one else's scores. */
    public record WrongItem(long examId, String exam, java.time.LocalDate examDate, String subject, String item,
                            double points, double maxPoints) {
    }

    /** The items of the student's exams where they got less than full marks, newest exam first, items in order. */
    @Transactional(readOnly = true)
    public List<WrongItem> wrongItems(Student student) {
        List<ExamLine> all = new ArrayList<>(ownResults(student));
        java.util.Collections.reverse(all);
        List<WrongItem> wrong = new ArrayList<>();
        for (ExamLine line : all) {
            for (ItemPoints item : line.items()) {
                if (!line.absent() && item.points() < item.maxPoints()) {
                    wrong.add(new WrongItem(line.exam().getId(), line.exam().getName(), line.exam().getExamDate(),
                            line.subject(), item.label(), item.points(), item.maxPoints()));
                }
            }
        }
        return wrong;
    }

    /** The trend chart: the student's score rate and the grade's mean rate per exam, in percent. */
    public static String trendChart(List<ExamLine> lines, String mine, String grade) {
        ChartJson chart = ChartJson.line(lines.stream()
                .map(l -> l.exam().getName() + " " + l.exam().getExamDate()).toList())
                .with("percent", true).with("yName", "%");
        chart.series(mine, lines.stream().map(l -> ChartJson.percent(l.rate())).toList());
        chart.series(grade, lines.stream().map(l -> ChartJson.percent(l.gradeMeanRate())).toList());
        return chart.toJson();
    }
}
