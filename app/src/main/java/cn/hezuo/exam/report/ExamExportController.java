package cn.hezuo.exam.report;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.roster.ExcelDownload;
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

    ExamExportController(ExamReports reports, ExamExport export) {
        this.reports = reports;
        this.export = export;
    }

    @GetMapping("/exams/{examId}/export")
    ResponseEntity<byte[]> export(@AuthenticationPrincipal HezuoUser user, @PathVariable long examId) {
        ExamReport report = reports.load(user, examId);
        return ExcelDownload.of(report.exam().getName() + "-" + report.subjectName() + ".xlsx",
                export.create(report, LocaleContextHolder.getLocale()));
    }
}
