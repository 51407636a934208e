package cn.hezuo.evaluation;

import cn.hezuo.school.SchoolClass;
import cn.hezuo.spreadsheet.ExcelDownload;
import cn.hezuo.spreadsheet.XlsxSheetWriter;
import cn.hezuo.spreadsheet.XlsxWriter;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/** The class's evaluation report over a period as .xlsx: by item, by stage, by group and by student. */
@Component
class EvaluationReportExport {

    private final MessageSource messages;
    private final GroupLabels labels;

    EvaluationReportExport(MessageSource messages, GroupLabels labels) {
        this.messages = messages;
        this.labels = labels;
    }

    ResponseEntity<byte[]> of(SchoolClass schoolClass, EvaluationReport report, Locale locale) {
        Function<String, String> t = key -> messages.getMessage(key, null, locale);
        try (XlsxWriter xlsx = new XlsxWriter()) {
            XlsxSheetWriter items = xlsx.sheet(t.apply("evaluation.report.byItem"), List.of(t.apply("evaluation.item.name"),
                    t.apply("evaluation.item.stage"), t.apply("evaluation.report.awards"), t.apply("evaluation.report.points")));
            report.byItem().forEach(r -> items.row(r.item(), t.apply("evaluation.stage." + r.stage()), r.awards(), r.points()));
            XlsxSheetWriter stages = xlsx.sheet(t.apply("evaluation.report.byStage"),
                    List.of(t.apply("evaluation.item.stage"), t.apply("evaluation.report.points")));
            report.byStage().forEach(r -> stages.row(t.apply("evaluation.stage." + r.stage()), r.points()));
            XlsxSheetWriter groups = xlsx.sheet(t.apply("evaluation.report.byGroup"),
                    List.of(t.apply("evaluation.report.group"), t.apply("evaluation.report.points")));
            report.byGroup().forEach(r -> groups.row(labels.of(report.spansPlans(), r, locale), r.points()));
            if (report.ungroupedPoints() != 0) {
                groups.row(t.apply("evaluation.report.ungrouped"), report.ungroupedPoints());
            }
            XlsxSheetWriter students = xlsx.sheet(t.apply("evaluation.report.byStudent"), List.of(
                    t.apply("evaluation.report.group"), t.apply("evaluation.report.memberNo"),
                    t.apply("evaluation.report.student"), t.apply("evaluation.report.points")));
            report.byStudent().forEach(r -> students.row(r.groupNumber(), r.memberNo(), r.name(), r.points()));
            return ExcelDownload.of(schoolClass.getName() + "-" + t.apply("evaluation.report.title") + "-"
                    + report.from() + "_" + report.to() + ".xlsx", xlsx.toBytes());
        }
    }
}
