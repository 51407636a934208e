package cn.hezuo.evaluation;

import cn.hezuo.system.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** An evaluation item (点评项) of one class: what a tap awards. Retired, not deleted, once it has been used. */
@Entity
@Table(name = "eval_item")
public class EvalItem extends BaseEntity {

    public static final int MIN_POINTS = -5;
    public static final int MAX_POINTS = 5;

    @Column(name = "school_id", nullable = false)
    private Long schoolId;

    @Column(name = "class_id", nullable = false)
    private Long classId;

    @Column(nullable = false, length = 30)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private ItemKind kind;

    @Column(nullable = false)
    private int points;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ItemIcon icon;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ItemColour colour;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Stage stage;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(nullable = false)
    private boolean retired;

    protected EvalItem() {
    }

    public EvalItem(Long schoolId, Long classId, int sortOrder, String name, ItemKind kind, int points, ItemIcon icon,
                    ItemColour colour, Stage stage) {
        this.schoolId = schoolId;
        this.classId = classId;
        this.sortOrder = sortOrder;
        update(name, kind, points, icon, colour, stage);
    }

    public final void update(String name, ItemKind kind, int points, ItemIcon icon, ItemColour colour, Stage stage) {
        if (points < MIN_POINTS || points > MAX_POINTS) {
            throw new IllegalArgumentException("points out of range: " + points);
        }
        this.name = name;
        this.kind = kind;
        this.points = points;
        this.icon = icon;
        this.colour = colour;
        this.stage = stage;
    }

    public Long getSchoolId() {
        return schoolId;
    }

    public Long getClassId() {
        return classId;
    }

    public String getName() {
        return name;
    }

    public ItemKind getKind() {
        return kind;
    }

    public int getPoints() {
        return points;
    }

    public ItemIcon getIcon() {
        return icon;
    }

    public ItemColour getColour() {
        return colour;
    }

    public Stage getStage() {
        return stage;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public boolean isRetired() {
        return retired;
    }

    public void setRetired(boolean retired) {
        this.retired = retired;
    }

    /** "+2", "0", "−1" as shown on the buttons. */
    public String getPointsLabel() {
        return points > 0 ? "+" + points : points < 0 ? "−" + (-points) : "0";
    }
}
