package cn.hezuo.exam;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.exam.results.ExamResultStore;
import cn.hezuo.school.ClassDirectory;
import cn.hezuo.school.SchoolCalendar;
import cn.hezuo.school.SchoolClass;
import cn.hezuo.school.Subject;
import cn.hezuo.school.SchoolTerm;
import cn.hezuo.school.SubjectDirectory;
import cn.hezuo.system.RuleViolationException;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
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

/** The exam list, creating an exam, its settings and its items table. */
@Controller
class ExamController {

    private final ExamService service;
    private final ExamAccess access;
    private final ExamItemRepository items;
    private final ExamResultStore results;
    private final SubjectDirectory subjects;
    private final ClassDirectory classes;
    private final SchoolCalendar calendar;
    private final MessageSource messages;

    ExamController(ExamService service, ExamAccess access, ExamItemRepository items, ExamResultStore results,
                   SubjectDirectory subjects, ClassDirectory classes, SchoolCalendar calendar,
                   MessageSource messages) {
        this.service = service;
        this.access = access;
        this.items = items;
        this.results = results;
        this.subjects = subjects;
        this.classes = classes;
        this.calendar = calendar;
        this.messages = messages;
    }

    /** A line of the exam list with names resolved and what the user may do with it. */
    record ExamRow(Exam exam, String subject, List<String> classNames, int results, boolean canImport,
                   boolean canManage) {
    }

    @GetMapping("/exams")
    String list(@AuthenticationPrincipal HezuoUser user, @RequestParam(required = false) Long classId, Model model) {
        requireStaff(user);
        ExamAccess.Scope scope = access.scope(user);
        Map<Long, String> subjectNames = subjectNames(user);
        Map<Long, SchoolClass> classById = classesById(user);
        List<Exam> visible = access.visibleExams(user);
        Map<Long, Integer> counts = results.countsByExam(visible.stream().map(Exam::getId).toList());
        List<ExamRow> rows = new ArrayList<>();
        for (Exam exam : visible) {
            List<Long> classIds = access.classIds(exam.getId());
            if (classId != null && !classIds.contains(classId)) {
                continue;
            }
            rows.add(new ExamRow(exam, subjectNames.get(exam.getSubjectId()),
                    classIds.stream().map(classById::get).sorted(SchoolClass.DISPLAY_ORDER).map(SchoolClass::getName).toList(),
                    counts.getOrDefault(exam.getId(), 0),
                    !scope.importable(exam.getSubjectId(), classIds).isEmpty(),
                    access.canCreate(scope, exam.getSubjectId(), classIds)));
        }
        model.addAttribute("rows", rows);
        model.addAttribute("filterClass", classId == null ? null : classById.get(classId));
        model.addAttribute("canCreate", scope.admin() || !scope.teachesBySubject().isEmpty());
        return "exam/list";
    }

    @GetMapping("/exams/new")
    String newForm(@AuthenticationPrincipal HezuoUser user, @RequestParam(required = false) Long classId, Model model) {
        requireStaff(user);
        LocalDate today = calendar.today();
        Long termId = calendar.currentTerm(user.schoolId()).map(SchoolTerm::id).orElse(null);
        ExamForm form = ExamForm.blank(today, termId);
        if (classId != null) {
            form = new ExamForm(form.name(), form.subjectId(), form.termId(), form.examDate(), List.of(classId), false,
                    null, form.objectiveCount(), form.objectivePoints(), form.subjectiveCount(),
                    form.subjectivePoints(), form.passPercent(), form.excellentPercent(), form.lowPercent(), null);
        }
        model.addAttribute("form", form);
        return formPage(user, null, model);
    }

    @PostMapping("/exams")
    String create(@AuthenticationPrincipal HezuoUser user, @Valid @ModelAttribute("form") ExamForm form,
                  BindingResult binding, Model model, RedirectAttributes redirect) {
        requireStaff(user);
        if (binding.hasErrors()) {
            return formPage(user, null, model);
        }
        try {
            Exam exam = service.create(user, form);
            redirect.addFlashAttribute("notice", "exam.created");
            return exam.isTotalOnly() ? "redirect:/exams/" + exam.getId() + "/import"
                    : "redirect:/exams/" + exam.getId() + "/items/edit";
        } catch (RuleViolationException e) {
            model.addAttribute("formError", messages.getMessage(e.getMessageKey(), e.getArgs(), locale()));
            return formPage(user, null, model);
        }
    }

    @GetMapping("/exams/{examId}/edit")
    String edit(@AuthenticationPrincipal HezuoUser user, @PathVariable long examId, Model model) {
        Exam exam = access.requireManage(user, examId);
        model.addAttribute("form", ExamForm.of(exam, access.classIds(examId)));
        return formPage(user, exam, model);
    }

    @PostMapping("/exams/{examId}")
    String update(@AuthenticationPrincipal HezuoUser user, @PathVariable long examId,
                  @Valid @ModelAttribute("form") ExamForm form, BindingResult binding, Model model,
                  RedirectAttributes redirect) {
        Exam exam = access.requireManage(user, examId);
        if (binding.hasErrors()) {
            return formPage(user, exam, model);
        }
        try {
            service.update(user, examId, form);
        } catch (RuleViolationException e) {
            model.addAttribute("formError", messages.getMessage(e.getMessageKey(), e.getArgs(), locale()));
            return formPage(user, exam, model);
        }
        redirect.addFlashAttribute("notice", "notice.saved");
        return "redirect:/exams/" + examId;
    }

    @GetMapping("/exams/{examId}/items/edit")
    String editItems(@AuthenticationPrincipal HezuoUser user, @PathVariable long examId,
                     @RequestParam(defaultValue = "0") int more, Model model) {
        Exam exam = access.requireManage(user, examId);
        List<ExamItem> list = items.findByExamIdOrderBySeqAsc(examId);
        int extra = Math.max(0, Math.min(more, ExamService.MAX_ITEMS - list.size()));
        model.addAttribute("form", ItemsForm.of(list, list.isEmpty() ? Math.max(extra, 10) : extra, exam.getVersion()));
        return itemsPage(user, exam, model, List.of());
    }

    @PostMapping("/exams/{examId}/items")
    String saveItems(@AuthenticationPrincipal HezuoUser user, @PathVariable long examId,
                     @ModelAttribute("form") ItemsForm form, Model model, RedirectAttributes redirect) {
        Exam exam = access.requireManage(user, examId);
        List<ExamService.ItemInput> inputs = new ArrayList<>();
        List<MessageSourceResolvable> problems = service.check(form, inputs);
        if (problems.isEmpty()) {
            try {
                service.saveItems(user, examId, form.getVersion() == null ? -1 : form.getVersion(), inputs);
                redirect.addFlashAttribute("notice", "notice.saved");
                return "redirect:/exams/" + examId + "/items/edit";
            } catch (RuleViolationException e) {
                problems = List.of(new org.springframework.context.support.DefaultMessageSourceResolvable(
                        new String[] {e.getMessageKey()}, e.getArgs()));
            }
        }
        return itemsPage(user, exam, model, problems);
    }

    /**
     * Reads the items from a 双向细目表 sheet into the items table for the teacher to check; nothing is saved here
     * (the table's 保存 does that, with its usual checks and the version the teacher saw). A file with a problem
     * fills nothing and lists every problem by row and column.
     */
    @PostMapping("/exams/{examId}/items/import")
    String importItems(@AuthenticationPrincipal HezuoUser user, @PathVariable long examId,
                       @RequestParam(name = "file", required = false) org.springframework.web.multipart.MultipartFile file,
                       Model model) throws java.io.IOException {
        Exam exam = access.requireManage(user, examId);
        List<ExamItem> current = items.findByExamIdOrderBySeqAsc(examId);
        if (file == null || file.isEmpty()) {
            model.addAttribute("form", ItemsForm.of(current, current.isEmpty() ? 10 : 0, exam.getVersion()));
            model.addAttribute("itemImportProblems", List.of(messages.getMessage("itemimport.noFile", null, locale())));
            return itemsPage(user, exam, model, List.of());
        }
        String filename = file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
        List<MessageSourceResolvable> problems = new ArrayList<>();
        List<ItemsForm.Row> rows = List.of();
        try {
            var parsed = cn.hezuo.exam.importing.ItemSheetParser.parse(
                    new cn.hezuo.spreadsheet.SpreadsheetReader().read(filename, file.getBytes()));
            problems.addAll(parsed.problems());
            rows = parsed.rows();
        } catch (cn.hezuo.spreadsheet.SpreadsheetException unreadable) {
            problems.add(unreadable);
        } catch (RuntimeException | OutOfMemoryError e) {
            org.slf4j.LoggerFactory.getLogger(ExamController.class).error("item sheet {} failed", filename, e);
            problems.add(new org.springframework.context.support.DefaultMessageSourceResolvable(
                    new String[] {"import.error.unexpected"}, (Object[]) null));
        }
        if (!problems.isEmpty()) {
            model.addAttribute("form", ItemsForm.of(current, current.isEmpty() ? 10 : 0, exam.getVersion()));
            List<String> texts = new ArrayList<>();
            texts.add(messages.getMessage("itemimport.problemsIntro", new Object[] {filename}, locale()));
            problems.forEach(p -> texts.add(messages.getMessage(p, locale())));
            model.addAttribute("itemImportProblems", texts);
            return itemsPage(user, exam, model, List.of());
        }
        ItemsForm form = new ItemsForm();
        form.setItems(new ArrayList<>(rows));
        form.setVersion(exam.getVersion());
        model.addAttribute("form", form);
        model.addAttribute("noticeText", messages.getMessage("itemimport.loaded",
                new Object[] {rows.size(), filename}, locale()));
        return itemsPage(user, exam, model, List.of());
    }

    /** An empty 双向细目表 template with two example rows. */
    @GetMapping("/exams/{examId}/items/template")
    org.springframework.http.ResponseEntity<byte[]> itemTemplate(@AuthenticationPrincipal HezuoUser user,
                                                                 @PathVariable long examId) {
        Exam exam = access.requireManage(user, examId);
        return cn.hezuo.spreadsheet.ExcelDownload.of(exam.getName() + "-题目模板.xlsx",
                cn.hezuo.exam.importing.ItemTemplate.create());
    }

    private String itemsPage(HezuoUser user, Exam exam, Model model, List<MessageSourceResolvable> problems) {
        Locale locale = locale();
        model.addAttribute("exam", exam);
        model.addAttribute("subjectName", subjectNames(user).get(exam.getSubjectId()));
        model.addAttribute("problems", problems.stream().map(p -> messages.getMessage(p, locale)).toList());
        model.addAttribute("knowledgePoints", service.knowledgePoints(user.schoolId(), exam.getSubjectId()));
        model.addAttribute("locked", !results.countsByClass(exam.getId()).isEmpty());
        return "exam/items";
    }

    private String formPage(HezuoUser user, Exam exam, Model model) {
        ExamAccess.Scope scope = access.scope(user);
        List<Subject> subjectList = subjects.activeOfSchool(user.schoolId()).stream()
                .filter(s -> scope.admin() || scope.teachesBySubject().containsKey(s.getId())
                        || exam != null && s.getId().equals(exam.getSubjectId()))
                .toList();
        Set<Long> taught = new HashSet<>();
        scope.teachesBySubject().values().forEach(taught::addAll);
        List<SchoolClass> classList = classes.ofSchool(user.schoolId()).stream()
                .filter(SchoolClass::isActive)
                .filter(c -> scope.admin() || taught.contains(c.getId()))
                .sorted(SchoolClass.DISPLAY_ORDER).toList();
        model.addAttribute("exam", exam);
        model.addAttribute("subjects", subjectList);
        model.addAttribute("classes", classList);
        model.addAttribute("terms", calendar.terms(user.schoolId()));
        return "exam/form";
    }

    private Map<Long, String> subjectNames(HezuoUser user) {
        return subjects.ofSchool(user.schoolId()).stream()
                .collect(Collectors.toMap(Subject::getId, Subject::getName));
    }

    private Map<Long, SchoolClass> classesById(HezuoUser user) {
        return classes.ofSchool(user.schoolId()).stream()
                .collect(Collectors.toMap(SchoolClass::getId, Function.identity()));
    }

    private static void requireStaff(HezuoUser user) {
        if (!user.isAdmin() && !user.isTeacher()) {
            throw new AccessDeniedException("exams");
        }
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
