package cn.hezuo.mutualhelp.questions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.hezuo.mutualhelp.People;
import cn.hezuo.school.SchoolClass;
import cn.hezuo.school.SchoolClassRepository;
import cn.hezuo.testsupport.MutableClock;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the pipeline needs from its database, the same on H2, PostgreSQL and MariaDB (each subclass picks one; the
 * configuration matches {@code AbstractRepositoryContractTest}, so the contexts are shared): V30 migrates and
 * validates, the demo seeds every stage, photos round-trip through bytea / longblob, the uniqueness that makes a
 * double submit one question holds, times keep their instant and lists come in a stated order.
 */
abstract class MutualHelpRepositoryContract {

    @Autowired DataSource dataSource;
    @Autowired PlatformTransactionManager transactionManager;
    @Autowired LessonRepository lessons;
    @Autowired QuestionRepository questions;
    @Autowired SubjectRepRepository reps;
    @Autowired AfterClassReflectionRepository reflections;
    @Autowired ReflectionAnswerRepository reflectionAnswers;
    @Autowired PhotoStore photos;
    @Autowired QuestionSeeds seeds;
    @Autowired cn.hezuo.mutualhelp.board.BoardSeeds boardSeeds;
    @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;
    @Autowired People people;
    @Autowired SchoolClassRepository classes;
    @Autowired MutableClock clock;

    private SchoolClass schoolClass;
    private long math;

    abstract String expectedDatabaseProduct();

    @BeforeEach
    void demoClass() {
        schoolClass = classes.findAll().stream().filter(c -> c.getName().equals("八年级2班")).findFirst().orElseThrow();
        math = people.subjects(schoolClass.getSchoolId()).stream().filter(s -> s.getName().equals("数学")).findFirst()
                .orElseThrow().getId();
    }

    @Test
    void runsOnItsDatabaseAndTheDemoSeededAPipelineAtEveryStage() throws Exception {
        try (Connection c = dataSource.getConnection()) {
            assertThat(c.getMetaData().getDatabaseProductName()).isEqualTo(expectedDatabaseProduct());
        }
        List<Lesson> seeded = lessons.findByClassIdOrderByLessonAtDescIdDesc(schoolClass.getId()).stream()
                .filter(l -> "system".equals(l.getCreatedBy())).toList();
        assertThat(seeded).hasSizeGreaterThanOrEqualTo(2);
        Lesson done = seeded.stream().filter(l -> l.getClassSubmittedAt() != null).findFirst().orElseThrow();
        List<Topics.Topic> topics = Topics.ranked(questions.findByLessonIdOrderByCreatedAtAscIdAsc(done.getId()));
        assertThat(topics).isNotEmpty().allSatisfy(t -> assertThat(t.root().getOutcome()).isNotNull());
        assertThat(topics.get(0).groups()).isGreaterThan(1);
        assertThat(reps.findByClassIdAndSubjectId(schoolClass.getId(), math)).isPresent();
        // 三思 on the finished lesson; what was unclear waits in the next one as REFLECTION questions.
        AfterClassReflection reflection = reflections.findByLessonId(done.getId()).orElseThrow();
        assertThat(reflectionAnswers.findByReflectionIdOrderByAnsweredAtAscIdAsc(reflection.getId())).isNotEmpty();
        assertThat(questions.findByLessonIdOrderByCreatedAtAscIdAsc(reflection.getNextLessonId()))
                .anyMatch(q -> q.getSource() == Question.Source.REFLECTION);
    }

    @Test
    void aPhotoRoundTripsByteForByte() throws Exception {
        byte[] jpeg = MutualHelpPrivacyTest.jpeg();
        String id = new TransactionTemplate(transactionManager).execute(s -> photos.save(schoolClass.getSchoolId(), jpeg));
        PhotoStore.StoredPhoto stored = photos.find(id, schoolClass.getSchoolId()).orElseThrow();
        assertThat(stored.contentType()).isEqualTo("image/jpeg");
        assertThat(PhotoStore.reencode(stored.bytes())).isPresent();
        assertThat(photos.find(id, schoolClass.getSchoolId() + 1)).isEmpty();
    }

    @Test
    void oneRequestIdPerStudentIsOneQuestionEvenPastTheServiceCheck() {
        long lessonId = seeds.lesson(schoolClass.getSchoolId(), schoolClass.getId(), math, "唯一性-" + UUID.randomUUID(),
                clock.instant().plus(Duration.ofDays(1)));
        long student = people.classNames(schoolClass.getId()).keySet().iterator().next();
        String requestId = UUID.randomUUID().toString();
        save(lessonId, student, requestId, clock.instant());
        assertThatThrownBy(() -> save(lessonId, student, requestId, clock.instant()))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void questionsComeInAskingOrderAndTimesKeepTheirInstant() {
        Instant lessonAt = clock.instant().plus(Duration.ofDays(3));
        long lessonId = seeds.lesson(schoolClass.getSchoolId(), schoolClass.getId(), math, "顺序-" + UUID.randomUUID(),
                lessonAt);
        assertThat(lessons.findById(lessonId).orElseThrow().getLessonAt()).isEqualTo(lessonAt);
        Map<Long, String> names = people.classNames(schoolClass.getId());
        List<Long> ids = names.keySet().stream().limit(3).toList();
        Instant t = clock.instant();
        long third = save(lessonId, ids.get(0), UUID.randomUUID().toString(), t.plusSeconds(20));
        long first = save(lessonId, ids.get(1), UUID.randomUUID().toString(), t);
        long second = save(lessonId, ids.get(2), UUID.randomUUID().toString(), t.plusSeconds(10));
        assertThat(questions.findByLessonIdOrderByCreatedAtAscIdAsc(lessonId)).extracting(Question::getId)
                .containsExactly(first, second, third);
    }

    @Test
    void theBoardMigratesTheDemoSeedsItAndItsKeysAndHoldTimesHold() {
        // V66 and the demo: every class's 数学 board with answers, one accepted, one homework question held.
        Integer seeded = jdbc.queryForObject("select count(*) from mh_board_question where class_id = ?", Integer.class,
                schoolClass.getId());
        assertThat(seeded).isGreaterThanOrEqualTo(5);
        assertThat(jdbc.queryForObject("select count(*) from mh_board_answer a join mh_board_question q"
                + " on q.id = a.question_id where q.class_id = ? and a.accepted = ?", Integer.class, schoolClass.getId(),
                true)).isEqualTo(1);
        Instant due = clock.instant().plus(Duration.ofDays(2));
        long homework = boardSeeds.homework(schoolClass.getSchoolId(), schoolClass.getId(), math, "契约作业", due);
        long student = people.classNames(schoolClass.getId()).keySet().iterator().next();
        long q = boardSeeds.question(math, student, "契约问题", null, homework, clock.instant());
        assertThat(jdbc.queryForObject("select held_until from mh_board_question where id = ?", java.sql.Timestamp.class,
                q).toInstant()).isEqualTo(due);
        // One “我也有这个问题” per question and student; one question per student and request id.
        long other = people.classNames(schoolClass.getId()).keySet().stream().skip(1).findFirst().orElseThrow();
        String insert = "insert into mh_board_me_too (id, school_id, question_id, student_id, created_at, version)"
                + " values (?, ?, ?, ?, ?, 0)";
        jdbc.update(insert, -q, schoolClass.getSchoolId(), q, other, java.sql.Timestamp.from(clock.instant()));
        assertThatThrownBy(() -> jdbc.update(insert, -q - 1, schoolClass.getSchoolId(), q, other,
                java.sql.Timestamp.from(clock.instant()))).isInstanceOf(DataIntegrityViolationException.class);
        String requestId = jdbc.queryForObject("select request_id from mh_board_question where id = ?", String.class, q);
        assertThatThrownBy(() -> jdbc.update("insert into mh_board_question (id, school_id, class_id, subject_id,"
                + " student_id, anonymous, request_id, body, hidden, pinned, me_too, answers, created_at, version)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0, ?, 0)", -q, schoolClass.getSchoolId(), schoolClass.getId(),
                math, student, false, requestId, "重复", false, false, java.sql.Timestamp.from(clock.instant())))
                .isInstanceOf(DataIntegrityViolationException.class);
        // The board page's order: pinned first, then newest.
        List<Long> page = jdbc.queryForList("select id from mh_board_question where class_id = ? and subject_id = ?"
                + " order by pinned desc, created_at desc, id desc", Long.class, schoolClass.getId(), math);
        assertThat(jdbc.queryForObject("select pinned from mh_board_question where id = ?", Boolean.class, page.get(0)))
                .isTrue();
    }

    private long save(long lessonId, long studentId, String requestId, Instant at) {
        return new TransactionTemplate(transactionManager).execute(s -> questions.saveAndFlush(new Question(
                schoolClass.getSchoolId(), lessonId, studentId, null, null, requestId, "问题", null, null,
                Question.Source.ASKED, at)).getId());
    }
}
