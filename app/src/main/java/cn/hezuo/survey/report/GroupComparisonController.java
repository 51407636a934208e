package cn.hezuo.survey.report;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.school.ClassDirectory;
import cn.hezuo.school.SchoolClass;
import cn.hezuo.survey.questionnaire.Survey;
import cn.hezuo.survey.questionnaire.SurveyService;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 实验班 vs 对照班 on one survey. Without a choice the first class is the experiment group and the others the
 * control group; the teacher ticks other classes and compares again.
 */
@Controller
class GroupComparisonController {

    private final GroupComparisonReport reports;
    private final SurveyService surveys;
    private final ClassDirectory classes;

    GroupComparisonController(GroupComparisonReport reports, SurveyService surveys, ClassDirectory classes) {
        this.reports = reports;
        this.surveys = surveys;
        this.classes = classes;
    }

    @GetMapping("/surveys/{surveyId}/groups")
    String groups(@AuthenticationPrincipal HezuoUser user, @PathVariable long surveyId,
                  @RequestParam(required = false) List<Long> experimental,
                  @RequestParam(required = false) List<Long> control, Model model) {
        Survey survey = surveys.require(user, surveyId);
        List<SchoolClass> surveyClasses = classes.byIds(survey.getClassIds()).stream()
                .sorted(SchoolClass.DISPLAY_ORDER).toList();
        Set<Long> e = new LinkedHashSet<>(experimental != null ? experimental
                : surveyClasses.stream().limit(1).map(SchoolClass::getId).toList());
        Set<Long> c = new LinkedHashSet<>(control != null ? control
                : surveyClasses.stream().skip(1).map(SchoolClass::getId).toList());
        model.addAttribute("survey", survey);
        model.addAttribute("classes", surveyClasses);
        model.addAttribute("experimental", e);
        model.addAttribute("control", c);
        Set<Long> overlap = new LinkedHashSet<>(e);
        overlap.retainAll(c);
        boolean valid = !e.isEmpty() && !c.isEmpty() && overlap.isEmpty() && survey.getClassIds().containsAll(e)
                && survey.getClassIds().containsAll(c);
        // checked here, not by the report's exception, so the reading transaction is never marked rollback-only
        model.addAttribute("report", valid ? reports.of(user, surveyId, e, c) : null);
        model.addAttribute("error", valid ? null : "survey.error.groups");
        return "survey/groups";
    }
}
