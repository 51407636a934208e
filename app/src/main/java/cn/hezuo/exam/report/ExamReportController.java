package cn.hezuo.exam.report;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.exam.ExamItem;
import cn.hezuo.exam.stats.ClassComparison;
import cn.hezuo.exam.stats.DescriptiveStats;
import cn.hezuo.exam.stats.ExamLines;
import cn.hezuo.exam.stats.ItemAnalysis;
import cn.hezuo.exam.stats.KnowledgePointRates;
import cn.hezuo.exam.stats.ScoreTable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The aggregate reports of one exam: class and grade (两率一分, score bands), items, knowledge points. */
@Controller
class ExamReportController {

    private final ExamReports reports;
    private final MessageSource messages;

    ExamReportController(ExamReports reports, MessageSource messages) {
        this.reports = reports;
        this.messages = messages;
    }

    @GetMapping("/exams/{examId}")
    String overview(@AuthenticationPrincipal HezuoUser user, @PathVariable long examId, Model model) {
        ExamReport report = reports.load(user, examId);
        model.addAttribute("report", report);
        model.addAttribute("tab", "overview");
        if (!report.data().hasResults()) {
            return "exam/report";
        }
        ScoreTable scores = report.data().scores();
        ExamLines lines = report.data().lines();
        ClassComparison comparison = ClassComparison.of(scores, lines);
        List<String> bandLabels = new ArrayList<>();
        for (int b = 0; b < ExamLines.BANDS; b++) {
            bandLabels.add(lines.bandLabel(b));
        }
        ChartJson bands = ChartJson.bar(bandLabels).with("yName", text("examreport.chart.shareOfStudents"))
                .with("percent", true);
        bands.series(text("examreport.grade"), bandShares(comparison.grade()));
        if (report.listsEachClass()) {
            // A legend of thousands of classes helps no one: a district's chart shows the grade's bands only.
            comparison.classes().forEach(c -> bands.series(c.classKey(), bandShares(c.stats())));
        }
        ChartJson means = ChartJson.bar(comparison.classes().stream().map(ClassComparison.ClassRow::classKey).toList())
                .with("yName", text("examreport.mean")).with("reference", comparison.grade().mean())
                .with("referenceName", text("examreport.gradeMean"));
        means.series(text("examreport.mean"), comparison.classes().stream().map(c -> c.stats().mean()).toList());
        model.addAttribute("comparison", comparison);
        model.addAttribute("lines", lines);
        model.addAttribute("bandLabels", bandLabels);
        model.addAttribute("bandsChart", bands.toJson());
        model.addAttribute("meansChart", means.toJson());
        return "exam/report";
    }

    @GetMapping("/exams/{examId}/item-analysis")
    String items(@AuthenticationPrincipal HezuoUser user, @PathVariable long examId, Model model) {
        ExamReport report = reports.load(user, examId);
        model.addAttribute("report", report);
        model.addAttribute("tab", "items");
        if (!report.data().hasItems() || report.data().scores().size() == 0) {
            return "exam/items-report";
        }
        ItemAnalysis analysis = ItemAnalysis.analyse(report.data().matrix());
        List<ItemView.Row> rows = ItemView.rows(analysis, report.data().items(), report.classNames());
        ChartJson chart = ChartJson.bar(rows.stream().map(r -> r.stats().item().label()).toList())
                .with("percent", true).with("yName", "%");
        chart.series(text("examreport.difficulty"), rows.stream().map(r -> ChartJson.percent(r.stats().difficulty())).toList(), "bar");
        chart.series(text("examreport.discriminationTimes100"),
                rows.stream().map(r -> ChartJson.percent(r.stats().discriminationD())).toList(), "line");
        model.addAttribute("analysis", analysis);
        model.addAttribute("rows", rows);
        model.addAttribute("mostMissed", rows.stream().sorted(Comparator.comparingDouble(r -> r.stats().difficulty()))
                .limit(5).toList());
        model.addAttribute("negative", rows.stream().filter(ItemView.Row::negative).toList());
        model.addAttribute("details", ItemView.details(analysis, report.data().items(),
                report.listsEachClass() ? report.classNames() : List.of(),
                text("examreport.grade"), text("examreport.upperGroup"), text("examreport.lowerGroup")));
        model.addAttribute("itemsChart", chart.toJson());
        return "exam/items-report";
    }

    /** A knowledge point's rates: the grade's and every class's, in class order. */
    record PointRow(String point, List<String> items, double maxPoints, double gradeRate, List<Double> classRates) {
    }

    @GetMapping("/exams/{examId}/knowledge-points")
    String knowledgePoints(@AuthenticationPrincipal HezuoUser user, @PathVariable long examId, Model model) {
        ExamReport report = reports.load(user, examId);
        model.addAttribute("report", report);
        model.addAttribute("tab", "knowledge");
        if (!report.data().hasItems() || report.data().scores().size() == 0) {
            return "exam/knowledge-report";
        }
        KnowledgePointRates rates = KnowledgePointRates.compute(report.data().matrix());
        List<String> classNames = report.classNames();
        List<PointRow> rows = new ArrayList<>();
        for (KnowledgePointRates.PointRate overall : rates.overall()) {
            List<Double> byClass = classNames.stream().map(c -> rates.byClass().get(c).stream()
                    .filter(p -> p.point().equals(overall.point())).mapToDouble(KnowledgePointRates.PointRate::rate)
                    .findFirst().orElse(Double.NaN)).toList();
            rows.add(new PointRow(overall.point(), overall.items(), overall.maxPoints(), overall.rate(), byClass));
        }
        ChartJson radar = ChartJson.radar(rows.stream().map(PointRow::point).toList());
        radar.series(text("examreport.grade"), rows.stream().map(r -> ChartJson.percent(r.gradeRate())).toList());
        for (int c = 0; c < classNames.size(); c++) {
            int index = c;
            radar.series(classNames.get(c), rows.stream().map(r -> ChartJson.percent(r.classRates().get(index))).toList());
        }
        model.addAttribute("rows", rows);
        model.addAttribute("untagged", report.data().items().stream().filter(i -> i.knowledgePointList().isEmpty())
                .map(ExamItem::getLabel).toList());
        model.addAttribute("radarChart", radar.toJson());
        return "exam/knowledge-report";
    }

    private static List<Double> bandShares(DescriptiveStats stats) {
        return stats.bandCounts().stream()
                .map(count -> stats.nPresent() == 0 ? null : ChartJson.percent((double) count / stats.nPresent()))
                .toList();
    }

    private String text(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }
}
