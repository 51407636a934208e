package cn.hezuo.demo;

import java.util.List;

/**
 * The demo school's fixed facts: who can log in and with what. The README's demo-login table and the
 * login page (in demo mode) both show {@link #LOGINS}.
 */
public final class DemoSchool {

    public static final String SCHOOL_NAME = "合作实验中学";
    public static final String PASSWORD = "demo1234";
    public static final long SEED = 20260901L;

    /** One line of the demo-login table. {@code role} is a message key. */
    public record DemoLogin(String username, String password, String roleKey, String className) {
    }

    /** The classes: grade name, class names. Head teacher, math and English teacher per class. */
    static final List<String> GRADES = List.of("七年级", "八年级");
    static final int CLASSES_PER_GRADE = 3;

    public static final List<DemoLogin> LOGINS = buildLogins();

    private DemoSchool() {
    }

    static String className(int grade, int number) {
        return GRADES.get(grade) + number + "班";
    }

    /** 七年级 is grade code 07, so 七年级1班's head teacher is head0701. */
    static String gradeCode(int grade) {
        return String.format("%02d", grade + 7);
    }

    static String headUsername(int grade, int number) {
        return "head" + gradeCode(grade) + String.format("%02d", number);
    }

    static String mathUsername(int grade, int number) {
        return "math" + gradeCode(grade) + String.format("%02d", number);
    }

    static String englishUsername(int grade, int number) {
        return "eng" + gradeCode(grade) + String.format("%02d", number);
    }

    /** 学号: grade code, class number, seat number — 070103 is 七年级1班 student 3 (leading zero kept). */
    static String studentNo(int grade, int number, int seq) {
        return gradeCode(grade) + String.format("%02d%02d", number, seq);
    }

    private static List<DemoLogin> buildLogins() {
        List<DemoLogin> logins = new java.util.ArrayList<>();
        logins.add(new DemoLogin("admin", PASSWORD, "role.ADMIN", ""));
        for (int g = 0; g < GRADES.size(); g++) {
            for (int c = 1; c <= CLASSES_PER_GRADE; c++) {
                logins.add(new DemoLogin(headUsername(g, c), PASSWORD, "role.headTeacher", className(g, c)));
                logins.add(new DemoLogin(mathUsername(g, c), PASSWORD, "role.mathTeacher", className(g, c)));
                logins.add(new DemoLogin(englishUsername(g, c), PASSWORD, "role.englishTeacher", className(g, c)));
            }
        }
        logins.add(new DemoLogin(studentNo(0, 1, 1), PASSWORD, "role.STUDENT", className(0, 1)));
        logins.add(new DemoLogin(studentNo(0, 1, 2), PASSWORD, "role.STUDENT", className(0, 1)));
        logins.add(new DemoLogin("parent070101", PASSWORD, "role.PARENT", className(0, 1)));
        logins.add(new DemoLogin("parent070102", PASSWORD, "role.PARENT", className(0, 1) + "、" + className(0, 2)));
        return List.copyOf(logins);
    }
}
