package cn.hezuo.research.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.research.listen.ListenService;
import cn.hezuo.research.group.ResearchAccess;
import cn.hezuo.research.group.ResearchGroup;
import cn.hezuo.school.SchoolClass;
import cn.hezuo.school.SchoolSetupService;
import cn.hezuo.school.SchoolTerm;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Random;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * What teaching research needs from each database, the same on H2, PostgreSQL and MariaDB (each subclass picks one):
 * V20/V21 migrate; the listen-record unique key refuses a duplicate the service did not see; the grouped count
 * query; an attachment's bytes (bytea/longblob, id from the shared sequence) and an activity's time come back exactly.
 * Same configuration as the main repository contract, so a run shares its contexts.
 */
abstract class AbstractResearchRepositoryTest {

    @Autowired DataSource dataSource;
    @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;
    @Autowired ListenService listen;
    @Autowired CalendarService calendar;
    @Autowired ActivityService activities;
    @Autowired ResearchAccess access;
    @Autowired ResearchTerms terms;
    @Autowired SchoolSetupService school;
    @Autowired UserDetailsService users;

    abstract String expectedDatabaseProduct();

    private HezuoUser user(String username) {
        return (HezuoUser) users.loadUserByUsername(username);
    }

    @Test
    void runsOnTheExpectedDatabaseWithTheDemoResearchGroups() throws Exception {
        try (var connection = dataSource.getConnection()) {
            assertThat(connection.getMetaData().getDatabaseProductName()).containsIgnoringCase(expectedDatabaseProduct());
        }
        assertThat(access.visibleGroups(user("admin"))).extracting(ResearchGroup::getName)
                .contains("数学教研组", "语文教研组", "七年级数学备课组", "八年级语文备课组");
    }

    @Autowired cn.hezuo.research.review.ReviewService reviews;
    @Autowired cn.hezuo.research.rubric.ScoringService scoring;
    @Autowired cn.hezuo.research.rubric.RubricScores rubricScores;

    /** Issue 15 (V50/V51): the demo review round migrated and drawn here, and a decimal score (numeric 6,1) kept exactly. */
    @Test
    void theDemoReviewRoundIsStoredAndADecimalScoreComesBackExactly() {
        HezuoUser admin = user("admin");
        var round = reviews.visibleRounds(admin).stream().filter(r -> r.getName().equals("本学期研修组间互评"))
                .findFirst().orElseThrow();
        var pairs = reviews.assignments(round.getId());
        assertThat(pairs).hasSize(access.activeGroupsOfSchool(admin.schoolId()).size() * round.getReviewsPerGroup());
        long mathGroup = access.visibleGroups(admin).stream().filter(g -> g.getName().equals("数学教研组"))
                .findFirst().orElseThrow().getId();
        var mine = pairs.stream().filter(a -> a.getReviewerGroupId() == mathGroup).findFirst().orElseThrow();
        java.util.Map<Long, String> raw = new java.util.LinkedHashMap<>();
        var items = rubricScores.of(admin.schoolId(), "REVIEW", mine.getId());
        var rubric = items.isEmpty() ? null : items.get(0);
        long firstItem = rubric != null ? rubric.items().get(0).itemId() : -1;
        scoring.own(user("math0701"), "REVIEW", mine.getId(), round.getRubricId());
        for (var s : rubricScores.of(admin.schoolId(), "REVIEW", mine.getId()).get(0).items()) {
            raw.put(s.itemId(), s.itemId() == firstItem ? "8.5" : "7");
        }
        scoring.score(user("math0701"), "REVIEW", mine.getId(), round.getRubricId(), raw, "有层次", null);
        assertThat(scoring.own(user("math0701"), "REVIEW", mine.getId(), round.getRubricId()).scores().get(firstItem))
                .isEqualByComparingTo("8.5");
    }

    @Autowired cn.hezuo.research.observation.ObservationService observations;
    @Autowired cn.hezuo.research.observation.ObservationFigures observationFigures;

    /**
     * 观课 (V57): the demo's taps were written by the JDBC batch and read back into the document's figures; the key
     * (lesson, client event id) refuses a second row the service did not check; a resent batch stores nothing.
     */
    @Test
    void observationTapsAreStoredOnceAndReadBackIntoTheDemoFigures() {
        HezuoUser admin = user("admin");
        List<cn.hezuo.research.observation.ObservationFigures.Figures> rows =
                observationFigures.experimentLessons(admin.schoolId());
        assertThat(rows).extracting(cn.hezuo.research.observation.ObservationFigures.Figures::distinctSpeakers)
                .containsExactly(23, 16);
        assertThat(rows.get(1).lectureMinutes()).isEqualTo(22.0);
        long lessonId = rows.get(0).lessonId();
        String insert = "insert into research_obs_event (lesson_id, client_event_id, observer_id, kind, at_ms,"
                + " received_at) values (?, ?, ?, 'NOTE', 0, ?)";
        Long observerId = jdbc.queryForObject("select min(observer_id) from research_obs_event where lesson_id = ?",
                Long.class, lessonId);
        String id = "contract-" + new Random().nextInt(1_000_000);
        java.sql.Timestamp now = java.sql.Timestamp.from(Instant.now());
        jdbc.update(insert, lessonId, id, observerId, now);
        assertThatThrownBy(() -> jdbc.update(insert, lessonId, id, observerId, now))
                .isInstanceOf(DataIntegrityViolationException.class);
        HezuoUser observer = users.loadUserByUsername("math0702") instanceof HezuoUser u ? u : null;
        List<cn.hezuo.research.observation.EventIn> batch = List.of(new cn.hezuo.research.observation.EventIn(
                "e-a-1", "START", null, 0L, null, null, null, null, null, null));
        assertThat(observations.sync(observer, lessonId, batch).duplicates()).containsExactly("e-a-1");
    }

    @Test
    void theUniqueKeyRefusesADuplicateListenRecordTheServiceDidNotCheck() {
        HezuoUser observer = user("eng0801");
        SchoolTerm term = terms.term(observer.schoolId(), null);
        SchoolClass schoolClass = school.classes(observer.schoolId()).get(0);
        long subject = school.subjects(observer.schoolId()).get(0).getId();
        int period = 1 + new Random().nextInt(12);
        java.sql.Date day = java.sql.Date.valueOf(term.startDate().plusDays(new Random().nextInt(20)));
        String insert = "insert into research_listen (id, school_id, term_id, observer_id, class_id, subject_id,"
                + " lesson_date, period, topic, created_at, version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)";
        java.sql.Timestamp now = java.sql.Timestamp.from(Instant.now());
        long id = 900_000_000L + new Random().nextInt(1_000_000) * 2L;
        jdbc.update(insert, id, observer.schoolId(), term.id(), observer.teacherId(), schoolClass.getId(), subject,
                day, period, "唯一键", now);
        assertThatThrownBy(() -> jdbc.update(insert, id + 1, observer.schoolId(), term.id(), observer.teacherId(),
                schoolClass.getId(), subject, day, period, "唯一键", now))
                .isInstanceOf(DataIntegrityViolationException.class);
        jdbc.update("delete from research_listen where id = ?", id);
    }

    @Test
    void countsPerObserverComeFromOneGroupedQuery() {
        HezuoUser admin = user("admin");
        SchoolTerm term = terms.term(admin.schoolId(), null);
        List<Long> math = List.of(user("math0701").teacherId(), user("math0702").teacherId());
        var counts = listen.counts(term.id(), math);
        assertThat(counts).containsOnlyKeys(math);
        Integer direct = jdbc.queryForObject("select count(*) from research_listen where term_id = ? and observer_id = ?",
                Integer.class, term.id(), math.get(0));
        assertThat(counts.get(math.get(0))).isEqualTo(direct).isPositive();
    }

    @Test
    void anAttachmentAndAnActivityTimeComeBackExactly() {
        HezuoUser leader = user("math0701");
        ResearchGroup group = access.visibleGroups(leader).stream().filter(g -> g.getName().equals("数学教研组"))
                .findFirst().orElseThrow();
        SchoolTerm term = terms.term(leader.schoolId(), null);
        ResearchActivity activity = calendar.createActivity(leader, group.getId(), term, new ActivityForm(
                term.startDate(), LocalTime.of(15, 45), "录播室", ActivityKind.SALON, null, "数据库往返", -1));
        byte[] png = new byte[70_000];
        new Random(7).nextBytes(png);
        png[0] = (byte) 0x89; png[1] = 'P'; png[2] = 'N'; png[3] = 'G';
        long id = activities.attach(leader, activity.getId(), AttachmentKind.PHOTO, "活动照片.png", png);
        assertThat(activities.download(leader, activity.getId(), id).content()).isEqualTo(png);
        assertThat(calendar.activities(group.getId(), term.id())).filteredOn(a -> a.getId().equals(activity.getId()))
                .singleElement().satisfies(a -> assertThat(a.getStartTime()).isEqualTo(LocalTime.of(15, 45)));
    }

    @Autowired cn.hezuo.research.lessonstudy.CaseService lessonStudyCases;
    @Autowired cn.hezuo.research.lessonstudy.DraftService lessonStudyDrafts;
    @Autowired cn.hezuo.research.lessonstudy.LessonStudyCases lessonStudyQuery;

    /** V53 on each database: a draft's UTF-8 text (with a character outside the BMP) and a video's bytes round-trip. */
    @Test
    void aLessonStudyDraftsTextAndAVideosBytesComeBackExactly() {
        HezuoUser leader = user("math0701");
        ResearchGroup group = access.visibleGroups(leader).stream().filter(g -> g.getName().equals("数学教研组"))
                .findFirst().orElseThrow();
        long caseId = lessonStudyCases.create(leader, group.getId(), new cn.hezuo.research.lessonstudy.CaseForm(
                "数据库往返", user("math0702").teacherId(), group.getSubjectId(), null, null, "往返课题" + System.nanoTime(),
                null, 0)).getId();
        String text = "# 标题\n第一段 Latin words 𠀀\n| 甲 | 乙 |\n";
        var draft = lessonStudyDrafts.write(leader, caseId, text, "说明");
        byte[] body = jdbc.queryForObject("select body from research_ls_draft_text where draft_id = ?", byte[].class,
                draft.getId());
        assertThat(new String(body, java.nio.charset.StandardCharsets.UTF_8)).isEqualTo(text);
        byte[] video = new byte[300_000];
        new Random(15).nextBytes(video);
        System.arraycopy(new byte[] {0, 0, 0, 0x18, 'f', 't', 'y', 'p'}, 0, video, 0, 8);
        long stepId = lessonStudyCases.steps(leader, caseId).get(9).getId();
        long fileId = lessonStudyCases.attach(leader, caseId, stepId, cn.hezuo.research.lessonstudy.FileKind.VIDEO,
                "第二次上课.mp4", video);
        // V81: the video is in the file store, the row keeps its path and no bytes
        assertThat(jdbc.queryForObject("select content from research_ls_file where id = ?", byte[].class, fileId))
                .isEmpty();
        String stored = jdbc.queryForObject("select stored_path from research_ls_file where id = ?", String.class,
                fileId);
        assertThat(stored).endsWith("/" + caseId + "/" + fileId + ".bin");
        assertThat(jdbc.queryForObject("select size_bytes from research_ls_file where id = ?", Long.class, fileId))
                .isEqualTo(300_000L);
        assertThat(lessonStudyQuery.pairs(user("admin"))).isNotEmpty();
    }
}
