package cn.hezuo.calling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.hezuo.school.SchoolClass;
import cn.hezuo.school.SchoolClassRepository;
import cn.hezuo.testsupport.MutableClock;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
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
 * What offline random calls (V85) need from their database, the same on H2, PostgreSQL and MariaDB: a call made in
 * the browser keeps the instant it was made (called_at, to the millisecond) and the instant it reached the server
 * (synced_at); a call drawn on the server has no synced_at; the fairness log orders by called_at, so a late-arriving
 * call sits where it was made; and the browser's request id replayed for the class is refused by
 * {@code uq_calling_draw_request} (a replay counts once).
 */
abstract class CallingOfflineRepositoryContract {

    @Autowired DataSource dataSource;
    @Autowired PlatformTransactionManager transactionManager;
    @Autowired CallingLessonRepository lessons;
    @Autowired CallingDrawRepository draws;
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
    void anOfflineCallKeepsWhenItWasMadeAndWhenItArrivedAndSortsWhereItWasMade() {
        // Far in the past, so no other test's calls fall in this window.
        Instant start = clock.instant().minus(Duration.ofDays(2000)).plusMillis(40);
        long lesson = tx(() -> lessons.saveAndFlush(new CallingLesson(schoolClass.getSchoolId(), schoolClass.getId(),
                FairnessWindow.LESSON, "王老师", start)).getId());
        long onServer = tx(() -> draws.saveAndFlush(new CallingDraw(schoolClass.getSchoolId(), schoolClass.getId(),
                lesson, UUID.randomUUID().toString(), CallingMode.NUMBER, 3, null, "王老师",
                start.plusSeconds(300))).getId());
        Instant madeAt = start.plusSeconds(120).plusMillis(333);
        Instant syncedAt = start.plusSeconds(900).plusMillis(17);
        String clientId = UUID.randomUUID().toString();
        long offline = tx(() -> {
            CallingDraw d = new CallingDraw(schoolClass.getSchoolId(), schoolClass.getId(), lesson, clientId,
                    CallingMode.STUDENT, null, null, "王老师", madeAt);
            d.receivedLater(syncedAt);
            return draws.saveAndFlush(d).getId();
        });

        CallingDraw read = draws.findByClassIdAndRequestId(schoolClass.getId(), clientId).orElseThrow();
        assertThat(read.getId()).isEqualTo(offline);
        assertThat(read.getCalledAt()).isEqualTo(madeAt);
        assertThat(read.getSyncedAt()).isEqualTo(syncedAt);
        assertThat(read.isMadeOffline()).isTrue();
        assertThat(read.getMode()).isEqualTo(CallingMode.STUDENT);
        assertThat(read.getGroupNo()).isNull();
        assertThat(read.getMemberNo()).isNull();
        assertThat(read.isPassed()).isFalse();
        assertThat(read.getCalledBy()).isEqualTo("王老师");
        CallingDraw server = draws.findById(onServer).orElseThrow();
        assertThat(server.getSyncedAt()).isNull();
        assertThat(server.isMadeOffline()).isFalse();

        List<Long> log = draws.findByClassIdAndCalledAtGreaterThanEqualOrderByCalledAtAscIdAsc(schoolClass.getId(),
                start).stream().filter(d -> d.getLessonId().equals(lesson)).map(CallingDraw::getId).toList();
        assertThat(log).containsExactly(offline, onServer);
    }

    @Test
    void aReplayedClientIdCountsOnceInItsClass() {
        Instant at = clock.instant().minus(Duration.ofDays(2100));
        long lesson = tx(() -> lessons.saveAndFlush(new CallingLesson(schoolClass.getSchoolId(), schoolClass.getId(),
                FairnessWindow.DAY, "王老师", at)).getId());
        String clientId = UUID.randomUUID().toString();
        offlineCall(lesson, clientId, at);
        assertThatThrownBy(() -> offlineCall(lesson, clientId, at.plusSeconds(5)))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThat(draws.findByClassIdAndRequestId(schoolClass.getId(), clientId).orElseThrow().getSyncedAt())
                .isEqualTo(at.plusSeconds(60));
    }

    private long offlineCall(long lesson, String clientId, Instant at) {
        return tx(() -> {
            CallingDraw d = new CallingDraw(schoolClass.getSchoolId(), schoolClass.getId(), lesson, clientId,
                    CallingMode.STUDENT, null, null, "王老师", at);
            d.receivedLater(at.plusSeconds(60));
            return draws.saveAndFlush(d).getId();
        });
    }

    private <T> T tx(java.util.function.Supplier<T> work) {
        return new TransactionTemplate(transactionManager).execute(s -> work.get());
    }
}
