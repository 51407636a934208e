package cn.hezuo.commendation;

import cn.hezuo.account.HezuoUser;
import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** 学校每月汇总通报表扬 for the admin: every class's confirmed commendation of a month, printable and as .xlsx. */
@Controller
class AdminCommendationController {

    private final SchoolRollUp rollUps;
    private final RollUpExport export;
    private final Clock clock;

    AdminCommendationController(SchoolRollUp rollUps, RollUpExport export, Clock clock) {
        this.rollUps = rollUps;
        this.export = export;
        this.clock = clock;
    }

    @GetMapping("/admin/commendations")
    String page(@AuthenticationPrincipal HezuoUser user, @RequestParam(required = false) String month, Model model) {
        YearMonth chosen = month(month);
        model.addAttribute("rollUp", rollUps.of(user, chosen));
        model.addAttribute("previousMonth", chosen.minusMonths(1));
        model.addAttribute("nextMonth", chosen.plusMonths(1));
        model.addAttribute("zone", clock.getZone());
        return "commendation/rollup";
    }

    @GetMapping("/admin/commendations.xlsx")
    ResponseEntity<byte[]> export(@AuthenticationPrincipal HezuoUser user, @RequestParam(required = false) String month) {
        RollUp rollUp = rollUps.of(user, month(month));
        return export.of(rollUp, LocaleContextHolder.getLocale());
    }

    private YearMonth month(String text) {
        try {
            return text == null || text.isBlank() ? CommendationMonth.defaultFor(java.time.LocalDate.now(clock))
                    : YearMonth.parse(text.strip());
        } catch (DateTimeParseException e) {
            return CommendationMonth.defaultFor(java.time.LocalDate.now(clock));
        }
    }
}
