package cn.hezuo.audit;

import cn.hezuo.account.HezuoUser;
import java.time.Clock;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The admin pages through every write made in the school, newest first. */
@Controller
class AuditController {

    static final int PAGE_SIZE = 50;

    private final AuditEntryRepository entries;

    private final Clock clock;

    AuditController(AuditEntryRepository entries, Clock clock) {
        this.entries = entries;
        this.clock = clock;
    }

    @GetMapping("/admin/audit")
    String list(@AuthenticationPrincipal HezuoUser user, @RequestParam(defaultValue = "0") int page,
                @RequestParam(defaultValue = "") String type, Model model) {
        PageRequest request = PageRequest.of(Math.max(0, page), PAGE_SIZE);
        Page<AuditEntry> result = type.isBlank()
                ? entries.findBySchoolIdOrderByOccurredAtDescIdDesc(user.schoolId(), request)
                : entries.findBySchoolIdAndEntityTypeOrderByOccurredAtDescIdDesc(user.schoolId(), type, request);
        model.addAttribute("page", result);
        model.addAttribute("type", type);
        model.addAttribute("zone", clock.getZone());
        return "audit/list";
    }
}
