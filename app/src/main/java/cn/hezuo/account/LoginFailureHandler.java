package cn.hezuo.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.stereotype.Component;

/** Sends the login page a reason: wrong password, this account or this address locked until a time, or
 * a disabled account (only once the password was right). */
@Component
class LoginFailureHandler implements AuthenticationFailureHandler {

    private final Clock clock;

    LoginFailureHandler(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException exception) throws IOException {
        String target;
        if (exception instanceof ThrottledAuthenticationProvider.AddressLockedException locked) {
            target = "/login?addressLocked=" + URLEncoder.encode(locked.untilText(clock.getZone()), StandardCharsets.UTF_8);
        } else if (exception instanceof ThrottledAuthenticationProvider.ThrottleLockedException locked) {
            target = "/login?locked=" + URLEncoder.encode(locked.untilText(clock.getZone()), StandardCharsets.UTF_8);
        } else if (exception instanceof DisabledException) {
            target = "/login?disabled";
        } else {
            target = "/login?error";
        }
        response.sendRedirect(request.getContextPath() + target);
    }
}
