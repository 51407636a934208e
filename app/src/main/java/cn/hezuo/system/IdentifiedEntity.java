package cn.hezuo.system;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.SequenceGenerator;

/**
 * Identity for every entity. One database sequence serves all tables because sequences behave the
 * same on H2, PostgreSQL and MariaDB (identity columns do not), and the pooled allocation keeps ids
 * unique across several app nodes. Rows that are only ever inserted or replaced (audit lines, prior
 * scores, memberships) stop here; editable records add a version in {@link BaseEntity}.
 */
@MappedSuperclass
public abstract class IdentifiedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "hezuo_seq")
    @SequenceGenerator(name = "hezuo_seq", sequenceName = "hezuo_seq", allocationSize = 50)
    private Long id;

    public Long getId() {
        return id;
    }

    public boolean isNew() {
        return id == null;
    }
}
