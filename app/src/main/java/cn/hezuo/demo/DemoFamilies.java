package cn.hezuo.demo;

import cn.hezuo.account.AccountSeeds;
import cn.hezuo.account.Role;
import cn.hezuo.family.FamilySeeds;
import cn.hezuo.roster.Student;
import cn.hezuo.roster.StudentDirectory;
import cn.hezuo.school.ClassDirectory;
import cn.hezuo.school.SchoolClass;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * 家长 in the demo school: parent070101 (王… 家长 of 070101), parent070102 with two children in different classes
 * (070102 in 七年级1班 and 070205 in 七年级2班), parent070103, and a couple of class notices.
 */
@Component
class DemoFamilies {

    private final AccountSeeds accounts;
    private final FamilySeeds families;
    private final StudentDirectory students;
    private final ClassDirectory classes;
    private final Clock clock;

    DemoFamilies(AccountSeeds accounts, FamilySeeds families, StudentDirectory students, ClassDirectory classes,
                 Clock clock) {
        this.accounts = accounts;
        this.families = families;
        this.students = students;
        this.classes = classes;
        this.clock = clock;
    }

    void load(long schoolId, String passwordHash) {
        Map<String, SchoolClass> byName = new HashMap<>();
        classes.ofSchool(schoolId).forEach(c -> byName.put(c.getName(), c));
        SchoolClass first = byName.get(DemoSchool.className(0, 1));
        SchoolClass second = byName.get(DemoSchool.className(0, 2));
        Map<String, Student> byNo = new HashMap<>();
        for (SchoolClass c : List.of(first, second)) {
            students.activeOfClass(c.getId()).forEach(s -> byNo.put(s.getStudentNo(), s));
        }
        parent(schoolId, "parent070101", passwordHash, byNo.get("070101"));
        parent(schoolId, "parent070102", passwordHash, byNo.get("070102"), byNo.get("070205"));
        parent(schoolId, "parent070103", passwordHash, byNo.get("070103"));
        String head = DemoSchool.headUsername(0, 1);
        families.notice(schoolId, first.getId(), "下周一家长会", "下周一下午 4 点在本班教室召开家长会，"
                + "主要交流小组合作学习的情况，请家长准时参加。", head, clock.instant().minus(Duration.ofDays(2)));
        families.notice(schoolId, first.getId(), "本周小组之星", "本周各小组合作探究表现很好，"
                + "请家长在家多鼓励孩子在小组里发言、帮助组员。", head, clock.instant().minus(Duration.ofHours(3)));
        families.notice(schoolId, second.getId(), "秋季运动会报名", "运动会将于下月举行，请孩子在周五前向班长报名项目。",
                DemoSchool.headUsername(0, 2), clock.instant().minus(Duration.ofDays(1)));
    }

    private void parent(long schoolId, String username, String passwordHash, Student... children) {
        String name = children[0].getName() + "家长";
        long accountId = accounts.account(schoolId, username, Role.PARENT, name, passwordHash).getId();
        families.parent(schoolId, accountId, name, java.util.Arrays.stream(children).map(Student::getId).toList());
    }
}
