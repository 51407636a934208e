package cn.hezuo.commendation;

import cn.hezuo.school.ClassDirectory;
import cn.hezuo.school.SchoolClass;
import cn.hezuo.teacher.Teacher;
import cn.hezuo.teacher.TeacherDirectory;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Builds the certificates of confirmed awards with the school, class and head teacher they are signed with. */
@Component
class CertificateSheets {

    private final ClassDirectory classes;
    private final TeacherDirectory teachers;
    private final Clock clock;

    CertificateSheets(ClassDirectory classes, TeacherDirectory teachers,
                      Clock clock) {
        this.classes = classes;
        this.teachers = teachers;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    List<Certificate> of(Commendation commendation, List<CommendationAward> awards) {
        String school = classes.school(commendation.getSchoolId()).map(s -> s.getName()).orElse("");
        SchoolClass schoolClass = classes.find(commendation.getClassId()).orElseThrow();
        String head = schoolClass.getHeadTeacherId() == null ? "" : teachers.find(schoolClass.getHeadTeacherId())
                .map(Teacher::getName).orElse("");
        var date = commendation.getConfirmedAt().atZone(clock.getZone()).toLocalDate();
        return awards.stream().map(a -> new Certificate(a.getId(), a.getKind(), a.getName(), a.getGroupNumber(),
                a.getTitle(), commendation.getMonth(), school, schoolClass.getName(), head, date)).toList();
    }
}
