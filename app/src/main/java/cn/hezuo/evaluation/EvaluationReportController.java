package cn.hezuo.evaluation;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.school.ClassAccess;
import cn.hezuo.school.SchoolClass;
import cn.hezuo.school.SchoolCalendar;
import cn.hezuo.school.SchoolTerm;
import cn.hezuo.teacher.DisplayNames;
import java.time.LocalDate;
import java.util.Locale;
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
    private final DisplayNames displayNames;
    private final GroupLabels labels;
    private final EvaluationReportExport reportExport;
    private final WeeklyExport weeklyExport;

    EvaluationReportController(ClassAccess access, EvaluationReportQuery reports, WeeklyQuery weeklyQuery,
                               SchoolCalendar calendar, WeeklyStarsQuery starsQuery,
                               DisplayNames displayNames, GroupLabels labels, EvaluationReportExport reportExport,
                               WeeklyExport weeklyExport) {
        this.labels = labels;
        this.reportExport = reportExport;
        this.weeklyExport = weeklyExport;
        this.displayNames = displayNames;
        this.starsQuery = starsQuery;
        this.access = access;
        this.reports = reports;
        this.weeklyQuery = weeklyQuery;
        this.calendar = calendar;
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
                .map(r -> labels.of(report.spansPlans(), r, locale)).toList());
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
        return reportExport.of(schoolClass, report, LocaleContextHolder.getLocale());
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
        return weeklyExport.of(schoolClass, term, chosen, weekly, stars, names, LocaleContextHolder.getLocale());
    }

    private EvaluationReport report(HezuoUser user, long classId, ReportPeriod period, LocalDate from, LocalDate to) {
        SchoolTerm term = calendar.requireTermForToday(user.schoolId());
        LocalDate[] range = period.range(calendar.today(), term, from, to);
        return reports.build(classId, range[0], range[1]);
    }
}
