package cn.hezuo.roster.importing;

import java.math.BigDecimal;
import java.util.Map;

/**
 * One student as exported; null fields leave the cell empty.
 *
 * @param genderLabel "男" or "女"
 * @param personality "外向", "内向" or null
 * @param scores      score per subject name; subjects without a score are absent
 */
public record RosterExportRow(String studentNo, String name, String genderLabel, String personality, String notes,
                              Map<String, BigDecimal> scores) {
}
