package cn.hezuo.research.listen;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.research.Download;
import cn.hezuo.research.calendar.CalendarService;
import cn.hezuo.research.calendar.ResearchActivity;
import cn.hezuo.research.calendar.ResearchTerms;
import cn.hezuo.research.group.ResearchAccess;
import cn.hezuo.research.group.ResearchGroup;
import cn.hezuo.research.group.Staff;
import cn.hezuo.school.SchoolClass;
import cn.hezuo.school.SchoolSetupService;
import cn.hezuo.school.SchoolTerm;
import cn.hezuo.school.Subject;
import cn.hezuo.spreadsheet.XlsxSheetWriter;
import cn.hezuo.spreadsheet.XlsxWriter;
import cn.hezuo.system.RuleViolationException;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 听课记录: a teacher's own list and phone form; the leader's who-is-behind view with .xlsx. */
@Controller
class ListenController {

    private static final Set<String> DATE_ERRORS = Set.of("research.error.futureDate", "research.error.noTermForDate");

    private final ListenService listen;
    private final CalendarService calendar;
    private final ResearchAccess access;
    private final ResearchTerms terms;
    private final SchoolSetupService school;
    private final Staff staff;
    private final MessageSource messages;

    ListenController(ListenService listen, CalendarService calendar, ResearchAccess access, ResearchTerms terms,
                     SchoolSetupService school, Staff staff, MessageSource messages) {
        this.listen = listen;
        this.calendar = calendar;
        this.access = access;
        this.terms = terms;
        this.school = school;
        this.staff = staff;
        this.messages = messages;
    }

    /** A record as the list shows it. */
    record Row(ListenRecord record, String className, String subject, String observed) {
    }

    @GetMapping("/research/listening")
    String mine(@AuthenticationPrincipal HezuoUser user, @RequestParam(required = false) Long termId, Model model) {
        requireTeacher(user);
        SchoolTerm term = terms.term(user.schoolId(), termId);
        Map<Long, String> classes = school.classes(user.schoolId()).stream()
                .collect(Collectors.toMap(SchoolClass::getId, SchoolClass::getName));
        Map<Long, String> subjects = school.subjects(user.schoolId()).stream()
                .collect(Collectors.toMap(Subject::getId, Subject::getName));
        Map<Long, String> names = staff.names(user.schoolId());
        model.addAttribute("term", term);
        model.addAttribute("terms", terms.all(user.schoolId()));
        model.addAttribute("standing", listen.standingOf(user, term.id()));
        model.addAttribute("rows", listen.mine(user, term.id()).stream()
                .map(r -> new Row(r, classes.get(r.getClassId()), subjects.get(r.getSubjectId()),
                        names.get(r.getObservedId()))).toList());
        return "research/listening";
    }

    @GetMapping("/research/listening/new")
    String newForm(@AuthenticationPrincipal HezuoUser user, @RequestParam(required = false) Long activityId,
                   Model model) {
        requireTeacher(user);
        ListenForm form = new ListenForm(terms.today(), null, null, null, null, "", "", "", "", null, null);
        if (activityId != null) {
            var found = calendar.requireView(user, activityId);
            ResearchActivity a = found.activity();
            if (!a.getKind().isLesson()) {
                throw new RuleViolationException("research.error.notALesson");
            }
            form = new ListenForm(a.getDate(), null, null, found.group().getSubjectId(),
                    user.teacherId().equals(a.getHostId()) ? null : a.getHostId(), a.getTopic(), "", "", "", null,
                    a.getId());
        }
        model.addAttribute("form", form);
        return formPage(user, model);
    }

    @PostMapping("/research/listening")
    String create(@AuthenticationPrincipal HezuoUser user, @Valid @ModelAttribute("form") ListenForm form,
                  BindingResult binding, Model model, RedirectAttributes redirect) {
        requireTeacher(user);
        if (!binding.hasErrors()) {
            try {
                listen.record(user, form);
            } catch (RuleViolationException e) {
                String field = DATE_ERRORS.contains(e.getMessageKey()) ? "lessonDate"
                        : e.getMessageKey().equals("research.error.selfObserve") ? "observedId"
                        : e.getMessageKey().equals("research.error.duplicateListen") ? "period" : null;
                if (field == null) {
                    binding.reject(e.getMessageKey(), e.getArgs(), null);
                } else {
                    binding.rejectValue(field, e.getMessageKey(), e.getArgs(), null);
                }
            }
        }
        if (binding.hasErrors()) {
            return formPage(user, model);
        }
        redirect.addFlashAttribute("notice", "research.listen.savedNotice");
        return "redirect:/research/listening";
    }

    @PostMapping("/research/listening/{recordId}/delete")
    String delete(@AuthenticationPrincipal HezuoUser user, @PathVariable long recordId, RedirectAttributes redirect) {
        requireTeacher(user);
        listen.delete(user, recordId);
        redirect.addFlashAttribute("notice", "notice.saved");
        return "redirect:/research/listening";
    }

    @GetMapping("/research/groups/{groupId}/listening")
    String group(@AuthenticationPrincipal HezuoUser user, @PathVariable long groupId,
                 @RequestParam(required = false) Long termId, Model model) {
        ResearchGroup group = access.requireLead(user, groupId);
        SchoolTerm term = terms.term(user.schoolId(), termId);
        List<ListenService.Standing> standings = listen.standings(group, term.id());
        model.addAttribute("group", group);
        model.addAttribute("term", term);
        model.addAttribute("terms", terms.all(user.schoolId()));
        model.addAttribute("standings", standings);
        model.addAttribute("minimum", access.listenMinimum(group));
        model.addAttribute("behind", standings.stream().filter(s -> !s.met()).count());
        return "research/listening-group";
    }

    @GetMapping("/research/groups/{groupId}/listening.xlsx")
    ResponseEntity<byte[]> groupXlsx(@AuthenticationPrincipal HezuoUser user, @PathVariable long groupId,
                                     @RequestParam(required = false) Long termId) {
        ResearchGroup group = access.requireLead(user, groupId);
        SchoolTerm term = terms.term(user.schoolId(), termId);
        Locale locale = LocaleContextHolder.getLocale();
        try (XlsxWriter xlsx = new XlsxWriter()) {
            XlsxSheetWriter sheet = xlsx.sheet(t("research.listen.sheet", locale), List.of(t("teacher.name", locale),
                    t("research.listen.count", locale), t("research.listen.minimum", locale),
                    t("research.listen.shortBy", locale), t("research.listen.met", locale)));
            for (ListenService.Standing s : listen.standings(group, term.id())) {
                sheet.row(s.name(), s.count(), s.minimum(), s.shortBy(),
                        t(s.met() ? "research.listen.metYes" : "research.listen.metNo", locale));
            }
            return Download.of(group.getName() + "-" + term.name() + "-" + t("research.listen.file", locale) + ".xlsx",
                    Download.XLSX, xlsx.toBytes());
        }
    }

    /** 教务处's sheet: every active teacher of the school with their count against their own minimum. */
    @GetMapping("/admin/research/listening.xlsx")
    ResponseEntity<byte[]> schoolXlsx(@AuthenticationPrincipal HezuoUser user,
                                      @RequestParam(required = false) Long termId) {
        if (!user.isAdmin()) {
            throw new AccessDeniedException("school listen counts");
        }
        SchoolTerm term = terms.term(user.schoolId(), termId);
        Locale locale = LocaleContextHolder.getLocale();
        try (XlsxWriter xlsx = new XlsxWriter()) {
            XlsxSheetWriter sheet = xlsx.sheet(t("research.listen.sheet", locale), List.of(t("teacher.name", locale),
                    t("research.listen.count", locale), t("research.listen.minimum", locale),
                    t("research.listen.shortBy", locale), t("research.listen.met", locale)));
            for (ListenService.Standing s : listen.schoolStandings(user.schoolId(), term.id())) {
                sheet.row(s.name(), s.count(), s.minimum(), s.shortBy(),
                        t(s.met() ? "research.listen.metYes" : "research.listen.metNo", locale));
            }
            return Download.of(term.name() + "-" + t("research.listen.schoolFile", locale) + ".xlsx", Download.XLSX,
                    xlsx.toBytes());
        }
    }

    private String formPage(HezuoUser user, Model model) {
        long schoolId = user.schoolId();
        model.addAttribute("classes", school.classes(schoolId));
        model.addAttribute("subjects", school.subjects(schoolId).stream().filter(Subject::isActive).toList());
        model.addAttribute("teachers", staff.active(schoolId).stream()
                .filter(t -> !t.getId().equals(user.teacherId())).toList());
        model.addAttribute("lessons", calendar.recentLessons(user, 14));
        model.addAttribute("today", terms.today());
        return "research/listen-form";
    }

    private String t(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }

    private static void requireTeacher(HezuoUser user) {
        if (!user.isTeacher() || user.teacherId() == null) {
            throw new AccessDeniedException("listen records");
        }
    }
}
