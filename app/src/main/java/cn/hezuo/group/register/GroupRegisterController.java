package cn.hezuo.group.register;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.group.GroupPlan;
import cn.hezuo.group.StudyGroup;
import cn.hezuo.group.StudyGroupRepository;
import cn.hezuo.group.identity.MemberGoal;
import cn.hezuo.group.identity.MemberGoalRepository;
import cn.hezuo.group.roles.AssignedRole;
import cn.hezuo.group.roles.GroupLifeAccess;
import cn.hezuo.group.roles.GroupRoleQuery;
import cn.hezuo.group.roles.TermWeeks;
import cn.hezuo.group.roles.WeekRoles;
import cn.hezuo.roster.ExcelDownload;
import cn.hezuo.school.ClassAccess;
import cn.hezuo.school.SchoolClass;
import cn.hezuo.spreadsheet.XlsxSheetWriter;
import cn.hezuo.spreadsheet.XlsxWriter;
import cn.hezuo.teacher.Teacher;
import cn.hezuo.teacher.TeacherDirectory;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
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
    private final TermWeeks weeks;
    private final MessageSource messages;

    GroupRegisterController(ClassAccess access, GroupLifeAccess groupAccess, GroupRoleQuery roles,
                            StudyGroupRepository groups, MemberGoalRepository goals, TeacherDirectory teachers,
                            TermWeeks weeks, MessageSource messages) {
        this.access = access;
        this.groupAccess = groupAccess;
        this.roles = roles;
        this.groups = groups;
        this.goals = goals;
        this.teachers = teachers;
        this.weeks = weeks;
        this.messages = messages;
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
        Locale locale = LocaleContextHolder.getLocale();
        String title = msg("grouplife.register.heading", locale, register.className());
        try (XlsxWriter xlsx = new XlsxWriter()) {
            XlsxSheetWriter sheet = xlsx.sheet(register.className(), List.of(title)).mergeLastRow(5);
            sheet.row(msg("grouplife.register.class", locale, register.className()), null, null,
                    msg("grouplife.register.headTeacher", locale, register.headTeacher()));
            for (GroupRegister.Entry entry : register.groups()) {
                StudyGroup g = entry.group();
                sheet.row();
                sheet.row(msg("grouplife.group.title", locale, g.getNumber()), msg("grouplife.name", locale),
                        g.getName(), msg("grouplife.motto", locale), g.getMotto()).mergeLastRow(4, 5);
                sheet.row(msg("grouplife.register.goals", locale),
                        msg("grouplife.goal.midterm", locale) + "：" + goal(g.getGoalMidterm(), g.getGoalMidtermStatus(), locale),
                        null, msg("grouplife.goal.final", locale) + "：" + goal(g.getGoalFinal(), g.getGoalFinalStatus(), locale),
                        null, msg("grouplife.goal.year", locale) + "：" + goal(g.getGoalYear(), g.getGoalYearStatus(), locale));
                sheet.row(msg("grouplife.memberNo", locale), msg("grouplife.memberName", locale),
                        msg("grouplife.register.role", locale), msg("grouplife.goal.short", locale),
                        msg("grouplife.goal.long", locale));
                for (GroupRegister.Member m : entry.members()) {
                    sheet.row(m.memberNo(), m.name(), roleText(m.roles(), locale), m.shortTerm(), m.longTerm());
                }
            }
            return ExcelDownload.of(register.className() + "学习互助小组登记表.xlsx", xlsx.toBytes());
        }
    }

    private GroupRegister build(HezuoUser user, long classId) {
        SchoolClass schoolClass = access.requireView(user, classId);
        GroupPlan plan = groupAccess.activePlan(classId);
        int week = weeks.currentWeek(user.schoolId());
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

    private String roleText(List<AssignedRole> list, Locale locale) {
        if (list.isEmpty()) {
            return msg("grouplife.role.member", locale);
        }
        return list.stream().map(r -> r.messageKey() == null ? r.label() : msg(r.messageKey(), locale, r.label()))
                .collect(Collectors.joining("、"));
    }

    private String goal(String text, String status, Locale locale) {
        if (text == null) {
            return "";
        }
        return status == null ? text : text + "（" + msg("grouplife.goal.status." + status, locale) + "）";
    }

    private String msg(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }
}
