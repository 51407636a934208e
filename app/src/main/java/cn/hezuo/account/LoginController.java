package cn.hezuo.account;

import java.util.List;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class LoginController {

    private final boolean demoEnabled;
    private final List<SampleLogins> sampleLogins;

    LoginController(@Value("${hezuo.demo.enabled:false}") boolean demoEnabled, List<SampleLogins> sampleLogins) {
        this.demoEnabled = demoEnabled;
        this.sampleLogins = sampleLogins;
    }

    /** The lock end as the failure handler wrote it; anything else in the URL is not shown to users. */
    private static final Pattern LOCK_TIME = Pattern.compile("\\d{2}:\\d{2}");

    @GetMapping("/login")
    String login(@RequestParam(name = "locked", required = false) String locked,
                 @RequestParam(name = "addressLocked", required = false) String addressLocked, Model model) {
        if (locked != null) {
            model.addAttribute("lockedUntil", LOCK_TIME.matcher(locked).matches() ? locked : "");
        }
        if (addressLocked != null) {
            model.addAttribute("addressLockedUntil", LOCK_TIME.matcher(addressLocked).matches() ? addressLocked : "");
        }
        if (demoEnabled) {
            model.addAttribute("demoLogins", sampleLogins.stream().flatMap(l -> l.logins().stream()).toList());
        }
        return "account/login";
    }
}
