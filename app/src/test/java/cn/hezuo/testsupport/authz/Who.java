package cn.hezuo.testsupport.authz;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * Who may call an endpoint, in terms every feature shares. "This class" is 七年级1班 ({@link AuthzFixture#thisClass()}).
 * A set that only one feature needs (who manages exams, the 数学 teachers, …) lives in that feature's rows class.
 */
public final class Who {

    public static final Set<Persona> EVERYONE = of(EnumSet.allOf(Persona.class));
    public static final Set<Persona> SIGNED_IN = of(EnumSet.complementOf(EnumSet.of(Persona.ANONYMOUS)));
    public static final Set<Persona> NOBODY = of(EnumSet.noneOf(Persona.class));
    public static final Set<Persona> ADMIN = of(EnumSet.of(Persona.ADMIN));
    public static final Set<Persona> TEACHERS = of(EnumSet.of(Persona.SUBJECT_TEACHER_OTHER_CLASS,
            Persona.HEAD_TEACHER_OTHER_CLASS, Persona.SUBJECT_TEACHER_THIS_CLASS, Persona.HEAD_TEACHER_THIS_CLASS));
    public static final Set<Persona> STUDENTS = of(EnumSet.of(Persona.STUDENT));
    /** A parent (of student 070101): only their own pages under /family; every other set leaves parents out. */
    public static final Set<Persona> PARENTS = of(EnumSet.of(Persona.PARENT));
    /** Who sees this class: the admin and its teachers. */
    public static final Set<Persona> CLASS_VIEWERS = of(EnumSet.of(Persona.ADMIN, Persona.HEAD_TEACHER_THIS_CLASS,
            Persona.SUBJECT_TEACHER_THIS_CLASS));
    /** Who manages this class: the admin and its head teacher. */
    public static final Set<Persona> CLASS_MANAGERS = of(EnumSet.of(Persona.ADMIN, Persona.HEAD_TEACHER_THIS_CLASS));

    private Who() {
    }

    /** An unmodifiable set of these personas. */
    public static Set<Persona> of(Persona first, Persona... rest) {
        return of(EnumSet.of(first, rest));
    }

    private static Set<Persona> of(EnumSet<Persona> personas) {
        return Collections.unmodifiableSet(personas);
    }
}
