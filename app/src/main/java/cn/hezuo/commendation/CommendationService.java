package cn.hezuo.commendation;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.audit.AuditText;
import cn.hezuo.audit.AuditTrail;
import cn.hezuo.school.ClassAccess;
import cn.hezuo.school.SchoolClass;
import cn.hezuo.system.NotFoundException;
import cn.hezuo.system.RuleViolationException;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The class side of 每月表彰: the proposal page (teachers of the class) and confirming (head teacher and admin).
 * A confirm names the revision the teacher saw; if another confirm got in first — checked here, and by the unique
 * key on (class, month, revision) for two at the same instant — it is refused with the stale-edit page.
 */
@Service
public class CommendationService {

    static final int MAX_TITLE = 30;
    static final int MAX_NOTE = 200;

    private final ClassAccess access;
    private final MonthFiguresQuery figures;
    private final Proposer proposer;
    private final CommendationRepository commendations;
    private final CommendationAwardRepository awards;
    private final AuditTrail audit;
    private final Clock clock;

    CommendationService(ClassAccess access, MonthFiguresQuery figures, Proposer proposer,
                        CommendationRepository commendations, CommendationAwardRepository awards, AuditTrail audit,
                        Clock clock) {
        this.access = access;
        this.figures = figures;
        this.proposer = proposer;
        this.commendations = commendations;
        this.awards = awards;
        this.audit = audit;
        this.clock = clock;
    }

    public YearMonth defaultMonth() {
        return CommendationMonth.defaultFor(java.time.LocalDate.now(clock));
    }

    /** The page of a month; {@code settings} null = those of the valid revision, or the defaults. */
    @Transactional(readOnly = true)
    public ClassCommendation page(HezuoUser user, long classId, YearMonth month, ProposalSettings settings) {
        SchoolClass schoolClass = access.requireView(user, classId);
        List<Commendation> history = commendations.findByClassIdAndMonthOrderByRevisionDesc(classId, month.toString());
        Commendation current = history.isEmpty() ? null : history.get(0);
        ProposalSettings used = settings != null ? settings : current != null ? current.settings()
                : ProposalSettings.defaults();
        Proposal proposal = proposer.propose(figures.of(classId, month), used);
        List<CommendationAward> currentAwards = current == null ? List.of()
                : awards.findByCommendationIdOrderBySortOrderAsc(current.getId());
        return new ClassCommendation(schoolClass, month, proposal, current, currentAwards, history,
                access.canManage(user, schoolClass));
    }

    @Transactional
    public Commendation confirm(HezuoUser user, long classId, ConfirmCommand command) {
        SchoolClass schoolClass = access.requireManage(user, classId);
        YearMonth month = command.month();
        if (month.isAfter(YearMonth.now(clock))) {
            throw new RuleViolationException("commendation.error.future");
        }
        List<Commendation> history = commendations.findByClassIdAndMonthOrderByRevisionDesc(classId, month.toString());
        int latest = history.isEmpty() ? 0 : history.get(0).getRevision();
        if (command.basedOn() != latest) {
            throw new ObjectOptimisticLockingFailureException(Commendation.class, classId);
        }
        if (command.groups().isEmpty() && command.students().isEmpty()) {
            throw new RuleViolationException("commendation.error.empty");
        }
        MonthFigures month1 = figures.of(classId, month);
        Map<Long, MonthFigures.GroupFigure> groups = new HashMap<>();
        month1.groups().forEach(g -> groups.put(g.groupId(), g));
        Map<Long, MonthFigures.StudentFigure> students = new HashMap<>();
        month1.students().forEach(s -> students.put(s.studentId(), s));
        for (Long id : command.groups().keySet()) {
            if (!groups.containsKey(id)) {
                throw new NotFoundException("group", id);
            }
        }
        for (Long id : command.students().keySet()) {
            if (!students.containsKey(id)) {
                throw new NotFoundException("student", id);
            }
        }

        Commendation saved = commendations.save(new Commendation(schoolClass.getSchoolId(), classId, month, latest + 1,
                command.settings(), user.getUsername(), shorten(user.displayName(), 60), clock.instant()));
        try {
            commendations.flush();
        } catch (DataIntegrityViolationException e) {
            // Another confirm of the same revision committed between our check and our insert.
            throw new ObjectOptimisticLockingFailureException(Commendation.class, classId);
        }
        List<CommendationAward> rows = new ArrayList<>();
        List<Object> summary = new ArrayList<>();
        int order = 0;
        for (MonthFigures.GroupFigure g : month1.groups()) {
            ConfirmCommand.Choice choice = command.groups().get(g.groupId());
            if (choice != null) {
                rows.add(new CommendationAward(saved.getId(), schoolClass.getSchoolId(), AwardKind.GROUP, g.groupId(),
                        null, g.number(), blankToNull(g.name(), 60), text(choice.title(), MAX_TITLE),
                        text(choice.note(), MAX_NOTE), g.points(), g.lastPoints(), order++));
                summary.add(AuditText.of("calling.groupNo", g.number()));
            }
        }
        List<MonthFigures.StudentFigure> byGroup = new ArrayList<>(month1.students());
        byGroup.sort(java.util.Comparator.comparingInt(MonthFigures.StudentFigure::groupNumber)
                .thenComparingInt(MonthFigures.StudentFigure::memberNo));
        for (MonthFigures.StudentFigure s : byGroup) {
            ConfirmCommand.Choice choice = command.students().get(s.studentId());
            if (choice != null) {
                rows.add(new CommendationAward(saved.getId(), schoolClass.getSchoolId(), AwardKind.STUDENT,
                        s.groupId(), s.studentId(), s.groupNumber(), s.name(), text(choice.title(), MAX_TITLE),
                        text(choice.note(), MAX_NOTE), s.points(), s.lastPoints(), order++));
                summary.add(s.name());
            }
        }
        awards.saveAll(rows);
        audit.record("CONFIRM", "Commendation", saved.getId(), AuditText.of("audit.msg.commendation.confirmed", month,
                schoolClass.getName(), saved.getRevision(), saved.getCriteria(),
                AuditText.list(summary.stream().map(o -> o instanceof AuditText t ? t : AuditText.of("audit.msg.name", o))
                        .toList())));
        return saved;
    }

    /** A confirmed revision and its awards, for the class's teachers (another school's is not found). */
    @Transactional(readOnly = true)
    public Certificates certificates(HezuoUser user, long commendationId) {
        Commendation commendation = commendations.findByIdAndSchoolId(commendationId, user.schoolId())
                .orElseThrow(() -> new NotFoundException("commendation", commendationId));
        access.requireView(user, commendation.getClassId());
        return new Certificates(commendation, awards.findByCommendationIdOrderBySortOrderAsc(commendationId));
    }

    /** One revision with its awards. */
    public record Certificates(Commendation commendation, List<CommendationAward> awards) {
    }

    private static String text(String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = value.strip();
        if (stripped.length() > max) {
            throw new RuleViolationException("commendation.error.tooLong", max);
        }
        return stripped;
    }

    private static String blankToNull(String value, int max) {
        return value == null || value.isBlank() ? null : shorten(value.strip(), max);
    }

    private static String shorten(String value, int max) {
        return value.length() > max ? value.substring(0, max) : value;
    }
}
