package cn.hezuo.roster;

import cn.hezuo.system.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A student. The 学号 is a string (leading zeros matter) and unique within the school, so imports
 * and exam scores join on it, never on the name.
 */
@Entity
@Table(name = "student")
public class Student extends BaseEntity {

    @Column(name = "school_id", nullable = false)
    private Long schoolId;

    @Column(name = "class_id", nullable = false)
    private Long classId;

    @Column(name = "student_no", nullable = false, length = 32)
    private String studentNo;

    @Column(nullable = false, length = 50)
    private String name;

    // The column is varchar(1); Hibernate would expect char(1) for a one-letter enum and PostgreSQL's
    // schema validation refuses the difference.
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 1)
    private Gender gender;

    @Column(length = 8)
    private String personality;

    @Column(length = 500)
    private String notes;

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "account_id")
    private Long accountId;

    protected Student() {
    }

    public Student(Long schoolId, Long classId, String studentNo, String name, Gender gender) {
        this.schoolId = schoolId;
        this.classId = classId;
        this.studentNo = studentNo;
        this.name = name;
        this.gender = gender;
    }

    public Long getSchoolId() {
        return schoolId;
    }

    public Long getClassId() {
        return classId;
    }

    public void moveTo(Long classId) {
        this.classId = classId;
    }

    public String getStudentNo() {
        return studentNo;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Gender getGender() {
        return gender;
    }

    public void setGender(Gender gender) {
        this.gender = gender;
    }

    public String getPersonality() {
        return personality;
    }

    public void setPersonality(String personality) {
        this.personality = personality;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public Long getAccountId() {
        return accountId;
    }

    public void setAccountId(Long accountId) {
        this.accountId = accountId;
    }
}
