package cn.hezuo.research.calendar;

import cn.hezuo.system.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalTime;

/** One activity of a group's calendar: 周次 (from the term), date, time, place, type, host or 执教人, topic, minutes. */
@Entity
@Table(name = "research_activity")
public class ResearchActivity extends BaseEntity {

    @Column(name = "school_id", nullable = false)
    private Long schoolId;

    @Column(name = "group_id", nullable = false)
    private Long groupId;

    @Column(name = "term_id", nullable = false)
    private Long termId;

    @Column(name = "activity_date", nullable = false)
    private LocalDate date;

    @Column(name = "term_week", nullable = false)
    private int week;

    @Column(name = "start_time")
    private LocalTime startTime;

    @Column(length = 60)
    private String place;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ActivityKind kind;

    @Column(name = "host_id")
    private Long hostId;

    @Column(nullable = false, length = 200)
    private String topic;

    @Column(name = "minutes_text", length = 4000)
    private String minutes;

    protected ResearchActivity() {
    }

    ResearchActivity(Long schoolId, Long groupId, Long termId) {
        this.schoolId = schoolId;
        this.groupId = groupId;
        this.termId = termId;
    }

    void plan(LocalDate date, int week, LocalTime startTime, String place, ActivityKind kind, Long hostId, String topic) {
        this.date = date;
        this.week = week;
        this.startTime = startTime;
        this.place = place;
        this.kind = kind;
        this.hostId = hostId;
        this.topic = topic;
    }

    void setMinutes(String minutes) {
        this.minutes = minutes;
    }

    public Long getSchoolId() {
        return schoolId;
    }

    public Long getGroupId() {
        return groupId;
    }

    public Long getTermId() {
        return termId;
    }

    public LocalDate getDate() {
        return date;
    }

    public int getWeek() {
        return week;
    }

    public LocalTime getStartTime() {
        return startTime;
    }

    public String getPlace() {
        return place;
    }

    public ActivityKind getKind() {
        return kind;
    }

    public Long getHostId() {
        return hostId;
    }

    public String getTopic() {
        return topic;
    }

    public String getMinutes() {
        return minutes;
    }
}
