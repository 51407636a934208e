package cn.hezuo.exam.report;

import cn.hezuo.exam.Exam;
import cn.hezuo.exam.results.LoadedExam;
import cn.hezuo.exam.stats.EarlyWarning;
import cn.hezuo.exam.stats.ExperimentAnalysis;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import cn.hezuo.exam.results.LoadedExam.ResultStudent;
import cn.hezuo.exam.stats.ClassComparison;
import cn.hezuo.exam.stats.DescriptiveStats;
import cn.hezuo.exam.stats.ExamLines;
import cn.hezuo.exam.stats.ItemAnalysis;
import cn.hezuo.exam.stats.KnowledgePointRates;
import cn.hezuo.exam.stats.Ranking;
import cn.hezuo.spreadsheet.XlsxSheetWriter;
import cn.hezuo.spreadsheet.XlsxWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The class and grade report as .xlsx: class comparison, score bands, item analysis, knowledge points and the
 * students the user may see with their ranks. Rates in percent; numbers rounded like the pages (the stored scores and
 * the pages keep full precision).
 */
@Component
class ExamExport {

    private final MessageSource messages;

    ExamExport(MessageSource messages) {
        this.messages = messages;
    }

    byte[] create(ExamReport report, Locale locale) {
        return create(report, locale, null, null, null);
    }

    /**
     * With the early warning against {@code preExam} (null: no earlier exam) and the experiment of the groups saved
     * with the exam ({@code choice}, null when none was saved).
     */
    byte[] create(ExamReport report, Locale locale, Exam preExam, Map<String, Double> preTotals,
                  ExperimentChoices.Choice choice) {
        Function<String, String> t = key -> messages.getMessage(key, null, locale);
        LoadedExam data = report.data();
        ExamLines lines = data.lines();
        ClassComparison comparison = ClassComparison.of(data.scores(), lines);
        try (XlsxWriter xlsx = new XlsxWriter()) {
            XlsxSheetWriter classes = xlsx.sheet(t.apply("examreport.classComparison"), List.of(t.apply("class.name"),
                    t.apply("examreport.present"), t.apply("examreport.enrolled"), t.apply("examreport.mean"),
                    t.apply("examreport.vsGrade"), t.apply("examreport.median"), t.apply("examreport.sd"),
                    t.apply("examreport.max"), t.apply("examreport.min"), t.apply("examreport.passRate") + " %",
                    t.apply("examreport.excellentRate") + " %", t.apply("examreport.lowRate") + " %",
                    t.apply("examreport.rankByMean")));
            double gradeMean = comparison.grade().mean();
            for (ClassComparison.ClassRow row : comparison.classes()) {
                classes.row(statsRow(row.classKey(), row.stats(), gradeMean, row.rankByMean() == 0 ? null : row.rankByMean()));
            }
            classes.row(statsRow(t.apply("examreport.grade"), comparison.grade(), Double.NaN, null));

            List<String> bandHeaders = new ArrayList<>(List.of(t.apply("examreport.band")));
            comparison.classes().forEach(c -> bandHeaders.add(c.classKey()));
            bandHeaders.add(t.apply("examreport.grade"));
            XlsxSheetWriter bands = xlsx.sheet(t.apply("examreport.bands"), bandHeaders);
            for (int b = 0; b < ExamLines.BANDS; b++) {
                List<Object> row = new ArrayList<>(List.of(lines.bandLabel(b)));
                for (ClassComparison.ClassRow c : comparison.classes()) {
                    row.add(c.stats().bandCounts().get(b));
                }
                row.add(comparison.grade().bandCounts().get(b));
                bands.row(row);
            }
            if (data.hasItems() && data.scores().size() > 0) {
                items(xlsx, t, report);
                knowledgePoints(xlsx, t, report);
            }
            students(xlsx, t, report);
            if (data.hasResults() && preTotals != null) {
                warnings(xlsx, t, report, preExam, preTotals);
                if (choice != null) {
                    experiment(xlsx, t, report, preExam, preTotals, choice);
                }
            }
            return xlsx.toBytes();
        }
    }

    /** The 预警 list as on the page: students of the visible classes, with the pre-test named below. */
    private void warnings(XlsxWriter xlsx, Function<String, String> t, ExamReport report, Exam preExam,
                          Map<String, Double> preTotals) {
        LoadedExam data = report.data();
        EarlyWarning warning = EarlyWarning.flag(data.scores(), preTotals, data.lines());
        XlsxSheetWriter sheet = xlsx.sheet(t.apply("examreport.tab.warnings"), List.of(t.apply("student.no"),
                t.apply("student.name"), t.apply("class.name"), t.apply("examreport.preTotal"), t.apply("exam.total"),
                t.apply("examreport.prPre"), t.apply("examreport.prPost"), t.apply("examreport.drop"))).textColumn(0);
        for (EarlyWarning.Flagged f : warning.flagged()) {
            ResultStudent s = data.students().get(f.studentId());
            if (s != null && report.canSee(s)) {
                sheet.row(s.studentNo(), s.name(), s.className(), f.preTotal(), f.total(), round(f.prPre(), 1),
                        round(f.prPost(), 1), round(f.drop(), 1));
            }
        }
        sheet.row(t.apply("examreport.preTest"), preExam.getName() + " (" + preExam.getExamDate() + ")");
    }

    /** The experiment of the groups saved with the exam: who is in each group and the page's main figures. */
    private void experiment(XlsxWriter xlsx, Function<String, String> t, ExamReport report, Exam preExam,
                            Map<String, Double> preTotals, ExperimentChoices.Choice choice) {
        LoadedExam data = report.data();
        Set<String> e = new LinkedHashSet<>();
        Set<String> c = new LinkedHashSet<>();
        data.classes().forEach(k -> {
            if (choice.experimental().contains(k.getId())) {
                e.add(k.getName());
            } else if (choice.control().contains(k.getId())) {
                c.add(k.getName());
            }
        });
        if (e.isEmpty() || c.isEmpty()) {
            return;
        }
        ExperimentAnalysis a = ExperimentAnalysis.analyse(data.scores(), data.lines(), preTotals, preExam.lines(), e, c);
        XlsxSheetWriter sheet = xlsx.sheet(t.apply("examreport.tab.experiment"), List.of("",
                t.apply("examreport.experiment.experimental"), t.apply("examreport.experiment.control")));
        sheet.row(t.apply("class.name"), String.join("、", e), String.join("、", c));
        sheet.row(t.apply("examreport.preTest"), preExam.getName() + " (" + preExam.getExamDate() + ")", "");
        sheet.row(t.apply("examreport.experiment.n"), a.experimental().n() + " / " + a.experimental().enrolled(),
                a.control().n() + " / " + a.control().enrolled());
        sheet.row(t.apply("examreport.experiment.preMean"), round(a.experimental().pre().mean(), 2),
                round(a.control().pre().mean(), 2));
        sheet.row(t.apply("examreport.experiment.postMean"), round(a.experimental().post().mean(), 2),
                round(a.control().post().mean(), 2));
        sheet.row(t.apply("examreport.experiment.gain"), round(a.experimental().gainMean(), 2),
                round(a.control().gainMean(), 2));
        sheet.row(t.apply("examreport.experiment.welch"), round(a.welch().difference(), 2),
                "t = " + round(a.welch().t(), 3) + ", df = " + round(a.welch().df(), 1) + ", p = "
                        + round(a.welch().p(), 4));
        sheet.row(t.apply("examreport.experiment.cohenD"), round(a.cohenD(), 3), null);
    }

    private static List<Object> statsRow(String name, DescriptiveStats s, double gradeMean, Integer rank) {
        return Arrays.asList(name, s.nPresent(), s.nEnrolled(), round(s.mean(), 2),
                Double.isNaN(gradeMean) ? null : round(s.mean() - gradeMean, 2), round(s.median(), 2), round(s.sd(), 2),
                round(s.max(), 1), round(s.min(), 1), percent(s.passRate()), percent(s.excellentRate()),
                percent(s.lowRate()), rank);
    }

    private void items(XlsxWriter xlsx, Function<String, String> t, ExamReport report) {
        ItemAnalysis analysis = ItemAnalysis.analyse(report.data().matrix());
        List<String> headers = new ArrayList<>(List.of(t.apply("exam.item.label"), t.apply("exam.item.maxPoints"),
                t.apply("examreport.meanScore"), t.apply("examreport.difficulty"), t.apply("examreport.discrimination"),
                t.apply("examreport.itemRest"), t.apply("examreport.alphaIfDeleted"), t.apply("exam.item.answerKey"),
                "A %", "B %", "C %", "D %", t.apply("examreport.blank") + " %"));
        report.classNames().forEach(c -> headers.add(c + " %"));
        XlsxSheetWriter sheet = xlsx.sheet(t.apply("examreport.tab.items"), headers);
        List<ItemView.Row> rows = ItemView.rows(analysis, report.data().items(), report.classNames());
        for (ItemView.Row r : rows) {
            ItemAnalysis.ItemStats s = r.stats();
            List<Object> row = new ArrayList<>(Arrays.asList(s.item().label(), s.item().maxPoints(),
                    round(s.meanScore(), 2), round(s.difficulty(), 3), round(s.discriminationD(), 3),
                    round(s.rItemRest(), 3), round(s.alphaIfDeleted(), 3), r.key()));
            if (r.options().isEmpty()) {
                row.addAll(Arrays.asList(null, null, null, null, null));
            } else {
                r.options().forEach(o -> row.add(percent(o.share())));
            }
            s.scoringRateByClass().forEach(rate -> row.add(percent(rate)));
            sheet.row(row);
        }
        sheet.row(t.apply("examreport.alpha"), round(analysis.alpha(), 3));
        sheet.row(t.apply("examreport.sem"), round(analysis.sem(), 3));
    }

    private void knowledgePoints(XlsxWriter xlsx, Function<String, String> t, ExamReport report) {
        KnowledgePointRates rates = KnowledgePointRates.compute(report.data().matrix());
        List<String> headers = new ArrayList<>(List.of(t.apply("exam.item.knowledgePoints"), t.apply("examreport.items"),
                t.apply("examreport.grade") + " %"));
        report.classNames().forEach(c -> headers.add(c + " %"));
        XlsxSheetWriter sheet = xlsx.sheet(t.apply("examreport.tab.knowledge"), headers);
        for (KnowledgePointRates.PointRate point : rates.overall()) {
            List<Object> row = new ArrayList<>(List.of(point.point(), String.join(", ", point.items())));
            row.add(percent(point.rate()));
            for (String className : report.classNames()) {
                row.add(rates.byClass().get(className).stream().filter(p -> p.point().equals(point.point()))
                        .findFirst().map(p -> percent(p.rate())).orElse(null));
            }
            sheet.row(row);
        }
    }

    private void students(XlsxWriter xlsx, Function<String, String> t, ExamReport report) {
        LoadedExam data = report.data();
        List<String> headers = new ArrayList<>(List.of(t.apply("student.no"), t.apply("student.name"),
                t.apply("class.name"), t.apply("exam.total"), t.apply("examreport.classRank"),
                t.apply("examreport.gradeRank")));
        if (data.hasItems()) {
            data.items().forEach(i -> headers.add(i.getLabel()));
        }
        XlsxSheetWriter sheet = xlsx.sheet(t.apply("examreport.tab.students"), headers).textColumn(0);
        int[] gradeRanks = Ranking.gradeRanks(data.scores());
        int[] classRanks = Ranking.classRanks(data.scores());
        for (ResultStudent s : report.visibleStudents()) {
            List<Object> row = new ArrayList<>(Arrays.asList(s.studentNo(), s.name(), s.className()));
            if (s.absent()) {
                row.addAll(Arrays.asList(t.apply("exam.absent"), null, null));
            } else {
                row.addAll(List.of(s.total(), classRanks[s.row()], gradeRanks[s.row()]));
                if (data.hasItems()) {
                    for (int j = 0; j < data.items().size(); j++) {
                        row.add(data.matrix().points(s.row(), j));
                    }
                }
            }
            sheet.row(row);
        }
    }

    private static Double round(double value, int digits) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return null;
        }
        double scale = Math.pow(10, digits);
        return Math.round(value * scale) / scale;
    }

    private static Double percent(double rate) {
        return round(rate * 100, 1);
    }
}
