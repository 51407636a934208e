package cn.hezuo.demo;

import cn.hezuo.account.SampleLogins;
import java.util.List;
import org.springframework.stereotype.Component;

/** The demo school's logins, for the login page in demo mode. */
@Component
class DemoLogins implements SampleLogins {

    @Override
    public List<SampleLogin> logins() {
        return DemoSchool.LOGINS.stream()
                .map(l -> new SampleLogin(l.username(), l.password(), l.roleKey(), l.className())).toList();
    }
}
