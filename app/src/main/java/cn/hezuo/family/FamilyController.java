package cn.hezuo.family;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.roster.Student;
import cn.hezuo.system.RuleViolationException;
import jakarta.servlet.http.HttpServletRequest;
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

/**
 * A parent's own pages: the landing page with their first child (or the one chosen), a child's printable weekly
 * summary, and adding another child with its invitation code. Only the parent's own children: any other id is 404.
 */
@Controller
class FamilyController {

    private final MyChildren myChildren;
    private final ChildViews views;
    private final FamilyCodes codes;
    private final MessageSource messages;

    FamilyController(MyChildren myChildren, ChildViews views, FamilyCodes codes, MessageSource messages) {
        this.messages = messages;
        this.myChildren = myChildren;
        this.views = views;
        this.codes = codes;
    }

    @GetMapping("/family")
    String home(@AuthenticationPrincipal HezuoUser user, Model model) {
        List<Student> children = myChildren.of(user);
        return page(model, children, children.isEmpty() ? null : children.get(0));
    }

    @GetMapping("/family/children/{studentId}")
    String child(@AuthenticationPrincipal HezuoUser user, @PathVariable long studentId, Model model) {
        return page(model, myChildren.of(user), myChildren.require(user, studentId));
    }

    @GetMapping("/family/children/{studentId}/summary")
    String summary(@AuthenticationPrincipal HezuoUser user, @PathVariable long studentId, Model model) {
        model.addAttribute("view", views.of(myChildren.require(user, studentId)));
        return "family/summary";
    }

    @PostMapping("/family/children")
    String addChild(@AuthenticationPrincipal HezuoUser user, @RequestParam(defaultValue = "") String code,
                    HttpServletRequest request, RedirectAttributes redirect) {
        FamilyParent parent = myChildren.parentOf(user).orElseThrow(() -> new RuleViolationException(
                "family.error.notAParent"));
        try {
            Student child = codes.addChild(user, parent, code, request.getRemoteAddr());
            redirect.addFlashAttribute("notice", "family.notice.childAdded");
            return "redirect:/family/children/" + child.getId();
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("codeError", messages.getMessage(e.getMessageKey(), e.getArgs(),
                    LocaleContextHolder.getLocale()));
            return "redirect:/family";
        }
    }

    private String page(Model model, List<Student> children, Student chosen) {
        model.addAttribute("children", children);
        model.addAttribute("view", chosen == null ? null : views.of(chosen));
        return "family/home";
    }
}
