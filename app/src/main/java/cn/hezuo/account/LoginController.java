package cn.hezuo.account;

import cn.hezuo.demo.DemoSchool;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class LoginController {

    private final boolean demoEnabled;

    LoginController(@Value("${hezuo.demo.enabled:false}") boolean demoEnabled) {
        this.demoEnabled = demoEnabled;
    }

    @GetMapping("/login")
    String login(Model model) {
        if (demoEnabled) {
            model.addAttribute("demoLogins", DemoSchool.LOGINS);
        }
        return "account/login";
    }
}
