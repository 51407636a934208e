package cn.hezuo.teacher;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.school.ClassDirectory;
import cn.hezuo.school.Enrolment;
import cn.hezuo.school.SchoolClass;
import cn.hezuo.school.Subject;
import cn.hezuo.school.SubjectDirectory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** A teacher's start page: the classes they lead and the classes they teach, with their subjects there. */
@Controller
class TeacherHomeController {

    private final ClassDirectory classes;
    private final TeachingAssignmentRepository assignments;
    private final SubjectDirectory subjects;
    private final Enrolment students;

    TeacherHomeController(ClassDirectory classes, TeachingAssignmentRepository assignments,
                          SubjectDirectory subjects, Enrolment students) {
        this.classes = classes;
        this.assignments = assignments;
        this.subjects = subjects;
        this.students = students;
    }

    record ClassCard(SchoolClass schoolClass, boolean headTeacher, List<String> subjects, long studentCount) {
    }

    @GetMapping("/teacher")
    String home(@AuthenticationPrincipal HezuoUser user, Model model) {
        if (!user.isTeacher() || user.teacherId() == null) {
            throw new AccessDeniedException("teacher home");
        }
        Map<Long, String> subjectNames = subjects.ofSchool(user.schoolId()).stream()
                .collect(Collectors.toMap(Subject::getId, Subject::getName));
        Map<Long, List<String>> subjectsByClass = new LinkedHashMap<>();
        for (TeachingAssignment a : assignments.findByTeacherIdOrderByIdAsc(user.teacherId())) {
            subjectsByClass.computeIfAbsent(a.getClassId(), id -> new ArrayList<>()).add(subjectNames.get(a.getSubjectId()));
        }
        TreeSet<Long> classIds = new TreeSet<>(subjectsByClass.keySet());
        classes.headedBy(user.teacherId()).forEach(c -> classIds.add(c.getId()));
        List<ClassCard> cards = classes.byIds(classIds).stream()
                .filter(SchoolClass::isActive)
                .sorted(SchoolClass.DISPLAY_ORDER)
                .map(c -> new ClassCard(c, user.teacherId().equals(c.getHeadTeacherId()),
                        subjectsByClass.getOrDefault(c.getId(), List.of()), students.activeStudentsOfClass(c.getId())))
                .toList();
        model.addAttribute("cards", cards);
        return "teacher/home";
    }
}
