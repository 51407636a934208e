package cn.hezuo.commendation;

import cn.hezuo.school.SchoolClass;
import cn.hezuo.school.SchoolClassRepository;
import cn.hezuo.school.SchoolRepository;
import cn.hezuo.teacher.Teacher;
import cn.hezuo.teacher.TeacherRepository;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Builds the certificates of confirmed awards with the school, class and head teacher they are signed with. */
@Component
class CertificateSheets {

    private final SchoolRepository schools;
    private final SchoolClassRepository classes;
    private final TeacherRepository teachers;
    private final Clock clock;

    CertificateSheets(SchoolRepository schools, SchoolClassRepository classes, TeacherRepository teachers,
                      Clock clock) {
        this.schools = schools;
        this.classes = classes;
        this.teachers = teachers;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    List<Certificate> of(Commendation commendation, List<CommendationAward> awards) {
        String school = schools.findById(commendation.getSchoolId()).map(s -> s.getName()).orElse("");
        SchoolClass schoolClass = classes.findById(commendation.getClassId()).orElseThrow();
        String head = schoolClass.getHeadTeacherId() == null ? "" : teachers.findById(schoolClass.getHeadTeacherId())
                .map(Teacher::getName).orElse("");
        var date = commendation.getConfirmedAt().atZone(clock.getZone()).toLocalDate();
        return awards.stream().map(a -> new Certificate(a.getId(), a.getKind(), a.getName(), a.getGroupNumber(),
                a.getTitle(), commendation.getMonth(), school, schoolClass.getName(), head, date)).toList();
    }
}
