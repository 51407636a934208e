package cn.hezuo.survey.project;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.school.ClassDirectory;
import cn.hezuo.system.RuleViolationException;
import cn.hezuo.teacher.TeacherDirectory;
import jakarta.validation.Valid;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 课题: list, the record form, one project (milestones, documents), its evidence and its report (.docx). */
@Controller
class ProjectController {

    private final ProjectService projects;
    private final ProjectEvidence evidence;
    private final ProjectReport report;
    private final ProjectDocx docx;
    private final TeacherDirectory teachers;
    private final ClassDirectory classes;
    private final java.time.Clock clock;

    ProjectController(ProjectService projects, ProjectEvidence evidence, ProjectReport report, ProjectDocx docx,
                      TeacherDirectory teachers, ClassDirectory classes, java.time.Clock clock) {
        this.projects = projects;
        this.evidence = evidence;
        this.report = report;
        this.docx = docx;
        this.teachers = teachers;
        this.classes = classes;
        this.clock = clock;
    }

    @GetMapping("/projects")
    String list(@AuthenticationPrincipal HezuoUser user, Model model) {
        model.addAttribute("projects", projects.visibleTo(user));
        return "survey/project/list";
    }

    @GetMapping("/projects/new")
    String initCreationForm(@AuthenticationPrincipal HezuoUser user, Model model) {
        ProjectService.requireTeacher(user);
        LocalDate today = LocalDate.now(clock);
        List<Long> me = teachers.byAccount(user.accountId()).map(t -> List.of(t.getId())).orElse(List.of());
        model.addAttribute("form", new ProjectForm("", ProjectLevel.SCHOOL, today, today.plusMonths(6), me,
                List.of(), List.of(), -1));
        return formPage(user, model, null);
    }

    @PostMapping("/projects")
    String processCreationForm(@AuthenticationPrincipal HezuoUser user, @Valid @ModelAttribute("form") ProjectForm form,
                               BindingResult binding, Model model, RedirectAttributes redirect) {
        ProjectService.requireTeacher(user);
        if (binding.hasErrors()) {
            return formPage(user, model, null);
        }
        ResearchProject project = projects.create(user, form);
        redirect.addFlashAttribute("notice", "notice.saved");
        return "redirect:/projects/" + project.getId();
    }

    @GetMapping("/projects/{projectId}/edit")
    String initUpdateForm(@AuthenticationPrincipal HezuoUser user, @PathVariable long projectId, Model model) {
        ResearchProject p = projects.require(user, projectId);
        model.addAttribute("form", new ProjectForm(p.getTitle(), p.getLevel(), p.getStartsOn(), p.getEndsOn(),
                List.copyOf(p.getMemberIds()), List.copyOf(p.getExperimentClassIds()),
                List.copyOf(p.getControlClassIds()), p.getVersion()));
        return formPage(user, model, p);
    }

    @PostMapping("/projects/{projectId}")
    String processUpdateForm(@AuthenticationPrincipal HezuoUser user, @PathVariable long projectId,
                             @Valid @ModelAttribute("form") ProjectForm form, BindingResult binding, Model model,
                             RedirectAttributes redirect) {
        ResearchProject p = projects.require(user, projectId);
        if (binding.hasErrors()) {
            return formPage(user, model, p);
        }
        projects.update(user, projectId, form);
        redirect.addFlashAttribute("notice", "notice.saved");
        return "redirect:/projects/" + projectId;
    }

    @GetMapping("/projects/{projectId}")
    String detail(@AuthenticationPrincipal HezuoUser user, @PathVariable long projectId, Model model) {
        ResearchProject p = projects.require(user, projectId);
        model.addAttribute("project", p);
        model.addAttribute("classNames", classNames(p));
        model.addAttribute("memberNames", teachers.ofSchool(p.getSchoolId()).stream()
                .filter(t -> p.getMemberIds().contains(t.getId())).map(t -> t.getName()).toList());
        model.addAttribute("milestones", projects.milestones(projectId));
        model.addAttribute("documents", projects.documents(projectId));
        model.addAttribute("stages", ProjectStage.values());
        model.addAttribute("kinds", DocumentKind.values());
        model.addAttribute("today", LocalDate.now(clock));
        return "survey/project/detail";
    }

    @PostMapping("/projects/{projectId}/milestones")
    String addMilestone(@AuthenticationPrincipal HezuoUser user, @PathVariable long projectId,
                        @RequestParam(required = false) ProjectStage stage,
                        @RequestParam(required = false) LocalDate dueOn,
                        @RequestParam(required = false) String title, RedirectAttributes redirect) {
        projects.addMilestone(user, projectId, stage, dueOn, title);
        redirect.addFlashAttribute("notice", "notice.saved");
        return "redirect:/projects/" + projectId;
    }

    @PostMapping("/projects/{projectId}/milestones/{milestoneId}/toggle")
    String toggleMilestone(@AuthenticationPrincipal HezuoUser user, @PathVariable long projectId,
                           @PathVariable long milestoneId, RedirectAttributes redirect) {
        projects.toggleMilestone(user, projectId, milestoneId);
        redirect.addFlashAttribute("notice", "notice.saved");
        return "redirect:/projects/" + projectId;
    }

    @PostMapping("/projects/{projectId}/documents")
    String upload(@AuthenticationPrincipal HezuoUser user, @PathVariable long projectId,
                  @RequestParam(required = false) DocumentKind kind,
                  @RequestParam(required = false) MultipartFile file, RedirectAttributes redirect) {
        if (file == null || file.isEmpty()) {
            projects.require(user, projectId);
            throw new RuleViolationException("project.error.fileEmpty", "");
        }
        try {
            projects.upload(user, projectId, kind, file.getOriginalFilename(), file.getBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        redirect.addFlashAttribute("notice", "notice.saved");
        return "redirect:/projects/" + projectId;
    }

    @GetMapping("/projects/{projectId}/documents/{documentId}")
    ResponseEntity<byte[]> download(@AuthenticationPrincipal HezuoUser user, @PathVariable long projectId,
                                    @PathVariable long documentId) {
        ProjectDocumentStore.File file = projects.document(user, projectId, documentId);
        return ProjectDownload.of(file.meta().filename(), MediaType.parseMediaType(file.contentType()),
                file.content());
    }

    @GetMapping("/projects/{projectId}/evidence")
    String evidence(@AuthenticationPrincipal HezuoUser user, @PathVariable long projectId, Model model) {
        ResearchProject p = projects.require(user, projectId);
        model.addAttribute("evidence", evidence.of(user, p, LocaleContextHolder.getLocale()));
        return "survey/project/evidence";
    }

    @GetMapping("/projects/{projectId}/report")
    String report(@AuthenticationPrincipal HezuoUser user, @PathVariable long projectId, Model model) {
        ResearchProject p = projects.require(user, projectId);
        model.addAttribute("form", new ReportForm(p.getMethodText(), p.getReflection(), p.getVersion()));
        return reportPage(user, p, model);
    }

    @PostMapping("/projects/{projectId}/report")
    String saveReport(@AuthenticationPrincipal HezuoUser user, @PathVariable long projectId,
                      @Valid @ModelAttribute("form") ReportForm form, BindingResult binding, Model model,
                      RedirectAttributes redirect) {
        ResearchProject p = projects.require(user, projectId);
        if (binding.hasErrors()) {
            return reportPage(user, p, model);
        }
        projects.saveReport(user, projectId, form);
        redirect.addFlashAttribute("notice", "notice.saved");
        return "redirect:/projects/" + projectId + "/report";
    }

    @GetMapping("/projects/{projectId}/report.docx")
    ResponseEntity<byte[]> reportDocx(@AuthenticationPrincipal HezuoUser user, @PathVariable long projectId) {
        ResearchProject p = projects.require(user, projectId);
        Locale locale = LocaleContextHolder.getLocale();
        ReportDraft draft = report.draft(evidence.of(user, p, locale), locale);
        return ProjectDownload.of(draft.title() + ".docx", ProjectDownload.DOCX, docx.write(draft));
    }

    private String reportPage(HezuoUser user, ResearchProject p, Model model) {
        Locale locale = LocaleContextHolder.getLocale();
        model.addAttribute("project", p);
        model.addAttribute("draft", report.draft(evidence.of(user, p, locale), locale));
        return "survey/project/report";
    }

    private String formPage(HezuoUser user, Model model, ResearchProject project) {
        model.addAttribute("project", project);
        model.addAttribute("teachers", teachers.ofSchool(user.schoolId()));
        model.addAttribute("classes", classes.ofSchool(user.schoolId()).stream()
                .sorted(cn.hezuo.school.SchoolClass.DISPLAY_ORDER).toList());
        model.addAttribute("levels", ProjectLevel.values());
        return "survey/project/form";
    }

    private Map<Long, String> classNames(ResearchProject p) {
        return classes.byIds(p.getClassIds()).stream()
                .collect(Collectors.toMap(c -> c.getId(), c -> c.getName()));
    }
}
