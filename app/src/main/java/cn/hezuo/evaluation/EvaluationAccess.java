package cn.hezuo.evaluation;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.roster.Student;
import cn.hezuo.roster.StudentDirectory;
import cn.hezuo.school.ClassAccess;
import cn.hezuo.school.ClassDirectory;
import cn.hezuo.school.SchoolClass;
import cn.hezuo.system.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may record points in a class: its teachers (head teacher, subject teachers) and the admin through
 * {@link ClassAccess}; a student only while the class allows student recording and the student is a
 * recorder of that class this week (designated, or by group role — {@link RecorderDesignations}). Everyone else gets 403.
 */
@Component
class EvaluationAccess {

    private final ClassAccess classAccess;
    private final StudentDirectory students;
    private final ClassDirectory classes;
    private final EvaluationSettingsService settings;
    private final RecorderDesignations designations;

    EvaluationAccess(ClassAccess classAccess, StudentDirectory students, ClassDirectory classes,
                     EvaluationSettingsService settings, RecorderDesignations designations) {
        this.classAccess = classAccess;
        this.students = students;
        this.classes = classes;
        this.settings = settings;
        this.designations = designations;
    }

    @Transactional(readOnly = true)
    Recorder requireRecorder(HezuoUser user, long classId) {
        if (!user.isStudent()) {
            return new Recorder(user, classAccess.requireView(user, classId), null, null, null);
        }
        Recorder recorder = studentRecorder(user);
        if (recorder.schoolClass().getId() != classId) {
            throw new AccessDeniedException("not a recorder of class " + classId);
        }
        return recorder;
    }

    /** The signed-in student as a recorder of their own class; 403 if they are not one (or recording is off). */
    @Transactional(readOnly = true)
    Recorder studentRecorder(HezuoUser user) {
        if (!user.isStudent() || user.studentId() == null) {
            throw new AccessDeniedException("students only");
        }
        Student student = students.find(user.studentId()).filter(Student::isActive)
                .orElseThrow(() -> new AccessDeniedException("no student record"));
        SchoolClass schoolClass = classes.findInSchool(student.getClassId(), user.schoolId())
                .orElseThrow(() -> new NotFoundException("class", student.getClassId()));
        if (!settings.of(user.schoolId(), schoolClass.getId()).isStudentRecording()) {
            throw new AccessDeniedException("student recording is off");
        }
        ActiveRecorder recorder = designations.recorderOf(schoolClass.getSchoolId(), schoolClass.getId(), student.getId())
                .orElseThrow(() -> new AccessDeniedException("not a recorder"));
        return new Recorder(user, schoolClass, student.getId(), recorder.scope(), recorder.groupId());
    }
}
