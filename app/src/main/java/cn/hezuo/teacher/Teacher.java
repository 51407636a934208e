package cn.hezuo.teacher;

import cn.hezuo.system.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A teacher of the school; linked to the login account they use. */
@Entity
@Table(name = "teacher")
public class Teacher extends BaseEntity {

    @Column(name = "school_id", nullable = false)
    private Long schoolId;

    @Column(name = "account_id")
    private Long accountId;

    @Column(nullable = false, length = 50)
    private String name;

    @Column(name = "staff_no", length = 32)
    private String staffNo;

    @Column(length = 20)
    private String phone;

    @Column(nullable = false)
    private boolean active = true;

    /** 出生年份, 参加工作年份, 职称: who counts as a 青年教师 for teaching research (may be unknown). */
    @Column(name = "birth_year")
    private Integer birthYear;

    @Column(name = "start_year")
    private Integer startYear;

    @Column(length = 30)
    private String title;

    protected Teacher() {
    }

    public Teacher(Long schoolId, String name, String staffNo, String phone) {
        this.schoolId = schoolId;
        this.name = name;
        this.staffNo = staffNo;
        this.phone = phone;
    }

    public Long getSchoolId() {
        return schoolId;
    }

    public Long getAccountId() {
        return accountId;
    }

    public void setAccountId(Long accountId) {
        this.accountId = accountId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getStaffNo() {
        return staffNo;
    }

    public void setStaffNo(String staffNo) {
        this.staffNo = staffNo;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public Integer getBirthYear() {
        return birthYear;
    }

    public Integer getStartYear() {
        return startYear;
    }

    public String getTitle() {
        return title;
    }

    public void setProfile(Integer birthYear, Integer startYear, String title) {
        this.birthYear = birthYear;
        this.startYear = startYear;
        this.title = title;
    }
}
