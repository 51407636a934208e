package cn.hezuo.account;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.crypto.password.PasswordEncoder;

@Configuration
class AuthenticationConfig {

    @Bean
    AuthenticationProvider throttledAuthenticationProvider(AccountUserDetailsService users, PasswordEncoder encoder,
                                                           LoginThrottle throttle) {
        return new ThrottledAuthenticationProvider(users, encoder, throttle);
    }
}
