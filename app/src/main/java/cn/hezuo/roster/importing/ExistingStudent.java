package cn.hezuo.roster.importing;

import java.math.BigDecimal;
import java.util.Map;

/**
 * A student already stored under a 学号, as the caller's lookup finds it.
 *
 * @param details what is stored about the student, to list the fields an import would change; {@code null} when
 *                the caller does not provide it, in which case only the name is compared
 */
public record ExistingStudent(long id, long classId, String className, String name, Details details) {

    public ExistingStudent(long id, long classId, String className, String name) {
        this(id, classId, className, name, null);
    }

    /**
     * Stored values in import terms; {@code null} strings mean "none".
     *
     * @param gender "M" or "F"
     * @param personality "外向" or "内向"
     * @param scores latest score per subject name; subjects without a score are absent
     */
    public record Details(String gender, String personality, String notes, Map<String, BigDecimal> scores) {
    }
}
