package cn.hezuo.tracking;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.exam.Exam;
import cn.hezuo.exam.ExamAccess;
import cn.hezuo.exam.report.StudentExams;
import cn.hezuo.roster.Student;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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

/** 学困生跟踪 pages: the list, opening a record (from a warning or by hand), a record with its notes and chart. */
@Controller
class TrackingController {

    private final TrackingService tracking;
    private final StudentExams studentExams;
    private final ExamAccess examAccess;
    private final StudyPartners partners;
    private final MessageSource messages;
    private final Clock clock;

    TrackingController(TrackingService tracking, StudentExams studentExams, ExamAccess examAccess,
                       StudyPartners partners, MessageSource messages, Clock clock) {
        this.tracking = tracking;
        this.partners = partners;
        this.studentExams = studentExams;
        this.examAccess = examAccess;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/tracking")
    String list(@AuthenticationPrincipal HezuoUser user, @RequestParam(defaultValue = "false") boolean closed,
                Model model) {
        if (!user.isAdmin() && !user.isTeacher()) {
            throw new org.springframework.security.access.AccessDeniedException("tracking");
        }
        List<TrackingService.Tracked> all = tracking.visible(user);
        model.addAttribute("records", all.stream().filter(t -> t.record().isClosed() == closed).toList());
        model.addAttribute("closed", closed);
        return "tracking/list";
    }

    @GetMapping("/tracking/new")
    String newForm(@AuthenticationPrincipal HezuoUser user, @RequestParam long studentId,
                   @RequestParam(required = false) Long examId, Model model) {
        Student student = tracking.requireStudent(user, studentId);
        Optional<TrackingRecord> open = tracking.openRecord(studentId);
        if (open.isPresent()) {
            return "redirect:/tracking/" + open.get().getId();
        }
        model.addAttribute("form", new TrackingForm(studentId, examId, causeFromExam(user, student, examId), "", null));
        model.addAttribute("student", student);
        return "tracking/new";
    }

    @PostMapping("/tracking")
    String create(@AuthenticationPrincipal HezuoUser user, @Valid @ModelAttribute("form") TrackingForm form,
                  BindingResult binding, Model model, RedirectAttributes redirect) {
        Student student = tracking.requireStudent(user, form.studentId() == null ? -1 : form.studentId());
        if (binding.hasErrors()) {
            model.addAttribute("student", student);
            return "tracking/new";
        }
        TrackingRecord record = tracking.open(user, form);
        redirect.addFlashAttribute("notice", "notice.saved");
        return "redirect:/tracking/" + record.getId();
    }

    @GetMapping("/tracking/{recordId}")
    String show(@AuthenticationPrincipal HezuoUser user, @PathVariable long recordId, Model model) {
        TrackingService.Tracked tracked = tracking.require(user, recordId);
        TrackingRecord record = tracked.record();
        model.addAttribute("form", new TrackingForm(record.getStudentId(), record.getSourceExamId(), record.getCauses(),
                record.getMeasures(), record.getVersion()));
        model.addAttribute("noteForm", new NoteForm(LocalDate.now(clock), ""));
        return detailPage(user, tracked, model);
    }

    @PostMapping("/tracking/{recordId}")
    String describe(@AuthenticationPrincipal HezuoUser user, @PathVariable long recordId,
                    @Valid @ModelAttribute("form") TrackingForm form, BindingResult binding, Model model,
                    RedirectAttributes redirect) {
        TrackingService.Tracked tracked = tracking.require(user, recordId);
        if (binding.hasErrors()) {
            model.addAttribute("noteForm", new NoteForm(LocalDate.now(clock), ""));
            return detailPage(user, tracked, model);
        }
        tracking.describe(user, recordId, form);
        redirect.addFlashAttribute("notice", "notice.saved");
        return "redirect:/tracking/" + recordId;
    }

    @PostMapping("/tracking/{recordId}/notes")
    String addNote(@AuthenticationPrincipal HezuoUser user, @PathVariable long recordId,
                   @Valid @ModelAttribute("noteForm") NoteForm form, BindingResult binding, Model model,
                   RedirectAttributes redirect) {
        TrackingService.Tracked tracked = tracking.require(user, recordId);
        if (binding.hasErrors()) {
            TrackingRecord record = tracked.record();
            model.addAttribute("form", new TrackingForm(record.getStudentId(), record.getSourceExamId(),
                    record.getCauses(), record.getMeasures(), record.getVersion()));
            return detailPage(user, tracked, model);
        }
        tracking.addNote(user, recordId, form);
        redirect.addFlashAttribute("notice", "notice.saved");
        return "redirect:/tracking/" + recordId;
    }

    @PostMapping("/tracking/{recordId}/close")
    String close(@AuthenticationPrincipal HezuoUser user, @PathVariable long recordId,
                 @RequestParam(required = false) String closingNote, RedirectAttributes redirect) {
        tracking.close(user, recordId, closingNote);
        redirect.addFlashAttribute("notice", "tracking.closedNotice");
        return "redirect:/tracking/" + recordId;
    }

    private String detailPage(HezuoUser user, TrackingService.Tracked tracked, Model model) {
        ExamAccess.Scope scope = examAccess.scope(user);
        List<StudentExams.ExamLine> lines = studentExams.lines(tracked.student(),
                (exam, classId) -> !scope.viewable(exam.getSubjectId(), List.of(classId)).isEmpty());
        Locale locale = LocaleContextHolder.getLocale();
        model.addAttribute("tracked", tracked);
        model.addAttribute("notes", tracking.notes(tracked.record().getId()));
        model.addAttribute("lines", lines);
        model.addAttribute("partner", partners.suggest(tracked.student(), tracked.record().getSourceExamId(), lines));
        model.addAttribute("trendChart", StudentExams.trendChart(lines,
                messages.getMessage("examreport.student.rate", null, locale),
                messages.getMessage("examreport.gradeMeanRate", null, locale)));
        return "tracking/detail";
    }

    /** From an early warning: the exam's result as the first cause, for the teacher to complete. */
    private String causeFromExam(HezuoUser user, Student student, Long examId) {
        if (examId == null) {
            return "";
        }
        ExamAccess.Scope scope = examAccess.scope(user);
        return studentExams.lines(student, (exam, classId) -> exam.getId().equals(examId)
                        && !scope.viewable(exam.getSubjectId(), List.of(classId)).isEmpty()).stream()
                .filter(l -> !l.absent()).findFirst()
                .map(l -> {
                    Exam exam = l.exam();
                    return messages.getMessage("tracking.causeFromExam", new Object[] {exam.getName(), l.subject(),
                            cn.hezuo.exam.results.PackedScores.format(l.total()),
                            cn.hezuo.exam.results.PackedScores.format(exam.getFullMarks().doubleValue()),
                            cn.hezuo.exam.results.PackedScores.format(Math.round(l.gradeMean() * 10) / 10.0)},
                            LocaleContextHolder.getLocale());
                }).orElse("");
    }
}
