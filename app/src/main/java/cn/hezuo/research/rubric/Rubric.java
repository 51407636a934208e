package cn.hezuo.research.rubric;

import cn.hezuo.system.BaseEntity;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A scoring rubric (e.g. 课堂教学评价表) with its items; items are fixed once made, so old scores keep their meaning. */
@Entity
@Table(name = "research_rubric")
public class Rubric extends BaseEntity {

    @Column(name = "school_id", nullable = false)
    private Long schoolId;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(length = 500)
    private String description;

    @Column(nullable = false)
    private boolean active;

    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @OneToMany(mappedBy = "rubric", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @OrderBy("sortOrder")
    private List<RubricItem> items = new ArrayList<>();

    protected Rubric() {
    }

    Rubric(Long schoolId, String name, String description, String createdBy, Instant createdAt) {
        this.schoolId = schoolId;
        this.name = name;
        this.description = description;
        this.active = true;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    void addItem(String itemName, String descriptor, BigDecimal maxScore, BigDecimal weight) {
        items.add(new RubricItem(this, items.size() + 1, itemName, descriptor, maxScore, weight));
    }

    void setActive(boolean active) {
        this.active = active;
    }

    public Long getSchoolId() {
        return schoolId;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public boolean isActive() {
        return active;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public List<RubricItem> getItems() {
        return List.copyOf(items);
    }

    /** The sum of the items' maxima. */
    public BigDecimal getMaxTotal() {
        return items.stream().map(RubricItem::getMaxScore).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
