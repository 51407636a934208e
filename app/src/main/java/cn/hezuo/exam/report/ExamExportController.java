package cn.hezuo.exam.report;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.spreadsheet.ExcelDownload;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Downloads the exam report as .xlsx (student rows only of the classes the user may see). */
@Controller
class ExamExportController {

    private final ExamReports reports;
    private final ExamExport export;
    private final ExperimentChoices choices;

    ExamExportController(ExamReports reports, ExamExport export, ExperimentChoices choices) {
        this.reports = reports;
        this.export = export;
        this.choices = choices;
    }

    @GetMapping("/exams/{examId}/export")
    ResponseEntity<byte[]> export(@AuthenticationPrincipal HezuoUser user, @PathVariable long examId) {
        ExamReport report = reports.load(user, examId);
        // The early warning and the experiment against the pre-test saved with the groups, else the page's default.
        ExperimentChoices.Choice choice = choices.find(examId).orElse(null);
        java.util.List<cn.hezuo.exam.Exam> candidates = reports.preTestCandidates(user, report.exam());
        cn.hezuo.exam.Exam pre = choice == null || choice.preExamId() == null ? null : candidates.stream()
                .filter(e -> e.getId().equals(choice.preExamId())).findFirst().orElse(null);
        if (pre == null) {
            pre = reports.defaultPreTest(candidates, report.exam());
        }
        java.util.Map<String, Double> preTotals = pre == null || !report.data().hasResults() ? null
                : reports.preTotals(user, report, pre.getId());
        return ExcelDownload.of(report.exam().getName() + "-" + report.subjectName() + ".xlsx",
                export.create(report, LocaleContextHolder.getLocale(), pre, preTotals, choice));
    }
}
