package cn.hezuo.account;

import cn.hezuo.system.RuleViolationException;
import jakarta.validation.Valid;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

@Controller
class ChangePasswordController {

    private final AccountService accounts;
    private final SecurityContextRepository contextRepository = new HttpSessionSecurityContextRepository();

    ChangePasswordController(AccountService accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/account/password")
    String initForm(@AuthenticationPrincipal HezuoUser user, Model model) {
        model.addAttribute("form", ChangePasswordForm.empty());
        model.addAttribute("forced", user.mustChangePassword());
        return "account/password";
    }

    @PostMapping("/account/password")
    String processForm(@AuthenticationPrincipal HezuoUser user, @Valid @ModelAttribute("form") ChangePasswordForm form,
                       BindingResult result, Model model, RedirectAttributes redirect,
                       HttpServletRequest request, HttpServletResponse response) {
        model.addAttribute("forced", user.mustChangePassword());
        if (result.hasErrors()) {
            return "account/password";
        }
        if (!form.newPassword().equals(form.confirmPassword())) {
            result.rejectValue("confirmPassword", "password.error.confirm");
            return "account/password";
        }
        String newHash;
        try {
            newHash = accounts.changeOwnPassword(user, form.currentPassword(), form.newPassword(),
                    request.getSession().getId());
        } catch (RuleViolationException e) {
            String field = "password.error.current".equals(e.getMessageKey()) ? "currentPassword" : "newPassword";
            result.rejectValue(field, e.getMessageKey());
            return "account/password";
        }
        refreshPrincipal(user.withPasswordChanged(newHash), request, response);
        redirect.addFlashAttribute("notice", "password.changed");
        return "redirect:/";
    }

    /** The session's principal must stop saying "must change password" without a new login. */
    private void refreshPrincipal(HezuoUser updated, HttpServletRequest request, HttpServletResponse response) {
        Authentication current = SecurityContextHolder.getContext().getAuthentication();
        UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken.authenticated(
                updated, null, updated.getAuthorities());
        token.setDetails(current.getDetails());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(token);
        SecurityContextHolder.setContext(context);
        contextRepository.saveContext(context, request, response);
    }
}
