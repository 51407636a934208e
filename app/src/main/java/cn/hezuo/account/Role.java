package cn.hezuo.account;

/**
 * Account roles. "Head teacher" and "subject teacher" are not roles: a TEACHER's rights over a class
 * come from being its head teacher or from teaching a subject there (see {@link cn.hezuo.school.ClassAccess}).
 */
public enum Role {
    ADMIN, TEACHER, STUDENT;

    public String authority() {
        return "ROLE_" + name();
    }
}
