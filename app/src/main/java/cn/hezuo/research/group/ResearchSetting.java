package cn.hezuo.research.group;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** The school's default required 听课 count per term, for groups that set none of their own. */
@Entity
@Table(name = "research_setting")
class ResearchSetting {

    @Id
    @Column(name = "school_id")
    private Long schoolId;

    @Column(name = "listen_minimum", nullable = false)
    private int listenMinimum;

    @Version
    private int version;

    protected ResearchSetting() {
    }

    ResearchSetting(Long schoolId, int listenMinimum) {
        this.schoolId = schoolId;
        this.listenMinimum = listenMinimum;
    }

    int getListenMinimum() {
        return listenMinimum;
    }

    void setListenMinimum(int listenMinimum) {
        this.listenMinimum = listenMinimum;
    }

    int getVersion() {
        return version;
    }
}
