package cn.hezuo.research.growth;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.audit.AuditText;
import cn.hezuo.audit.AuditTrail;
import cn.hezuo.research.calendar.ResearchTerms;
import cn.hezuo.research.group.ResearchAccess;
import cn.hezuo.research.group.ResearchGroup;
import cn.hezuo.research.group.Staff;
import cn.hezuo.school.SchoolTerm;
import cn.hezuo.system.NotFoundException;
import cn.hezuo.system.RuleViolationException;
import cn.hezuo.teacher.Teacher;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Mentor pairs, routine checks and portfolio entries. Who may: the admin pairs mentors and apprentices; the pair
 * records its activities and each writes their own evaluation; a group's leader (or the admin) checks its members;
 * a teacher adds entries to their own portfolio. Dates lie in the term and not in the future. Every write audited.
 */
@Service
public class GrowthService {

    private final MentorPairRepository pairs;
    private final MentorActivityRepository mentorActivities;
    private final RoutineCheckRepository checks;
    private final PortfolioEntryRepository entries;
    private final ResearchAccess access;
    private final ResearchTerms terms;
    private final Staff staff;
    private final AuditTrail audit;
    private final Clock clock;

    GrowthService(MentorPairRepository pairs, MentorActivityRepository mentorActivities, RoutineCheckRepository checks,
                  PortfolioEntryRepository entries, ResearchAccess access, ResearchTerms terms, Staff staff,
                  AuditTrail audit, Clock clock) {
        this.pairs = pairs;
        this.mentorActivities = mentorActivities;
        this.checks = checks;
        this.entries = entries;
        this.access = access;
        this.terms = terms;
        this.staff = staff;
        this.audit = audit;
        this.clock = clock;
    }

    /** The admin, or a leader of a group the teacher belongs to. */
    boolean oversees(HezuoUser user, long teacherId) {
        return user.isAdmin() || access.groupsOfTeacher(teacherId).stream().anyMatch(g -> access.isLeader(user, g));
    }

    // ---- mentor pairs ----

    @Transactional
    public MentorPair pair(HezuoUser admin, SchoolTerm term, long mentorId, long apprenticeId, String goals) {
        if (!admin.isAdmin()) {
            throw new AccessDeniedException("mentor pairs");
        }
        Map<Long, Teacher> teachers = staff.byId(admin.schoolId());
        if (!teachers.containsKey(mentorId) || !teachers.containsKey(apprenticeId)) {
            throw new RuleViolationException("research.error.unknownTeacher");
        }
        if (mentorId == apprenticeId) {
            throw new RuleViolationException("research.error.selfMentor");
        }
        if (pairs.existsByTermIdAndMentorIdAndApprenticeId(term.id(), mentorId, apprenticeId)) {
            throw new RuleViolationException("research.error.pairExists");
        }
        MentorPair pair = pairs.save(new MentorPair(admin.schoolId(), term.id(), mentorId, apprenticeId, blank(goals)));
        audit.record("CREATE", "MentorPair", pair.getId(), AuditText.of("audit.msg.research.pair",
                teachers.get(mentorId).getName(), teachers.get(apprenticeId).getName(), term.name()));
        return pair;
    }

    @Transactional(readOnly = true)
    List<MentorPair> pairs(HezuoUser user, long termId) {
        return pairs.findBySchoolIdAndTermIdOrderByIdAsc(user.schoolId(), termId).stream()
                .filter(p -> user.isAdmin() || p.involves(user.teacherId()) || oversees(user, p.getApprenticeId()))
                .toList();
    }

    /** The pairs of the term the teacher is mentor or apprentice in. */
    @Transactional(readOnly = true)
    List<MentorPair> pairsOfTeacher(long schoolId, long teacherId, long termId) {
        return pairs.findBySchoolIdAndTermIdOrderByIdAsc(schoolId, termId).stream()
                .filter(p -> p.involves(teacherId)).toList();
    }

    @Transactional(readOnly = true)
    MentorPair requirePair(HezuoUser user, long pairId) {
        MentorPair pair = pairs.findByIdAndSchoolId(pairId, user.schoolId())
                .orElseThrow(() -> new NotFoundException("mentor pair", pairId));
        if (!pair.involves(user.teacherId()) && !oversees(user, pair.getApprenticeId())) {
            throw new AccessDeniedException("mentor pair " + pairId);
        }
        return pair;
    }

    @Transactional
    public void addMentorActivity(HezuoUser user, long pairId, LocalDate date, Enums.MentorActivityKind kind, String note) {
        MentorPair pair = requirePair(user, pairId);
        if (!pair.involves(user.teacherId()) && !user.isAdmin()) {
            throw new AccessDeniedException("mentor activity");
        }
        SchoolTerm term = terms.term(user.schoolId(), pair.getTermId());
        checkDate(term, date);
        MentorActivity saved = mentorActivities.save(new MentorActivity(pairId, date, kind, blank(note),
                user.getUsername(), clock.instant()));
        audit.record("CREATE", "MentorActivity", saved.getId(), AuditText.of("audit.msg.research.mentorActivity",
                date, AuditText.of("research.growth.MentorActivityKind." + kind)));
    }

    @Transactional(readOnly = true)
    List<MentorActivity> mentorActivities(long pairId) {
        return mentorActivities.findByPairIdOrderByDateAscIdAsc(pairId);
    }

    /** Activities per month (the documents' monthly count), months in order. */
    static Map<YearMonth, Integer> perMonth(List<MentorActivity> activities) {
        Map<YearMonth, Integer> months = new TreeMap<>();
        activities.forEach(a -> months.merge(YearMonth.from(a.getDate()), 1, Integer::sum));
        return months;
    }

    /** The mentor writes the mentor's evaluation, the apprentice the apprentice's; nobody writes the other's. */
    @Transactional
    public void evaluate(HezuoUser user, long pairId, int version, String text) {
        MentorPair pair = requirePair(user, pairId);
        if (pair.getVersion() != version) {
            throw new RuleViolationException("error.staleEdit");
        }
        if (user.teacherId() != null && user.teacherId().equals(pair.getMentorId())) {
            pair.setMentorEval(blank(text));
        } else if (user.teacherId() != null && user.teacherId().equals(pair.getApprenticeId())) {
            pair.setApprenticeEval(blank(text));
        } else {
            throw new AccessDeniedException("evaluation of pair " + pairId);
        }
        audit.record("UPDATE", "MentorPair", pairId, AuditText.of("audit.msg.research.pairEvaluation"));
    }

    // ---- routine checks ----

    /** The leader (or admin) rates members for a month; ratings given replace earlier ones, items left out stay. */
    @Transactional
    public void check(HezuoUser user, long groupId, YearMonth month, Map<Long, Map<Enums.CheckItem, Rated>> ratings) {
        ResearchGroup group = access.requireLead(user, groupId);
        if (month.isAfter(YearMonth.now(clock))) {
            throw new RuleViolationException("research.error.futureMonth", month);
        }
        SchoolTerm term = terms.forDate(user.schoolId(), month.atEndOfMonth().isAfter(terms.today())
                ? terms.today() : month.atEndOfMonth())
                .orElseThrow(() -> new RuleViolationException("research.error.noTermForDate", month));
        List<Long> members = access.memberIds(groupId);
        Map<Long, String> names = staff.names(user.schoolId());
        int changed = 0;
        for (Map.Entry<Long, Map<Enums.CheckItem, Rated>> teacher : ratings.entrySet()) {
            if (!members.contains(teacher.getKey())) {
                throw new RuleViolationException("research.error.notMember", names.getOrDefault(teacher.getKey(), "?"));
            }
            for (Map.Entry<Enums.CheckItem, Rated> item : teacher.getValue().entrySet()) {
                RoutineCheck row = checks.findByTeacherIdAndMonthAndItem(teacher.getKey(), month.toString(), item.getKey())
                        .orElseGet(() -> new RoutineCheck(user.schoolId(), term.id(), teacher.getKey(), month.toString(),
                                item.getKey()));
                if (row.getRating() == item.getValue().rating()
                        && java.util.Objects.equals(row.getRemark(), blank(item.getValue().remark()))) {
                    continue;
                }
                row.rate(item.getValue().rating(), blank(item.getValue().remark()), user.getUsername(), clock.instant());
                checks.save(row);
                changed++;
            }
        }
        if (changed > 0) {
            audit.record("UPDATE", "RoutineCheck", groupId, AuditText.of("audit.msg.research.checks", group.getName(),
                    month, changed));
        }
    }

    /** A rating with its remark, as the form sends it. */
    public record Rated(Enums.CheckRating rating, String remark) {
    }

    @Transactional(readOnly = true)
    Map<Long, Map<Enums.CheckItem, RoutineCheck>> checks(List<Long> teacherIds, YearMonth month) {
        Map<Long, Map<Enums.CheckItem, RoutineCheck>> map = new HashMap<>();
        if (!teacherIds.isEmpty()) {
            checks.findByTeacherIdInAndMonth(teacherIds, month.toString()).forEach(c ->
                    map.computeIfAbsent(c.getTeacherId(), t -> new java.util.EnumMap<>(Enums.CheckItem.class))
                            .put(c.getItem(), c));
        }
        return map;
    }

    @Transactional(readOnly = true)
    List<RoutineCheck> checksOf(long teacherId, long termId) {
        return checks.findByTeacherIdAndTermIdOrderByMonthAscItemAsc(teacherId, termId);
    }

    // ---- portfolio entries ----

    @Transactional
    public void addEntry(HezuoUser user, Enums.EntryKind kind, LocalDate date, String title, String detail, Integer hours) {
        if (!user.isTeacher() || user.teacherId() == null) {
            throw new AccessDeniedException("portfolio");
        }
        if (date.isAfter(terms.today())) {
            throw new RuleViolationException("research.error.futureDate", date);
        }
        SchoolTerm term = terms.forDate(user.schoolId(), date)
                .orElseThrow(() -> new RuleViolationException("research.error.noTermForDate", date));
        PortfolioEntry saved = entries.save(new PortfolioEntry(user.schoolId(), user.teacherId(), term.id(), kind, date,
                title.strip(), blank(detail), hours, clock.instant()));
        audit.record("CREATE", "PortfolioEntry", saved.getId(), AuditText.of("audit.msg.research.entry",
                AuditText.of("research.growth.EntryKind." + kind), title.strip()));
    }

    @Transactional
    void deleteEntry(HezuoUser user, long entryId) {
        if (!user.isTeacher() || user.teacherId() == null) {
            throw new AccessDeniedException("portfolio");
        }
        PortfolioEntry entry = entries.findByIdAndSchoolId(entryId, user.schoolId())
                .filter(e -> e.getTeacherId().equals(user.teacherId()))
                .orElseThrow(() -> new NotFoundException("portfolio entry", entryId));
        entries.delete(entry);
        audit.record("DELETE", "PortfolioEntry", entryId, AuditText.of("audit.msg.research.entry",
                AuditText.of("research.growth.EntryKind." + entry.getKind()), entry.getTitle()));
    }

    @Transactional(readOnly = true)
    List<PortfolioEntry> entriesOf(long teacherId, long termId) {
        return entries.findByTeacherIdAndTermIdOrderByDateAscIdAsc(teacherId, termId);
    }

    private void checkDate(SchoolTerm term, LocalDate date) {
        if (date.isAfter(terms.today())) {
            throw new RuleViolationException("research.error.futureDate", date);
        }
        if (!term.contains(date)) {
            throw new RuleViolationException("research.error.outsideTerm", date, term.name(), term.startDate(),
                    term.endDate());
        }
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
