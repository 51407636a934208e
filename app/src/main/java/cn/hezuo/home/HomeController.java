package cn.hezuo.home;

import cn.hezuo.account.HezuoUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** Sends each person to their own start page. */
@Controller
class HomeController {

    @GetMapping("/")
    String home(@AuthenticationPrincipal HezuoUser user) {
        return switch (user.role()) {
            case ADMIN -> "redirect:/admin";
            case TEACHER -> "redirect:/teacher";
            case STUDENT -> "redirect:/me";
            case PARENT -> "redirect:/family";
        };
    }
}
