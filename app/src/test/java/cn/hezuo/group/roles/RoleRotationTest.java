package cn.hezuo.group.roles;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RoleRotationTest {

    private static final List<String> FIVE = List.of("组织者", "记录员", "汇报员", "总结员", "评价员");

    @Test
    void everyMemberHoldsEveryRoleExactlyOnceInACycleForEveryGroupSizeAndRoleCount() {
        for (int members = 1; members <= 10; members++) {
            for (int roleCount = 1; roleCount <= 8; roleCount++) {
                List<String> roles = new ArrayList<>();
                for (int r = 0; r < roleCount; r++) {
                    roles.add("角色" + r);
                }
                Map<String, Integer> held = new HashMap<>();
                int cycle = RoleRotation.cycleLength(members);
                for (int period = 0; period < cycle; period++) {
                    List<List<String>> assignment = RoleRotation.assign(members, roles, period);
                    // Each period: every role is held by exactly one member.
                    assertThat(assignment.stream().flatMap(List::stream).sorted().toList())
                            .isEqualTo(roles.stream().sorted().toList());
                    for (int m = 0; m < members; m++) {
                        for (String role : assignment.get(m)) {
                            held.merge(m + "/" + role, 1, Integer::sum);
                        }
                    }
                }
                for (int m = 0; m < members; m++) {
                    for (String role : roles) {
                        assertThat(held.get(m + "/" + role)).as("%d members, %d roles: member %d holds %s",
                                members, roleCount, m, role).isEqualTo(1);
                    }
                }
            }
        }
    }

    @Test
    void extraMembersArePlainMembersAndNobodyHoldsTwoRolesWhenThereAreEnoughMembers() {
        List<List<String>> six = RoleRotation.assign(6, FIVE, 0);
        assertThat(six).filteredOn(List::isEmpty).hasSize(1);
        assertThat(six).allMatch(roles -> roles.size() <= 1);
    }

    @Test
    void withFewerMembersThanRolesSomeoneHoldsTwoAndLoadsDifferByAtMostOne() {
        Random random = new Random(4);
        for (int run = 0; run < 200; run++) {
            int members = 1 + random.nextInt(4);
            int period = random.nextInt(50);
            List<List<String>> assignment = RoleRotation.assign(members, FIVE, period);
            int max = assignment.stream().mapToInt(List::size).max().orElseThrow();
            int min = assignment.stream().mapToInt(List::size).min().orElseThrow();
            assertThat(max - min).isLessThanOrEqualTo(1);
            assertThat(max).isEqualTo((FIVE.size() + members - 1) / members);
        }
    }

    @Test
    void consecutiveWeeksDifferWithAWeeklyPeriodAndPairsOfWeeksShareRolesWithATwoWeekPeriod() {
        assertThat(RoleRotation.assign(6, FIVE, RoleRotation.period(1, 1)))
                .isNotEqualTo(RoleRotation.assign(6, FIVE, RoleRotation.period(2, 1)));
        assertThat(RoleRotation.period(1, 2)).isEqualTo(RoleRotation.period(2, 2));
        assertThat(RoleRotation.period(3, 2)).isEqualTo(1);
        assertThat(RoleRotation.period(0, 1)).as("weeks before the term count as the first").isZero();
    }

    @Test
    void weekOneGivesTheFirstRoleToMemberNumberOne() {
        assertThat(RoleRotation.assign(6, FIVE, 0).get(0)).containsExactly("组织者");
        assertThat(RoleRotation.assign(6, FIVE, 1).get(0)).containsExactly("记录员");
    }
}
