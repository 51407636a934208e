package cn.hezuo.roster;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.school.ClassAccess;
import cn.hezuo.school.ClassDirectory;
import cn.hezuo.school.SchoolClass;
import cn.hezuo.school.SubjectDirectory;
import cn.hezuo.teacher.TeacherDirectory;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The class page: the roster for the class's teachers, sortable by 学号 or by name (pinyin). */
@Controller
class ClassRosterController {

    private final ClassAccess access;
    private final RosterQuery roster;
    private final SubjectDirectory subjects;
    private final ClassDirectory classes;
    private final TeacherDirectory teachers;

    ClassRosterController(ClassAccess access, RosterQuery roster, SubjectDirectory subjects,
                          ClassDirectory classes, TeacherDirectory teachers) {
        this.access = access;
        this.roster = roster;
        this.subjects = subjects;
        this.classes = classes;
        this.teachers = teachers;
    }

    @GetMapping("/classes/{classId}")
    String show(@AuthenticationPrincipal HezuoUser user, @PathVariable long classId,
                @RequestParam(defaultValue = "no") String sort, @RequestParam(defaultValue = "false") boolean inactive,
                Model model) {
        SchoolClass schoolClass = access.requireView(user, classId);
        boolean canManage = access.canManage(user, schoolClass);
        model.addAttribute("schoolClass", schoolClass);
        model.addAttribute("headTeacher", schoolClass.getHeadTeacherId() == null ? null
                : teachers.find(schoolClass.getHeadTeacherId()).orElse(null));
        model.addAttribute("canManage", canManage);
        model.addAttribute("sort", RosterQuery.SortOrder.parse(sort));
        model.addAttribute("showInactive", inactive);
        List<RosterRow> rows = roster.roster(classId, inactive, RosterQuery.SortOrder.parse(sort));
        // Only the subjects this class has prior scores in get a column.
        model.addAttribute("subjects", subjects.activeOfSchool(user.schoolId()).stream()
                .filter(s -> rows.stream().anyMatch(r -> r.scores().containsKey(s.getId()))).toList());
        model.addAttribute("rows", rows);
        if (canManage) {
            model.addAttribute("otherClasses", classes.ofSchool(user.schoolId()).stream()
                    .filter(c -> !c.getId().equals(classId) && c.isActive() && access.canManage(user, c))
                    .sorted(SchoolClass.DISPLAY_ORDER).toList());
        }
        return "roster/class";
    }
}
