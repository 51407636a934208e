package cn.hezuo.account;

import java.util.List;

/**
 * Logins to print on the login page, in demo mode only. The demo module provides them; an interface so that the
 * account feature never depends on the demo.
 */
public interface SampleLogins {

    /** One line of the login table. {@code roleKey} is a message key. */
    record SampleLogin(String username, String password, String roleKey, String className) {
    }

    List<SampleLogin> logins();
}
