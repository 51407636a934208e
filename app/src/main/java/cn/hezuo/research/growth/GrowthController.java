package cn.hezuo.research.growth;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.research.Download;
import cn.hezuo.research.calendar.ResearchTerms;
import cn.hezuo.research.group.ResearchAccess;
import cn.hezuo.research.group.ResearchGroup;
import cn.hezuo.research.group.Staff;
import cn.hezuo.school.SchoolTerm;
import cn.hezuo.spreadsheet.XlsxSheetWriter;
import cn.hezuo.spreadsheet.XlsxWriter;
import cn.hezuo.system.ChineseOrder;
import cn.hezuo.system.RuleViolationException;
import cn.hezuo.teacher.Teacher;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Mentor pairs, a group's monthly routine checks, and a teacher's growth portfolio with print and .xlsx. */
@Controller
class GrowthController {

    private final GrowthService growth;
    private final Portfolio portfolio;
    private final ResearchAccess access;
    private final ResearchTerms terms;
    private final Staff staff;
    private final MessageSource messages;

    GrowthController(GrowthService growth, Portfolio portfolio, ResearchAccess access, ResearchTerms terms, Staff staff,
                     MessageSource messages) {
        this.growth = growth;
        this.portfolio = portfolio;
        this.access = access;
        this.terms = terms;
        this.staff = staff;
        this.messages = messages;
    }

    record PairRow(MentorPair pair, String mentor, String apprentice, int activities) {
    }

    // ---- mentor pairs ----

    @GetMapping("/research/mentoring")
    String mentoring(@AuthenticationPrincipal HezuoUser user, @RequestParam(required = false) Long termId, Model model) {
        requireStaff(user);
        SchoolTerm term = terms.term(user.schoolId(), termId);
        Map<Long, String> names = staff.names(user.schoolId());
        model.addAttribute("term", term);
        model.addAttribute("terms", terms.all(user.schoolId()));
        model.addAttribute("rows", growth.pairs(user, term.id()).stream()
                .map(p -> new PairRow(p, names.get(p.getMentorId()), names.get(p.getApprenticeId()),
                        growth.mentorActivities(p.getId()).size())).toList());
        model.addAttribute("isAdmin", user.isAdmin());
        model.addAttribute("teachers", staff.active(user.schoolId()));
        return "research/mentoring";
    }

    @PostMapping("/research/mentoring")
    String pair(@AuthenticationPrincipal HezuoUser user, @RequestParam long termId, @RequestParam long mentorId,
                @RequestParam long apprenticeId, @RequestParam(defaultValue = "") String goals,
                RedirectAttributes redirect) {
        requireLength(goals, 2000);
        MentorPair pair = growth.pair(user, terms.term(user.schoolId(), termId), mentorId, apprenticeId, goals);
        redirect.addFlashAttribute("notice", "notice.saved");
        return "redirect:/research/mentoring/" + pair.getId();
    }

    @GetMapping("/research/mentoring/{pairId}")
    String pairPage(@AuthenticationPrincipal HezuoUser user, @PathVariable long pairId, Model model) {
        MentorPair pair = growth.requirePair(user, pairId);
        Map<Long, String> names = staff.names(user.schoolId());
        List<MentorActivity> activities = growth.mentorActivities(pairId);
        model.addAttribute("pair", pair);
        model.addAttribute("mentor", names.get(pair.getMentorId()));
        model.addAttribute("apprentice", names.get(pair.getApprenticeId()));
        model.addAttribute("activities", activities);
        model.addAttribute("perMonth", GrowthService.perMonth(activities));
        model.addAttribute("kinds", Enums.MentorActivityKind.values());
        model.addAttribute("involved", pair.involves(user.teacherId()) || user.isAdmin());
        model.addAttribute("isMentor", pair.getMentorId().equals(user.teacherId()));
        model.addAttribute("isApprentice", pair.getApprenticeId().equals(user.teacherId()));
        model.addAttribute("today", terms.today());
        return "research/mentor-pair";
    }

    @PostMapping("/research/mentoring/{pairId}/activities")
    String mentorActivity(@AuthenticationPrincipal HezuoUser user, @PathVariable long pairId,
                          @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                          @RequestParam Enums.MentorActivityKind kind, @RequestParam(defaultValue = "") String note,
                          RedirectAttributes redirect) {
        requireLength(note, 500);
        growth.addMentorActivity(user, pairId, date, kind, note);
        redirect.addFlashAttribute("notice", "notice.saved");
        return "redirect:/research/mentoring/" + pairId;
    }

    @PostMapping("/research/mentoring/{pairId}/evaluation")
    String evaluate(@AuthenticationPrincipal HezuoUser user, @PathVariable long pairId, @RequestParam int version,
                    @RequestParam(defaultValue = "") String text, RedirectAttributes redirect) {
        requireLength(text, 2000);
        growth.evaluate(user, pairId, version, text);
        redirect.addFlashAttribute("notice", "notice.saved");
        return "redirect:/research/mentoring/" + pairId;
    }

    // ---- routine checks ----

    record CheckRow(Teacher teacher, Map<Enums.CheckItem, RoutineCheck> items) {
    }

    @GetMapping("/research/groups/{groupId}/checks")
    String checks(@AuthenticationPrincipal HezuoUser user, @PathVariable long groupId,
                  @RequestParam(required = false) String month, Model model) {
        ResearchGroup group = access.requireLead(user, groupId);
        YearMonth shown = month(month);
        Map<Long, Teacher> teachers = staff.byId(user.schoolId());
        List<Long> members = access.memberIds(groupId);
        var found = growth.checks(members, shown);
        model.addAttribute("group", group);
        model.addAttribute("month", shown);
        model.addAttribute("previous", shown.minusMonths(1));
        model.addAttribute("next", shown.plusMonths(1));
        model.addAttribute("rows", members.stream().map(teachers::get).sorted(ChineseOrder.by(Teacher::getName))
                .map(t -> new CheckRow(t, found.getOrDefault(t.getId(), Map.of()))).toList());
        model.addAttribute("items", Enums.CheckItem.values());
        model.addAttribute("ratings", Enums.CheckRating.values());
        return "research/checks";
    }

    @PostMapping("/research/groups/{groupId}/checks")
    String saveChecks(@AuthenticationPrincipal HezuoUser user, @PathVariable long groupId, @RequestParam String month,
                      @RequestParam Map<String, String> params, RedirectAttributes redirect) {
        YearMonth shown = month(month);
        Map<Long, Map<Enums.CheckItem, GrowthService.Rated>> ratings = new LinkedHashMap<>();
        for (Map.Entry<String, String> p : params.entrySet()) {
            // r_<teacherId>_<ITEM> = rating; m_<teacherId>_<ITEM> = remark
            if (!p.getKey().startsWith("r_") || p.getValue().isBlank()) {
                continue;
            }
            String[] parts = p.getKey().split("_", 3);
            try {
                long teacherId = Long.parseLong(parts[1]);
                Enums.CheckItem item = Enums.CheckItem.valueOf(parts[2]);
                String remark = params.getOrDefault("m_" + parts[1] + "_" + parts[2], "");
                requireLength(remark, 500);
                ratings.computeIfAbsent(teacherId, t -> new EnumMap<>(Enums.CheckItem.class))
                        .put(item, new GrowthService.Rated(Enums.CheckRating.valueOf(p.getValue()), remark));
            } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
                throw new RuleViolationException("research.error.checkValue");
            }
        }
        growth.check(user, groupId, shown, ratings);
        redirect.addFlashAttribute("notice", "notice.saved");
        return "redirect:/research/groups/" + groupId + "/checks?month=" + shown;
    }

    // ---- portfolio ----

    @GetMapping("/research/portfolio")
    String portfolio(@AuthenticationPrincipal HezuoUser user, @RequestParam(required = false) Long teacherId,
                     @RequestParam(required = false) Long termId, Model model) {
        long teacher = portfolioTeacher(user, teacherId);
        SchoolTerm term = terms.term(user.schoolId(), termId);
        Teacher who = staff.byId(user.schoolId()).get(teacher);
        model.addAttribute("teacher", who);
        model.addAttribute("term", term);
        model.addAttribute("terms", terms.all(user.schoolId()));
        model.addAttribute("view", portfolio.of(user.schoolId(), teacher, term));
        model.addAttribute("own", user.teacherId() != null && user.teacherId() == teacher);
        model.addAttribute("entries", growth.entriesOf(teacher, term.id()));
        model.addAttribute("entryKinds", Enums.EntryKind.values());
        model.addAttribute("today", terms.today());
        return "research/portfolio";
    }

    @GetMapping("/research/portfolio.xlsx")
    ResponseEntity<byte[]> portfolioXlsx(@AuthenticationPrincipal HezuoUser user,
                                         @RequestParam(required = false) Long teacherId,
                                         @RequestParam(required = false) Long termId) {
        long teacher = portfolioTeacher(user, teacherId);
        SchoolTerm term = terms.term(user.schoolId(), termId);
        Locale locale = LocaleContextHolder.getLocale();
        String name = staff.names(user.schoolId()).get(teacher);
        Portfolio.View view = portfolio.of(user.schoolId(), teacher, term);
        try (XlsxWriter xlsx = new XlsxWriter()) {
            XlsxSheetWriter sheet = xlsx.sheet(t("research.portfolio.sheet", locale), List.of(
                    t("research.activity.date", locale), t("research.portfolio.kind", locale),
                    t("research.portfolio.what", locale), t("research.portfolio.detail", locale)));
            for (Portfolio.Item item : view.items()) {
                sheet.row(item.date(), t(item.kind(), locale), item.text(), detail(item.detail(), locale));
            }
            return Download.of(name + "-" + term.name() + "-" + t("research.portfolio.file", locale) + ".xlsx",
                    Download.XLSX, xlsx.toBytes());
        }
    }

    @PostMapping("/research/portfolio/entries")
    String addEntry(@AuthenticationPrincipal HezuoUser user, @RequestParam Enums.EntryKind kind,
                    @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                    @RequestParam(defaultValue = "") String title, @RequestParam(defaultValue = "") String detail,
                    @RequestParam(required = false) Integer hours, RedirectAttributes redirect) {
        if (title.isBlank()) {
            throw new RuleViolationException("research.error.entryTitle");
        }
        requireLength(title, 200);
        requireLength(detail, 500);
        if (hours != null && (hours < 0 || hours > 1000)) {
            throw new RuleViolationException("research.error.entryHours");
        }
        growth.addEntry(user, kind, date, title, detail, hours);
        redirect.addFlashAttribute("notice", "notice.saved");
        return "redirect:/research/portfolio";
    }

    @PostMapping("/research/portfolio/entries/{entryId}/delete")
    String deleteEntry(@AuthenticationPrincipal HezuoUser user, @PathVariable long entryId, RedirectAttributes redirect) {
        growth.deleteEntry(user, entryId);
        redirect.addFlashAttribute("notice", "notice.saved");
        return "redirect:/research/portfolio";
    }

    /** "research.kind.X" or "key1|key2" → translated text. */
    String detail(String keys, Locale locale) {
        if (keys == null) {
            return "";
        }
        return String.join(" ", java.util.Arrays.stream(keys.split("\\|")).map(k -> t(k, locale)).toList());
    }

    private long portfolioTeacher(HezuoUser user, Long teacherId) {
        if (teacherId == null) {
            if (!user.isTeacher() || user.teacherId() == null) {
                throw new AccessDeniedException("portfolio");
            }
            return user.teacherId();
        }
        if (!staff.byId(user.schoolId()).containsKey(teacherId)) {
            throw new cn.hezuo.system.NotFoundException("teacher", teacherId);
        }
        if (!teacherId.equals(user.teacherId()) && !growth.oversees(user, teacherId)) {
            throw new AccessDeniedException("portfolio of " + teacherId);
        }
        return teacherId;
    }

    private YearMonth month(String value) {
        if (value == null || value.isBlank()) {
            return YearMonth.from(terms.today());
        }
        try {
            return YearMonth.parse(value);
        } catch (DateTimeParseException e) {
            throw new RuleViolationException("research.error.month", value);
        }
    }

    private String t(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }

    private static void requireLength(String value, int max) {
        if (value != null && value.length() > max) {
            throw new RuleViolationException("research.error.tooLong", max);
        }
    }

    private static void requireStaff(HezuoUser user) {
        if (!user.isAdmin() && !(user.isTeacher() && user.teacherId() != null)) {
            throw new AccessDeniedException("research");
        }
    }
}
