package cn.hezuo.family;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.hezuo.roster.StudentDirectory;
import cn.hezuo.school.SchoolClass;
import cn.hezuo.school.SchoolClassRepository;
import cn.hezuo.testsupport.MutableClock;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What revoking invitation codes and editing class notices (V86) need from their database, the same on H2,
 * PostgreSQL and MariaDB: revoked_at / revoked_by and edited_at / edited_by round-trip (instants to the
 * millisecond), a revoked code leaves the class's list of open codes, a code hash is one code, and a notice keeps a
 * full-length Chinese body through an edit that counts a version.
 */
abstract class FamilyRevokeAndEditRepositoryContract {

    @Autowired DataSource dataSource;
    @Autowired PlatformTransactionManager transactionManager;
    @Autowired FamilyCodeRepository codes;
    @Autowired FamilyNoticeRepository notices;
    @Autowired StudentDirectory students;
    @Autowired SchoolClassRepository classes;
    @Autowired MutableClock clock;

    private SchoolClass schoolClass;
    private long student;

    abstract String expectedDatabaseProduct();

    @BeforeEach
    void demoClass() {
        schoolClass = classes.findAll().stream().filter(c -> c.getName().equals("八年级2班")).findFirst().orElseThrow();
        student = students.activeOfClass(schoolClass.getId()).get(0).getId();
    }

    @Test
    void runsOnItsDatabase() throws Exception {
        try (Connection c = dataSource.getConnection()) {
            assertThat(c.getMetaData().getDatabaseProductName()).isEqualTo(expectedDatabaseProduct());
        }
    }

    @Test
    void aRevokedCodeKeepsWhenAndByWhomAndLeavesTheOpenCodes() {
        Instant now = clock.instant();
        FamilyCode kept = code(now);
        FamilyCode revoked = code(now);
        Instant at = now.plusSeconds(30).plusMillis(456);
        tx(() -> {
            codes.findByIdAndClassId(revoked.getId(), schoolClass.getId()).orElseThrow().revoke("head0802", at);
            return null;
        });
        FamilyCode read = codes.findById(revoked.getId()).orElseThrow();
        assertThat(read.getRevokedAt()).isEqualTo(at);
        assertThat(read.getUsedAt()).isNull();
        assertThat(read.getExpiresAt()).isEqualTo(now.plus(Duration.ofDays(7)));
        assertThat(read.getVersion()).isEqualTo(revoked.getVersion() + 1);
        assertThat(jdbcRevokedBy(revoked.getId())).isEqualTo("head0802");
        assertThat(codes.findByClassIdAndUsedAtIsNullAndRevokedAtIsNullAndExpiresAtAfterOrderByIdAsc(
                schoolClass.getId(), now)).extracting(FamilyCode::getId).contains(kept.getId())
                .doesNotContain(revoked.getId());
        assertThat(codes.findById(kept.getId()).orElseThrow().getRevokedAt()).isNull();
    }

    @Test
    void aCodeHashIsOneCode() {
        String hash = hash();
        code(clock.instant(), hash);
        assertThatThrownBy(() -> code(clock.instant(), hash)).isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void anEditedNoticeKeepsItsFullChineseBodyAndWhenAndByWhomItChanged() {
        Instant posted = clock.instant().plusMillis(90);
        String body = "本周五下午三点召开家长会，请各位家长准时参加。".repeat(100).substring(0, 2000);
        FamilyNotice saved = tx(() -> notices.saveAndFlush(new FamilyNotice(schoolClass.getSchoolId(),
                schoolClass.getId(), "家长会通知", body, "head0802", posted)));
        FamilyNotice read = notices.findByIdAndClassId(saved.getId(), schoolClass.getId()).orElseThrow();
        assertThat(read.getBody()).isEqualTo(body).hasSize(2000);
        assertThat(read.getTitle()).isEqualTo("家长会通知");
        assertThat(read.getPostedAt()).isEqualTo(posted);
        assertThat(read.getEditedAt()).isNull();

        Instant edited = posted.plusSeconds(600).plusMillis(1);
        tx(() -> {
            notices.findById(saved.getId()).orElseThrow().edit("家长会时间改为周六上午", "改到周六上午九点。", "head0802",
                    edited);
            return null;
        });
        FamilyNotice after = notices.findById(saved.getId()).orElseThrow();
        assertThat(after.getTitle()).isEqualTo("家长会时间改为周六上午");
        assertThat(after.getBody()).isEqualTo("改到周六上午九点。");
        assertThat(after.getPostedAt()).isEqualTo(posted);
        assertThat(after.getEditedAt()).isEqualTo(edited);
        assertThat(after.getVersion()).isEqualTo(read.getVersion() + 1);
    }

    private String jdbcRevokedBy(long codeId) {
        return new org.springframework.jdbc.core.JdbcTemplate(dataSource)
                .queryForObject("select revoked_by from family_code where id = ?", String.class, codeId);
    }

    private FamilyCode code(Instant at) {
        return code(at, hash());
    }

    private FamilyCode code(Instant at, String hash) {
        return tx(() -> codes.saveAndFlush(new FamilyCode(schoolClass.getSchoolId(), schoolClass.getId(), student,
                hash, "head0802", at, at.plus(Duration.ofDays(7)))));
    }

    private static String hash() {
        return (UUID.randomUUID().toString() + UUID.randomUUID()).replace("-", "");
    }

    private <T> T tx(java.util.function.Supplier<T> work) {
        return new TransactionTemplate(transactionManager).execute(s -> work.get());
    }
}
