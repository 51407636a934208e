package cn.hezuo.exam;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.school.ClassDirectory;
import cn.hezuo.school.SchoolClass;
import cn.hezuo.system.NotFoundException;
import cn.hezuo.teacher.TeacherDirectory;
import cn.hezuo.teacher.TeachingAssignment;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one place that answers "may this user see / change this exam's results", checked in every handler.
 *
 * <ul>
 *   <li><b>See a class's results</b> (student rows, ranks, 临界生, warnings): the admin; the head teacher of the class;
 *       a teacher who teaches the exam's subject in the class.</li>
 *   <li><b>See the exam's reports</b>: anyone who may see at least one of its classes. Reports show every class's
 *       aggregates (两率一分, item and knowledge-point rates, the experiment), as a grade meeting does, but student
 *       rows only for the classes the user may see.</li>
 *   <li><b>Import scores</b>: the admin, or a teacher of the subject in at least one of the exam's classes, and then
 *       only rows of the classes they teach it in.</li>
 *   <li><b>Create an exam, edit its settings and items</b>: the admin, or a teacher who teaches the subject in every
 *       one of its classes.</li>
 *   <li>Students see only their own results, on their own page; none of these.</li>
 * </ul>
 * An exam of another school is reported as not found, so ids cannot be probed across schools.
 */
@Component
public class ExamAccess {

    private final ExamRepository exams;
    private final ExamClassRepository examClasses;
    private final ClassDirectory classes;
    private final TeacherDirectory teaching;

    ExamAccess(ExamRepository exams, ExamClassRepository examClasses, ClassDirectory classes,
               TeacherDirectory teaching) {
        this.exams = exams;
        this.examClasses = examClasses;
        this.classes = classes;
        this.teaching = teaching;
    }

    /** What a teacher is responsible for: the classes they lead and, per subject, the classes they teach it in. */
    public record Scope(boolean admin, Set<Long> headOf, Map<Long, Set<Long>> teachesBySubject) {

        public Set<Long> viewable(long subjectId, Collection<Long> classIds) {
            Set<Long> result = new LinkedHashSet<>();
            for (Long classId : classIds) {
                if (admin || headOf.contains(classId) || teaches(subjectId, classId)) {
                    result.add(classId);
                }
            }
            return result;
        }

        public Set<Long> importable(long subjectId, Collection<Long> classIds) {
            Set<Long> result = new LinkedHashSet<>();
            for (Long classId : classIds) {
                if (admin || teaches(subjectId, classId)) {
                    result.add(classId);
                }
            }
            return result;
        }

        boolean teaches(long subjectId, long classId) {
            return teachesBySubject.getOrDefault(subjectId, Set.of()).contains(classId);
        }
    }

    @Transactional(readOnly = true)
    public Scope scope(HezuoUser user) {
        if (user.isAdmin()) {
            return new Scope(true, Set.of(), Map.of());
        }
        if (!user.isTeacher() || user.teacherId() == null) {
            return new Scope(false, Set.of(), Map.of());
        }
        Set<Long> headOf = classes.headedBy(user.teacherId()).stream()
                .map(SchoolClass::getId).collect(Collectors.toSet());
        Map<Long, Set<Long>> bySubject = new HashMap<>();
        for (TeachingAssignment a : teaching.assignmentsOf(user.teacherId())) {
            bySubject.computeIfAbsent(a.getSubjectId(), s -> new HashSet<>()).add(a.getClassId());
        }
        return new Scope(false, headOf, bySubject);
    }

    /** The exam if the user may see its reports (at least one of its classes); 403 otherwise, 404 if unknown. */
    @Transactional(readOnly = true)
    public Exam requireView(HezuoUser user, long examId) {
        Exam exam = load(user, examId);
        if (viewableClassIds(user, exam).isEmpty()) {
            throw new AccessDeniedException("exam " + examId);
        }
        return exam;
    }

    /** The exam if the user may import scores for at least one of its classes. */
    @Transactional(readOnly = true)
    public Exam requireImport(HezuoUser user, long examId) {
        Exam exam = load(user, examId);
        if (importableClassIds(user, exam).isEmpty()) {
            throw new AccessDeniedException("exam " + examId);
        }
        return exam;
    }

    /** The exam if the user may change its settings and items. */
    @Transactional(readOnly = true)
    public Exam requireManage(HezuoUser user, long examId) {
        Exam exam = load(user, examId);
        if (!canManage(user, exam)) {
            throw new AccessDeniedException("exam " + examId);
        }
        return exam;
    }

    public boolean canManage(HezuoUser user, Exam exam) {
        return canCreate(scope(user), exam.getSubjectId(), classIds(exam.getId()));
    }

    /** Whether a user with this scope may create (or manage) an exam of the subject for these classes. */
    public boolean canCreate(Scope scope, long subjectId, Collection<Long> classIds) {
        if (scope.admin()) {
            return true;
        }
        return !classIds.isEmpty() && scope.importable(subjectId, classIds).size() == new HashSet<>(classIds).size();
    }

    public Set<Long> viewableClassIds(HezuoUser user, Exam exam) {
        return scope(user).viewable(exam.getSubjectId(), classIds(exam.getId()));
    }

    public Set<Long> importableClassIds(HezuoUser user, Exam exam) {
        return scope(user).importable(exam.getSubjectId(), classIds(exam.getId()));
    }

    /** The exam's classes, in the order they were added. */
    public List<Long> classIds(long examId) {
        return examClasses.findByExamIdOrderByIdAsc(examId).stream().map(ExamClass::getClassId).toList();
    }

    /** Every exam of the school whose reports the user may see, newest first. */
    @Transactional(readOnly = true)
    public List<Exam> visibleExams(HezuoUser user) {
        List<Exam> all = exams.findBySchoolIdOrderByExamDateDescIdDesc(user.schoolId());
        if (user.isAdmin()) {
            return all;
        }
        Scope scope = scope(user);
        Map<Long, List<Long>> classesByExam = examClasses.findByExamIdIn(all.stream().map(Exam::getId).toList())
                .stream().collect(Collectors.groupingBy(ExamClass::getExamId,
                        Collectors.mapping(ExamClass::getClassId, Collectors.toList())));
        return all.stream()
                .filter(e -> !scope.viewable(e.getSubjectId(), classesByExam.getOrDefault(e.getId(), List.of())).isEmpty())
                .toList();
    }

    private Exam load(HezuoUser user, long examId) {
        if (user.isStudent()) {
            throw new AccessDeniedException("exam " + examId);
        }
        return exams.findByIdAndSchoolId(examId, user.schoolId()).orElseThrow(() -> new NotFoundException("exam", examId));
    }
}
