package cn.hezuo.system;

import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

/** An editable record: identity plus the optimistic-lock version that detects concurrent edits. */
@MappedSuperclass
public abstract class BaseEntity extends IdentifiedEntity {

    @Version
    private int version;

    public int getVersion() {
        return version;
    }
}
