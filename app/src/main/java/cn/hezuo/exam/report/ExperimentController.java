package cn.hezuo.exam.report;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.exam.Exam;
import cn.hezuo.exam.ExamAccess;
import cn.hezuo.system.RuleViolationException;
import cn.hezuo.exam.stats.ExperimentAnalysis;
import cn.hezuo.school.SchoolClass;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The experiment page: experimental and control classes of this (post) exam against a pre-test, with pre/post
 * 人均分, 及格率, 优秀率, gains, Welch's t, Cohen's d, ANCOVA and the plain-Chinese reading. Aggregates only.
 */
@Controller
class ExperimentController {

    private final ExamReports reports;
    private final MessageSource messages;
    private final ExperimentChoices choices;
    private final ExamAccess access;

    ExperimentController(ExamReports reports, MessageSource messages, ExperimentChoices choices, ExamAccess access) {
        this.reports = reports;
        this.messages = messages;
        this.choices = choices;
        this.access = access;
    }

    /** Saves the groups and the pre-test with the exam (teachers who may manage it); the page then opens with them. */
    @PostMapping("/exams/{examId}/experiment")
    String save(@AuthenticationPrincipal HezuoUser user, @PathVariable long examId,
                @RequestParam(required = false) Long pre,
                @RequestParam(required = false) List<Long> experimental,
                @RequestParam(required = false) List<Long> control, RedirectAttributes redirect) {
        Exam exam = access.requireManage(user, examId);
        ExamReport report = reports.load(user, examId);
        List<SchoolClass> classes = report.data().classes();
        Long preId = null;
        String preName = "-";
        if (pre != null) {
            Exam preExam = reports.preTestCandidates(user, exam).stream().filter(e -> e.getId().equals(pre))
                    .findFirst().orElseThrow(() -> new RuleViolationException("examreport.experiment.error.groups"));
            preId = preExam.getId();
            preName = preExam.getName();
        }
        Set<Long> e = ids(experimental, List.of());
        Set<Long> c = ids(control, List.of());
        choices.save(user, exam, preId, e, c, classes.stream().map(SchoolClass::getId).toList(),
                "pre-test " + preName + ", experimental " + names(classes, e) + ", control " + names(classes, c));
        redirect.addFlashAttribute("notice", "examreport.experiment.saved");
        return "redirect:/exams/" + examId + "/experiment";
    }

    @GetMapping("/exams/{examId}/experiment")
    String experiment(@AuthenticationPrincipal HezuoUser user, @PathVariable long examId,
                      @RequestParam(required = false) Long pre,
                      @RequestParam(required = false) List<Long> experimental,
                      @RequestParam(required = false) List<Long> control, Model model) {
        ExamReport report = reports.load(user, examId);
        List<SchoolClass> classes = report.data().classes();
        List<Exam> candidates = reports.preTestCandidates(user, report.exam());
        ExperimentChoices.Choice saved = choices.find(examId).orElse(null);
        boolean useSaved = saved != null && pre == null && experimental == null && control == null;
        if (useSaved) {
            pre = saved.preExamId();
            experimental = List.copyOf(saved.experimental());
            control = List.copyOf(saved.control());
        }
        model.addAttribute("savedChoice", useSaved);
        model.addAttribute("canSave", access.canManage(user, report.exam()));
        Long preId = pre;
        Exam preExam = preId == null ? reports.defaultPreTest(candidates, report.exam())
                : candidates.stream().filter(x -> x.getId().equals(preId)).findFirst().orElse(null);
        // Default split: the first class against the others.
        Set<Long> e = ids(experimental, classes.isEmpty() ? List.of() : List.of(classes.get(0).getId()));
        Set<Long> c = ids(control, classes.stream().skip(1).map(SchoolClass::getId).toList());
        c.removeAll(e);
        model.addAttribute("report", report);
        model.addAttribute("tab", "experiment");
        model.addAttribute("candidates", candidates);
        model.addAttribute("preExam", preExam);
        model.addAttribute("experimentalIds", e);
        model.addAttribute("controlIds", c);
        if (preExam != null && !e.isEmpty() && !c.isEmpty() && report.data().hasResults()) {
            Map<String, Double> preTotals = reports.preTotals(user, report, preExam.getId());
            ExperimentAnalysis analysis = ExperimentAnalysis.analyse(report.data().scores(), report.data().lines(),
                    preTotals, preExam.lines(), names(classes, e), names(classes, c));
            ChartJson chart = ChartJson.bar(List.of(text("examreport.experiment.pre"), text("examreport.experiment.post")))
                    .with("yName", text("examreport.mean"));
            chart.series(text("examreport.experiment.experimental"),
                    List.of(analysis.experimental().pre().mean(), analysis.experimental().post().mean()));
            chart.series(text("examreport.experiment.control"),
                    List.of(analysis.control().pre().mean(), analysis.control().post().mean()));
            model.addAttribute("analysis", analysis);
            model.addAttribute("summary", ExperimentSummary.text(analysis.summary(), messages,
                    LocaleContextHolder.getLocale()));
            model.addAttribute("experimentalNames", names(classes, e));
            model.addAttribute("controlNames", names(classes, c));
            model.addAttribute("experimentChart", chart.toJson());
        }
        return "exam/experiment";
    }

    private static Set<Long> ids(List<Long> posted, List<Long> fallback) {
        return new LinkedHashSet<>(posted == null ? fallback : posted);
    }

    private static Set<String> names(List<SchoolClass> classes, Set<Long> ids) {
        Set<String> names = new LinkedHashSet<>();
        classes.stream().filter(c -> ids.contains(c.getId())).forEach(c -> names.add(c.getName()));
        return names;
    }

    private String text(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }
}
