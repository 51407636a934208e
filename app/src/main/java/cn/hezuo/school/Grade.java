package cn.hezuo.school;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A grade (年级) such as 七年级. */
@Entity
@Table(name = "grade")
public class Grade extends NamedEntity {

    protected Grade() {
    }

    public Grade(Long schoolId, String name, int sortOrder) {
        super(schoolId, name, sortOrder);
    }
}
