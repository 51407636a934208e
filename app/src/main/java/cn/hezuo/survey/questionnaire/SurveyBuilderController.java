package cn.hezuo.survey.questionnaire;

import cn.hezuo.account.HezuoUser;
import jakarta.validation.Valid;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The creator's question editor of one survey: add own questions, reorder, delete (until someone answers). */
@Controller
class SurveyBuilderController {

    private final SurveyBuilder builder;
    private final SurveyService surveys;

    SurveyBuilderController(SurveyBuilder builder, SurveyService surveys) {
        this.builder = builder;
        this.surveys = surveys;
    }

    @GetMapping("/surveys/{surveyId}/questions")
    String questions(@AuthenticationPrincipal HezuoUser user, @PathVariable long surveyId, Model model) {
        Survey survey = builder.requireEditor(user, surveyId);
        model.addAttribute("form", new QuestionForm("", QuestionKind.SINGLE, "", 5, ""));
        return page(survey, model);
    }

    @PostMapping("/surveys/{surveyId}/questions")
    String add(@AuthenticationPrincipal HezuoUser user, @PathVariable long surveyId,
               @Valid @ModelAttribute("form") QuestionForm form, BindingResult binding, Model model,
               RedirectAttributes redirect) {
        Survey survey = builder.requireEditor(user, surveyId);
        if (binding.hasErrors()) {
            return page(survey, model);
        }
        builder.add(user, surveyId, form);
        redirect.addFlashAttribute("notice", "notice.saved");
        return "redirect:/surveys/" + surveyId + "/questions";
    }

    @PostMapping("/surveys/{surveyId}/questions/{questionId}/move")
    String move(@AuthenticationPrincipal HezuoUser user, @PathVariable long surveyId, @PathVariable long questionId,
                @RequestParam(defaultValue = "-1") int delta, RedirectAttributes redirect) {
        builder.move(user, surveyId, questionId, delta);
        redirect.addFlashAttribute("notice", "notice.saved");
        return "redirect:/surveys/" + surveyId + "/questions";
    }

    @PostMapping("/surveys/{surveyId}/questions/{questionId}/delete")
    String delete(@AuthenticationPrincipal HezuoUser user, @PathVariable long surveyId,
                  @PathVariable long questionId, RedirectAttributes redirect) {
        builder.delete(user, surveyId, questionId);
        redirect.addFlashAttribute("notice", "notice.saved");
        return "redirect:/surveys/" + surveyId + "/questions";
    }

    private String page(Survey survey, Model model) {
        model.addAttribute("survey", survey);
        model.addAttribute("questions", surveys.questions(survey.getId()));
        model.addAttribute("frozen", builder.frozenReason(survey));
        model.addAttribute("answerCount", builder.answers(survey.getId()));
        model.addAttribute("kinds", QuestionKind.values());
        return "survey/questions";
    }
}
