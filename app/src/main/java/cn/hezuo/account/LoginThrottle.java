package cn.hezuo.account;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed logins per (username, remote address) in the database, so every app node sees the
 * same counters. Five failures lock that username from that address for fifteen minutes; keying by
 * address too means a prankster elsewhere cannot lock a teacher out of the classroom.
 */
@Component
public class LoginThrottle {

    static final int MAX_FAILURES = 5;
    static final Duration LOCK_TIME = Duration.ofMinutes(15);

    private final JdbcTemplate jdbc;
    private final Clock clock;

    LoginThrottle(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** When the pair is locked, the instant the lock ends. */
    @Transactional(readOnly = true)
    public Optional<Instant> lockedUntil(String username, String address) {
        List<Timestamp> rows = jdbc.queryForList(
                "select locked_until from login_throttle where username = ? and remote_address = ?",
                Timestamp.class, key(username), address);
        return rows.stream().filter(t -> t != null).map(Timestamp::toInstant)
                .filter(until -> until.isAfter(clock.instant())).findFirst();
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordFailure(String username, String address) {
        Instant now = clock.instant();
        String user = key(username);
        List<Integer> current = jdbc.queryForList(
                "select failures from login_throttle where username = ? and remote_address = ?",
                Integer.class, user, address);
        if (current.isEmpty()) {
            try {
                jdbc.update("insert into login_throttle (username, remote_address, failures, last_failure_at, locked_until)"
                        + " values (?, ?, 1, ?, null)", user, address, Timestamp.from(now));
                return;
            } catch (DuplicateKeyException raced) {
                // another node inserted first; fall through to the increment
            }
        }
        Optional<Instant> locked = lockedUntil(user, address);
        if (locked.isPresent()) {
            return;
        }
        // After an expired lock the count starts again from one.
        jdbc.update("update login_throttle set failures = case when locked_until is not null then 1 else failures + 1 end,"
                + " locked_until = null, last_failure_at = ? where username = ? and remote_address = ?",
                Timestamp.from(now), user, address);
        jdbc.update("update login_throttle set locked_until = ? where username = ? and remote_address = ? and failures >= ?",
                Timestamp.from(now.plus(LOCK_TIME)), user, address, MAX_FAILURES);
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordSuccess(String username, String address) {
        jdbc.update("delete from login_throttle where username = ? and remote_address = ?", key(username), address);
    }

    /** Forget rows nobody has touched for a day (run by a scheduled job). */
    @Transactional
    public int purgeStale() {
        Instant cutoff = clock.instant().minus(Duration.ofDays(1));
        return jdbc.update("delete from login_throttle where last_failure_at < ? and (locked_until is null or locked_until < ?)",
                Timestamp.from(cutoff), Timestamp.from(clock.instant()));
    }

    private static String key(String username) {
        String trimmed = username == null ? "" : username.trim();
        return trimmed.length() > 64 ? trimmed.substring(0, 64) : trimmed;
    }
}
