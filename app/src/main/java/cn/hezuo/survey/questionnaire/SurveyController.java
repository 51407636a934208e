package cn.hezuo.survey.questionnaire;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.school.ClassAccess;
import cn.hezuo.school.SchoolClass;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The teacher's questionnaires: list, the builder form, and one survey's response rate and counts. */
@Controller
class SurveyController {

    private final SurveyService surveys;
    private final SurveyResults results;
    private final ClassAccess classAccess;
    private final java.time.Clock clock;

    @org.springframework.beans.factory.annotation.Autowired
    private SurveyTables tables;
    @org.springframework.beans.factory.annotation.Autowired
    private SurveyReminders reminders;

    SurveyController(SurveyService surveys, SurveyResults results, ClassAccess classAccess, java.time.Clock clock) {
        this.surveys = surveys;
        this.results = results;
        this.classAccess = classAccess;
        this.clock = clock;
    }

    @GetMapping("/surveys")
    String list(@AuthenticationPrincipal HezuoUser user, Model model) {
        model.addAttribute("surveys", surveys.visibleTo(user));
        return "survey/list";
    }

    @GetMapping("/surveys/new")
    String initCreationForm(@AuthenticationPrincipal HezuoUser user, Model model) {
        SurveyService.requireTeacher(user);
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("form", new SurveyForm("", true, SurveyPhase.PRE, null, today, today.plusDays(7),
                List.of(), List.of()));
        return formPage(user, model);
    }

    @PostMapping("/surveys")
    String processCreationForm(@AuthenticationPrincipal HezuoUser user, @Valid @ModelAttribute("form") SurveyForm form,
                               BindingResult binding, Model model, RedirectAttributes redirect) {
        SurveyService.requireTeacher(user);
        if (binding.hasErrors()) {
            return formPage(user, model);
        }
        Survey survey = surveys.create(user, form);
        redirect.addFlashAttribute("notice", "notice.saved");
        return "redirect:/surveys/" + survey.getId();
    }

    /**
     * A survey given to more than this many classes (a school-wide survey: 60 classes or more) shows the overall
     * figures per question and one class on demand ({@code ?classId=}), not every class × every question.
     */
    static final int MAX_CLASSES_BROKEN_DOWN = 8;

    @GetMapping("/surveys/{surveyId}")
    String detail(@AuthenticationPrincipal HezuoUser user, @PathVariable long surveyId,
                  @org.springframework.web.bind.annotation.RequestParam(name = "classId", required = false) Long shownClass,
                  Model model) {
        Survey survey = surveys.require(user, surveyId);
        List<SurveyQuestion> questions = surveys.questions(surveyId);
        model.addAttribute("survey", survey);
        model.addAttribute("questions", questions);
        LocalDate tomorrow = LocalDate.now(clock).plusDays(1);
        model.addAttribute("copyOpensOn", tomorrow);
        model.addAttribute("copyClosesOn", tomorrow.plusDays(7));
        model.addAttribute("rates", results.rates(user, surveyId));
        List<SurveyResults.GroupCounts> groups = results.counts(user, surveyId);
        boolean onDemand = survey.getClassIds().size() > MAX_CLASSES_BROKEN_DOWN;
        Long selected = shownClass != null && survey.getClassIds().contains(shownClass) ? shownClass : null;
        if (onDemand) {
            groups = groups.stream().filter(g -> g.classId() == null || g.classId().equals(selected)).toList();
        }
        model.addAttribute("groups", groups);
        model.addAttribute("onDemand", onDemand);
        model.addAttribute("selectedClass", onDemand ? selected : null);
        Map<Long, String> names = classNames(user);
        model.addAttribute("classNames", names);
        model.addAttribute("charts", tables.charts(questions, groups, names,
                org.springframework.context.i18n.LocaleContextHolder.getLocale()));
        return "survey/detail";
    }

    /** 复制为新问卷: the copy's questions open in the builder, editable (docs/surveys.md, "Copying a survey"). */
    @PostMapping("/surveys/{surveyId}/copy")
    String copy(@AuthenticationPrincipal HezuoUser user, @PathVariable long surveyId,
                @org.springframework.web.bind.annotation.RequestParam(required = false) String title,
                @org.springframework.web.bind.annotation.RequestParam(required = false)
                @org.springframework.format.annotation.DateTimeFormat(iso =
                        org.springframework.format.annotation.DateTimeFormat.ISO.DATE) LocalDate opensOn,
                @org.springframework.web.bind.annotation.RequestParam(required = false)
                @org.springframework.format.annotation.DateTimeFormat(iso =
                        org.springframework.format.annotation.DateTimeFormat.ISO.DATE) LocalDate closesOn,
                RedirectAttributes redirect) {
        Survey copy = surveys.copy(user, surveyId, title, opensOn, closesOn);
        redirect.addFlashAttribute("notice", "survey.copy.done");
        return "redirect:/surveys/" + copy.getId() + "/questions";
    }

    @PostMapping("/surveys/{surveyId}/reminders")
    String remind(@AuthenticationPrincipal HezuoUser user, @PathVariable long surveyId,
                  RedirectAttributes redirect) {
        reminders.send(user, surveyId);
        redirect.addFlashAttribute("notice", "survey.reminder.sent");
        return "redirect:/surveys/" + surveyId;
    }

    /** The live response-rate fragment (the page polls it while the survey is open). */
    @GetMapping("/surveys/{surveyId}/rates")
    String rates(@AuthenticationPrincipal HezuoUser user, @PathVariable long surveyId, Model model) {
        Survey survey = surveys.require(user, surveyId);
        model.addAttribute("survey", survey);
        model.addAttribute("onDemand", survey.getClassIds().size() > MAX_CLASSES_BROKEN_DOWN);
        model.addAttribute("rates", results.rates(user, surveyId));
        model.addAttribute("classNames", classNames(user));
        return "survey/detail :: rates";
    }

    @GetMapping("/surveys/{surveyId}/results.xlsx")
    org.springframework.http.ResponseEntity<byte[]> export(@AuthenticationPrincipal HezuoUser user,
                                                           @PathVariable long surveyId) {
        Survey survey = surveys.require(user, surveyId);
        java.util.Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
        byte[] body = tables.xlsx(survey, surveys.questions(surveyId), results.rates(user, surveyId),
                results.counts(user, surveyId), classNames(user), locale);
        return cn.hezuo.spreadsheet.ExcelDownload.of(survey.getTitle() + ".xlsx", body);
    }

    private String formPage(HezuoUser user, Model model) {
        model.addAttribute("classes", classAccess.viewable(user));
        model.addAttribute("bank", QuestionBank.entries());
        model.addAttribute("preSurveys", surveys.visibleTo(user).stream()
                .filter(s -> s.getPhase() == SurveyPhase.PRE).toList());
        return "survey/new";
    }

    private Map<Long, String> classNames(HezuoUser user) {
        return classAccess.viewable(user).stream()
                .collect(Collectors.toMap(SchoolClass::getId, SchoolClass::getName, (a, b) -> a));
    }
}
