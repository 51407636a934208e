package cn.hezuo.group.seating;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.group.GroupEmblem;
import cn.hezuo.group.GroupMember;
import cn.hezuo.group.GroupMemberRepository;
import cn.hezuo.group.GroupPlan;
import cn.hezuo.group.GroupPlanRepository;
import cn.hezuo.group.StudyGroup;
import cn.hezuo.group.StudentFaces;
import cn.hezuo.group.StudyGroupRepository;
import cn.hezuo.group.roles.GroupRoleQuery;
import cn.hezuo.roster.StudentDirectory;
import cn.hezuo.school.ClassAccess;
import cn.hezuo.school.SchoolClass;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 座位表: the teacher's page (generate, drag to swap), a projector view and an A4-landscape print view. */
@Controller
class SeatingController {

    private final ClassAccess access;
    private final SeatingService service;
    private final SeatingChartRepository charts;
    private final GroupPlanRepository plans;
    private final StudyGroupRepository groups;
    private final GroupMemberRepository members;
    private final StudentDirectory students;
    private final GroupRoleQuery roles;
    private final StudentFaces faces;

    SeatingController(ClassAccess access, SeatingService service, SeatingChartRepository charts,
                      GroupPlanRepository plans, StudyGroupRepository groups, GroupMemberRepository members,
                      StudentDirectory students, GroupRoleQuery roles, StudentFaces faces) {
        this.faces = faces;
        this.access = access;
        this.service = service;
        this.charts = charts;
        this.plans = plans;
        this.groups = groups;
        this.members = members;
        this.students = students;
        this.roles = roles;
    }

    @GetMapping("/classes/{classId}/seating")
    @Transactional(readOnly = true)
    public String show(@AuthenticationPrincipal HezuoUser user, @PathVariable long classId, Model model) {
        return page(user, classId, model, "group/life/seating");
    }

    @GetMapping("/classes/{classId}/seating/print")
    @Transactional(readOnly = true)
    public String print(@AuthenticationPrincipal HezuoUser user, @PathVariable long classId, Model model) {
        model.addAttribute("projector", false);
        return page(user, classId, model, "group/life/seating-print");
    }

    @GetMapping("/classes/{classId}/seating/projector")
    @Transactional(readOnly = true)
    public String projector(@AuthenticationPrincipal HezuoUser user, @PathVariable long classId, Model model) {
        model.addAttribute("projector", true);
        return page(user, classId, model, "group/life/seating-print");
    }

    @PostMapping("/classes/{classId}/seating")
    String generate(@AuthenticationPrincipal HezuoUser user, @PathVariable long classId, @RequestParam int rows,
                    @RequestParam int cols, @RequestParam(required = false) String aisles, RedirectAttributes redirect) {
        service.generate(user, classId, rows, cols, aisles);
        redirect.addFlashAttribute("notice", "grouplife.notice.seatingSaved");
        return "redirect:/classes/" + classId + "/seating";
    }

    @PostMapping("/classes/{classId}/seating/move")
    String move(@AuthenticationPrincipal HezuoUser user, @PathVariable long classId, @RequestParam long studentId,
                @RequestParam int row, @RequestParam int col, @RequestParam int version, RedirectAttributes redirect) {
        service.move(user, classId, studentId, row, col, version);
        redirect.addFlashAttribute("notice", "grouplife.notice.seatingSaved");
        return "redirect:/classes/" + classId + "/seating";
    }

    private String page(HezuoUser user, long classId, Model model, String view) {
        SchoolClass schoolClass = access.requireView(user, classId);
        model.addAttribute("schoolClass", schoolClass);
        model.addAttribute("canManage", access.canManage(user, schoolClass));
        Optional<GroupPlan> plan = plans.findByClassIdAndActiveTrue(classId);
        model.addAttribute("hasPlan", plan.isPresent());
        model.addAttribute("seating", plan.flatMap(p -> charts.findByPlanId(p.getId()).map(c -> view(classId, p, c)))
                .orElse(null));
        return view;
    }

    private SeatingView view(long classId, GroupPlan plan, SeatingChart chart) {
        Map<Long, Integer> groupNumbers = new HashMap<>();
        Map<Long, GroupEmblem.Look> looks = new HashMap<>();
        Set<Long> leaders = new HashSet<>();
        for (StudyGroup g : groups.findByPlanIdOrderByNumberAsc(plan.getId())) {
            groupNumbers.put(g.getId(), g.getNumber());
            looks.put(g.getId(), GroupEmblem.of(g));
            roles.leaderOf(plan.getId(), g.getId()).ifPresent(leaders::add);
        }
        Map<Long, Integer> groupOf = new HashMap<>();
        Map<Long, GroupEmblem.Look> lookOf = new HashMap<>();
        List<GroupMember> all = members.findByPlanIdOrderByGroupIdAscMemberNoAsc(plan.getId());
        all.forEach(m -> groupOf.put(m.getStudentId(), groupNumbers.get(m.getGroupId())));
        all.forEach(m -> lookOf.put(m.getStudentId(), looks.get(m.getGroupId())));
        Map<Long, String> avatars = faces.avatarPaths(all.stream().map(GroupMember::getStudentId).toList());
        Map<Long, String> names = new HashMap<>();
        students.findAll(all.stream().map(GroupMember::getStudentId).toList())
                .forEach(s -> names.put(s.getId(), s.getName()));
        Map<SeatingLayout.Seat, Long> bySeat = new HashMap<>();
        chart.seatMap().forEach((id, seat) -> bySeat.put(seat, id));
        List<List<SeatingView.Desk>> grid = new ArrayList<>();
        for (int r = 0; r < chart.getRows(); r++) {
            List<SeatingView.Desk> line = new ArrayList<>();
            for (int c = 0; c < chart.getCols(); c++) {
                Long id = bySeat.get(new SeatingLayout.Seat(r, c));
                GroupEmblem.Look look = id == null ? null : lookOf.get(id);
                line.add(id == null || !names.containsKey(id)
                        ? new SeatingView.Desk(r, c, null, null, null, false, null, null, null, null)
                        : new SeatingView.Desk(r, c, id, names.get(id), groupOf.get(id), leaders.contains(id),
                                look == null ? null : look.path(), look == null ? null : look.colour(), avatars.get(id),
                                faces.initialColour(id)));
            }
            grid.add(line);
        }
        return new SeatingView(classId, chart.getVersion(), chart.getRows(), chart.getCols(), chart.getAisleList(), grid);
    }
}
