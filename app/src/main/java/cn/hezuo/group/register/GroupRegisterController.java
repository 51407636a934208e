package cn.hezuo.group.register;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.group.GroupPlan;
import cn.hezuo.group.StudyGroupRepository;
import cn.hezuo.group.identity.MemberGoal;
import cn.hezuo.group.identity.MemberGoalRepository;
import cn.hezuo.group.roles.GroupLifeAccess;
import cn.hezuo.group.roles.GroupRoleQuery;
import cn.hezuo.group.roles.WeekRoles;
import cn.hezuo.school.ClassAccess;
import cn.hezuo.school.SchoolCalendar;
import cn.hezuo.school.SchoolClass;
import cn.hezuo.teacher.Teacher;
import cn.hezuo.teacher.TeacherDirectory;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The printable 学习互助小组登记表 and its .xlsx export, laid out the way a head teacher makes it by hand. */
@Controller
class GroupRegisterController {

    private final ClassAccess access;
    private final GroupLifeAccess groupAccess;
    private final GroupRoleQuery roles;
    private final StudyGroupRepository groups;
    private final MemberGoalRepository goals;
    private final TeacherDirectory teachers;
    private final SchoolCalendar calendar;
    private final GroupRegisterExport export;

    GroupRegisterController(ClassAccess access, GroupLifeAccess groupAccess, GroupRoleQuery roles,
                            StudyGroupRepository groups, MemberGoalRepository goals, TeacherDirectory teachers,
                            SchoolCalendar calendar, GroupRegisterExport export) {
        this.access = access;
        this.groupAccess = groupAccess;
        this.roles = roles;
        this.groups = groups;
        this.goals = goals;
        this.teachers = teachers;
        this.calendar = calendar;
        this.export = export;
    }

    @GetMapping("/classes/{classId}/register")
    @Transactional(readOnly = true)
    public String print(@AuthenticationPrincipal HezuoUser user, @PathVariable long classId, Model model) {
        model.addAttribute("register", build(user, classId));
        model.addAttribute("classId", classId);
        return "group/life/register";
    }

    @GetMapping("/classes/{classId}/register/export")
    @Transactional(readOnly = true)
    public ResponseEntity<byte[]> export(@AuthenticationPrincipal HezuoUser user, @PathVariable long classId) {
        GroupRegister register = build(user, classId);
        return export.of(register, LocaleContextHolder.getLocale());
    }

    private GroupRegister build(HezuoUser user, long classId) {
        SchoolClass schoolClass = access.requireView(user, classId);
        GroupPlan plan = groupAccess.activePlan(classId);
        int week = calendar.currentWeek(user.schoolId());
        WeekRoles weekRoles = roles.rolesForWeek(plan, week);
        Map<Long, MemberGoal> goalOf = new HashMap<>();
        goals.findByPlanIdOrderByIdAsc(plan.getId()).forEach(g -> goalOf.put(g.getStudentId(), g));
        List<GroupRegister.Entry> entries = groups.findByPlanIdOrderByNumberAsc(plan.getId()).stream()
                .map(g -> new GroupRegister.Entry(g, weekRoles.group(g.getId()).stream().map(m -> {
                    MemberGoal goal = goalOf.get(m.studentId());
                    return new GroupRegister.Member(m.memberNo(), m.name(), m.roles(),
                            goal == null ? null : goal.getShortTerm(), goal == null ? null : goal.getLongTerm());
                }).toList())).toList();
        String head = schoolClass.getHeadTeacherId() == null ? ""
                : teachers.find(schoolClass.getHeadTeacherId()).map(Teacher::getName).orElse("");
        return new GroupRegister(schoolClass.getName(), head, week, entries);
    }
}
