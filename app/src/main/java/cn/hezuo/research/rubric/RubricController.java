package cn.hezuo.research.rubric;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.system.RuleViolationException;
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

/** The admin's rubrics (评课量表): list, make one from item lines, switch one off or on. */
@Controller
class RubricController {

    private final RubricService rubrics;
    private final MessageSource messages;

    RubricController(RubricService rubrics, MessageSource messages) {
        this.rubrics = rubrics;
        this.messages = messages;
    }

    @GetMapping("/admin/research/rubrics")
    String list(@AuthenticationPrincipal HezuoUser user, Model model) {
        model.addAttribute("rubrics", rubrics.all(user.schoolId()));
        if (!model.containsAttribute("name")) {
            model.addAttribute("name", "");
            model.addAttribute("description", "");
            model.addAttribute("items", "");
        }
        return "research/rubric/rubrics";
    }

    @PostMapping("/admin/research/rubrics")
    String create(@AuthenticationPrincipal HezuoUser user, @RequestParam(defaultValue = "") String name,
                  @RequestParam(defaultValue = "") String description, @RequestParam(defaultValue = "") String items,
                  Model model, RedirectAttributes redirect) {
        try {
            Rubric rubric = rubrics.create(user, name, description, items);
            redirect.addFlashAttribute("notice", "research.rubric.created");
            return "redirect:/admin/research/rubrics/" + rubric.getId();
        } catch (RuleViolationException e) {
            model.addAttribute("error", messages.getMessage(e.getMessageKey(), e.getArgs(), LocaleContextHolder.getLocale()));
            model.addAttribute("name", name);
            model.addAttribute("description", description);
            model.addAttribute("items", items);
            return list(user, model);
        }
    }

    @GetMapping("/admin/research/rubrics/{id}")
    String show(@AuthenticationPrincipal HezuoUser user, @PathVariable long id, Model model) {
        model.addAttribute("rubric", rubrics.require(user.schoolId(), id));
        return "research/rubric/rubric";
    }

    @PostMapping("/admin/research/rubrics/{id}/active")
    String active(@AuthenticationPrincipal HezuoUser user, @PathVariable long id, @RequestParam boolean active,
                  RedirectAttributes redirect) {
        rubrics.setActive(user, id, active);
        redirect.addFlashAttribute("notice", "research.rubric.updated");
        return "redirect:/admin/research/rubrics/" + id;
    }
}
