package cn.hezuo.group;

import cn.hezuo.system.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** One learning group (学习小组) of a plan: its number, 组名 and 组训 (motto). */
@Entity
@Table(name = "study_group")
public class StudyGroup extends BaseEntity {

    @Column(name = "plan_id", nullable = false)
    private Long planId;

    @Column(nullable = false)
    private int number;

    @Column(length = 30)
    private String name;

    @Column(length = 100)
    private String motto;

    // Group goals (issue 4, group life): 期中 and 期末 are short term, 学年 long term; each with a status.
    @Column(name = "goal_midterm", length = 200)
    private String goalMidterm;

    @Column(name = "goal_midterm_status", length = 12)
    private String goalMidtermStatus;

    @Column(name = "goal_final", length = 200)
    private String goalFinal;

    @Column(name = "goal_final_status", length = 12)
    private String goalFinalStatus;

    @Column(name = "goal_year", length = 200)
    private String goalYear;

    @Column(name = "goal_year_status", length = 12)
    private String goalYearStatus;

    /** The chosen emblem (1–12) and colour (1–12), or null for the default by number ({@link GroupEmblem}). */
    @Column(name = "emblem_no")
    private Integer emblemNo;

    @Column(name = "colour_no")
    private Integer colourNo;

    protected StudyGroup() {
    }

    public StudyGroup(Long planId, int number) {
        this.planId = planId;
        this.number = number;
    }

    public Long getPlanId() {
        return planId;
    }

    public int getNumber() {
        return number;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getMotto() {
        return motto;
    }

    public void setMotto(String motto) {
        this.motto = motto;
    }

    public String getGoalMidterm() {
        return goalMidterm;
    }

    public String getGoalMidtermStatus() {
        return goalMidtermStatus;
    }

    public String getGoalFinal() {
        return goalFinal;
    }

    public String getGoalFinalStatus() {
        return goalFinalStatus;
    }

    public String getGoalYear() {
        return goalYear;
    }

    public String getGoalYearStatus() {
        return goalYearStatus;
    }

    /** Sets the three group goals with their statuses (names of {@code GoalStatus}); blank goals are null. */
    public void setGoals(String midterm, String midtermStatus, String fin, String finalStatus, String year,
                         String yearStatus) {
        this.goalMidterm = midterm;
        this.goalMidtermStatus = midtermStatus;
        this.goalFinal = fin;
        this.goalFinalStatus = finalStatus;
        this.goalYear = year;
        this.goalYearStatus = yearStatus;
    }

    public Integer getEmblemNo() {
        return emblemNo;
    }

    public Integer getColourNo() {
        return colourNo;
    }

    /** Chooses the emblem and colour (both 1–12), or back to the default by number with nulls. */
    public void chooseEmblem(Integer emblemNo, Integer colourNo) {
        this.emblemNo = emblemNo;
        this.colourNo = colourNo;
    }
}
