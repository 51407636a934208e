package cn.hezuo.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.hezuo.roster.Gender;
import cn.hezuo.roster.RosterService;
import cn.hezuo.roster.Student;
import cn.hezuo.roster.StudentAccounts;
import cn.hezuo.roster.StudentForm;
import cn.hezuo.school.SchoolClass;
import cn.hezuo.school.SchoolClassRepository;
import cn.hezuo.school.SchoolSetupService;
import cn.hezuo.teacher.TeacherRepository;
import cn.hezuo.teacher.TeacherService;
import cn.hezuo.testsupport.HezuoTest;
import jakarta.servlet.http.Cookie;
import java.security.SecureRandom;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A stolen session must not outlive the password: two real sessions (Spring Session cookies, like two browsers) are
 * signed in as the same account; changing the password in one ends the other, and a reset by the head teacher or
 * admin, or deactivating the account, ends them all.
 */
@HezuoTest
class SessionsEndWithThePasswordTest {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired TeacherService teacherService;
    @Autowired TeacherRepository teachers;
    @Autowired SchoolSetupService setup;
    @Autowired SchoolClassRepository classes;
    @Autowired RosterService roster;
    @Autowired StudentAccounts studentAccounts;
    @Autowired TransactionTemplate tx;

    private HezuoUser admin;
    private String suffix;

    @BeforeEach
    void names() {
        admin = (HezuoUser) users.loadUserByUsername("admin");
        suffix = Integer.toString(100_000 + RANDOM.nextInt(900_000));
    }

    @Test
    void changingOwnPasswordEndsTheOtherSessionButKeepsThisOne() throws Exception {
        IssuedPassword teacher = newTeacher();
        Cookie mine = login(teacher.username(), teacher.password());
        Cookie stolen = login(teacher.username(), teacher.password());
        assertThat(signedIn(mine)).isTrue();
        assertThat(signedIn(stolen)).isTrue();

        mvc.perform(post("/account/password").cookie(mine).with(csrf())
                        .param("currentPassword", teacher.password()).param("newPassword", "hezuo" + suffix + "x")
                        .param("confirmPassword", "hezuo" + suffix + "x"))
                .andExpect(redirectedUrl("/"));

        assertThat(signedIn(stolen)).as("the other session after the password change").isFalse();
        mvc.perform(get("/account/password").cookie(stolen)).andExpect(redirectedUrl("http://localhost/login"));
        assertThat(signedIn(mine)).as("the session that changed the password").isTrue();
    }

    @Test
    void headTeachersResetOfAStudentsPasswordEndsAllOfTheStudentsSessions() throws Exception {
        ClassWithStudent setting = classWithStudentAccount();
        Cookie first = login(setting.studentNo(), setting.studentPassword());
        Cookie second = login(setting.studentNo(), setting.studentPassword());
        assertThat(signedIn(first)).isTrue();
        assertThat(signedIn(second)).isTrue();

        mvc.perform(post("/students/" + setting.student().getId() + "/reset-password")
                        .with(user(setting.head())).with(csrf()))
                .andExpect(status().isOk());

        assertThat(signedIn(first)).isFalse();
        assertThat(signedIn(second)).isFalse();
    }

    @Test
    void adminsResetOfATeachersPasswordEndsAllOfTheTeachersSessions() throws Exception {
        IssuedPassword teacher = newTeacher();
        Cookie session = login(teacher.username(), teacher.password());
        assertThat(signedIn(session)).isTrue();

        mvc.perform(post("/admin/teachers/" + teacherId(teacher) + "/reset-password").with(user(admin)).with(csrf()))
                .andExpect(status().isOk());

        assertThat(signedIn(session)).isFalse();
    }

    @Test
    void deactivatingAStudentEndsTheStudentsSessions() throws Exception {
        ClassWithStudent setting = classWithStudentAccount();
        Cookie session = login(setting.studentNo(), setting.studentPassword());
        assertThat(signedIn(session)).isTrue();

        mvc.perform(post("/students/" + setting.student().getId() + "/active").param("active", "false")
                        .with(user(setting.head())).with(csrf()))
                .andExpect(redirectedUrl("/classes/" + setting.student().getClassId() + "?inactive=true"));

        assertThat(signedIn(session)).isFalse();
    }

    @Test
    void deactivatingATeacherEndsTheTeachersSessions() throws Exception {
        IssuedPassword teacher = newTeacher();
        Cookie first = login(teacher.username(), teacher.password());
        Cookie second = login(teacher.username(), teacher.password());

        mvc.perform(post("/admin/teachers/" + teacherId(teacher) + "/active").param("active", "false")
                        .with(user(admin)).with(csrf()))
                .andExpect(redirectedUrl("/admin/teachers/" + teacherId(teacher)));

        assertThat(signedIn(first)).isFalse();
        assertThat(signedIn(second)).isFalse();
    }

    private IssuedPassword newTeacher() {
        return teacherService.create(admin.schoolId(), "会话老师" + suffix, null, null, "sess-" + suffix);
    }

    private long teacherId(IssuedPassword teacher) {
        return teachers.findByAccountId(teacher.accountId()).orElseThrow().getId();
    }

    private record ClassWithStudent(HezuoUser head, Student student, String studentNo, String studentPassword) {
    }

    /** A fresh class headed by a fresh teacher, with one student who has a login. */
    private ClassWithStudent classWithStudentAccount() {
        IssuedPassword headLogin = newTeacher();
        // The head teacher has chosen a password already (no must-change redirect).
        HezuoUser fresh = (HezuoUser) users.loadUserByUsername(headLogin.username());
        HezuoUser head = fresh.withPasswordChanged(fresh.passwordHash());
        SchoolClass any = classes.findAll().get(0);
        SchoolClass schoolClass = tx.execute(s -> setup.createClass(admin.schoolId(), any.getGradeId(),
                "会话测试" + suffix + "班", head.teacherId()));
        String studentNo = "S" + suffix;
        Student student = roster.add(head, schoolClass.getId(),
                new StudentForm(studentNo, "会话学生", Gender.F, "", "", null), Map.of());
        StudentAccounts.Result accounts = studentAccounts.createForClass(head, schoolClass.getId());
        assertThat(accounts.issued()).hasSize(1);
        return new ClassWithStudent(head, student, studentNo, accounts.issued().get(0).password());
    }

    /** Signs in through the login form; the SESSION cookie is the whole session, as in a browser. */
    private Cookie login(String username, String password) throws Exception {
        MvcResult result = mvc.perform(post("/login").param("username", username).param("password", password)
                        .with(csrf()))
                .andExpect(redirectedUrl("/")).andReturn();
        Cookie session = result.getResponse().getCookie("SESSION");
        assertThat(session).as("SESSION cookie after login").isNotNull();
        return session;
    }

    /** The change-password page answers every signed-in user, even one who must change the password first. */
    private boolean signedIn(Cookie session) throws Exception {
        return mvc.perform(get("/account/password").cookie(session)).andReturn().getResponse().getStatus() == 200;
    }
}
