package cn.hezuo.research.listen;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.audit.AuditText;
import cn.hezuo.audit.AuditTrail;
import cn.hezuo.research.calendar.ResearchTerms;
import cn.hezuo.research.group.ResearchAccess;
import cn.hezuo.research.group.ResearchGroup;
import cn.hezuo.research.group.Staff;
import cn.hezuo.school.SchoolClass;
import cn.hezuo.school.SchoolSetupService;
import cn.hezuo.school.SchoolTerm;
import cn.hezuo.system.ChineseOrder;
import cn.hezuo.system.RuleViolationException;
import cn.hezuo.teacher.Teacher;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 听课记录 and their counts. Rules: only a teacher records, for themself; the lesson date is not in the future and
 * lies in a term (the record counts toward that term); the same observer cannot record the same class, date and
 * period twice; a teacher does not record their own lesson. A teacher's required count is the highest minimum of their
 * groups, or the school's when they are in none.
 */
@Service
public class ListenService {

    private final ListenRecordRepository records;
    private final ResearchAccess access;
    private final ResearchTerms terms;
    private final SchoolSetupService school;
    private final Staff staff;
    private final AuditTrail audit;
    private final Clock clock;

    ListenService(ListenRecordRepository records, ResearchAccess access, ResearchTerms terms,
                  SchoolSetupService school, Staff staff, AuditTrail audit, Clock clock) {
        this.records = records;
        this.access = access;
        this.terms = terms;
        this.school = school;
        this.staff = staff;
        this.audit = audit;
        this.clock = clock;
    }

    /** A teacher's count in a term against their minimum; shortBy is 0 when the minimum is met. */
    public record Standing(long teacherId, String name, int count, int minimum) {
        public int shortBy() {
            return Math.max(0, minimum - count);
        }

        public boolean met() {
            return count >= minimum;
        }
    }

    @Transactional
    public long record(HezuoUser user, ListenForm form) {
        if (!user.isTeacher() || user.teacherId() == null) {
            throw new AccessDeniedException("listen records are kept by teachers");
        }
        long schoolId = user.schoolId();
        LocalDate today = LocalDate.now(clock);
        if (form.lessonDate().isAfter(today)) {
            throw new RuleViolationException("research.error.futureDate", form.lessonDate());
        }
        SchoolTerm term = terms.forDate(schoolId, form.lessonDate())
                .orElseThrow(() -> new RuleViolationException("research.error.noTermForDate", form.lessonDate()));
        SchoolClass schoolClass = school.classes(schoolId).stream().filter(c -> c.getId().equals(form.classId()))
                .findFirst().orElseThrow(() -> new RuleViolationException("research.error.unknownClass"));
        String subject = school.subjects(schoolId).stream().filter(s -> s.getId().equals(form.subjectId()))
                .map(s -> s.getName()).findFirst()
                .orElseThrow(() -> new RuleViolationException("research.error.unknownSubject"));
        Map<Long, Teacher> teachers = staff.byId(schoolId);
        if (form.observedId() != null) {
            if (!teachers.containsKey(form.observedId())) {
                throw new RuleViolationException("research.error.unknownTeacher");
            }
            if (form.observedId().equals(user.teacherId())) {
                throw new RuleViolationException("research.error.selfObserve");
            }
        }
        if (records.existsByObserverIdAndClassIdAndLessonDateAndPeriod(user.teacherId(), form.classId(),
                form.lessonDate(), form.period())) {
            throw duplicate(schoolClass, form);
        }
        ListenRecord saved;
        try {
            saved = records.saveAndFlush(new ListenRecord(schoolId, term.id(), user.teacherId(), form.observedId(),
                    form.classId(), form.subjectId(), form.lessonDate(), form.period(), form.topic().trim(),
                    blankToNull(form.notes()), blankToNull(form.strengths()), blankToNull(form.suggestions()),
                    form.score(), form.activityId(), clock.instant()));
        } catch (DataIntegrityViolationException race) {
            // The same record sent twice at once (a double tap): the unique key refused the second one.
            throw duplicate(schoolClass, form);
        }
        audit.record("CREATE", "ListenRecord", saved.getId(), AuditText.of("audit.msg.research.listen",
                form.lessonDate(), form.period(), schoolClass.getName(), subject,
                form.observedId() == null ? null : teachers.get(form.observedId()).getName(), form.topic().trim()));
        return saved.getId();
    }

    @Transactional
    void delete(HezuoUser user, long recordId) {
        ListenRecord record = records.findByIdAndSchoolId(recordId, user.schoolId())
                .filter(r -> r.getObserverId().equals(user.teacherId()))
                .orElseThrow(() -> new cn.hezuo.system.NotFoundException("listen record", recordId));
        records.delete(record);
        audit.record("DELETE", "ListenRecord", recordId, AuditText.of("audit.msg.research.listen",
                record.getLessonDate(), record.getPeriod(), record.getClassId(), record.getSubjectId(),
                record.getObservedId(), record.getTopic()));
    }

    @Transactional(readOnly = true)
    List<ListenRecord> mine(HezuoUser user, long termId) {
        return user.teacherId() == null ? List.of()
                : records.findByObserverIdAndTermIdOrderByLessonDateDescPeriodDescIdDesc(user.teacherId(), termId);
    }

    /** A record as other parts of research see it (the portfolio). */
    public record ListenLine(LocalDate date, int period, long classId, long subjectId, Long observedId, String topic) {
    }

    /** The lessons a teacher observed in the term, oldest first. */
    @Transactional(readOnly = true)
    public List<ListenLine> recordsOf(long teacherId, long termId) {
        return records.findByObserverIdAndTermIdOrderByLessonDateDescPeriodDescIdDesc(teacherId, termId).stream()
                .map(r -> new ListenLine(r.getLessonDate(), r.getPeriod(), r.getClassId(), r.getSubjectId(),
                        r.getObservedId(), r.getTopic()))
                .sorted(java.util.Comparator.comparing(ListenLine::date).thenComparingInt(ListenLine::period))
                .toList();
    }

    /** Teacher id → number of lessons they observed in the term. */
    @Transactional(readOnly = true)
    public Map<Long, Integer> counts(long termId, Collection<Long> teacherIds) {
        Map<Long, Integer> counts = new HashMap<>();
        if (!teacherIds.isEmpty()) {
            for (Object[] row : records.countByObserver(termId, teacherIds)) {
                counts.put((Long) row[0], ((Number) row[1]).intValue());
            }
        }
        return counts;
    }

    /** Teacher id → how often their lessons were observed in the term. */
    @Transactional(readOnly = true)
    public Map<Long, Integer> observedCounts(long termId, Collection<Long> teacherIds) {
        Map<Long, Integer> counts = new HashMap<>();
        if (!teacherIds.isEmpty()) {
            for (Object[] row : records.countByObserved(termId, teacherIds)) {
                counts.put((Long) row[0], ((Number) row[1]).intValue());
            }
        }
        return counts;
    }

    /** The teacher's required count: the highest minimum of their groups, else the school's. */
    @Transactional(readOnly = true)
    public int minimumFor(long schoolId, long teacherId) {
        return access.groupsOfTeacher(teacherId).stream().filter(ResearchGroup::isActive)
                .mapToInt(access::listenMinimum).max().orElse(access.schoolListenMinimum(schoolId));
    }

    /** The group's members with their count against the group's minimum: furthest behind first, then by pinyin. */
    @Transactional(readOnly = true)
    public List<Standing> standings(ResearchGroup group, long termId) {
        List<Long> members = access.memberIds(group.getId());
        Map<Long, Integer> counts = counts(termId, members);
        Map<Long, String> names = staff.names(group.getSchoolId());
        int minimum = access.listenMinimum(group);
        Comparator<Standing> byName = ChineseOrder.by(Standing::name);
        return members.stream().map(id -> new Standing(id, names.get(id), counts.getOrDefault(id, 0), minimum))
                .sorted(Comparator.comparingInt(Standing::shortBy).reversed().thenComparing(byName))
                .toList();
    }

    /** Every active teacher of the school against their own minimum, furthest behind first, then by pinyin. */
    @Transactional(readOnly = true)
    public List<Standing> schoolStandings(long schoolId, long termId) {
        List<Teacher> active = staff.active(schoolId);
        Map<Long, Integer> counts = counts(termId, active.stream().map(Teacher::getId).toList());
        Comparator<Standing> byName = ChineseOrder.by(Standing::name);
        return active.stream().map(t -> new Standing(t.getId(), t.getName(), counts.getOrDefault(t.getId(), 0),
                        minimumFor(schoolId, t.getId())))
                .sorted(Comparator.comparingInt(Standing::shortBy).reversed().thenComparing(byName))
                .toList();
    }

    /** The signed-in teacher's standing in the term. */
    @Transactional(readOnly = true)
    public Standing standingOf(HezuoUser user, long termId) {
        long id = user.teacherId();
        return new Standing(id, staff.names(user.schoolId()).get(id),
                counts(termId, List.of(id)).getOrDefault(id, 0), minimumFor(user.schoolId(), id));
    }

    private static RuleViolationException duplicate(SchoolClass schoolClass, ListenForm form) {
        return new RuleViolationException("research.error.duplicateListen", schoolClass.getName(), form.lessonDate(),
                form.period());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
