package cn.hezuo.account;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Username/password check that first refuses a (username, address) pair locked by {@link LoginThrottle},
 * and records each failure and success.
 */
class ThrottledAuthenticationProvider extends DaoAuthenticationProvider {

    static final DateTimeFormatter LOCK_TIME_FORMAT = DateTimeFormatter.ofPattern("HH:mm");

    private final LoginThrottle throttle;

    ThrottledAuthenticationProvider(UserDetailsService users, PasswordEncoder encoder, LoginThrottle throttle) {
        super(encoder);
        setUserDetailsService(users);
        this.throttle = throttle;
        // A deactivated account answers like a wrong password until the password was right (otherwise the message
        // tells a guesser which usernames exist), and its wrong passwords count like any other.
        setPreAuthenticationChecks(user -> { });
        setPostAuthenticationChecks(user -> {
            if (!user.isEnabled()) {
                throw new DisabledException("disabled");
            }
        });
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String username = String.valueOf(authentication.getPrincipal());
        String address = remoteAddress(authentication);
        Optional<Instant> addressLocked = throttle.addressLockedUntil(address);
        if (addressLocked.isPresent()) {
            throw new AddressLockedException(addressLocked.get());
        }
        Optional<Instant> lockedUntil = throttle.lockedUntil(username, address);
        if (lockedUntil.isPresent()) {
            throw new ThrottleLockedException(lockedUntil.get());
        }
        try {
            Authentication result = super.authenticate(authentication);
            throttle.recordSuccess(username, address);
            return result;
        } catch (BadCredentialsException e) {
            throttle.recordFailure(username, address);
            Optional<Instant> addressNowLocked = throttle.addressLockedUntil(address);
            if (addressNowLocked.isPresent()) {
                throw new AddressLockedException(addressNowLocked.get());
            }
            Optional<Instant> nowLocked = throttle.lockedUntil(username, address);
            if (nowLocked.isPresent()) {
                throw new ThrottleLockedException(nowLocked.get());
            }
            throw e;
        }
    }

    private static String remoteAddress(Authentication authentication) {
        if (authentication.getDetails() instanceof WebAuthenticationDetails details && details.getRemoteAddress() != null) {
            return details.getRemoteAddress();
        }
        return "unknown";
    }

    /** Carries the end of the lock so the login page can say until when. */
    static class ThrottleLockedException extends LockedException {
        private final Instant until;

        ThrottleLockedException(Instant until) {
            this("locked until " + until, until);
        }

        ThrottleLockedException(String message, Instant until) {
            super(message);
            this.until = until;
        }

        String untilText(ZoneId zone) {
            return LOCK_TIME_FORMAT.format(until.atZone(zone));
        }
    }

    /** The address is refused altogether: too many failed logins from it across usernames. */
    static class AddressLockedException extends ThrottleLockedException {
        AddressLockedException(Instant until) {
            super("address locked until " + until, until);
        }
    }
}
