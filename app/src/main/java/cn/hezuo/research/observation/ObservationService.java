package cn.hezuo.research.observation;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.audit.AuditText;
import cn.hezuo.audit.AuditTrail;
import cn.hezuo.research.group.ResearchAccess;
import cn.hezuo.research.group.ResearchGroup;
import cn.hezuo.research.group.Staff;
import cn.hezuo.roster.StudentDirectory;
import cn.hezuo.school.SchoolClass;
import cn.hezuo.school.SchoolSetupService;
import cn.hezuo.school.Subject;
import cn.hezuo.system.RuleViolationException;
import cn.hezuo.teacher.Teacher;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates observed lessons, arranges their observers, stores synced taps once, keeps each observer's 观课报告. */
@Service
public class ObservationService {

    /** The most taps one request may carry (a whole lesson of a busy observer is about 1,000). */
    static final int MAX_BATCH = 5000;

    /** A batch's outcome before its refusals are put in words. */
    public record Synced(List<String> stored, List<String> duplicates, List<EventCheck.Problem> problems) {
    }

    private final ObservedLessonRepository lessons;
    private final ObservationAssignmentRepository assignments;
    private final ObservationEventStore events;
    private final ObservationAccess access;
    private final ResearchAccess groups;
    private final Staff staff;
    private final SchoolSetupService school;
    private final StudentDirectory students;
    private final AuditTrail audit;
    private final Clock clock;

    ObservationService(ObservedLessonRepository lessons, ObservationAssignmentRepository assignments,
                       ObservationEventStore events, ObservationAccess access, ResearchAccess groups, Staff staff,
                       SchoolSetupService school, StudentDirectory students, AuditTrail audit, Clock clock) {
        this.lessons = lessons;
        this.assignments = assignments;
        this.events = events;
        this.access = access;
        this.groups = groups;
        this.staff = staff;
        this.school = school;
        this.students = students;
        this.audit = audit;
        this.clock = clock;
    }

    /** A new lesson of the group; any member (who becomes its organiser) or the admin. */
    @Transactional
    public ObservedLesson create(HezuoUser user, long groupId, LessonForm form) {
        ResearchGroup group = groups.requireView(user, groupId);
        if (!user.isAdmin() && user.teacherId() == null) {
            throw new RuleViolationException("research.obs.error.notTeacher");
        }
        long organiser = user.teacherId() != null ? user.teacherId()
                : (group.getLeaderId() != null ? group.getLeaderId() : form.teacherId());
        ObservedLesson lesson = new ObservedLesson(user.schoolId(), groupId, organiser, clock.instant());
        describe(user, lesson, form);
        lessons.save(lesson);
        audit.record("CREATE", "ObservedLesson", lesson.getId(), AuditText.of("audit.msg.research.obs.lesson",
                lesson.getLessonDate().toString(), lesson.getTopic()));
        return lesson;
    }

    /**
     * Changes a planned lesson's fields (the leader, the admin or its organiser), checked like a new one. {@code
     * version} is the version the editor's form was made from: when someone saved in between, nothing is written and
     * {@link LessonChangedException} says so. The 执教人 cannot become one of the lesson's observers.
     */
    @Transactional
    public ObservedLesson update(HezuoUser user, long lessonId, LessonForm form, int version) {
        ObservedLesson lesson = access.requireArrange(user, lessonId).lesson();
        if (lesson.getVersion() != version) {
            throw new LessonChangedException(lesson.getVersion());
        }
        if (form.teacherId() != null && assignments.findByLessonIdAndTeacherId(lessonId, form.teacherId()).isPresent()) {
            throw new RuleViolationException("research.obs.error.teacherObserves");
        }
        String before = lesson.getLessonDate() + " " + lesson.getTopic();
        describe(user, lesson, form);
        lessons.saveAndFlush(lesson);
        audit.record("UPDATE", "ObservedLesson", lesson.getId(), AuditText.of("audit.msg.research.obs.lessonEdit",
                before, lesson.getLessonDate().toString(), lesson.getTopic()));
        return lesson;
    }

    private void describe(HezuoUser user, ObservedLesson lesson, LessonForm form) {
        Teacher teacher = staff.byId(user.schoolId()).get(form.teacherId());
        if (teacher == null || !teacher.isActive()) {
            throw new RuleViolationException("research.obs.error.teacher");
        }
        if (school.subjects(user.schoolId()).stream().map(Subject::getId).noneMatch(form.subjectId()::equals)) {
            throw new RuleViolationException("research.obs.error.subject");
        }
        String classText = form.classText() == null || form.classText().isBlank() ? null : form.classText().strip();
        if (form.classId() != null) {
            if (school.classes(user.schoolId()).stream().map(SchoolClass::getId).noneMatch(form.classId()::equals)) {
                throw new RuleViolationException("research.obs.error.class");
            }
            classText = null;
        } else if (classText == null) {
            throw new RuleViolationException("research.obs.error.class");
        }
        List<String> dimensions = form.dimensions() == null ? List.of() : form.dimensions();
        for (String d : dimensions) {
            if (!Codes.isCode(FocusPoint.class, d)) {
                throw new RuleViolationException("research.obs.error.focus");
            }
        }
        if (dimensions.isEmpty()) {
            throw new RuleViolationException("research.obs.error.focus");
        }
        lesson.describe(form, form.classId(), classText);
    }

    /** Names an observer and their 观察点 (again: changes the points). The 执教人 does not observe themself. */
    @Transactional
    public ObservationAssignment assign(HezuoUser user, long lessonId, long teacherId, List<String> focus) {
        ObservationAccess.Found found = access.requireArrange(user, lessonId);
        Teacher teacher = staff.byId(user.schoolId()).get(teacherId);
        if (teacher == null || !teacher.isActive()) {
            throw new RuleViolationException("research.obs.error.teacher");
        }
        if (found.lesson().getTeacherId().equals(teacherId)) {
            throw new RuleViolationException("research.obs.error.selfObserve");
        }
        Set<FocusPoint> points = new LinkedHashSet<>();
        for (String f : focus == null ? List.<String>of() : focus) {
            if (!Codes.isCode(FocusPoint.class, f)) {
                throw new RuleViolationException("research.obs.error.focus");
            }
            points.add(FocusPoint.valueOf(f));
        }
        if (points.isEmpty()) {
            throw new RuleViolationException("research.obs.error.focus");
        }
        ObservationAssignment assignment = assignments.findByLessonIdAndTeacherId(lessonId, teacherId)
                .orElseGet(() -> new ObservationAssignment(lessonId, teacherId, List.copyOf(points)));
        boolean fresh = assignment.isNew();
        assignment.setFocus(List.copyOf(points));
        assignments.save(assignment);
        audit.record(fresh ? "CREATE" : "UPDATE", "ObservationAssignment", assignment.getId(),
                AuditText.of("audit.msg.research.obs.observer", found.lesson().getTopic(), teacher.getName()));
        return assignment;
    }

    /** Takes an observer off a lesson, unless they already recorded something (that would be lost). */
    @Transactional
    public void unassign(HezuoUser user, long lessonId, long teacherId) {
        ObservationAccess.Found found = access.requireArrange(user, lessonId);
        ObservationAssignment assignment = assignments.findByLessonIdAndTeacherId(lessonId, teacherId)
                .orElseThrow(() -> new RuleViolationException("research.obs.error.notObserver"));
        if (!events.ofObserver(lessonId, teacherId).isEmpty()) {
            throw new RuleViolationException("research.obs.error.hasRecords");
        }
        assignments.delete(assignment);
        audit.record("DELETE", "ObservationAssignment", assignment.getId(),
                AuditText.of("audit.msg.research.obs.observer", found.lesson().getTopic(),
                        staff.names(user.schoolId()).get(teacherId)));
    }

    /**
     * Stores the observer's taps that are not stored yet. A tap whose id the lesson already holds is a duplicate (a
     * retry) and changes nothing; a tap that breaks a rule is refused with its reason; the rest go in one batch.
     */
    @Transactional
    public Synced sync(HezuoUser user, long lessonId, List<EventIn> batch) {
        ObservationAccess.Found found = access.requireObserver(user, lessonId);
        if (batch == null || batch.size() > MAX_BATCH) {
            throw new RuleViolationException("research.obs.error.batch", MAX_BATCH);
        }
        Set<String> known = events.ids(lessonId);
        List<String> duplicates = new ArrayList<>();
        List<EventIn> fresh = new ArrayList<>();
        Set<String> seen = new java.util.HashSet<>();
        for (EventIn in : batch) {
            if (in != null && in.id() != null && (known.contains(in.id()) || !seen.add(in.id()))) {
                duplicates.add(in.id());
            } else if (in != null) {
                fresh.add(in);
            }
        }
        List<ObservationEvent> mine = fresh.isEmpty() ? List.of() : events.ofObserver(lessonId, user.teacherId());
        Long classId = found.lesson().getClassId();
        Set<Long> classStudents = classId == null ? null : students.activeNames(classId).keySet();
        EventCheck.Outcome outcome = fresh.isEmpty() ? new EventCheck.Outcome(List.of(), List.of())
                : EventCheck.check(user.teacherId(), fresh, mine, classStudents);
        if (!outcome.accepted().isEmpty()) {
            events.insert(lessonId, outcome.accepted(), clock.instant());
            audit.record("CREATE", "ObservationEvent", lessonId, AuditText.of("audit.msg.research.obs.sync",
                    found.lesson().getTopic(), outcome.accepted().size()));
        }
        return new Synced(outcome.accepted().stream().map(ObservationEvent::id).toList(), duplicates,
                outcome.problems());
    }

    /** The observer's own 观课报告, written on top of the data. */
    @Transactional
    public void writeReport(HezuoUser user, long lessonId, String text) {
        ObservationAccess.Found found = access.requireObserver(user, lessonId);
        if (text != null && text.strip().length() > 4000) {
            throw new RuleViolationException("research.obs.error.reportLength", 4000);
        }
        ObservationAssignment mine = found.mine().orElseThrow();
        mine.setReportText(text);
        assignments.save(mine);
        audit.record("UPDATE", "ObservationAssignment", mine.getId(),
                AuditText.of("audit.msg.research.obs.report", found.lesson().getTopic()));
    }

    @Transactional(readOnly = true)
    public List<ObservedLesson> lessonsOf(long groupId) {
        return lessons.findByGroupIdOrderByLessonDateDescIdDesc(groupId);
    }

    @Transactional(readOnly = true)
    public List<ObservationAssignment> observers(long lessonId) {
        return assignments.findByLessonIdOrderByIdAsc(lessonId);
    }

    /** The lessons the teacher is to observe, newest first. */
    @Transactional(readOnly = true)
    public List<ObservedLesson> toObserve(HezuoUser user) {
        if (user.teacherId() == null) {
            return List.of();
        }
        List<Long> ids = assignments.findByTeacherIdOrderByIdDesc(user.teacherId()).stream()
                .map(ObservationAssignment::getLessonId).toList();
        return ids.isEmpty() ? List.of() : lessons.findBySchoolIdAndIdInOrderByLessonDateAscIdAsc(user.schoolId(), ids);
    }

    @Transactional(readOnly = true)
    public ObservationReport report(long lessonId) {
        return ObservationReport.of(events.ofLesson(lessonId));
    }

    @Transactional(readOnly = true)
    public List<ObservationEvent> myEvents(HezuoUser user, long lessonId) {
        access.requireObserver(user, lessonId);
        return events.ofObserver(lessonId, user.teacherId());
    }
}
