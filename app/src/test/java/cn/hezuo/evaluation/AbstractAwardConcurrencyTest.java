package cn.hezuo.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.school.SchoolClass;
import cn.hezuo.school.SchoolClassRepository;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Two teachers award the same group at the same moment, 1,000 times each, from two threads (two
 * sessions): the running total is exact, on every database. Same context configuration as the repository
 * contract tests, so a full run shares their contexts (one migration, one demo load per database).
 */
abstract class AbstractAwardConcurrencyTest {

    private static final int AWARDS_PER_TEACHER = 1_000;

    @Autowired AwardService awards;
    @Autowired EvaluationItemService itemService;
    @Autowired EvalItemRepository items;
    @Autowired ClassGroupsQuery groupsQuery;
    @Autowired SchoolClassRepository classes;
    @Autowired UserDetailsService users;
    @Autowired JdbcTemplate jdbc;

    @Test
    void twoTeachersAwardingOneGroupAtTheSameMomentLoseNothing() throws Exception {
        SchoolClass schoolClass = classes.findAll().stream().filter(c -> c.getName().equals("八年级3班"))
                .findFirst().orElseThrow();
        itemService.createDefaults(schoolClass.getSchoolId(), schoolClass.getId(), schoolClass.getName(), Locale.SIMPLIFIED_CHINESE);
        EvalItem item = items.findByClassIdAndRetiredFalseOrderBySortOrderAscIdAsc(schoolClass.getId()).stream()
                .filter(i -> i.getPoints() == 1).findFirst().orElseThrow();
        ClassGroups.Group group = groupsQuery.of(schoolClass.getId()).groups().get(0);
        // A member award too (bundled: it also counts for the group), so student rows are contended as well.
        long member = group.members().get(0).studentId();
        int groupBefore = total("eval_group_total", "group_id", group.id());
        int memberBefore = total("eval_student_total", "student_id", member);

        List<HezuoUser> teachers = List.of((HezuoUser) users.loadUserByUsername("head0803"),
                (HezuoUser) users.loadUserByUsername("math0803"));
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(teachers.size());
        try {
            List<Future<Integer>> done = new ArrayList<>();
            for (HezuoUser teacher : teachers) {
                done.add(pool.submit(() -> {
                    SecurityContextHolder.getContext().setAuthentication(
                            new UsernamePasswordAuthenticationToken(teacher, null, teacher.getAuthorities()));
                    start.await();
                    for (int i = 0; i < AWARDS_PER_TEACHER; i++) {
                        AwardRequest request = i % 2 == 0
                                ? new AwardRequest(UUID.randomUUID().toString(), item.getId(), AwardTarget.GROUP,
                                        group.id(), null)
                                : new AwardRequest(UUID.randomUUID().toString(), item.getId(), AwardTarget.STUDENTS,
                                        null, List.of(member));
                        awards.award(teacher, schoolClass.getId(), request);
                    }
                    SecurityContextHolder.clearContext();
                    return AWARDS_PER_TEACHER;
                }));
            }
            start.countDown();
            for (Future<Integer> f : done) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }

        int awarded = teachers.size() * AWARDS_PER_TEACHER;
        assertThat(total("eval_group_total", "group_id", group.id())).isEqualTo(groupBefore + awarded);
        assertThat(total("eval_student_total", "student_id", member)).isEqualTo(memberBefore + awarded / 2);
        Integer fromRows = jdbc.queryForObject("select coalesce(sum(p.points), 0) from eval_point p "
                + "where p.group_id = ? and p.undone = false", Integer.class, group.id());
        assertThat(fromRows).as("running total equals the sum of the point rows").isEqualTo(groupBefore + awarded);
    }

    private int total(String table, String column, long id) {
        List<Integer> rows = jdbc.queryForList("select points from " + table + " where " + column + " = ?",
                Integer.class, id);
        return rows.isEmpty() ? 0 : rows.get(0);
    }
}
