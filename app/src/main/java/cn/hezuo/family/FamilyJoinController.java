package cn.hezuo.family;

import cn.hezuo.system.RuleViolationException;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 家长注册: a parent without an account redeems the invitation code the head teacher gave them, choosing a login and a
 * password. Open to everyone (the code is the proof); refusals say why in Chinese and slow down guessing.
 */
@Controller
class FamilyJoinController {

    private final FamilyCodes codes;
    private final MessageSource messages;

    FamilyJoinController(FamilyCodes codes, MessageSource messages) {
        this.codes = codes;
        this.messages = messages;
    }

    @GetMapping("/family/join")
    String form() {
        return "family/join";
    }

    @PostMapping("/family/join")
    String join(@RequestParam(defaultValue = "") String code, @RequestParam(defaultValue = "") String username,
                @RequestParam(defaultValue = "") String displayName, @RequestParam(defaultValue = "") String password,
                @RequestParam(defaultValue = "") String confirmPassword, HttpServletRequest request, Model model) {
        model.addAttribute("code", code);
        model.addAttribute("username", username);
        model.addAttribute("displayName", displayName);
        try {
            if (!password.equals(confirmPassword)) {
                throw new RuleViolationException("family.error.passwordsDiffer");
            }
            String created = codes.register(new FamilyCodes.Registration(code, username, displayName, password),
                    request.getRemoteAddr());
            model.addAttribute("joined", created);
            return "family/join";
        } catch (RuleViolationException e) {
            model.addAttribute("error", messages.getMessage(e.getMessageKey(), e.getArgs(),
                    LocaleContextHolder.getLocale()));
            return "family/join";
        }
    }
}
