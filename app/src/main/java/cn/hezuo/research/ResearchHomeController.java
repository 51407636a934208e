package cn.hezuo.research;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.research.calendar.CalendarService;
import cn.hezuo.research.calendar.ResearchTerms;
import cn.hezuo.research.group.ResearchAccess;
import cn.hezuo.research.lessonstudy.OverdueSteps;
import cn.hezuo.research.listen.ListenService;
import cn.hezuo.research.review.ReviewService;
import cn.hezuo.school.SchoolTerm;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * 教研 start page for teachers and the admin: my groups, my next activities, my listen-class count, my overdue 磨课
 * steps. The teacher's home
 * page loads {@code /research/upcoming} as a fragment, so the teacher feature needs no dependency on this one.
 */
@Controller
class ResearchHomeController {

    private final ResearchAccess access;
    private final CalendarService calendar;
    private final ListenService listen;
    private final ResearchTerms terms;
    private final ReviewService reviews;
    private final OverdueSteps overdueSteps;

    ResearchHomeController(ResearchAccess access, CalendarService calendar, ListenService listen, ResearchTerms terms,
                           ReviewService reviews, OverdueSteps overdueSteps) {
        this.reviews = reviews;
        this.access = access;
        this.overdueSteps = overdueSteps;
        this.calendar = calendar;
        this.listen = listen;
        this.terms = terms;
    }

    @GetMapping("/research")
    String home(@AuthenticationPrincipal HezuoUser user, Model model) {
        requireStaff(user);
        model.addAttribute("groups", access.visibleGroups(user));
        model.addAttribute("upcoming", calendar.upcoming(user, 8));
        Optional<SchoolTerm> term = terms.forDate(user.schoolId(), terms.today());
        model.addAttribute("standing", user.isTeacher() && term.isPresent()
                ? listen.standingOf(user, term.get().id()) : null);
        model.addAttribute("isAdmin", user.isAdmin());
        model.addAttribute("reviewsDue", reviews.dueFor(user));
        model.addAttribute("overdueSteps", overdueSteps.of(user));
        return "research/home";
    }

    /** The teacher home's panel: next activities and the listen count, as an htmx fragment. */
    @GetMapping("/research/upcoming")
    String upcoming(@AuthenticationPrincipal HezuoUser user, Model model) {
        if (!user.isTeacher() || user.teacherId() == null) {
            throw new AccessDeniedException("research panel");
        }
        model.addAttribute("upcoming", calendar.upcoming(user, 5));
        Optional<SchoolTerm> term = terms.forDate(user.schoolId(), terms.today());
        model.addAttribute("standing", term.map(t -> listen.standingOf(user, t.id())).orElse(null));
        model.addAttribute("groupCount", access.visibleGroups(user).size());
        model.addAttribute("reviewsDue", reviews.dueFor(user));
        model.addAttribute("overdueSteps", overdueSteps.of(user));
        return "research/home :: panel";
    }

    private static void requireStaff(HezuoUser user) {
        if (!user.isAdmin() && !(user.isTeacher() && user.teacherId() != null)) {
            throw new AccessDeniedException("research");
        }
    }
}
