package cn.hezuo.exam;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.school.Subject;
import cn.hezuo.system.RuleViolationException;
import java.util.List;
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

/** The subject's knowledge-point list (/knowledge-points?subjectId=): see, add, remove. */
@Controller
class KnowledgePointController {

    private final KnowledgePointService points;
    private final MessageSource messages;

    KnowledgePointController(KnowledgePointService points, MessageSource messages) {
        this.points = points;
        this.messages = messages;
    }

    @GetMapping("/knowledge-points")
    String list(@AuthenticationPrincipal HezuoUser user, @RequestParam(required = false) Long subjectId, Model model) {
        List<Subject> subjects = points.subjects(user);
        if (subjects.isEmpty()) {
            throw new org.springframework.security.access.AccessDeniedException("knowledge points");
        }
        long chosen = subjectId != null ? subjectId : subjects.get(0).getId();
        model.addAttribute("subjects", subjects);
        model.addAttribute("subject", points.requireSubject(user, chosen));
        model.addAttribute("points", points.list(user, chosen));
        return "exam/knowledge-points";
    }

    @PostMapping("/knowledge-points")
    String add(@AuthenticationPrincipal HezuoUser user, @RequestParam long subjectId, @RequestParam String names,
               RedirectAttributes redirect) {
        try {
            points.add(user, subjectId, names);
            redirect.addFlashAttribute("notice", "notice.saved");
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("pointError", messages.getMessage(e.getMessageKey(), e.getArgs(),
                    LocaleContextHolder.getLocale()));
        }
        return "redirect:/knowledge-points?subjectId=" + subjectId;
    }

    @PostMapping("/knowledge-points/{pointId}/delete")
    String remove(@AuthenticationPrincipal HezuoUser user, @PathVariable long pointId, @RequestParam long subjectId,
                  RedirectAttributes redirect) {
        points.remove(user, pointId);
        redirect.addFlashAttribute("notice", "notice.saved");
        return "redirect:/knowledge-points?subjectId=" + subjectId;
    }
}
