package cn.hezuo.system;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;

/**
 * Identity and optimistic-lock version shared by every entity. One database sequence serves all
 * tables because sequences behave the same on H2, PostgreSQL and MariaDB (identity columns do not),
 * and the pooled allocation keeps ids unique across several app nodes.
 */
@MappedSuperclass
public abstract class BaseEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "hezuo_seq")
    @SequenceGenerator(name = "hezuo_seq", sequenceName = "hezuo_seq", allocationSize = 50)
    private Long id;

    @Version
    private int version;

    public Long getId() {
        return id;
    }

    public int getVersion() {
        return version;
    }

    public boolean isNew() {
        return id == null;
    }
}
