package cn.hezuo.account;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed logins per (username, remote address) in the database, so every app node sees the
 * same counters. Five failures lock that username from that address for fifteen minutes; keying by
 * address too means a prankster elsewhere cannot lock a teacher out of the classroom.
 *
 * <p>Across usernames, an address with too many failures in a window (default 20 in 10 minutes) is refused
 * altogether for a while (default 15 minutes): password spraying tries one password on many usernames and never
 * trips the per-username lock. The address is the client's as Tomcat reports it, i.e. the forwarded one only when
 * the request came through a trusted proxy ({@code server.forward-headers-strategy: native}).
 */
@Component
public class LoginThrottle {

    static final int MAX_FAILURES = 5;
    static final Duration LOCK_TIME = Duration.ofMinutes(15);

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final int addressMaxFailures;
    private final Duration addressWindow;
    private final Duration addressLockTime;

    LoginThrottle(JdbcTemplate jdbc, Clock clock,
                  @Value("${hezuo.login.address-max-failures:20}") int addressMaxFailures,
                  @Value("${hezuo.login.address-window:10m}") Duration addressWindow,
                  @Value("${hezuo.login.address-lock-time:15m}") Duration addressLockTime) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.addressMaxFailures = addressMaxFailures;
        this.addressWindow = addressWindow;
        this.addressLockTime = addressLockTime;
    }

    /** When the address is refused altogether (too many failures across usernames), the instant that ends. */
    @Transactional(readOnly = true)
    public Optional<Instant> addressLockedUntil(String address) {
        return addressLock(address).filter(until -> until.isAfter(clock.instant()));
    }

    private Optional<Instant> addressLock(String address) {
        return jdbc.queryForList("select locked_until from login_address_lock where remote_address = ?",
                Timestamp.class, address).stream().map(Timestamp::toInstant).findFirst();
    }

    /** One more failure from the address, whatever the username; locks the address when there were too many. */
    private void recordAddressFailure(String address, Instant now) {
        jdbc.update("insert into login_address_failure (remote_address, failed_at) values (?, ?)", address,
                Timestamp.from(now));
        Optional<Instant> lastLock = addressLock(address);
        if (lastLock.filter(until -> until.isAfter(now)).isPresent()) {
            return;
        }
        // Failures before the end of an expired lock were paid for; count only those since.
        Instant since = now.minus(addressWindow);
        if (lastLock.isPresent() && lastLock.get().isAfter(since)) {
            since = lastLock.get();
        }
        Integer failures = jdbc.queryForObject(
                "select count(*) from login_address_failure where remote_address = ? and failed_at > ?",
                Integer.class, address, Timestamp.from(since));
        if (failures != null && failures >= addressMaxFailures) {
            Timestamp until = Timestamp.from(now.plus(addressLockTime));
            if (jdbc.update("update login_address_lock set locked_until = ? where remote_address = ?", until, address) == 0) {
                try {
                    jdbc.update("insert into login_address_lock (remote_address, locked_until) values (?, ?)", address, until);
                } catch (DuplicateKeyException raced) {
                    jdbc.update("update login_address_lock set locked_until = ? where remote_address = ?", until, address);
                }
            }
        }
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
        recordAddressFailure(address, now);
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
        jdbc.update("delete from login_address_failure where failed_at < ?", Timestamp.from(cutoff));
        jdbc.update("delete from login_address_lock where locked_until < ?", Timestamp.from(cutoff));
        return jdbc.update("delete from login_throttle where last_failure_at < ? and (locked_until is null or locked_until < ?)",
                Timestamp.from(cutoff), Timestamp.from(clock.instant()));
    }

    private static String key(String username) {
        String trimmed = username == null ? "" : username.trim();
        return trimmed.length() > 64 ? trimmed.substring(0, 64) : trimmed;
    }
}
