package cn.hezuo.research.observation;

import cn.hezuo.research.group.Staff;
import cn.hezuo.school.SchoolClass;
import cn.hezuo.school.SchoolSetupService;
import cn.hezuo.school.Subject;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Lessons with the names the pages show (執教人, class, subject) and, when asked, their report. */
@Component
class LessonViews {

    /** A lesson as pages show it. */
    public record LessonView(ObservedLesson lesson, String teacher, String className, String subject,
                      ObservationReport report) {

        public double lectureMinutes() {
            return report == null ? 0 : report.minutes(Codes.Activity.LECTURE);
        }

        public double discussionMinutes() {
            return report == null ? 0 : report.minutes(Codes.Activity.GROUP);
        }
    }

    private final Staff staff;
    private final SchoolSetupService school;
    private final ObservationService service;

    LessonViews(Staff staff, SchoolSetupService school, ObservationService service) {
        this.staff = staff;
        this.school = school;
        this.service = service;
    }

    List<LessonView> of(long schoolId, List<ObservedLesson> lessons, boolean withReport) {
        Map<Long, String> teachers = staff.names(schoolId);
        Map<Long, String> classes = school.classes(schoolId).stream()
                .collect(Collectors.toMap(SchoolClass::getId, SchoolClass::getName));
        Map<Long, String> subjects = school.subjects(schoolId).stream()
                .collect(Collectors.toMap(Subject::getId, Subject::getName));
        return lessons.stream().map(l -> new LessonView(l, teachers.get(l.getTeacherId()),
                l.getClassId() != null ? classes.get(l.getClassId()) : l.getClassText(), subjects.get(l.getSubjectId()),
                withReport ? service.report(l.getId()) : null)).toList();
    }

    LessonView of(long schoolId, ObservedLesson lesson, boolean withReport) {
        return of(schoolId, List.of(lesson), withReport).get(0);
    }
}
