package cn.hezuo.account;

import java.util.Optional;

/**
 * Who holds an account of a role: the teacher or student record linked to it, looked up at login. Implemented by the
 * teacher and roster features, which depend on account; so account knows neither.
 */
public interface AccountLink {

    /** The record linked to an account; an inactive one (a student who left) cannot log in. */
    record Holder(long id, boolean active) {
    }

    Role role();

    Optional<Holder> holderOf(long accountId);
}
