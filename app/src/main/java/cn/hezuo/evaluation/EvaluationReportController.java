package cn.hezuo.evaluation;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.roster.ExcelDownload;
import cn.hezuo.school.ClassAccess;
import cn.hezuo.school.SchoolClass;
import cn.hezuo.school.SchoolCalendar;
import cn.hezuo.school.SchoolTerm;
import cn.hezuo.spreadsheet.XlsxSheetWriter;
import cn.hezuo.spreadsheet.XlsxWriter;
import cn.hezuo.teacher.DisplayNames;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The class's evaluation report over a period (chart + tables, printable) and its .xlsx export. Teachers only. */
@Controller
class EvaluationReportController {

    private final ClassAccess access;
    private final EvaluationReportQuery reports;
    private final WeeklyQuery weeklyQuery;
    private final SchoolCalendar calendar;
    private final WeeklyStarsQuery starsQuery;
    private final MessageSource messages;
    private final DisplayNames displayNames;

    EvaluationReportController(ClassAccess access, EvaluationReportQuery reports, WeeklyQuery weeklyQuery,
                               SchoolCalendar calendar, WeeklyStarsQuery starsQuery,
                               MessageSource messages,
            DisplayNames displayNames) {
        this.displayNames = displayNames;
        this.starsQuery = starsQuery;
        this.access = access;
        this.reports = reports;
        this.weeklyQuery = weeklyQuery;
        this.calendar = calendar;
        this.messages = messages;
    }

    @GetMapping("/classes/{classId}/evaluation/report")
    String show(@AuthenticationPrincipal HezuoUser user, @PathVariable long classId,
                @RequestParam(defaultValue = "THIS_WEEK") ReportPeriod period,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                Model model) {
        SchoolClass schoolClass = access.requireView(user, classId);
        EvaluationReport report = report(user, classId, period, from, to);
        model.addAttribute("schoolClass", schoolClass);
        model.addAttribute("report", report);
        Locale locale = LocaleContextHolder.getLocale();
        model.addAttribute("groupLabels", report.byGroup().stream()
                .map(r -> planGroupLabel(report.spansPlans(), r, locale)).toList());
        model.addAttribute("period", period);
        model.addAttribute("periods", ReportPeriod.values());
        return "evaluation/report";
    }

    @GetMapping("/classes/{classId}/evaluation/report.xlsx")
    ResponseEntity<byte[]> export(@AuthenticationPrincipal HezuoUser user, @PathVariable long classId,
                                  @RequestParam(defaultValue = "THIS_WEEK") ReportPeriod period,
                                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        SchoolClass schoolClass = access.requireView(user, classId);
        EvaluationReport report = report(user, classId, period, from, to);
        Locale locale = LocaleContextHolder.getLocale();
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
            report.byGroup().forEach(r -> groups.row(planGroupLabel(report.spansPlans(), r, locale), r.points()));
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

    /** 周评: each group's points per day and per item for a term week (default: this week), vs the week before. */
    @GetMapping("/classes/{classId}/evaluation/weekly")
    String weekly(@AuthenticationPrincipal HezuoUser user, @PathVariable long classId,
                  @RequestParam(required = false) Integer week, Model model) {
        SchoolClass schoolClass = access.requireView(user, classId);
        SchoolTerm term = calendar.requireTermForToday(user.schoolId());
        int chosen = calendar.shownWeekOf(term, week);
        model.addAttribute("schoolClass", schoolClass);
        model.addAttribute("term", term);
        model.addAttribute("weekly", weeklyQuery.build(classId, term, chosen));
        java.util.Map<Long, WeeklyStars> stars = starsQuery.forWeek(classId, term, chosen);
        model.addAttribute("stars", stars);
        model.addAttribute("names", displayNames.of(user.schoolId(), stars.values().stream().map(WeeklyStars::getFilledBy).toList()));
        model.addAttribute("criteria", StarScores.CRITERIA);
        return "evaluation/weekly";
    }

    /** 周评 as .xlsx: points by day, points by item and the 周评表 stars, one sheet each. */
    @GetMapping("/classes/{classId}/evaluation/weekly.xlsx")
    ResponseEntity<byte[]> weeklyExport(@AuthenticationPrincipal HezuoUser user, @PathVariable long classId,
                                        @RequestParam(required = false) Integer week) {
        SchoolClass schoolClass = access.requireView(user, classId);
        SchoolTerm term = calendar.requireTermForToday(user.schoolId());
        int chosen = calendar.shownWeekOf(term, week);
        WeeklyView weekly = weeklyQuery.build(classId, term, chosen);
        java.util.Map<Long, WeeklyStars> stars = starsQuery.forWeek(classId, term, chosen);
        java.util.Map<String, String> names = displayNames.of(user.schoolId(),
                stars.values().stream().map(WeeklyStars::getFilledBy).toList());
        Locale locale = LocaleContextHolder.getLocale();
        Function<String, String> t = key -> messages.getMessage(key, null, locale);
        try (XlsxWriter xlsx = new XlsxWriter()) {
            List<String> dayHeader = new java.util.ArrayList<>(List.of(t.apply("evaluation.report.group")));
            weekly.days().forEach(d -> dayHeader.add(d.toString()));
            dayHeader.addAll(List.of(t.apply("evaluation.weekly.total"), t.apply("evaluation.weekly.lastWeek"),
                    t.apply("evaluation.weekly.trend")));
            XlsxSheetWriter days = xlsx.sheet(t.apply("evaluation.weekly.byDay"), dayHeader);
            for (WeeklyView.GroupWeek g : weekly.groups()) {
                List<Object> row = new java.util.ArrayList<>(List.of(weekLabel(weekly, g, locale)));
                row.addAll(g.perDay());
                row.addAll(List.of(g.total(), g.lastWeek(), g.trend()));
                days.row(row.toArray());
            }
            List<String> itemHeader = new java.util.ArrayList<>(List.of(t.apply("evaluation.report.group")));
            itemHeader.addAll(weekly.items());
            XlsxSheetWriter items = xlsx.sheet(t.apply("evaluation.weekly.byItem"), itemHeader);
            for (WeeklyView.GroupWeek g : weekly.groups()) {
                List<Object> row = new java.util.ArrayList<>(List.of(weekLabel(weekly, g, locale)));
                row.addAll(g.perItem());
                items.row(row.toArray());
            }
            List<String> starHeader = new java.util.ArrayList<>(List.of(t.apply("evaluation.report.group")));
            StarScores.CRITERIA.forEach(c -> starHeader.add(t.apply("evaluation.stars." + c)));
            starHeader.addAll(List.of(t.apply("evaluation.stars.total"), t.apply("evaluation.stars.comment"),
                    t.apply("evaluation.stars.filledByHeader")));
            XlsxSheetWriter starSheet = xlsx.sheet(t.apply("evaluation.stars.title"), starHeader);
            for (WeeklyView.GroupWeek g : weekly.groups()) {
                WeeklyStars s = stars.get(g.groupId());
                List<Object> row = new java.util.ArrayList<>(List.of(weekLabel(weekly, g, locale)));
                if (s != null) {
                    StarScores.CRITERIA.forEach(c -> row.add(s.scores().get(c)));
                    row.add(s.scores().sum());
                    row.add(s.getComment() == null ? "" : s.getComment());
                    row.add(names.get(s.getFilledBy()));
                }
                starSheet.row(row.toArray());
            }
            return ExcelDownload.of(schoolClass.getName() + "-" + t.apply("evaluation.weekly.title") + "-"
                    + term.name() + "-" + chosen + ".xlsx", xlsx.toBytes());
        }
    }

    private EvaluationReport report(HezuoUser user, long classId, ReportPeriod period, LocalDate from, LocalDate to) {
        SchoolTerm term = calendar.requireTermForToday(user.schoolId());
        LocalDate[] range = period.range(calendar.today(), term, from, to);
        return reports.build(classId, range[0], range[1]);
    }

    /** "第2组", or "第1次分组 第2组" when the report lists the groups of more than one plan. */
    private String planGroupLabel(boolean spansPlans, EvaluationReport.GroupRow row, Locale locale) {
        String label = groupLabel(row.number(), row.name(), locale);
        return spansPlans ? row.planName() + " " + label : label;
    }

    private String weekLabel(WeeklyView weekly, WeeklyView.GroupWeek g, Locale locale) {
        String label = groupLabel(g.number(), g.name(), locale);
        return weekly.spansPlans() ? g.planName() + " " + label : label;
    }

    private String groupLabel(int number, String name, Locale locale) {
        return name == null || name.isBlank() ? messages.getMessage("evaluation.groupNo", new Object[] {number}, locale) : name;
    }
}
