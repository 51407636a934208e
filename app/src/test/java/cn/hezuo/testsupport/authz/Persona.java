package cn.hezuo.testsupport.authz;

/** Who is asking: the demo school's people, as {@code AuthorizationTest} calls every endpoint. */
public enum Persona {
    ANONYMOUS(null), STUDENT("070101"), SUBJECT_TEACHER_OTHER_CLASS("math0702"),
    HEAD_TEACHER_OTHER_CLASS("head0702"), SUBJECT_TEACHER_THIS_CLASS("math0701"),
    HEAD_TEACHER_THIS_CLASS("head0701"), ADMIN("admin"),
    /** The demo parent of student 070101 (and of no other child): parents see only {@code /family} pages. */
    PARENT("parent070101");

    private final String username;

    Persona(String username) {
        this.username = username;
    }

    /** The demo account, or null for {@link #ANONYMOUS}. */
    public String username() {
        return username;
    }
}
