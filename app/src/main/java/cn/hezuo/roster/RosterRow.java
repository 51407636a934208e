package cn.hezuo.roster;

import java.math.BigDecimal;
import java.util.Map;

/** A student as the class roster shows them to their teachers, with prior scores by subject id. */
public record RosterRow(Student student, Map<Long, BigDecimal> scores, boolean hasAccount) {
}
