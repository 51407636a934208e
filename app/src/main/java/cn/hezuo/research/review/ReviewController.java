package cn.hezuo.research.review;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.research.group.GroupKind;
import cn.hezuo.research.rubric.RubricScores;
import cn.hezuo.research.rubric.RubricService;
import cn.hezuo.system.RuleViolationException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 组间互评: the rounds a person sees, starting one (admin or a leader), a round with its pairs and results. */
@Controller
class ReviewController {

    private final ReviewService reviews;
    private final RubricService rubrics;
    private final RubricScores scores;
    private final MessageSource messages;

    ReviewController(ReviewService reviews, RubricService rubrics, RubricScores scores, MessageSource messages) {
        this.reviews = reviews;
        this.rubrics = rubrics;
        this.scores = scores;
        this.messages = messages;
    }

    @GetMapping("/research/reviews")
    String list(@AuthenticationPrincipal HezuoUser user, Model model) {
        requireStaff(user);
        model.addAttribute("rounds", reviews.visibleRounds(user));
        model.addAttribute("due", reviews.dueFor(user));
        model.addAttribute("mayStart", reviews.mayStart(user));
        model.addAttribute("rubrics", rubrics.active(user.schoolId()));
        model.addAttribute("kinds", GroupKind.values());
        model.addAttribute("today", reviews.today());
        if (!model.containsAttribute("formName")) {
            model.addAttribute("formName", "");
            model.addAttribute("formReviews", 2);
            model.addAttribute("formDeadline", reviews.today().plusDays(14));
            model.addAttribute("formTarget", ReviewTarget.GROUP);
        }
        model.addAttribute("targets", ReviewTarget.values());
        return "research/review/list";
    }

    @PostMapping("/research/reviews")
    String start(@AuthenticationPrincipal HezuoUser user, @RequestParam(defaultValue = "") String name,
                 @RequestParam(required = false) GroupKind kind,
                 @RequestParam(defaultValue = "false") boolean avoidSameSubject,
                 @RequestParam(defaultValue = "2") int reviews, @RequestParam(required = false) Long seed,
                 @RequestParam long rubricId,
                 @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate deadline,
                 @RequestParam(defaultValue = "GROUP") ReviewTarget target,
                 Model model, RedirectAttributes redirect) {
        requireStaff(user);
        try {
            ReviewRound round = this.reviews.start(user, new ReviewService.StartForm(name, kind, avoidSameSubject,
                    reviews, seed, rubricId, deadline, target));
            redirect.addFlashAttribute("notice", "research.review.started");
            return "redirect:/research/reviews/" + round.getId();
        } catch (RuleViolationException e) {
            model.addAttribute("error", messages.getMessage(e.getMessageKey(), e.getArgs(),
                    LocaleContextHolder.getLocale()));
            model.addAttribute("formName", name);
            model.addAttribute("formReviews", reviews);
            model.addAttribute("formDeadline", deadline);
            model.addAttribute("formTarget", target);
            return list(user, model);
        }
    }

    /** A pair as shown: names and whether the viewer's group gives it. */
    record PairRow(long assignmentId, String reviewer, String reviewee, boolean mine, Long revieweeCaseId) {
    }

    /** What a reviewed group received, with the round's rubric. */
    record Result(String group, RubricScores.TargetScores scores) {
    }

    @GetMapping("/research/reviews/{roundId}")
    String round(@AuthenticationPrincipal HezuoUser user, @PathVariable long roundId, Model model) {
        requireStaff(user);
        ReviewRound round = reviews.requireRound(user, roundId);
        ReviewService.Names names = reviews.names(user.schoolId());
        List<ReviewAssignment> all = reviews.assignments(roundId);
        List<PairRow> pairs = new ArrayList<>();
        Map<String, List<Long>> byReviewee = new LinkedHashMap<>();
        for (ReviewAssignment a : all) {
            pairs.add(new PairRow(a.getId(), names.reviewer(a), names.reviewee(a),
                    reviews.isMemberOf(user, a.getReviewerGroupId()), a.getRevieweeCaseId()));
            byReviewee.computeIfAbsent(names.reviewee(a), g -> new ArrayList<>()).add(a.getId());
        }
        List<Result> results = new ArrayList<>();
        byReviewee.forEach((reviewee, ids) -> results.add(new Result(reviewee,
                scores.combined(user.schoolId(), ReviewTargets.KIND, ids).stream()
                        .filter(s -> s.rubricId() == round.getRubricId()).findFirst().orElse(null))));
        model.addAttribute("round", round);
        model.addAttribute("rubric", rubrics.require(user.schoolId(), round.getRubricId()));
        model.addAttribute("pairs", pairs);
        model.addAttribute("mine", pairs.stream().filter(PairRow::mine).toList());
        model.addAttribute("results", results);
        model.addAttribute("open", !round.getDeadline().isBefore(reviews.today()));
        return "research/review/round";
    }

    private static void requireStaff(HezuoUser user) {
        if (!user.isAdmin() && !(user.isTeacher() && user.teacherId() != null)) {
            throw new AccessDeniedException("reviews");
        }
    }
}
