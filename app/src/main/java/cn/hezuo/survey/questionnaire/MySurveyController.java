package cn.hezuo.survey.questionnaire;

import cn.hezuo.account.HezuoUser;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A student answers on a phone: one question per screen ({@code ?q=1..n}); each answer is saved to the draft before
 * the next screen, so the student can stop and go on later; the last screen submits once.
 */
@Controller
class MySurveyController {

    private final SurveyAnswering answering;
    private final SurveyService surveys;

    MySurveyController(SurveyAnswering answering, SurveyService surveys) {
        this.answering = answering;
        this.surveys = surveys;
    }

    @GetMapping("/me/surveys/{surveyId}")
    String question(@AuthenticationPrincipal HezuoUser user, @PathVariable long surveyId,
                    @RequestParam(name = "q", required = false) Integer q, Model model) {
        Survey survey = answering.requireGivenTo(user, surveyId);
        model.addAttribute("survey", survey);
        if (answering.hasSubmitted(surveyId, user.studentId())) {
            model.addAttribute("own", answering.ownAnswers(user, surveyId)
                    .map(own -> ownAnswers(surveys.questions(surveyId), own)).orElse(null));
            return "survey/me-done";
        }
        List<SurveyQuestion> questions = surveys.questions(surveyId);
        Answers draft = answering.draft(user, surveyId);
        int index = q == null ? firstUnanswered(questions, draft) : Math.max(1, Math.min(q, questions.size() + 1));
        model.addAttribute("total", questions.size());
        model.addAttribute("index", index);
        model.addAttribute("draft", draft);
        model.addAttribute("question", index <= questions.size() ? questions.get(index - 1) : null);
        return "survey/me-question";
    }

    @PostMapping("/me/surveys/{surveyId}/answers")
    String answer(@AuthenticationPrincipal HezuoUser user, @PathVariable long surveyId,
                  @RequestParam long questionId, @RequestParam int index,
                  @RequestParam(name = "option", required = false) List<Integer> options,
                  @RequestParam(name = "text", required = false) String text) {
        answering.answer(user, surveyId, questionId, options, text);
        return "redirect:/me/surveys/" + surveyId + "?q=" + (index + 1);
    }

    @PostMapping("/me/surveys/{surveyId}/submit")
    String submit(@AuthenticationPrincipal HezuoUser user, @PathVariable long surveyId) {
        answering.submit(user, surveyId);
        return "redirect:/me/surveys/" + surveyId;
    }

    /** One of the student's own named answers as shown back: the question and the chosen options or text. */
    public record OwnAnswer(String prompt, String answer) {
    }

    static List<OwnAnswer> ownAnswers(List<SurveyQuestion> questions, Answers own) {
        List<OwnAnswer> list = new java.util.ArrayList<>();
        for (SurveyQuestion q : questions) {
            List<Integer> chosen = own.choices().get(q.getId());
            String text = own.texts().get(q.getId());
            String answer = chosen != null
                    ? String.join("、", chosen.stream().map(i -> q.getOptions().get(i)).toList())
                    : text == null ? "" : text;
            list.add(new OwnAnswer(q.getPrompt(), answer));
        }
        return list;
    }

    private static int firstUnanswered(List<SurveyQuestion> questions, Answers draft) {
        for (int i = 0; i < questions.size(); i++) {
            if (!draft.answered(questions.get(i).getId())) {
                return i + 1;
            }
        }
        return questions.size() + 1;
    }
}
