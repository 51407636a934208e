package cn.hezuo.school;

import cn.hezuo.account.HezuoUser;
import jakarta.validation.Valid;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The admin's start page and the school's terms, grades and subjects. /admin/** is ADMIN-only. */
@Controller
class SchoolAdminController {

    private final SchoolSetupService setup;
    private final TermRepository terms;
    private final GradeRepository grades;
    private final SubjectRepository subjects;
    private final SchoolClassRepository classes;
    private final Teaching teachers;
    private final Enrolment students;
    private final SchoolCalendar calendar;
    private final TermPeriodService periods;

    SchoolAdminController(SchoolSetupService setup, TermRepository terms, GradeRepository grades,
                          SubjectRepository subjects, SchoolClassRepository classes, Teaching teachers,
                          Enrolment students, SchoolCalendar calendar, TermPeriodService periods) {
        this.setup = setup;
        this.periods = periods;
        this.terms = terms;
        this.grades = grades;
        this.subjects = subjects;
        this.classes = classes;
        this.teachers = teachers;
        this.students = students;
        this.calendar = calendar;
    }

    @GetMapping("/admin")
    String dashboard(@AuthenticationPrincipal HezuoUser user, Model model) {
        long schoolId = user.schoolId();
        model.addAttribute("currentTerm", calendar.currentTerm(schoolId).orElse(null));
        model.addAttribute("today", calendar.today());
        model.addAttribute("classCount", classes.findBySchoolIdOrderByGradeIdAscNameAsc(schoolId).size());
        model.addAttribute("teacherCount", teachers.teachersOf(schoolId).size());
        model.addAttribute("studentCount", students.activeStudentsOfSchool(schoolId));
        return "school/dashboard";
    }

    @GetMapping("/admin/terms")
    String terms(@AuthenticationPrincipal HezuoUser user, Model model) {
        model.addAttribute("form", new TermForm("", null, null, null));
        return termsPage(user, model);
    }

    @PostMapping("/admin/terms")
    String createTerm(@AuthenticationPrincipal HezuoUser user, @Valid @ModelAttribute("form") TermForm form,
                      BindingResult result, Model model, RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return termsPage(user, model);
        }
        setup.createTerm(user.schoolId(), form.name(), form.startDate(), form.endDate());
        redirect.addFlashAttribute("notice", "notice.saved");
        return "redirect:/admin/terms";
    }

    @PostMapping("/admin/terms/{termId}")
    String updateTerm(@AuthenticationPrincipal HezuoUser user, @PathVariable long termId,
                      @Valid @ModelAttribute("form") TermForm form, BindingResult result, Model model,
                      RedirectAttributes redirect) {
        if (result.hasErrors() || form.version() == null) {
            return termsPage(user, model);
        }
        setup.updateTerm(user.schoolId(), termId, form.version(), form.name(), form.startDate(), form.endDate());
        redirect.addFlashAttribute("notice", "notice.saved");
        return "redirect:/admin/terms";
    }

    @PostMapping("/admin/terms/{termId}/periods")
    String addPeriod(@AuthenticationPrincipal HezuoUser user, @PathVariable long termId,
                     @ModelAttribute("periodForm") TermPeriodForm form, Model model,
                     jakarta.servlet.http.HttpServletResponse response, RedirectAttributes redirect) {
        try {
            periods.add(user.schoolId(), termId, form.kind(), form.name(), form.startDate(), form.endDate());
        } catch (cn.hezuo.system.RuleViolationException e) {
            // The page again with the admin's entries and the reason beside the form, not an error page.
            response.setStatus(org.springframework.http.HttpStatus.CONFLICT.value());
            model.addAttribute("form", new TermForm("", null, null, null));
            model.addAttribute("periodTermId", termId);
            model.addAttribute("periodError", e);
            return termsPage(user, model);
        }
        redirect.addFlashAttribute("notice", "notice.saved");
        return "redirect:/admin/terms#term-" + termId + "-periods";
    }

    @PostMapping("/admin/terms/{termId}/periods/{periodId}/delete")
    String removePeriod(@AuthenticationPrincipal HezuoUser user, @PathVariable long termId, @PathVariable long periodId,
                        RedirectAttributes redirect) {
        periods.remove(user.schoolId(), termId, periodId);
        redirect.addFlashAttribute("notice", "notice.saved");
        return "redirect:/admin/terms#term-" + termId + "-periods";
    }

    /** A holiday or exam week with the term weeks it touches, as the terms page lists it. */
    record PeriodRow(CalendarPeriod period, String weeks) {
    }

    private String termsPage(HezuoUser user, Model model) {
        model.addAttribute("emptyPeriodForm", TermPeriodForm.empty());
        java.util.List<Term> schoolTerms = terms.findBySchoolIdOrderByStartDateDesc(user.schoolId());
        java.util.Map<Long, SchoolTerm> termsById = new java.util.HashMap<>();
        schoolTerms.forEach(t -> termsById.put(t.getId(), SchoolTerm.of(t)));
        java.util.Map<Long, java.util.List<PeriodRow>> byTerm = new java.util.HashMap<>();
        calendar.periods(user.schoolId()).forEach(p -> byTerm.computeIfAbsent(p.termId(), k -> new java.util.ArrayList<>())
                .add(new PeriodRow(p, p.weeks(termsById.get(p.termId())).stream().map(String::valueOf)
                        .collect(java.util.stream.Collectors.joining("、")))));
        model.addAttribute("periodsByTerm", byTerm);
        model.addAttribute("periodKinds", TermPeriodKind.values());
        model.addAttribute("terms", schoolTerms);
        model.addAttribute("today", calendar.today());
        return "school/terms";
    }

    @GetMapping("/admin/grades")
    String grades(@AuthenticationPrincipal HezuoUser user, Model model) {
        model.addAttribute("form", new NameForm("", null));
        return gradesPage(user, model);
    }

    @PostMapping("/admin/grades")
    String createGrade(@AuthenticationPrincipal HezuoUser user, @Valid @ModelAttribute("form") NameForm form,
                       BindingResult result, Model model, RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return gradesPage(user, model);
        }
        setup.createGrade(user.schoolId(), form.name(), form.sortOrderOrZero());
        redirect.addFlashAttribute("notice", "notice.saved");
        return "redirect:/admin/grades";
    }

    private String gradesPage(HezuoUser user, Model model) {
        model.addAttribute("grades", grades.findBySchoolIdOrderBySortOrderAscIdAsc(user.schoolId()));
        return "school/grades";
    }

    @GetMapping("/admin/subjects")
    String subjects(@AuthenticationPrincipal HezuoUser user, Model model) {
        model.addAttribute("form", new NameForm("", null));
        return subjectsPage(user, model);
    }

    @PostMapping("/admin/subjects")
    String createSubject(@AuthenticationPrincipal HezuoUser user, @Valid @ModelAttribute("form") NameForm form,
                         BindingResult result, Model model, RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return subjectsPage(user, model);
        }
        setup.createSubject(user.schoolId(), form.name(), form.sortOrderOrZero());
        redirect.addFlashAttribute("notice", "notice.saved");
        return "redirect:/admin/subjects";
    }

    @PostMapping("/admin/subjects/{subjectId}/active")
    String setSubjectActive(@AuthenticationPrincipal HezuoUser user, @PathVariable long subjectId,
                            @RequestParam boolean active, RedirectAttributes redirect) {
        setup.setSubjectActive(user.schoolId(), subjectId, active);
        redirect.addFlashAttribute("notice", "notice.saved");
        return "redirect:/admin/subjects";
    }

    private String subjectsPage(HezuoUser user, Model model) {
        model.addAttribute("subjects", subjects.findBySchoolIdOrderBySortOrderAscIdAsc(user.schoolId()));
        return "school/subjects";
    }
}
