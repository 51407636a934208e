package cn.hezuo.research.observation;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.group.seating.ClassSeating;
import cn.hezuo.research.calendar.ResearchTerms;
import cn.hezuo.research.group.ResearchAccess;
import cn.hezuo.research.group.ResearchGroup;
import cn.hezuo.research.group.Staff;
import cn.hezuo.roster.StudentDirectory;
import cn.hezuo.school.SchoolSetupService;
import cn.hezuo.school.Subject;
import cn.hezuo.spreadsheet.ExcelDownload;
import cn.hezuo.system.RuleViolationException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 观课 pages: a group's observed lessons, a lesson with observers and its report, comparisons, .xlsx. */
@Controller
class ObservationController {

    private final ObservationService service;
    private final ObservationAccess access;
    private final ResearchAccess groups;
    private final LessonViews views;
    private final ObservationExport export;
    private final Staff staff;
    private final SchoolSetupService school;
    private final StudentDirectory students;
    private final ResearchTerms terms;
    private final ObjectMapper json;
    private final MessageSource messages;
    private final ClassSeating seating;

    ObservationController(ObservationService service, ObservationAccess access, ResearchAccess groups,
                          LessonViews views, ObservationExport export, Staff staff, SchoolSetupService school,
                          StudentDirectory students, ResearchTerms terms, ObjectMapper json, MessageSource messages,
                          ClassSeating seating) {
        this.seating = seating;
        this.service = service;
        this.access = access;
        this.groups = groups;
        this.views = views;
        this.export = export;
        this.staff = staff;
        this.school = school;
        this.students = students;
        this.terms = terms;
        this.json = json;
        this.messages = messages;
    }

    /** A comparison the list offers: lessons sharing a pair key or a case. */
    record Comparison(String pairKey, Long caseId, int lessons) {
    }

    @GetMapping("/research/groups/{groupId}/observations")
    String list(@AuthenticationPrincipal HezuoUser user, @PathVariable long groupId, Model model) {
        ResearchGroup group = groups.requireView(user, groupId);
        model.addAttribute("form", LessonForm.blank(terms.today()));
        return listPage(user, group, model);
    }

    @PostMapping("/research/groups/{groupId}/observations")
    String create(@AuthenticationPrincipal HezuoUser user, @PathVariable long groupId,
                  @Valid @ModelAttribute("form") LessonForm form, BindingResult binding, Model model,
                  RedirectAttributes redirect) {
        ResearchGroup group = groups.requireView(user, groupId);
        if (!binding.hasErrors()) {
            try {
                ObservedLesson lesson = service.create(user, groupId, form);
                redirect.addFlashAttribute("notice", "notice.saved");
                return "redirect:/research/observations/" + lesson.getId();
            } catch (RuleViolationException e) {
                binding.reject(e.getMessageKey(), e.getArgs(), null);
            }
        }
        return listPage(user, group, model);
    }

    private String listPage(HezuoUser user, ResearchGroup group, Model model) {
        List<ObservedLesson> lessons = service.lessonsOf(group.getId());
        Map<String, Long> pairs = lessons.stream().filter(l -> l.getPairKey() != null)
                .collect(Collectors.groupingBy(ObservedLesson::getPairKey, java.util.TreeMap::new,
                        Collectors.counting()));
        Map<Long, Long> cases = lessons.stream().filter(l -> l.getCaseId() != null)
                .collect(Collectors.groupingBy(ObservedLesson::getCaseId, java.util.TreeMap::new,
                        Collectors.counting()));
        List<Comparison> comparisons = new ArrayList<>();
        pairs.forEach((k, n) -> {
            if (n > 1) {
                comparisons.add(new Comparison(k, null, n.intValue()));
            }
        });
        cases.forEach((k, n) -> {
            if (n > 1) {
                comparisons.add(new Comparison(null, k, n.intValue()));
            }
        });
        model.addAttribute("group", group);
        model.addAttribute("lessons", views.of(user.schoolId(), lessons, false));
        model.addAttribute("comparisons", comparisons);
        model.addAttribute("hasExperiment", lessons.stream().anyMatch(l -> l.getLabel() != null));
        model.addAttribute("teachers", staff.active(user.schoolId()));
        model.addAttribute("classes", school.classes(user.schoolId()));
        model.addAttribute("subjects", school.subjects(user.schoolId()).stream().filter(Subject::isActive).toList());
        model.addAttribute("focusPoints", FocusPoint.values());
        model.addAttribute("labels", ObservedLesson.Label.values());
        return "research/observation/list";
    }

    /** The lessons the signed-in teacher is to observe. */
    @GetMapping("/research/observations/mine")
    String mine(@AuthenticationPrincipal HezuoUser user, Model model) {
        if (!user.isTeacher() || user.teacherId() == null) {
            throw new org.springframework.security.access.AccessDeniedException("observations");
        }
        model.addAttribute("lessons", views.of(user.schoolId(), service.toObserve(user), false));
        return "research/observation/mine";
    }

    @GetMapping("/research/observations/{lessonId}")
    String lesson(@AuthenticationPrincipal HezuoUser user, @PathVariable long lessonId, Model model) {
        ObservationAccess.Found found = access.requireView(user, lessonId);
        LessonViews.LessonView view = views.of(user.schoolId(), found.lesson(), true);
        Map<Long, String> teacherNames = staff.names(user.schoolId());
        model.addAttribute("found", found);
        model.addAttribute("view", view);
        model.addAttribute("report", view.report());
        model.addAttribute("observers", service.observers(lessonId));
        model.addAttribute("teacherNames", teacherNames);
        model.addAttribute("studentNames", studentNames(found.lesson(), view.report()));
        model.addAttribute("teachers", staff.active(user.schoolId()));
        model.addAttribute("focusPoints", FocusPoint.values());
        model.addAttribute("timeline", timelineJson(view.report(), teacherNames));
        return "research/observation/lesson";
    }

    /** The edit page of a planned lesson (leader, admin, organiser), carrying the version it was made from. */
    @GetMapping("/research/observations/{lessonId}/edit")
    String editForm(@AuthenticationPrincipal HezuoUser user, @PathVariable long lessonId, Model model) {
        ObservedLesson lesson = access.requireArrange(user, lessonId).lesson();
        model.addAttribute("form", LessonForm.of(lesson));
        return editPage(user, lesson, lesson.getVersion(), false, model);
    }

    /**
     * Saves the edit. A stale version (someone saved in between) changes nothing: the page comes back with the
     * editor's entries, the lesson as saved now above them and the current version, so saving again overwrites.
     */
    @PostMapping("/research/observations/{lessonId}/edit")
    String edit(@AuthenticationPrincipal HezuoUser user, @PathVariable long lessonId, @RequestParam int version,
                @Valid @ModelAttribute("form") LessonForm form, BindingResult binding, Model model,
                RedirectAttributes redirect) {
        ObservedLesson lesson = access.requireArrange(user, lessonId).lesson();
        if (!binding.hasErrors()) {
            try {
                service.update(user, lessonId, form, version);
                redirect.addFlashAttribute("notice", "notice.saved");
                return "redirect:/research/observations/" + lessonId;
            } catch (LessonChangedException | org.springframework.orm.ObjectOptimisticLockingFailureException e) {
                ObservedLesson now = access.requireArrange(user, lessonId).lesson();
                return editPage(user, now, now.getVersion(), true, model);
            } catch (RuleViolationException e) {
                binding.reject(e.getMessageKey(), e.getArgs(), null);
            }
        }
        return editPage(user, lesson, version, false, model);
    }

    private String editPage(HezuoUser user, ObservedLesson lesson, int version, boolean conflict, Model model) {
        model.addAttribute("current", lesson);
        model.addAttribute("currentView", views.of(user.schoolId(), lesson, false));
        model.addAttribute("version", version);
        model.addAttribute("conflict", conflict);
        model.addAttribute("teachers", staff.active(user.schoolId()));
        model.addAttribute("classes", school.classes(user.schoolId()));
        model.addAttribute("subjects", school.subjects(user.schoolId()).stream().filter(Subject::isActive).toList());
        model.addAttribute("focusPoints", FocusPoint.values());
        model.addAttribute("labels", ObservedLesson.Label.values());
        return "research/observation/edit";
    }

    @PostMapping("/research/observations/{lessonId}/observers")
    String assign(@AuthenticationPrincipal HezuoUser user, @PathVariable long lessonId,
                  @RequestParam long teacherId, @RequestParam(required = false) List<String> focus,
                  RedirectAttributes redirect) {
        try {
            service.assign(user, lessonId, teacherId, focus);
            redirect.addFlashAttribute("notice", "notice.saved");
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("obsError", message(e));
        }
        return "redirect:/research/observations/" + lessonId;
    }

    @PostMapping("/research/observations/{lessonId}/observers/{teacherId}/delete")
    String unassign(@AuthenticationPrincipal HezuoUser user, @PathVariable long lessonId, @PathVariable long teacherId,
                    RedirectAttributes redirect) {
        try {
            service.unassign(user, lessonId, teacherId);
            redirect.addFlashAttribute("notice", "notice.saved");
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("obsError", message(e));
        }
        return "redirect:/research/observations/" + lessonId;
    }

    @PostMapping("/research/observations/{lessonId}/report")
    String writeReport(@AuthenticationPrincipal HezuoUser user, @PathVariable long lessonId,
                       @RequestParam(required = false) String text, RedirectAttributes redirect) {
        try {
            service.writeReport(user, lessonId, text);
            redirect.addFlashAttribute("notice", "notice.saved");
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("obsError", message(e));
        }
        return "redirect:/research/observations/" + lessonId + "#reports";
    }

    /** The live tool: a timer with one-tap codes; everything recorded locally first, then synced. */
    @GetMapping("/research/observations/{lessonId}/record")
    String record(@AuthenticationPrincipal HezuoUser user, @PathVariable long lessonId, Model model) {
        ObservationAccess.Found found = access.requireObserver(user, lessonId);
        model.addAttribute("view", views.of(user.schoolId(), found.lesson(), false));
        model.addAttribute("mine", found.mine().orElseThrow());
        model.addAttribute("room", found.lesson().getClassId() == null ? null
                : groupsRoom(found.lesson().getClassId()));
        model.addAttribute("roster", found.lesson().getClassId() == null ? List.of()
                : students.activeNames(found.lesson().getClassId()).entrySet().stream()
                .sorted(cn.hezuo.system.ChineseOrder.by(Map.Entry::getValue)).toList());
        model.addAttribute("activities", Codes.Activity.values());
        model.addAttribute("questions", Codes.Question.values());
        model.addAttribute("observerKey", user.teacherId());
        return "research/observation/record";
    }

    @GetMapping("/research/observations/{lessonId}/report.xlsx")
    ResponseEntity<byte[]> xlsx(@AuthenticationPrincipal HezuoUser user, @PathVariable long lessonId) {
        ObservationAccess.Found found = access.requireView(user, lessonId);
        LessonViews.LessonView view = views.of(user.schoolId(), found.lesson(), true);
        Map<Long, String> teacherNames = staff.names(user.schoolId());
        byte[] bytes = export.write(view, service.observers(lessonId), teacherNames,
                studentNames(found.lesson(), view.report()), LocaleContextHolder.getLocale());
        return ExcelDownload.of(found.lesson().getLessonDate() + "-" + found.lesson().getTopic() + "-"
                + t("research.obs.file") + ".xlsx", bytes);
    }

    /** Lessons side by side: those sharing a 同课异构 pair key, or the teachings of one lesson-study case. */
    @GetMapping("/research/groups/{groupId}/observations/compare")
    String compare(@AuthenticationPrincipal HezuoUser user, @PathVariable long groupId,
                   @RequestParam(required = false) String pair, @RequestParam(required = false) Long caseId,
                   @RequestParam(required = false, defaultValue = "false") boolean experiment, Model model) {
        ResearchGroup group = groups.requireView(user, groupId);
        List<ObservedLesson> lessons = service.lessonsOf(groupId).stream()
                .filter(l -> experiment ? l.getLabel() != null
                        : pair != null ? pair.equals(l.getPairKey())
                        : caseId != null && caseId.equals(l.getCaseId()))
                .sorted(java.util.Comparator.comparing(ObservedLesson::getLessonDate)
                        .thenComparing(l -> l.getTeachingNo() == null ? 0 : l.getTeachingNo())
                        .thenComparing(l -> l.getLabel() == null ? 9 : l.getLabel().ordinal())
                        .thenComparing(ObservedLesson::getId))
                .toList();
        List<LessonViews.LessonView> shown = views.of(user.schoolId(), lessons, true);
        model.addAttribute("group", group);
        model.addAttribute("pair", pair);
        model.addAttribute("caseId", caseId);
        model.addAttribute("experiment", experiment);
        model.addAttribute("lessons", shown);
        model.addAttribute("activities", Codes.Activity.values());
        model.addAttribute("questions", Codes.Question.values());
        model.addAttribute("experimentPairs", experimentPairs(shown));
        return "research/observation/compare";
    }

    /** 实验课 and 对照课 side by side: pairs by pair key (or by date order when unkeyed). */
    record ExperimentPair(LessonViews.LessonView experimental, LessonViews.LessonView control) {
    }

    static List<ExperimentPair> experimentPairs(List<LessonViews.LessonView> lessons) {
        Map<String, LessonViews.LessonView[]> byKey = new LinkedHashMap<>();
        int unkeyed = 0;
        for (LessonViews.LessonView v : lessons) {
            if (v.lesson().getLabel() == null) {
                continue;
            }
            String key = v.lesson().getPairKey() != null ? v.lesson().getPairKey() : "#" + (unkeyed++ / 2);
            LessonViews.LessonView[] slot = byKey.computeIfAbsent(key, k -> new LessonViews.LessonView[2]);
            slot[v.lesson().getLabel() == ObservedLesson.Label.EXPERIMENTAL ? 0 : 1] = v;
        }
        return byKey.values().stream().filter(s -> s[0] != null && s[1] != null)
                .map(s -> new ExperimentPair(s[0], s[1])).toList();
    }

    private ClassSeating.Room groupsRoom(long classId) {
        return seating.of(classId).orElse(null);
    }

    private Map<Long, String> studentNames(ObservedLesson lesson, ObservationReport report) {
        Map<Long, String> names = new HashMap<>();
        if (lesson.getClassId() != null && report != null && !report.speakers().isEmpty()) {
            students.findAll(report.speakers().stream().map(ObservationReport.SpeakerRow::studentId).toList())
                    .forEach(s -> names.put(s.getId(), s.getName()));
        }
        return names;
    }

    /** The COPUS-style timeline for ECharts: one row per observer, coloured segments in minutes. */
    private String timelineJson(ObservationReport report, Map<Long, String> teacherNames) {
        Locale locale = LocaleContextHolder.getLocale();
        List<Long> observers = report.timelineObservers();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("observers", observers.stream().map(id -> Objects.requireNonNullElse(teacherNames.get(id), "?"))
                .toList());
        Map<String, String> labels = new LinkedHashMap<>();
        for (Codes.Activity a : Codes.Activity.values()) {
            labels.put(a.name(), messages.getMessage("research.obs.activity." + a.name(), null, locale));
        }
        data.put("labels", labels);
        data.put("minuteLabel", messages.getMessage("research.obs.minute", null, locale));
        data.put("segments", report.segments().stream().map(s -> List.of(observers.indexOf(s.observerId()),
                round(s.startMinute()), round(s.endMinute()), s.code().name())).toList());
        try {
            return json.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }

    private String message(RuleViolationException e) {
        return messages.getMessage(e.getMessageKey(), e.getArgs(), LocaleContextHolder.getLocale());
    }

    private String t(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }
}
