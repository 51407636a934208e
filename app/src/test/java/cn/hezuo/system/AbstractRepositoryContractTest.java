package cn.hezuo.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.hezuo.account.LoginThrottle;
import cn.hezuo.audit.AuditEntry;
import cn.hezuo.audit.AuditEntryRepository;
import cn.hezuo.audit.AuditText;
import cn.hezuo.audit.AuditTrail;
import cn.hezuo.demo.DemoSchool;
import cn.hezuo.roster.Gender;
import cn.hezuo.roster.RosterQuery;
import cn.hezuo.roster.RosterRow;
import cn.hezuo.roster.Student;
import cn.hezuo.roster.StudentRepository;
import cn.hezuo.school.Grade;
import cn.hezuo.school.GradeRepository;
import cn.hezuo.school.School;
import cn.hezuo.school.SchoolClass;
import cn.hezuo.school.SchoolClassRepository;
import cn.hezuo.school.SchoolRepository;
import cn.hezuo.testsupport.MutableClock;
import cn.hezuo.upload.StoredUpload;
import cn.hezuo.upload.UploadStore;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the app needs from its database, checked the same way on H2, PostgreSQL and MariaDB: each subclass
 * only picks the database. All tests of one subclass share one Spring context (one Flyway migration, one
 * demo-school load); tests that write get a school of their own, so they do not depend on each other.
 */
abstract class AbstractRepositoryContractTest {

    @Autowired
    Environment environment;
    @Autowired
    DataSource dataSource;
    @Autowired
    Flyway flyway;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactionManager;
    @Autowired
    MutableClock clock;
    @Autowired
    SchoolRepository schools;
    @Autowired
    GradeRepository grades;
    @Autowired
    SchoolClassRepository classes;
    @Autowired
    StudentRepository students;
    @Autowired
    AuditEntryRepository auditEntries;
    @Autowired
    AuditTrail audit;
    @Autowired
    LoginThrottle throttle;
    @Autowired
    UploadStore uploads;
    @Autowired
    RosterQuery rosterQuery;
    @Autowired
    LockProvider lockProvider;

    private TransactionTemplate tx;
    private long schoolId;
    private long classId;

    /** The product name the JDBC driver reports, proving the subclass really runs on its database. */
    abstract String expectedDatabaseProduct();

    @BeforeEach
    void schoolOfItsOwn() {
        tx = new TransactionTemplate(transactionManager);
        SchoolClass schoolClass = newSchoolWithOneClass();
        schoolId = schoolClass.getSchoolId();
        classId = schoolClass.getId();
    }

    @Test
    void contextStartsOnlyAfterFlywayMigratedAndHibernateValidatedTheSchema() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo(expectedDatabaseProduct());
        }
        // validate (never update) is what makes a started context prove the entities match the migration
        assertThat(environment.getProperty("spring.jpa.hibernate.ddl-auto")).isEqualTo("validate");
        MigrationInfo[] applied = flyway.info().applied();
        assertThat(applied).isNotEmpty().allSatisfy(m -> assertThat(m.getState().isFailed()).isFalse());
        assertThat(flyway.info().pending()).isEmpty();
    }

    @Test
    void demoSchoolHasSixClassesOfFortyToFiftyStudentsAndAnAccountForEveryone() {
        long demoId = demoSchoolId();
        List<SchoolClass> demoClasses = classes.findBySchoolIdOrderByGradeIdAscNameAsc(demoId);
        assertThat(demoClasses).extracting(SchoolClass::getName).containsExactlyInAnyOrder(
                "七年级1班", "七年级2班", "七年级3班", "八年级1班", "八年级2班", "八年级3班");
        long studentTotal = 0;
        for (SchoolClass c : demoClasses) {
            long size = students.countByClassIdAndActiveTrue(c.getId());
            assertThat(size).as(c.getName()).isBetween(40L, 50L);
            studentTotal += size;
        }
        Map<String, Long> accountsByRole = jdbc.queryForList(
                        "select role, count(*) as n from account where school_id = ? group by role", demoId).stream()
                .collect(Collectors.toMap(row -> (String) row.get("role"), row -> ((Number) row.get("n")).longValue()));
        // Three demo parents (issue 13): of 070101, of 070102 and 070205 (two classes), of 070103.
        assertThat(accountsByRole).containsExactlyInAnyOrderEntriesOf(Map.of(
                "ADMIN", 1L, "TEACHER", 18L, "STUDENT", studentTotal, "PARENT", 3L));
        assertThat(students.findBySchoolId(demoId)).allSatisfy(s -> assertThat(s.getAccountId()).isNotNull());
    }

    @Test
    void studentNumberKeepsItsLeadingZeros() {
        students.saveAndFlush(new Student(schoolId, classId, "000042", "林小雨", Gender.F));

        assertThat(students.findBySchoolIdAndStudentNo(schoolId, "000042"))
                .hasValueSatisfying(s -> assertThat(s.getStudentNo()).isEqualTo("000042"));
        assertThat(students.findBySchoolIdAndStudentNo(schoolId, "42")).isEmpty();
        // and the demo school's 学号 written by the loader: 七年级1班 seat 1
        assertThat(students.findBySchoolIdAndStudentNo(demoSchoolId(), "070101"))
                .hasValueSatisfying(s -> assertThat(s.getStudentNo()).isEqualTo("070101"));
    }

    @Test
    void sameStudentNumberTwiceInOneSchoolIsRejected() {
        students.saveAndFlush(new Student(schoolId, classId, "2024001", "张三", Gender.M));

        assertThatThrownBy(() -> students.saveAndFlush(new Student(schoolId, classId, "2024001", "李四", Gender.M)))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThat(students.findBySchoolIdAndStudentNo(schoolId, "2024001"))
                .hasValueSatisfying(s -> assertThat(s.getName()).isEqualTo("张三"));
    }

    @Test
    void sameStudentNumberInAnotherSchoolIsAllowed() {
        SchoolClass other = newSchoolWithOneClass();
        students.saveAndFlush(new Student(schoolId, classId, "2024001", "张三", Gender.M));

        students.saveAndFlush(new Student(other.getSchoolId(), other.getId(), "2024001", "李四", Gender.M));

        assertThat(students.findBySchoolIdAndStudentNo(other.getSchoolId(), "2024001")).isPresent();
    }

    @Test
    void secondOfTwoConcurrentEditsOfAStudentFailsAndTheFirstIsKept() {
        long id = students.saveAndFlush(new Student(schoolId, classId, "3001", "王浩", Gender.M)).getId();
        TransactionTemplate otherTeacher = new TransactionTemplate(transactionManager);
        otherTeacher.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);

        assertThatThrownBy(() -> tx.executeWithoutResult(status -> {
            Student mine = students.findById(id).orElseThrow();
            // meanwhile, in a transaction of its own, another teacher loads, edits and commits the same student
            otherTeacher.executeWithoutResult(s -> students.findById(id).orElseThrow().setNotes("另一位老师的备注"));
            mine.setNotes("我的备注");
            students.saveAndFlush(mine);
        })).isInstanceOf(ObjectOptimisticLockingFailureException.class);

        Student stored = students.findById(id).orElseThrow();
        assertThat(stored.getNotes()).isEqualTo("另一位老师的备注");
        assertThat(stored.getVersion()).isEqualTo(1);
    }

    @Test
    void auditLogPagesNewestFirstWithExactTimes() {
        Instant first = clock.instant();
        tx.executeWithoutResult(status -> {
            for (int i = 1; i <= 5; i++) {
                audit.record(schoolId, "tester", "UPDATE", "Student", i, AuditText.of("audit.msg.name", "change " + i));
                if (i < 4) {
                    clock.advance(Duration.ofSeconds(1)); // entries 4 and 5 share a second: the id breaks the tie
                }
            }
        });

        Page<AuditEntry> page1 = auditEntries.findBySchoolIdOrderByOccurredAtDescIdDesc(schoolId, PageRequest.of(0, 2));
        Page<AuditEntry> page2 = auditEntries.findBySchoolIdOrderByOccurredAtDescIdDesc(schoolId, PageRequest.of(1, 2));
        Page<AuditEntry> page3 = auditEntries.findBySchoolIdOrderByOccurredAtDescIdDesc(schoolId, PageRequest.of(2, 2));

        assertThat(page1.getTotalElements()).isEqualTo(5);
        assertThat(page1.getTotalPages()).isEqualTo(3);
        assertThat(page1.getContent()).extracting(AuditEntry::getSummary).containsExactly("change 5", "change 4");
        assertThat(page2.getContent()).extracting(AuditEntry::getSummary).containsExactly("change 3", "change 2");
        assertThat(page3.getContent()).extracting(AuditEntry::getSummary).containsExactly("change 1");
        // the instant comes back as written, whatever the column type and time zones
        assertThat(page3.getContent().get(0).getOccurredAt()).isEqualTo(first);
        assertThat(page1.getContent().get(0).getOccurredAt()).isEqualTo(first.plusSeconds(3));
    }

    @Test
    void fiveFailedLoginsLockTheUsernameFromThatAddressUntilASuccess() {
        String user = uniqueUsername();
        for (int i = 0; i < 4; i++) {
            throttle.recordFailure(user, "10.0.0.7");
        }
        assertThat(throttle.lockedUntil(user, "10.0.0.7")).isEmpty();

        throttle.recordFailure(user, "10.0.0.7");

        assertThat(throttle.lockedUntil(user, "10.0.0.7")).contains(clock.instant().plus(Duration.ofMinutes(15)));
        assertThat(throttle.lockedUntil(user, "10.0.0.8")).as("another address").isEmpty();
        throttle.recordSuccess(user, "10.0.0.7");
        assertThat(throttle.lockedUntil(user, "10.0.0.7")).isEmpty();
    }

    @Test
    void loginLockEndsAfterFifteenMinutesAndCountingStartsAgain() {
        String user = uniqueUsername();
        for (int i = 0; i < 5; i++) {
            throttle.recordFailure(user, "10.0.0.9");
        }
        assertThat(throttle.lockedUntil(user, "10.0.0.9")).isPresent();

        clock.advance(Duration.ofMinutes(15).plusSeconds(1));

        assertThat(throttle.lockedUntil(user, "10.0.0.9")).isEmpty();
        for (int i = 0; i < 4; i++) {
            throttle.recordFailure(user, "10.0.0.9");
        }
        assertThat(throttle.lockedUntil(user, "10.0.0.9")).as("four failures after the lock ended").isEmpty();
        throttle.recordFailure(user, "10.0.0.9");
        assertThat(throttle.lockedUntil(user, "10.0.0.9")).isPresent();
    }

    @Test
    void uploadKeepsOneMegabyteByteForByte() {
        byte[] content = new byte[1024 * 1024];
        new Random(42).nextBytes(content);

        String id = uploads.save(schoolId, "math0701", "roster-import", classId, "七年级1班名单.xlsx", content);
        Optional<StoredUpload> found = uploads.find(id, "math0701", "roster-import", classId);

        assertThat(found).isPresent();
        assertThat(found.get().filename()).isEqualTo("七年级1班名单.xlsx");
        assertThat(found.get().content()).hasSize(content.length);
        assertThat(Arrays.mismatch(found.get().content(), content)).as("index of the first differing byte").isEqualTo(-1);
        assertThat(uploads.find(id, "eng0701", "roster-import", classId)).as("another teacher's lookup").isEmpty();
    }

    @Test
    void rosterByNameIsInPinyinOrderWhateverTheDatabaseCollation() {
        // 学号 run against pinyin, and code point order (安 张 李 欧 白 赵 陈) is different again,
        // so neither ORDER BY student_no nor a binary or general collation can produce the expected list.
        List<String> pinyinOrder = List.of("安娜", "白雪", "陈晨", "李四", "欧阳娜娜", "张三", "赵六");
        for (int i = 0; i < pinyinOrder.size(); i++) {
            students.save(new Student(schoolId, classId, "P0" + (pinyinOrder.size() - i), pinyinOrder.get(i), Gender.F));
        }

        List<RosterRow> byName = rosterQuery.roster(classId, false, RosterQuery.SortOrder.NAME);
        List<RosterRow> byNumber = rosterQuery.roster(classId, false, RosterQuery.SortOrder.STUDENT_NO);

        assertThat(byName).extracting(row -> row.student().getName()).containsExactlyElementsOf(pinyinOrder);
        assertThat(byNumber).extracting(row -> row.student().getName())
                .containsExactly("赵六", "张三", "欧阳娜娜", "李四", "陈晨", "白雪", "安娜");
    }

    @Test
    void scheduledJobLockIsRefusedToASecondNodeWhileTheFirstHoldsIt() {
        String job = "contract-" + UUID.randomUUID().toString().substring(0, 8);

        Optional<SimpleLock> first = lockProvider.lock(lockFor(job));
        Optional<SimpleLock> second = lockProvider.lock(lockFor(job));

        assertThat(first).as("first lock").isPresent();
        assertThat(second).as("second lock while the first is held").isEmpty();
        first.get().unlock();
        Optional<SimpleLock> afterUnlock = lockProvider.lock(lockFor(job));
        assertThat(afterUnlock).as("lock after the first was released").isPresent();
        afterUnlock.get().unlock();
    }

    private static LockConfiguration lockFor(String job) {
        return new LockConfiguration(Instant.now(), job, Duration.ofMinutes(5), Duration.ZERO);
    }

    private long demoSchoolId() {
        return schools.findAll().stream().filter(s -> DemoSchool.SCHOOL_NAME.equals(s.getName()))
                .map(School::getId).findFirst().orElseThrow(() -> new AssertionError("demo school not loaded"));
    }

    private SchoolClass newSchoolWithOneClass() {
        return tx.execute(status -> {
            School school = schools.save(new School("契约测试学校 " + UUID.randomUUID().toString().substring(0, 8)));
            Grade grade = grades.save(new Grade(school.getId(), "七年级", 1));
            return classes.save(new SchoolClass(school.getId(), grade.getId(), "七年级1班", null));
        });
    }

    private static String uniqueUsername() {
        return "throttle-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
