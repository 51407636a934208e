package cn.hezuo.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ThrowawayDatabaseTest {

    private static final Instant NOW = Instant.parse("2026-11-22T12:00:00Z");

    @Test
    void nameIsLowerCaseWithTheUtcCreationTimeAndFitsEveryServersLimit() {
        String name = ThrowawayDatabase.newName(NOW);

        assertThat(name).matches("hezuo_t_20261122120000_[0-9a-z]{8}").hasSizeLessThanOrEqualTo(63);
        assertThat(ThrowawayDatabase.newName(NOW)).isNotEqualTo(name);
    }

    @Test
    void onlyThrowawayDatabasesOlderThanTheLeftoverAgeCountAsLeftovers() {
        String old = ThrowawayDatabase.newName(NOW.minus(ThrowawayDatabase.LEFTOVER_AGE).minus(Duration.ofMinutes(1)));
        String running = ThrowawayDatabase.newName(NOW.minus(Duration.ofMinutes(20)));

        assertThat(ThrowawayDatabase.isLeftover(old, NOW)).isTrue();
        assertThat(ThrowawayDatabase.isLeftover(running, NOW)).isFalse();
        assertThat(ThrowawayDatabase.isLeftover("hezuo", NOW)).as("a real database").isFalse();
        assertThat(ThrowawayDatabase.isLeftover("hezuo_t_notadate_abc", NOW)).isFalse();
        assertThat(ThrowawayDatabase.isLeftover("hezuo_t_20261399000000_abc", NOW)).as("impossible date").isFalse();
    }

    @Test
    void databaseUrlReplacesTheAdminDatabaseAndKeepsParameters() {
        assertThat(ThrowawayDatabase.withDatabase("jdbc:postgresql://127.0.0.1:5432/postgres", "x"))
                .isEqualTo("jdbc:postgresql://127.0.0.1:5432/x");
        assertThat(ThrowawayDatabase.withDatabase("jdbc:postgresql://db:5433/postgres?sslmode=disable", "x"))
                .isEqualTo("jdbc:postgresql://db:5433/x?sslmode=disable");
        assertThat(ThrowawayDatabase.withDatabase("jdbc:mariadb://127.0.0.1:3306/", "x"))
                .isEqualTo("jdbc:mariadb://127.0.0.1:3306/x");
        assertThat(ThrowawayDatabase.withDatabase("jdbc:mariadb://127.0.0.1:3306", "x"))
                .isEqualTo("jdbc:mariadb://127.0.0.1:3306/x");
        assertThat(ThrowawayDatabase.withDatabase("jdbc:mariadb://h:3306?connectTimeout=1000", "x"))
                .isEqualTo("jdbc:mariadb://h:3306/x?connectTimeout=1000");
    }
}
