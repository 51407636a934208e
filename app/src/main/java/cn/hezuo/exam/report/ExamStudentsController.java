package cn.hezuo.exam.report;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.exam.Exam;
import cn.hezuo.exam.results.LoadedExam.ResultStudent;
import cn.hezuo.exam.stats.BorderlineStudents;
import cn.hezuo.exam.stats.EarlyWarning;
import cn.hezuo.exam.stats.Ranking;
import cn.hezuo.exam.stats.ScoreTable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The student-level pages of one exam — totals with class and grade ranks, 临界生, early warning — for teachers.
 * Ranks and percentile ranks are computed over the whole exam; the rows shown are only of the classes the user may
 * see.
 */
@Controller
class ExamStudentsController {

    private final ExamReports reports;

    ExamStudentsController(ExamReports reports) {
        this.reports = reports;
    }

    /** A student's line: absent students have no total and no ranks. */
    record StudentLine(ResultStudent student, int classRank, int gradeRank) {
    }

    /** A 临界生 with the gap to the line. */
    record NearLine(ResultStudent student, double gap) {
    }

    @GetMapping("/exams/{examId}/students")
    String students(@AuthenticationPrincipal HezuoUser user, @PathVariable long examId,
                    @RequestParam(required = false) Long classId, Model model) {
        ExamReport report = reports.load(user, examId);
        ScoreTable scores = report.data().scores();
        int[] gradeRanks = Ranking.gradeRanks(scores);
        int[] classRanks = Ranking.classRanks(scores);
        List<StudentLine> lines = new ArrayList<>();
        for (ResultStudent s : report.visibleStudents()) {
            if (classId != null && s.classId() != classId) {
                continue;
            }
            lines.add(s.absent() ? new StudentLine(s, 0, 0)
                    : new StudentLine(s, classRanks[s.row()], gradeRanks[s.row()]));
        }
        lines.sort(Comparator.comparing((StudentLine l) -> l.student().absent())
                .thenComparingInt(StudentLine::gradeRank).thenComparing(l -> l.student().studentNo()));
        model.addAttribute("report", report);
        model.addAttribute("tab", "students");
        model.addAttribute("lines", lines);
        model.addAttribute("classId", classId);
        return "exam/students";
    }

    @GetMapping("/exams/{examId}/borderline")
    String borderline(@AuthenticationPrincipal HezuoUser user, @PathVariable long examId, Model model) {
        ExamReport report = reports.load(user, examId);
        BorderlineStudents near = BorderlineStudents.find(report.data().scores(), report.data().lines());
        model.addAttribute("report", report);
        model.addAttribute("tab", "borderline");
        model.addAttribute("buffer", near.buffer());
        model.addAttribute("nearPass", visible(report, near.nearPass()));
        model.addAttribute("nearExcellent", visible(report, near.nearExcellent()));
        return "exam/borderline";
    }

    /** A flagged student with the numbers behind the flag. */
    record WarningLine(ResultStudent student, EarlyWarning.Flagged flag) {
    }

    @GetMapping("/exams/{examId}/warnings")
    String warnings(@AuthenticationPrincipal HezuoUser user, @PathVariable long examId,
                    @RequestParam(required = false) Long pre, Model model) {
        ExamReport report = reports.load(user, examId);
        List<Exam> candidates = reports.preTestCandidates(user, report.exam());
        Exam preExam = pre == null ? reports.defaultPreTest(candidates, report.exam())
                : candidates.stream().filter(e -> e.getId().equals(pre)).findFirst().orElse(null);
        model.addAttribute("report", report);
        model.addAttribute("tab", "warnings");
        model.addAttribute("candidates", candidates);
        model.addAttribute("preExam", preExam);
        if (preExam != null && report.data().hasResults()) {
            Map<String, Double> preTotals = reports.preTotals(user, report, preExam.getId());
            EarlyWarning warning = EarlyWarning.flag(report.data().scores(), preTotals, report.data().lines());
            model.addAttribute("warning", warning);
            model.addAttribute("flagged", warning.flagged().stream()
                    .map(f -> new WarningLine(report.data().students().get(f.studentId()), f))
                    .filter(l -> report.canSee(l.student())).toList());
            model.addAttribute("missingPre", warning.missingPreTotal().stream()
                    .map(no -> report.data().students().get(no)).filter(report::canSee).toList());
        }
        return "exam/warnings";
    }

    private static List<NearLine> visible(ExamReport report, List<BorderlineStudents.Student> students) {
        return students.stream().map(s -> new NearLine(report.data().students().get(s.studentId()), s.gap()))
                .filter(l -> report.canSee(l.student())).toList();
    }
}
