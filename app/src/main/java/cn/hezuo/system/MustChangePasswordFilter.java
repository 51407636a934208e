package cn.hezuo.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps a user whose password was issued by someone else (new account, reset) on the change-password
 * page until they choose their own; initial passwords travel on paper slips.
 */
@Component
class MustChangePasswordFilter extends OncePerRequestFilter {

    public static final String CHANGE_PASSWORD_PATH = "/account/password";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof SignedInUser user && user.mustChangePassword()
                && !isAllowedWhileChanging(request.getRequestURI().substring(request.getContextPath().length()))) {
            response.sendRedirect(request.getContextPath() + CHANGE_PASSWORD_PATH);
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean isAllowedWhileChanging(String path) {
        return path.equals(CHANGE_PASSWORD_PATH) || path.equals("/logout") || path.startsWith("/css/")
                || path.startsWith("/js/") || path.startsWith("/webjars/") || path.equals("/error");
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return true;
    }
}
