package cn.hezuo.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.hezuo.browser.pages.ClassRolesPage;
import cn.hezuo.browser.pages.GroupPlanPage;
import cn.hezuo.browser.pages.GroupingFormPage;
import cn.hezuo.browser.pages.LoginPage;
import cn.hezuo.browser.pages.SeatingPage;
import cn.hezuo.browser.pages.SeatingPrintPage;
import cn.hezuo.demo.DemoSchool;
import cn.hezuo.group.roles.RoleRotation;
import cn.hezuo.group.roles.RoleScheme;
import cn.hezuo.roster.Student;
import cn.hezuo.roster.StudentRepository;
import cn.hezuo.school.SchoolClass;
import cn.hezuo.school.SchoolClassRepository;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The head teacher of 八年级2班 (demo head0802, weekly rotating roles) regroups the class with a keep-apart pair, breaks
 * it by dragging, sees the warning, saves and activates anyway, reads the rotated roles of weeks 1 and 2 and prints the
 * seating chart.
 */
class GroupLifeFlowIT extends BrowserTest {

    @Autowired
    private SchoolClassRepository classes;

    @Autowired
    private StudentRepository students;

    @Test
    void formDragPastAKeepApartSaveActivateRotateRolesAndPrintTheSeatingChart() {
        SchoolClass schoolClass = classes.findAll().stream().filter(c -> c.getName().equals("八年级2班")).findFirst()
                .orElseThrow();
        List<Student> roster = students.findByClassIdAndActiveTrueOrderByStudentNoAsc(schoolClass.getId());
        long a = roster.get(0).getId();
        long b = roster.get(1).getId();
        LoginPage.open(browser).loginAs("head0802", DemoSchool.PASSWORD);

        GroupPlanPage plan = GroupingFormPage.open(browser, schoolClass.getId()).keepApart(a, b).run();
        assertThat(plan.showsBalanceChartSoon()).as("balance panel with chart and numbers").isTrue();
        assertThat(plan.groupOf(a)).as("the engine keeps the pair apart").isNotEqualTo(plan.groupOf(b));
        assertThat(plan.warnsThatARuleIsBroken()).isFalse();

        plan.dragStudentToGroup(b, plan.groupOf(a));
        assertThat(plan.groupOf(b)).isEqualTo(plan.groupOf(a));
        assertThat(plan.warnsThatARuleIsBroken()).as("keep-apart warning after the drag").isTrue();
        assertThat(plan.brokenRules()).isNotEmpty();

        GroupPlanPage saved = plan.save("浏览器测试分组" + uniqueSuffix()).activate();
        assertThat(saved.isActive()).isTrue();

        // Issue 11: numbers were drawn at random; the teacher swaps 1号 and 2号 of 第1组 by hand, then tries a duplicate.
        java.util.LinkedHashMap<Long, Integer> before = saved.memberNumbers(1);
        java.util.Map<Long, Integer> swapped = new java.util.HashMap<>();
        before.forEach((id, no) -> swapped.put(id, no == 1 ? 2 : no == 2 ? 1 : no));
        saved = saved.renumber(1, swapped);
        assertThat(saved.renumberError()).isEmpty();
        assertThat(saved.memberNumbers(1)).containsAllEntriesOf(swapped);
        java.util.Map<Long, Integer> duplicate = new java.util.HashMap<>();
        before.keySet().forEach(id -> duplicate.put(id, 1));
        saved = saved.renumber(1, duplicate);
        assertThat(saved.renumberError()).contains("第1组").contains("不能重复");
        assertThat(saved.memberNumbers(1)).containsAllEntriesOf(swapped);

        List<String> week1 = ClassRolesPage.open(browser, schoolClass.getId(), 1).rolesOfGroup(1);
        ClassRolesPage week2Page = ClassRolesPage.open(browser, schoolClass.getId(), 2);
        List<String> week2 = week2Page.rolesOfGroup(1);
        assertThat(week1).isEqualTo(expected(week1.size(), 0)).isNotEqualTo(week2);
        assertThat(week2).isEqualTo(expected(week2.size(), 1));

        SeatingPage seating = week2Page.openSeating().generate();
        assertThat(seating.seatedStudents()).isEqualTo(roster.size());
        SeatingPrintPage print = seating.openPrintView();
        assertThat(print.names()).hasSize(roster.size()).contains(roster.get(0).getName());
        assertThat(print.printPageSize()).containsIgnoringCase("A4").contains("landscape");
    }

    /** What the rotation gives each member of a group in a period, as the page shows it. */
    private static List<String> expected(int members, int period) {
        return RoleRotation.assign(members, RoleScheme.DEFAULT_ROLES, period).stream()
                .map(roles -> roles.isEmpty() ? "组员" : String.join("、", roles)).toList();
    }
}
