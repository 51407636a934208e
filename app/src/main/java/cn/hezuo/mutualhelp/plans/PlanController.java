package cn.hezuo.mutualhelp.plans;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.group.identity.GroupGoalsQuery;
import cn.hezuo.system.RuleViolationException;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 学习计划 and goal check-ins: the student's pages on {@code /me/study-plan} and {@code /me/goals}, the class's
 * plans and the monthly goal review for its teachers. Refusals come back on the page in Chinese with the typed text.
 */
@Controller
class PlanController {

    private final PlanService plans;
    private final GoalService goals;
    private final MessageSource messages;

    PlanController(PlanService plans, GoalService goals, MessageSource messages) {
        this.plans = plans;
        this.goals = goals;
        this.messages = messages;
    }

    @GetMapping("/me/study-plan")
    String myPlan(@AuthenticationPrincipal HezuoUser user, Model model) {
        model.addAttribute("my", plans.myPlan(user));
        model.addAttribute("requestId", UUID.randomUUID().toString());
        return "mutualhelp/plans/me";
    }

    @PostMapping("/me/study-plan")
    String savePlan(@AuthenticationPrincipal HezuoUser user, @RequestParam(required = false) String content,
                    @RequestParam(required = false) String goals, @RequestParam(required = false) String period,
                    @RequestParam(required = false) String method, RedirectAttributes redirect) {
        PlanService.PlanForm form = new PlanService.PlanForm(content, goals, period, method);
        try {
            plans.save(user, form);
            redirect.addFlashAttribute("notice", "mutualhelp.plans.saved");
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("planError", text(e));
            redirect.addFlashAttribute("draftPlan", form);
        }
        return "redirect:/me/study-plan";
    }

    @PostMapping("/me/study-plan/checkins")
    String planCheckIn(@AuthenticationPrincipal HezuoUser user, @RequestParam(required = false) CheckInStatus status,
                       @RequestParam(required = false) String note, @RequestParam(required = false) String requestId,
                       RedirectAttributes redirect) {
        try {
            plans.checkIn(user, status, note, requestId);
            redirect.addFlashAttribute("notice", "mutualhelp.plans.checkedIn");
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("checkInError", text(e));
            redirect.addFlashAttribute("draftNote", note);
        }
        return "redirect:/me/study-plan";
    }

    @GetMapping("/classes/{classId}/study-plans")
    String classPlans(@AuthenticationPrincipal HezuoUser user, @PathVariable long classId, Model model) {
        model.addAttribute("page", plans.classPlans(user, classId));
        return "mutualhelp/plans/class";
    }

    @GetMapping("/me/goals")
    String myGoals(@AuthenticationPrincipal HezuoUser user, Model model) {
        model.addAttribute("my", goals.myGoals(user));
        // One id per goal's form: this prefix (32 characters) and the form's index.
        model.addAttribute("requestId", UUID.randomUUID().toString().replace("-", ""));
        return "mutualhelp/plans/goals";
    }

    @PostMapping("/me/goals/checkins")
    String goalCheckIn(@AuthenticationPrincipal HezuoUser user,
                       @RequestParam(required = false) GroupGoalsQuery.Kind kind,
                       @RequestParam(required = false) CheckInStatus status, @RequestParam(required = false) String note,
                       @RequestParam(required = false) String requestId, RedirectAttributes redirect) {
        try {
            goals.checkIn(user, kind, status, note, requestId);
            redirect.addFlashAttribute("notice", "mutualhelp.goals.checkedIn");
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("checkInError", text(e));
            redirect.addFlashAttribute("errorKind", kind);
            redirect.addFlashAttribute("draftNote", note);
        }
        return "redirect:/me/goals";
    }

    @GetMapping("/classes/{classId}/goal-reviews")
    String review(@AuthenticationPrincipal HezuoUser user, @PathVariable long classId,
                  @RequestParam(required = false) String month, Model model) {
        model.addAttribute("page", goals.review(user, classId, month));
        return "mutualhelp/plans/review";
    }

    @PostMapping("/classes/{classId}/goal-reviews")
    String markReviewed(@AuthenticationPrincipal HezuoUser user, @PathVariable long classId,
                        @RequestParam long groupId, @RequestParam(required = false) String month,
                        @RequestParam(required = false) String comment, RedirectAttributes redirect) {
        try {
            goals.markReviewed(user, classId, groupId, month, comment);
            redirect.addFlashAttribute("notice", "mutualhelp.goals.reviewedNotice");
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("reviewError", text(e));
        }
        return "redirect:/classes/" + classId + "/goal-reviews"
                + (month != null && month.matches("\\d{4}-\\d{2}") ? "?month=" + month : "");
    }

    private String text(RuleViolationException e) {
        return messages.getMessage(e.getMessageKey(), e.getArgs(), LocaleContextHolder.getLocale());
    }
}
