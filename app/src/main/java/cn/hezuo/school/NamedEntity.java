package cn.hezuo.school;

import cn.hezuo.system.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

/** A school's named, ordered list entry: grades and subjects share the columns school_id, name, sort_order. */
@MappedSuperclass
public abstract class NamedEntity extends BaseEntity {

    @Column(name = "school_id", nullable = false)
    private Long schoolId;

    @Column(nullable = false, length = 20)
    private String name;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    protected NamedEntity() {
    }

    protected NamedEntity(Long schoolId, String name, int sortOrder) {
        this.schoolId = schoolId;
        this.name = name;
        this.sortOrder = sortOrder;
    }

    public Long getSchoolId() {
        return schoolId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public void setSortOrder(int sortOrder) {
        this.sortOrder = sortOrder;
    }
}
