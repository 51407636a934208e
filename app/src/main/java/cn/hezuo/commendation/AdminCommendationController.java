package cn.hezuo.commendation;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.roster.ExcelDownload;
import cn.hezuo.spreadsheet.XlsxSheetWriter;
import cn.hezuo.spreadsheet.XlsxWriter;
import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
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

    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final SchoolRollUp rollUps;
    private final MessageSource messages;
    private final Clock clock;

    AdminCommendationController(SchoolRollUp rollUps, MessageSource messages, Clock clock) {
        this.rollUps = rollUps;
        this.messages = messages;
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
        Locale locale = LocaleContextHolder.getLocale();
        Function<String, String> t = key -> messages.getMessage(key, null, locale);
        try (XlsxWriter xlsx = new XlsxWriter()) {
            XlsxSheetWriter sheet = xlsx.sheet(t.apply("commendation.rollup.title"), List.of(t.apply("commendation.class"),
                    t.apply("commendation.kind.GROUP"), t.apply("commendation.kind.STUDENT"),
                    t.apply("commendation.confirmedBy"), t.apply("commendation.confirmedAt")));
            for (RollUp.Row row : rollUp.rows()) {
                sheet.row(row.className(), labels(row.groups(), locale), labels(row.students(), locale),
                        row.confirmedBy(), AT.format(row.confirmedAt().atZone(clock.getZone())));
            }
            for (String className : rollUp.unconfirmed()) {
                sheet.row(className, t.apply("commendation.rollup.notConfirmed"), "", "", "");
            }
            return ExcelDownload.of(t.apply("commendation.rollup.title") + "-" + rollUp.month() + ".xlsx", xlsx.toBytes());
        }
    }

    private String labels(List<CommendationAward> awards, Locale locale) {
        return awards.stream().map(a -> {
            String name = a.getName() != null ? a.getName()
                    : messages.getMessage("commendation.groupNo", new Object[] {a.getGroupNumber()}, locale);
            return a.getTitle() == null ? name
                    : messages.getMessage("commendation.withTitle", new Object[] {name, a.getTitle()}, locale);
        }).collect(Collectors.joining(messages.getMessage("commendation.separator", null, locale)));
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
