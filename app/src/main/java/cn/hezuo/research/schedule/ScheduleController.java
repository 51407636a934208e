package cn.hezuo.research.schedule;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.research.calendar.ResearchTerms;
import cn.hezuo.research.group.ResearchAccess;
import cn.hezuo.research.group.ResearchGroup;
import cn.hezuo.research.group.Staff;
import cn.hezuo.school.SchoolTerm;
import cn.hezuo.system.ChineseOrder;
import cn.hezuo.system.RuleViolationException;
import cn.hezuo.teacher.Teacher;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The leader's schedule page: who has been 主备人 and given lessons, and the two generators. */
@Controller
class ScheduleController {

    private final ScheduleService schedules;
    private final ResearchAccess access;
    private final ResearchTerms terms;
    private final Staff staff;
    private final MessageSource messages;

    ScheduleController(ScheduleService schedules, ResearchAccess access, ResearchTerms terms, Staff staff,
                       MessageSource messages) {
        this.schedules = schedules;
        this.access = access;
        this.terms = terms;
        this.staff = staff;
        this.messages = messages;
    }

    /** A member's turns this term. */
    record Turns(Teacher teacher, int prep, int lessons, boolean young) {
    }

    static final Eligibility YOUNG = new Eligibility(35, 5, Set.of());

    @GetMapping("/research/groups/{groupId}/schedule")
    String show(@AuthenticationPrincipal HezuoUser user, @PathVariable long groupId,
                @RequestParam(required = false) Long termId, Model model) {
        ResearchGroup group = access.requireLead(user, groupId);
        SchoolTerm term = terms.term(user.schoolId(), termId);
        int year = terms.today().getYear();
        Map<Long, Teacher> teachers = staff.byId(user.schoolId());
        Map<Long, Integer> prep = schedules.prepTurns(group, term);
        Map<Long, Integer> lessons = schedules.lessonTurns(group, term);
        model.addAttribute("group", group);
        model.addAttribute("term", term);
        model.addAttribute("weekCount", term.weekCount());
        model.addAttribute("turns", access.memberIds(groupId).stream().map(teachers::get)
                .sorted(ChineseOrder.by(Teacher::getName))
                .map(t -> new Turns(t, prep.getOrDefault(t.getId(), 0), lessons.getOrDefault(t.getId(), 0),
                        YOUNG.test(t, year)))
                .toList());
        model.addAttribute("days", List.of(DayOfWeek.values()).subList(0, 5)); // the school days
        model.addAttribute("skippedWeeks", terms.weeksWithoutRoutine(user.schoolId(), term).stream().map(String::valueOf)
                .collect(java.util.stream.Collectors.joining("、")));
        return "research/schedule";
    }

    @PostMapping("/research/groups/{groupId}/schedule/rotation")
    String rotation(@AuthenticationPrincipal HezuoUser user, @PathVariable long groupId, @RequestParam long termId,
                    @RequestParam DayOfWeek day, @RequestParam(required = false) @DateTimeFormat(pattern = "HH:mm") LocalTime time,
                    @RequestParam(defaultValue = "") String place, @RequestParam int firstWeek,
                    @RequestParam int lastWeek, @RequestParam(defaultValue = "") String units,
                    RedirectAttributes redirect) {
        SchoolTerm term = terms.term(user.schoolId(), termId);
        if (place.length() > 60 || units.length() > 4000) {
            throw new RuleViolationException("research.error.scheduleText");
        }
        Locale locale = LocaleContextHolder.getLocale();
        int created = schedules.rotation(user, groupId, term, day, time, place, firstWeek, lastWeek,
                Arrays.stream(units.split("\\R")).map(String::strip).filter(u -> !u.isEmpty()).toList(),
                week -> messages.getMessage("research.schedule.prepTopic", new Object[] {week}, locale));
        redirect.addFlashAttribute("noticeText", messages.getMessage("research.schedule.created",
                new Object[] {created}, locale));
        return "redirect:/research/groups/" + groupId + "/schedule?termId=" + termId;
    }

    @PostMapping("/research/groups/{groupId}/schedule/open-lessons")
    String openLessons(@AuthenticationPrincipal HezuoUser user, @PathVariable long groupId, @RequestParam long termId,
                       @RequestParam(required = false) Integer underAge, @RequestParam(required = false) Integer underYears,
                       @RequestParam(defaultValue = "") String titles, @RequestParam int perSlot,
                       @RequestParam int cadence, @RequestParam int firstWeek, @RequestParam int lastWeek,
                       @RequestParam(defaultValue = "") String blocked, @RequestParam DayOfWeek day,
                       RedirectAttributes redirect) {
        SchoolTerm term = terms.term(user.schoolId(), termId);
        if (perSlot < 1 || perSlot > 10 || cadence < 1 || cadence > 10) {
            throw new RuleViolationException("research.error.cadence");
        }
        Set<Integer> blockedWeeks;
        try {
            blockedWeeks = Arrays.stream(blocked.split("[,，、\\s]+")).map(String::strip).filter(s -> !s.isEmpty())
                    .map(Integer::parseInt).collect(Collectors.toSet());
        } catch (NumberFormatException e) {
            throw new RuleViolationException("research.error.blockedWeeks", blocked);
        }
        Set<String> titleSet = Arrays.stream(titles.split("[,，、\\s]+")).map(String::strip).filter(s -> !s.isEmpty())
                .collect(Collectors.toSet());
        Locale locale = LocaleContextHolder.getLocale();
        int created = schedules.openLessons(user, groupId, term, new Eligibility(underAge, underYears, titleSet),
                terms.today().getYear(), perSlot, cadence, firstWeek, lastWeek, blockedWeeks, day,
                messages.getMessage("research.schedule.lessonTopic", null, locale));
        redirect.addFlashAttribute("noticeText", messages.getMessage("research.schedule.created",
                new Object[] {created}, locale));
        return "redirect:/research/groups/" + groupId + "/schedule?termId=" + termId;
    }
}
