package cn.hezuo.school;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A school subject (语文, 数学 …); the list is configurable per school, and a subject can be switched off. */
@Entity
@Table(name = "subject")
public class Subject extends NamedEntity {

    @Column(nullable = false)
    private boolean active = true;

    protected Subject() {
    }

    public Subject(Long schoolId, String name, int sortOrder) {
        super(schoolId, name, sortOrder);
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
