package cn.hezuo.school;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.system.NotFoundException;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The admin's list of classes: create one, rename it, change its grade or head teacher. */
@Controller
class ClassAdminController {

    private final SchoolSetupService setup;
    private final SchoolClassRepository classes;
    private final GradeRepository grades;
    private final Teaching teachers;
    private final Enrolment students;

    ClassAdminController(SchoolSetupService setup, SchoolClassRepository classes, GradeRepository grades,
                         Teaching teachers, Enrolment students) {
        this.setup = setup;
        this.classes = classes;
        this.grades = grades;
        this.teachers = teachers;
        this.students = students;
    }

    /** A row of the class list with the names resolved. */
    record ClassRow(SchoolClass schoolClass, String gradeName, String headTeacherName, long studentCount) {
    }

    @GetMapping("/admin/classes")
    String list(@AuthenticationPrincipal HezuoUser user, Model model) {
        model.addAttribute("form", new ClassForm(null, "", null, null));
        return listPage(user, model);
    }

    @PostMapping("/admin/classes")
    String create(@AuthenticationPrincipal HezuoUser user, @Valid @ModelAttribute("form") ClassForm form,
                  BindingResult result, Model model, RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return listPage(user, model);
        }
        setup.createClass(user.schoolId(), form.gradeId(), form.name(), form.headTeacherId(),
                org.springframework.context.i18n.LocaleContextHolder.getLocale());
        redirect.addFlashAttribute("notice", "notice.saved");
        return "redirect:/admin/classes";
    }

    @GetMapping("/admin/classes/{classId}/edit")
    String edit(@AuthenticationPrincipal HezuoUser user, @PathVariable long classId, Model model) {
        SchoolClass schoolClass = classes.findByIdAndSchoolId(classId, user.schoolId())
                .orElseThrow(() -> new NotFoundException("class", classId));
        model.addAttribute("form", new ClassForm(schoolClass.getGradeId(), schoolClass.getName(),
                schoolClass.getHeadTeacherId(), schoolClass.getVersion()));
        return editPage(user, schoolClass, model);
    }

    @PostMapping("/admin/classes/{classId}")
    String update(@AuthenticationPrincipal HezuoUser user, @PathVariable long classId,
                  @Valid @ModelAttribute("form") ClassForm form, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        SchoolClass schoolClass = classes.findByIdAndSchoolId(classId, user.schoolId())
                .orElseThrow(() -> new NotFoundException("class", classId));
        if (result.hasErrors() || form.version() == null) {
            return editPage(user, schoolClass, model);
        }
        setup.updateClass(user.schoolId(), classId, form.version(), form.gradeId(), form.name(), form.headTeacherId());
        redirect.addFlashAttribute("notice", "notice.saved");
        return "redirect:/admin/classes";
    }

    private String editPage(HezuoUser user, SchoolClass schoolClass, Model model) {
        model.addAttribute("schoolClass", schoolClass);
        model.addAttribute("grades", grades.findBySchoolIdOrderBySortOrderAscIdAsc(user.schoolId()));
        model.addAttribute("teachers", teachers.teachersOf(user.schoolId()));
        return "school/class-edit";
    }

    private String listPage(HezuoUser user, Model model) {
        List<Grade> gradeList = grades.findBySchoolIdOrderBySortOrderAscIdAsc(user.schoolId());
        List<Teaching.TeacherName> teacherList = teachers.teachersOf(user.schoolId());
        Map<Long, String> gradeNames = gradeList.stream().collect(Collectors.toMap(Grade::getId, Grade::getName));
        Map<Long, Teaching.TeacherName> teacherById = teacherList.stream()
                .collect(Collectors.toMap(Teaching.TeacherName::id, Function.identity()));
        List<ClassRow> rows = classes.findBySchoolIdOrderByGradeIdAscNameAsc(user.schoolId()).stream()
                .sorted(SchoolClass.DISPLAY_ORDER)
                .map(c -> new ClassRow(c, gradeNames.get(c.getGradeId()),
                        c.getHeadTeacherId() == null ? null : teacherById.get(c.getHeadTeacherId()).name(),
                        students.activeStudentsOfClass(c.getId())))
                .toList();
        model.addAttribute("rows", rows);
        model.addAttribute("grades", gradeList);
        model.addAttribute("teachers", teacherList);
        return "school/classes";
    }
}
