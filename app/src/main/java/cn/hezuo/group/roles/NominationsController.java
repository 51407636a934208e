package cn.hezuo.group.roles;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.group.GroupPlan;
import cn.hezuo.group.StudyGroupRepository;
import cn.hezuo.roster.StudentDirectory;
import cn.hezuo.roster.StudentScore;
import cn.hezuo.school.ClassAccess;
import cn.hezuo.school.SchoolClass;
import cn.hezuo.school.Subject;
import cn.hezuo.school.SubjectDirectory;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The head teacher's view of leader nominations, with each nominee's prior scores (teacher only), and confirming. */
@Controller
class NominationsController {

    private final ClassAccess access;
    private final RoleSchemeService service;
    private final LeaderNominationRepository nominations;
    private final StudyGroupRepository groups;
    private final StudentDirectory students;
    private final SubjectDirectory subjects;
    private final GroupLifeAccess groupAccess;

    NominationsController(ClassAccess access, RoleSchemeService service, LeaderNominationRepository nominations,
                          StudyGroupRepository groups, StudentDirectory students,
                          SubjectDirectory subjects, GroupLifeAccess groupAccess) {
        this.access = access;
        this.service = service;
        this.nominations = nominations;
        this.groups = groups;
        this.students = students;
        this.subjects = subjects;
        this.groupAccess = groupAccess;
    }

    /** One nomination as the teacher reads it. */
    record Row(long id, int groupNumber, String nominee, String nominator, boolean self, String subject,
               boolean confirmed, List<String> scores) {
    }

    @GetMapping("/classes/{classId}/nominations")
    String list(@AuthenticationPrincipal HezuoUser user, @PathVariable long classId, Model model) {
        SchoolClass schoolClass = access.requireManage(user, classId);
        model.addAttribute("schoolClass", schoolClass);
        model.addAttribute("open", service.schemeOf(user.schoolId(), classId).isNominationsOpen());
        List<Subject> subjectList = subjects.ofSchool(user.schoolId());
        Map<Long, String> subjectNames = new HashMap<>();
        subjectList.forEach(s -> subjectNames.put(s.getId(), s.getName()));
        Optional<GroupPlan> plan = Optional.ofNullable(groupAccessPlan(classId));
        List<Row> rows = plan.map(p -> rows(p, subjectNames)).orElse(List.of());
        model.addAttribute("rows", rows);
        return "group/life/nominations";
    }

    @PostMapping("/classes/{classId}/nominations/window")
    String window(@AuthenticationPrincipal HezuoUser user, @PathVariable long classId, @RequestParam boolean open,
                  RedirectAttributes redirect) {
        service.setNominationsOpen(user, classId, open);
        redirect.addFlashAttribute("notice", open ? "grouplife.notice.windowOpened" : "grouplife.notice.windowClosed");
        return "redirect:/classes/" + classId + "/nominations";
    }

    @PostMapping("/nominations/{nominationId}/confirm")
    String confirm(@AuthenticationPrincipal HezuoUser user, @PathVariable long nominationId,
                   @RequestParam(defaultValue = "true") boolean confirmed, RedirectAttributes redirect) {
        long classId = service.confirm(user, nominationId, confirmed);
        redirect.addFlashAttribute("notice", "grouplife.notice.saved");
        return "redirect:/classes/" + classId + "/nominations";
    }

    private GroupPlan groupAccessPlan(long classId) {
        try {
            return groupAccess.activePlan(classId);
        } catch (cn.hezuo.system.NotFoundException e) {
            return null;
        }
    }

    private List<Row> rows(GroupPlan plan, Map<Long, String> subjectNames) {
        List<LeaderNomination> list = nominations.findByPlanIdOrderByGroupIdAscIdAsc(plan.getId());
        Map<Long, Integer> groupNumbers = new HashMap<>();
        groups.findByPlanIdOrderByNumberAsc(plan.getId()).forEach(g -> groupNumbers.put(g.getId(), g.getNumber()));
        List<Long> ids = list.stream().flatMap(n -> java.util.stream.Stream.of(n.getNomineeId(), n.getNominatorId()))
                .distinct().toList();
        Map<Long, String> names = new HashMap<>();
        students.findAll(ids).forEach(s -> names.put(s.getId(), s.getName()));
        Map<Long, List<StudentScore>> scoreRows = new HashMap<>();
        if (!ids.isEmpty()) {
            students.priorScores(ids).forEach(s -> scoreRows.computeIfAbsent(s.getStudentId(), k -> new java.util.ArrayList<>()).add(s));
        }
        return list.stream().sorted(java.util.Comparator.comparing((LeaderNomination n) -> groupNumbers.getOrDefault(n.getGroupId(), 0))
                        .thenComparing(LeaderNomination::getId))
                .map(n -> new Row(n.getId(), groupNumbers.getOrDefault(n.getGroupId(), 0),
                        names.getOrDefault(n.getNomineeId(), ""), names.getOrDefault(n.getNominatorId(), ""), n.isSelf(),
                        n.getSubjectId() == null ? null : subjectNames.get(n.getSubjectId()), n.isConfirmed(),
                        scoreRows.getOrDefault(n.getNomineeId(), List.of()).stream()
                                .sorted(java.util.Comparator.comparing(StudentScore::getSubjectId))
                                .map(s -> subjectNames.getOrDefault(s.getSubjectId(), "?") + " "
                                        + s.getScore().stripTrailingZeros().toPlainString()).toList()))
                .toList();
    }
}
