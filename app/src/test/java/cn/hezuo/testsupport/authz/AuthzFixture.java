package cn.hezuo.testsupport.authz;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.roster.Student;
import cn.hezuo.roster.StudentRepository;
import cn.hezuo.school.SchoolClass;
import cn.hezuo.school.SchoolClassRepository;
import cn.hezuo.school.SubjectRepository;
import cn.hezuo.teacher.Teacher;
import cn.hezuo.teacher.TeacherRepository;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The demo school as the authorization table sees it: "this class" 七年级1班 (the student 070101's, taught by
 * math0701 and led by head0701), "another class" 七年级2班 (math0702, head0702) and a spare class 八年级3班 that
 * admin rows may change, plus lookups and a counter for unique names. One fixture per test method of
 * {@code AuthorizationTest}, shared by every feature's {@link EndpointRows}.
 */
public class AuthzFixture {

    private final SchoolClassRepository classes;
    private final StudentRepository students;
    private final TeacherRepository teachers;
    private final SubjectRepository subjects;
    private final UserDetailsService users;
    private final SchoolClass thisClass;
    private final SchoolClass otherClass;
    private final SchoolClass spareClass;
    private final AtomicInteger unique = new AtomicInteger();

    public AuthzFixture(SchoolClassRepository classes, StudentRepository students, TeacherRepository teachers,
                        SubjectRepository subjects, UserDetailsService users) {
        this.classes = classes;
        this.students = students;
        this.teachers = teachers;
        this.subjects = subjects;
        this.users = users;
        this.thisClass = classByName("七年级1班");
        this.otherClass = classByName("七年级2班");
        this.spareClass = classByName("八年级3班");
    }

    /** 七年级1班: the class of the student 070101, math0701 and head0701. */
    public SchoolClass thisClass() {
        return thisClass;
    }

    /** 七年级2班: the class of math0702 and head0702. */
    public SchoolClass otherClass() {
        return otherClass;
    }

    /** 八年级3班: a class none of the personas teaches, for the admin's class and teacher pages to change. */
    public SchoolClass spareClass() {
        return spareClass;
    }

    /** The id of {@link #thisClass()}. */
    public long classId() {
        return thisClass.getId();
    }

    /** The demo school. */
    public long schoolId() {
        return thisClass.getSchoolId();
    }

    /** A number not handed out before by this fixture, for unique names. */
    public String next() {
        return String.valueOf(unique.incrementAndGet());
    }

    /** The signed-in user of a demo account ("admin", "head0701", "070101"). */
    public HezuoUser user(String username) {
        return (HezuoUser) users.loadUserByUsername(username);
    }

    /** A student of the demo school by 学号. */
    public Student student(String studentNo) {
        return students.findAll().stream().filter(s -> s.getStudentNo().equals(studentNo)).findFirst().orElseThrow();
    }

    /** The teacher behind a demo account ("eng0803"). */
    public Teacher teacher(String username) {
        return teachers.findByAccountId(user(username).accountId()).orElseThrow();
    }

    /** The id of the demo school's subject with this name ("数学"). */
    public long subject(String name) {
        return subjects.findBySchoolIdOrderBySortOrderAscIdAsc(schoolId()).stream()
                .filter(s -> s.getName().equals(name)).findFirst().orElseThrow().getId();
    }

    private SchoolClass classByName(String name) {
        return classes.findAll().stream().filter(c -> c.getName().equals(name)).findFirst().orElseThrow();
    }
}
