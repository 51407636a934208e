package cn.hezuo.account;

/**
 * Account roles. "Head teacher" and "subject teacher" are not roles: a TEACHER's rights over a class
 * come from being its head teacher or from teaching a subject there (see {@link cn.hezuo.school.ClassAccess}).
 * A PARENT (家长) sees only their own children's pages under {@code /family} (the family feature links the account to
 * the children); the security configuration keeps parents out of every other page.
 */
public enum Role {
    ADMIN, TEACHER, STUDENT, PARENT;

    public String authority() {
        return "ROLE_" + name();
    }
}
