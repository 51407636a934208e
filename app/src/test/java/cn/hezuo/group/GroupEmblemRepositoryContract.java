package cn.hezuo.group;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.hezuo.school.SchoolClass;
import cn.hezuo.school.SchoolClassRepository;
import cn.hezuo.testsupport.MutableClock;
import java.sql.Connection;
import java.time.Duration;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the chosen group emblem and colour (V84) need from their database, the same on H2, PostgreSQL and MariaDB:
 * the choice and a Chinese group name round-trip; the unique index {@code ux_study_group_emblem (plan_id, emblem_no,
 * colour_no)} refuses two groups of one plan with the same pair (two teachers choosing at the same moment), while
 * groups left on the default (both null) are never refused, and the same pair in another plan is fine. Each test
 * makes its own draft plans dated long ago (never the class's active or latest plan).
 */
abstract class GroupEmblemRepositoryContract {

    @Autowired DataSource dataSource;
    @Autowired PlatformTransactionManager transactionManager;
    @Autowired GroupPlanRepository plans;
    @Autowired StudyGroupRepository groups;
    @Autowired SchoolClassRepository classes;
    @Autowired MutableClock clock;

    private SchoolClass schoolClass;

    abstract String expectedDatabaseProduct();

    @BeforeEach
    void demoClass() {
        schoolClass = classes.findAll().stream().filter(c -> c.getName().equals("八年级2班")).findFirst().orElseThrow();
    }

    @Test
    void runsOnItsDatabase() throws Exception {
        try (Connection c = dataSource.getConnection()) {
            assertThat(c.getMetaData().getDatabaseProductName()).isEqualTo(expectedDatabaseProduct());
        }
    }

    @Test
    void theChosenEmblemAndColourRoundTripAndBackToTheDefaultIsNull() {
        long plan = newPlan();
        StudyGroup saved = tx(() -> {
            StudyGroup g = new StudyGroup(plan, 1);
            g.setName("星火小组");
            g.chooseEmblem(7, 11);
            return groups.saveAndFlush(g);
        });
        StudyGroup read = groups.findById(saved.getId()).orElseThrow();
        assertThat(read.getName()).isEqualTo("星火小组");
        assertThat(read.getEmblemNo()).isEqualTo(7);
        assertThat(read.getColourNo()).isEqualTo(11);
        tx(() -> {
            groups.findById(saved.getId()).orElseThrow().chooseEmblem(null, null);
            return null;
        });
        StudyGroup reset = groups.findById(saved.getId()).orElseThrow();
        assertThat(reset.getEmblemNo()).isNull();
        assertThat(reset.getColourNo()).isNull();
        assertThat(reset.getVersion()).isEqualTo(read.getVersion() + 1);
    }

    @Test
    void twoGroupsOfOnePlanCannotShareEmblemAndColourEvenPastTheServiceCheck() {
        long plan = newPlan();
        group(plan, 1, 3, 5);
        assertThatThrownBy(() -> group(plan, 2, 3, 5)).isInstanceOf(DataIntegrityViolationException.class);
        // Same emblem with another colour, and the same pair in another plan, are different choices.
        group(plan, 3, 3, 6);
        group(newPlan(), 1, 3, 5);
        // Groups on the default (nulls) never collide with each other.
        group(plan, 4, null, null);
        group(plan, 5, null, null);
        assertThat(groups.findByPlanIdOrderByNumberAsc(plan)).extracting(StudyGroup::getNumber)
                .containsExactly(1, 3, 4, 5);
    }

    private StudyGroup group(long plan, int number, Integer emblem, Integer colour) {
        return tx(() -> {
            StudyGroup g = new StudyGroup(plan, number);
            g.chooseEmblem(emblem, colour);
            return groups.saveAndFlush(g);
        });
    }

    private long newPlan() {
        return tx(() -> plans.saveAndFlush(new GroupPlan(schoolClass.getSchoolId(), schoolClass.getId(),
                "徽章-" + UUID.randomUUID().toString().substring(0, 8), "{}", "{}", "head0802",
                clock.instant().minus(Duration.ofDays(3000)))).getId());
    }

    private <T> T tx(java.util.function.Supplier<T> work) {
        return new TransactionTemplate(transactionManager).execute(s -> work.get());
    }
}
