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

    private long save(long lessonId, long studentId, String requestId, Instant at) {
        return new TransactionTemplate(transactionManager).execute(s -> questions.saveAndFlush(new Question(
                schoolClass.getSchoolId(), lessonId, studentId, null, null, requestId, "问题", null, null,
                Question.Source.ASKED, at)).getId());
    }
}
