package cn.hezuo.mutualhelp.pairs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.hezuo.mutualhelp.People;
import cn.hezuo.school.SchoolClass;
import cn.hezuo.school.SchoolClassRepository;
import cn.hezuo.testsupport.MutableClock;
import java.sql.Connection;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What 帮扶对子 (V74) need from their database, the same on H2, PostgreSQL and MariaDB (each subclass picks one and
 * shares that database's one context): a pair and its check-ins round-trip with Chinese text, days and instants
 * (to the millisecond), ending a pair keeps it, check-ins come newest day first, and one request id per pair is one
 * check-in even past the service's own look-up.
 */
abstract class HelpPairsRepositoryContract {

    @Autowired DataSource dataSource;
    @Autowired PlatformTransactionManager transactionManager;
    @Autowired HelpPairRepository pairs;
    @Autowired PairCheckInRepository checkIns;
    @Autowired People people;
    @Autowired SchoolClassRepository classes;
    @Autowired MutableClock clock;

    private SchoolClass schoolClass;
    private long math;
    private List<Long> students;

    abstract String expectedDatabaseProduct();

    @BeforeEach
    void demoClass() {
        schoolClass = classes.findAll().stream().filter(c -> c.getName().equals("八年级2班")).findFirst().orElseThrow();
        math = people.subjects(schoolClass.getSchoolId()).stream().filter(s -> s.getName().equals("数学")).findFirst()
                .orElseThrow().getId();
        students = people.classNames(schoolClass.getId()).keySet().stream().sorted().limit(2).toList();
    }

    @Test
    void runsOnItsDatabase() throws Exception {
        try (Connection c = dataSource.getConnection()) {
            assertThat(c.getMetaData().getDatabaseProductName()).isEqualTo(expectedDatabaseProduct());
        }
    }

    @Test
    void aPairAndItsCheckInsRoundTripAndEndingThePairKeepsThem() {
        Instant created = clock.instant().plusMillis(250);
        HelpPair pair = newPair(created);
        HelpPair loaded = pairs.findById(pair.getId()).orElseThrow();
        assertThat(loaded.getStudentA()).isEqualTo(students.get(0));
        assertThat(loaded.getStudentB()).isEqualTo(students.get(1));
        assertThat(loaded.getGroupNo()).isEqualTo(3);
        assertThat(loaded.isActive()).isTrue();

        String content = "一元二次方程配方法".repeat(6) + "练习题目讲解订正"; // 62 characters: cut to the column's 60
        String sixty = content.substring(0, 60);
        LocalDate monday = LocalDate.of(2026, 11, 30);
        long older = checkIn(pair, monday, sixty, "讲了两道例题，他自己做对了第三道。", UUID.randomUUID().toString(),
                created.plusSeconds(60));
        long newer = checkIn(pair, monday.plusDays(2), "错题订正", null, UUID.randomUUID().toString(),
                created.plusSeconds(120));
        List<PairCheckIn> read = checkIns.findByPairIdOrderByOnDayDescIdDesc(pair.getId());
        assertThat(read).extracting(PairCheckIn::getId).containsExactly(newer, older);
        PairCheckIn first = read.get(1);
        assertThat(first.getContent()).isEqualTo(sixty).hasSize(60);
        assertThat(first.getNote()).isEqualTo("讲了两道例题，他自己做对了第三道。");
        assertThat(first.getOnDay()).isEqualTo(monday);
        assertThat(first.getCreatedAt()).isEqualTo(created.plusSeconds(60));
        assertThat(first.getStudentId()).isEqualTo(students.get(0));
        assertThat(read.get(0).getNote()).isNull();

        Instant ended = created.plusSeconds(3600).plusMillis(7);
        new TransactionTemplate(transactionManager).executeWithoutResult(s -> {
            HelpPair p = pairs.findById(pair.getId()).orElseThrow();
            p.end(ended);
        });
        HelpPair after = pairs.findById(pair.getId()).orElseThrow();
        assertThat(after.isActive()).isFalse();
        assertThat(after.getVersion()).isEqualTo(loaded.getVersion() + 1);
        assertThat(pairs.findByClassIdAndSubjectIdAndActiveTrueOrderByGroupNoAscIdAsc(schoolClass.getId(), math))
                .extracting(HelpPair::getId).doesNotContain(pair.getId());
        assertThat(checkIns.findByPairIdIn(List.of(pair.getId()))).hasSize(2);
    }

    @Test
    void oneRequestIdPerPairIsOneCheckInEvenPastTheServiceCheck() {
        HelpPair pair = newPair(clock.instant());
        String requestId = UUID.randomUUID().toString();
        LocalDate day = LocalDate.of(2026, 12, 1);
        checkIn(pair, day, "背单词", null, requestId, clock.instant());
        assertThatThrownBy(() -> checkIn(pair, day, "背单词", null, requestId, clock.instant()))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThat(checkIns.findByPairIdAndRequestId(pair.getId(), requestId)).isPresent();
        // The same request id on another pair is another check-in.
        HelpPair other = newPair(clock.instant());
        checkIn(other, day, "背单词", null, requestId, clock.instant());
        assertThat(checkIns.findByPairIdIn(List.of(pair.getId(), other.getId()))).hasSize(2);
    }

    private HelpPair newPair(Instant at) {
        return new TransactionTemplate(transactionManager).execute(s -> pairs.saveAndFlush(new HelpPair(
                schoolClass.getSchoolId(), schoolClass.getId(), math, null, 3, students.get(0), students.get(1),
                "head0802", at)));
    }

    private long checkIn(HelpPair pair, LocalDate day, String content, String note, String requestId, Instant at) {
        return new TransactionTemplate(transactionManager).execute(s -> checkIns.saveAndFlush(new PairCheckIn(pair,
                day, content, note, students.get(0), "student-" + students.get(0), requestId, at)).getId());
    }
}
