package cn.hezuo.research.review;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.audit.AuditText;
import cn.hezuo.audit.AuditTrail;
import cn.hezuo.grouping.review.ReviewAssigner;
import cn.hezuo.grouping.review.ReviewInfeasibleException;
import cn.hezuo.grouping.review.ReviewPair;
import cn.hezuo.grouping.review.ReviewPlan;
import cn.hezuo.grouping.review.ReviewRequest;
import cn.hezuo.research.calendar.ResearchTerms;
import cn.hezuo.research.group.GroupKind;
import cn.hezuo.research.group.ResearchAccess;
import cn.hezuo.research.group.ResearchGroup;
import cn.hezuo.research.lessonstudy.LessonStudyCases;
import cn.hezuo.research.rubric.Rubric;
import cn.hezuo.research.rubric.RubricService;
import cn.hezuo.system.NotFoundException;
import cn.hezuo.system.RuleViolationException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Review rounds among research groups. The admin or any group leader starts one: the groups (all active ones, or one
 * kind), whether groups of one subject are kept apart, {@code k}, the seed (random when not given, always stored, so
 * the draw can be repeated), a rubric and a deadline; the grouping engine draws the pairs. A round is seen by the
 * admin, its starter and the members of the groups in it; nobody else learns it exists (404).
 */
@Service
public class ReviewService {

    private static final SecureRandom SEEDS = new SecureRandom();

    private final ReviewRoundRepository rounds;
    private final ReviewAssignmentRepository assignments;
    private final ResearchAccess access;
    private final RubricService rubrics;
    private final ResearchTerms terms;
    private final AuditTrail audit;
    private final Clock clock;
    private final LessonStudyCases cases;

    ReviewService(ReviewRoundRepository rounds, ReviewAssignmentRepository assignments, ResearchAccess access,
                  RubricService rubrics, ResearchTerms terms, AuditTrail audit, Clock clock, LessonStudyCases cases) {
        this.cases = cases;
        this.rounds = rounds;
        this.assignments = assignments;
        this.access = access;
        this.rubrics = rubrics;
        this.terms = terms;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * What the start form sends. {@code kind} and {@code seed} may be {@code null}; {@code target} null means GROUP.
     */
    public record StartForm(String name, GroupKind kind, boolean avoidSameSubject, int reviews, Long seed, long rubricId,
                            LocalDate deadline, ReviewTarget target) {
        public StartForm(String name, GroupKind kind, boolean avoidSameSubject, int reviews, Long seed, long rubricId,
                         LocalDate deadline) {
            this(name, kind, avoidSameSubject, reviews, seed, rubricId, deadline, ReviewTarget.GROUP);
        }
    }

    public boolean mayStart(HezuoUser user) {
        if (user.isAdmin()) {
            return true;
        }
        return user.isTeacher() && user.teacherId() != null
                && access.groupsOfTeacher(user.teacherId()).stream().anyMatch(g -> access.isLeader(user, g));
    }

    @Transactional
    public ReviewRound start(HezuoUser user, StartForm form) {
        if (!mayStart(user)) {
            throw new AccessDeniedException("start review round");
        }
        String name = form.name() == null ? "" : form.name().strip();
        if (name.isEmpty()) {
            throw new RuleViolationException("research.review.error.name");
        }
        if (name.length() > 100) {
            throw new RuleViolationException("research.error.tooLong", 100);
        }
        if (form.deadline() == null || form.deadline().isBefore(terms.today())) {
            throw new RuleViolationException("research.review.error.deadline");
        }
        Rubric rubric = rubrics.require(user.schoolId(), form.rubricId());
        if (!rubric.isActive()) {
            throw new RuleViolationException("research.rubric.error.inactive", rubric.getName());
        }
        List<ResearchGroup> groups = access.activeGroupsOfSchool(user.schoolId()).stream()
                .filter(g -> form.kind() == null || g.getKind() == form.kind()).toList();
        if (form.target() == ReviewTarget.CASE) {
            return startAmongCases(user, form, name, rubric, groups);
        }
        if (groups.size() < 2) {
            throw new RuleViolationException("research.review.error.tooFewGroups", groups.size());
        }
        if (form.reviews() < 1) {
            throw new RuleViolationException("research.review.error.reviews");
        }
        long seed = form.seed() != null ? form.seed() : SEEDS.nextLong(1, 1_000_000_000L);
        List<String> ids = groups.stream().map(g -> String.valueOf(g.getId())).toList();
        List<String> subjects = form.avoidSameSubject()
                ? groups.stream().map(g -> g.getSubjectId() == null ? "" : String.valueOf(g.getSubjectId())).toList()
                : null;
        ReviewPlan plan;
        try {
            plan = ReviewAssigner.assign(new ReviewRequest(ids, subjects, form.reviews(), seed));
        } catch (ReviewInfeasibleException e) {
            throw new RuleViolationException(form.avoidSameSubject() ? "research.review.error.infeasibleSubject"
                    : "research.review.error.infeasible", form.reviews(), groups.size(), e.maxReviews());
        }
        ReviewRound round = rounds.save(new ReviewRound(user.schoolId(), name, form.kind(), form.avoidSameSubject(),
                form.reviews(), seed, rubric.getId(), form.deadline(), user.getUsername(), clock.instant()));
        List<ReviewAssignment> drawn = new ArrayList<>();
        for (ReviewPair p : plan.pairs()) {
            drawn.add(new ReviewAssignment(round.getId(), Long.valueOf(p.reviewer()), Long.valueOf(p.reviewee())));
        }
        assignments.saveAll(drawn);
        audit.record("CREATE", "ReviewRound", round.getId(), AuditText.of("audit.msg.research.reviewRound", name,
                groups.size(), form.reviews(), seed, plan.mutualPairs()));
        return round;
    }

    /**
     * A round among the lesson-study cases of the chosen groups: each case is reviewed by the groups of k other cases
     * and each case's group reviews k cases; a group never reviews its own group's case (the engine keeps cases with
     * the same attribute apart: the group, or with 同学科不互评 the group's subject, which also keeps a group apart
     * from itself).
     */
    private ReviewRound startAmongCases(HezuoUser user, StartForm form, String name, Rubric rubric,
                                        List<ResearchGroup> groups) {
        Map<Long, ResearchGroup> byId = groups.stream()
                .collect(Collectors.toMap(ResearchGroup::getId, Function.identity()));
        List<LessonStudyCases.CaseRow> drawable = cases.ofSchool(user.schoolId()).stream()
                .filter(c -> byId.containsKey(c.groupId())).toList();
        if (drawable.size() < 2) {
            throw new RuleViolationException("research.review.error.tooFewCases", drawable.size());
        }
        if (form.reviews() < 1) {
            throw new RuleViolationException("research.review.error.reviews");
        }
        long seed = form.seed() != null ? form.seed() : SEEDS.nextLong(1, 1_000_000_000L);
        List<String> ids = drawable.stream().map(c -> String.valueOf(c.id())).toList();
        List<String> apart = drawable.stream().map(c -> {
            ResearchGroup g = byId.get(c.groupId());
            return form.avoidSameSubject() && g.getSubjectId() != null ? "s" + g.getSubjectId() : "g" + g.getId();
        }).toList();
        ReviewPlan plan;
        try {
            plan = ReviewAssigner.assign(new ReviewRequest(ids, apart, form.reviews(), seed));
        } catch (ReviewInfeasibleException e) {
            throw new RuleViolationException(form.avoidSameSubject() ? "research.review.error.infeasibleCaseSubject"
                    : "research.review.error.infeasibleCase", form.reviews(), drawable.size(), e.maxReviews());
        }
        ReviewRound round = new ReviewRound(user.schoolId(), name, form.kind(), form.avoidSameSubject(),
                form.reviews(), seed, rubric.getId(), form.deadline(), user.getUsername(), clock.instant());
        round.setTarget(ReviewTarget.CASE);
        round = rounds.save(round);
        Map<Long, Long> groupOf = drawable.stream()
                .collect(Collectors.toMap(LessonStudyCases.CaseRow::id, LessonStudyCases.CaseRow::groupId));
        List<ReviewAssignment> drawn = new ArrayList<>();
        for (ReviewPair p : plan.pairs()) {
            long reviewer = Long.parseLong(p.reviewer());
            long reviewee = Long.parseLong(p.reviewee());
            drawn.add(new ReviewAssignment(round.getId(), groupOf.get(reviewer), groupOf.get(reviewee), reviewer,
                    reviewee));
        }
        assignments.saveAll(drawn);
        audit.record("CREATE", "ReviewRound", round.getId(), AuditText.of("audit.msg.research.reviewRoundCases", name,
                drawable.size(), form.reviews(), seed, plan.mutualPairs()));
        return round;
    }

    /** The names a round shows: a group's name, or for a case round "group《topic》" of the case. */
    @Transactional(readOnly = true)
    public Names names(long schoolId) {
        Map<Long, ResearchGroup> groups = groupsById(schoolId);
        Map<Long, LessonStudyCases.CaseRow> caseRows = new java.util.HashMap<>();
        cases.ofSchool(schoolId).forEach(c -> caseRows.put(c.id(), c));
        return new Names(groups, caseRows);
    }

    /** Names of groups and cases of one school, for pages and titles. */
    public record Names(Map<Long, ResearchGroup> groups, Map<Long, LessonStudyCases.CaseRow> cases) {
        public String reviewer(ReviewAssignment a) {
            return a.getReviewerCaseId() == null ? name(groups, a.getReviewerGroupId())
                    : caseName(a.getReviewerGroupId(), a.getReviewerCaseId());
        }

        public String reviewee(ReviewAssignment a) {
            return a.getRevieweeCaseId() == null ? name(groups, a.getRevieweeGroupId())
                    : caseName(a.getRevieweeGroupId(), a.getRevieweeCaseId());
        }

        private String caseName(long groupId, long caseId) {
            LessonStudyCases.CaseRow c = cases.get(caseId);
            return name(groups, groupId) + "《" + (c == null ? "#" + caseId : c.topic()) + "》";
        }
    }

    /** Rounds the user may see, newest deadline first. */
    @Transactional(readOnly = true)
    public List<ReviewRound> visibleRounds(HezuoUser user) {
        if (user.isAdmin()) {
            return rounds.findBySchoolIdOrderByDeadlineDescIdDesc(user.schoolId());
        }
        Set<Long> mine = myGroupIds(user);
        Set<Long> ids = new LinkedHashSet<>();
        if (!mine.isEmpty()) {
            assignments.findByReviewerGroupIdInOrRevieweeGroupIdInOrderByIdAsc(mine, mine)
                    .forEach(a -> ids.add(a.getRoundId()));
        }
        rounds.findBySchoolIdOrderByDeadlineDescIdDesc(user.schoolId()).stream()
                .filter(r -> r.getCreatedBy().equals(user.getUsername())).forEach(r -> ids.add(r.getId()));
        return ids.isEmpty() ? List.of() : rounds.findByIdInOrderByDeadlineDescIdDesc(ids);
    }

    @Transactional(readOnly = true)
    public ReviewRound requireRound(HezuoUser user, long roundId) {
        ReviewRound round = rounds.findByIdAndSchoolId(roundId, user.schoolId())
                .orElseThrow(() -> new NotFoundException("review round", roundId));
        if (!canSee(user, round)) {
            throw new AccessDeniedException("review round " + roundId);
        }
        return round;
    }

    boolean canSee(HezuoUser user, ReviewRound round) {
        if (user.isAdmin() || round.getCreatedBy().equals(user.getUsername())) {
            return true;
        }
        Set<Long> mine = myGroupIds(user);
        return assignments.findByRoundIdOrderByIdAsc(round.getId()).stream()
                .anyMatch(a -> mine.contains(a.getReviewerGroupId()) || mine.contains(a.getRevieweeGroupId()));
    }

    @Transactional(readOnly = true)
    public List<ReviewAssignment> assignments(long roundId) {
        return assignments.findByRoundIdOrderByIdAsc(roundId);
    }

    @Transactional(readOnly = true)
    public ReviewAssignment assignment(long schoolId, long assignmentId) {
        ReviewAssignment a = assignments.findById(assignmentId)
                .orElseThrow(() -> new NotFoundException("review assignment", assignmentId));
        rounds.findByIdAndSchoolId(a.getRoundId(), schoolId)
                .orElseThrow(() -> new NotFoundException("review assignment", assignmentId));
        return a;
    }

    @Transactional(readOnly = true)
    public ReviewRound round(long roundId) {
        return rounds.findById(roundId).orElseThrow(() -> new NotFoundException("review round", roundId));
    }

    /** One review the user's group still has to give (or may still change) before the deadline. */
    public record Due(long roundId, String roundName, LocalDate deadline, long assignmentId, String reviewer,
                      String reviewee) {
    }

    /** Reviews the user's groups give in rounds whose deadline has not passed, soonest deadline first. */
    @Transactional(readOnly = true)
    public List<Due> dueFor(HezuoUser user) {
        if (!user.isTeacher() || user.teacherId() == null) {
            return List.of();
        }
        List<ResearchGroup> mine = access.groupsOfTeacher(user.teacherId()).stream()
                .filter(g -> access.isMember(g.getId(), user.teacherId())).toList();
        if (mine.isEmpty()) {
            return List.of();
        }
        Names names = names(user.schoolId());
        LocalDate today = terms.today();
        Map<Long, ReviewRound> roundCache = new java.util.HashMap<>();
        List<Due> due = new ArrayList<>();
        for (ReviewAssignment a : assignments.findByReviewerGroupIdInOrderByIdAsc(
                mine.stream().map(ResearchGroup::getId).toList())) {
            ReviewRound r = roundCache.computeIfAbsent(a.getRoundId(), this::round);
            if (!r.getDeadline().isBefore(today)) {
                due.add(new Due(r.getId(), r.getName(), r.getDeadline(), a.getId(), names.reviewer(a),
                        names.reviewee(a)));
            }
        }
        due.sort(java.util.Comparator.comparing(Due::deadline).thenComparing(Due::assignmentId));
        return due;
    }

    Map<Long, ResearchGroup> groupsById(long schoolId) {
        return access.activeGroupsOfSchool(schoolId).stream()
                .collect(Collectors.toMap(ResearchGroup::getId, Function.identity()));
    }

    static String name(Map<Long, ResearchGroup> groups, long id) {
        ResearchGroup g = groups.get(id);
        return g == null ? "#" + id : g.getName();
    }

    Set<Long> myGroupIds(HezuoUser user) {
        if (!user.isTeacher() || user.teacherId() == null) {
            return Set.of();
        }
        Set<Long> ids = new HashSet<>();
        access.groupsOfTeacher(user.teacherId()).forEach(g -> ids.add(g.getId()));
        return ids;
    }

    boolean isMemberOf(HezuoUser user, long groupId) {
        return user.isTeacher() && user.teacherId() != null && access.isMember(groupId, user.teacherId());
    }

    LocalDate today() {
        return terms.today();
    }
}
