package cn.hezuo.research.rubric;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.system.RuleViolationException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The scoring panel of any target: the form (when the user may score) and the results. Other pages include it with
 * {@code research/rubric/scoring :: include(kind, id)}, which loads {@code …/panel} by htmx; the panel posts back by
 * htmx and answers with itself (a refused score shows its message there, the entered values kept, nothing saved).
 */
@Controller
class ScoreController {

    private final ScoreTargetRegistry targets;
    private final ScoringService scoring;
    private final RubricService rubrics;
    private final RubricScores scores;
    private final MessageSource messages;

    ScoreController(ScoreTargetRegistry targets, ScoringService scoring, RubricService rubrics, RubricScores scores,
                    MessageSource messages) {
        this.targets = targets;
        this.scoring = scoring;
        this.rubrics = rubrics;
        this.scores = scores;
        this.messages = messages;
    }

    @GetMapping("/research/scores/{kind}/{targetId}")
    String page(@AuthenticationPrincipal HezuoUser user, @PathVariable String kind, @PathVariable long targetId,
                @RequestParam(required = false) Long rubricId, Model model) {
        panelModel(user, kind, targetId, rubricId, model);
        return "research/rubric/score-page";
    }

    @GetMapping("/research/scores/{kind}/{targetId}/panel")
    String panel(@AuthenticationPrincipal HezuoUser user, @PathVariable String kind, @PathVariable long targetId,
                 @RequestParam(required = false) Long rubricId, Model model) {
        panelModel(user, kind, targetId, rubricId, model);
        return "research/rubric/scoring :: panel";
    }

    @PostMapping("/research/scores/{kind}/{targetId}")
    String score(@AuthenticationPrincipal HezuoUser user, @PathVariable String kind, @PathVariable long targetId,
                 @RequestParam long rubricId, @RequestParam(defaultValue = "") String strengths,
                 @RequestParam(defaultValue = "") String weaknesses, HttpServletRequest request,
                 @RequestHeader(value = "HX-Request", required = false) String htmx, Model model,
                 RedirectAttributes redirect) {
        requireStaff(user);
        Map<Long, String> raw = new LinkedHashMap<>();
        Map<String, String> entered = new LinkedHashMap<>();
        request.getParameterMap().forEach((name, values) -> {
            if (name.startsWith("s_") && values.length > 0) {
                try {
                    raw.put(Long.parseLong(name.substring(2)), values[0]);
                    entered.put(name.substring(2), values[0]);
                } catch (NumberFormatException ignored) {
                    // not an item field
                }
            }
        });
        try {
            scoring.score(user, kind, targetId, rubricId, raw, strengths, weaknesses);
        } catch (RuleViolationException e) {
            panelModel(user, kind, targetId, rubricId, model);
            model.addAttribute("error", messages.getMessage(e.getMessageKey(), e.getArgs(),
                    LocaleContextHolder.getLocale()));
            model.addAttribute("entered", entered);
            model.addAttribute("enteredStrengths", strengths);
            model.addAttribute("enteredWeaknesses", weaknesses);
            return htmx != null ? "research/rubric/scoring :: panel" : "research/rubric/score-page";
        }
        if (htmx != null) {
            panelModel(user, kind, targetId, rubricId, model);
            model.addAttribute("saved", true);
            return "research/rubric/scoring :: panel";
        }
        redirect.addFlashAttribute("notice", "research.rubric.saved");
        return "redirect:/research/scores/" + kind + "/" + targetId + "?rubricId=" + rubricId;
    }

    private void panelModel(HezuoUser user, String kind, long targetId, Long chosen, Model model) {
        requireStaff(user);
        ScoreTargets.Target target = targets.require(kind).describe(user, targetId);
        List<Rubric> choices = target.rubricId() == null ? rubrics.active(user.schoolId()) : List.of();
        Rubric rubric = null;
        if (target.rubricId() != null) {
            rubric = rubrics.require(user.schoolId(), target.rubricId());
        } else if (chosen != null) {
            rubric = rubrics.require(user.schoolId(), chosen);
        } else if (!choices.isEmpty()) {
            rubric = choices.get(0);
        }
        model.addAttribute("target", target);
        model.addAttribute("kind", kind);
        model.addAttribute("targetId", targetId);
        model.addAttribute("rubric", rubric);
        model.addAttribute("choices", choices);
        model.addAttribute("own", rubric == null ? null : scoring.own(user, kind, targetId, rubric.getId()));
        model.addAttribute("results", scores.of(user.schoolId(), kind, targetId));
        model.addAttribute("entered", Map.of());
    }

    private static void requireStaff(HezuoUser user) {
        if (!user.isAdmin() && !(user.isTeacher() && user.teacherId() != null)) {
            throw new AccessDeniedException("scores");
        }
    }
}
