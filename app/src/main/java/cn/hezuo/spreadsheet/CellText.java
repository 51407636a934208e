package cn.hezuo.spreadsheet;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;

/** Turns a POI cell into the string the teacher means, without ever evaluating a formula. */
final class CellText {

    // Excel itself keeps 15 significant digits, so 0.1+0.2 cached as 0.30000000000000004 shows, and reads, as 0.3.
    private static final MathContext EXCEL_PRECISION = new MathContext(15);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private CellText() {
    }

    static String of(Cell cell) {
        CellType type = cell.getCellType();
        if (type == CellType.FORMULA) {
            type = cell.getCachedFormulaResultType();
        }
        return switch (type) {
            case STRING -> cell.getStringCellValue();
            case NUMERIC -> numeric(cell);
            case BOOLEAN -> cell.getBooleanCellValue() ? "TRUE" : "FALSE";
            default -> ""; // BLANK, and ERROR such as #DIV/0! which carries no value
        };
    }

    private static String numeric(Cell cell) {
        double value = cell.getNumericCellValue();
        if (DateUtil.isCellDateFormatted(cell) && DateUtil.isValidExcelDate(value)) {
            return date(cell.getLocalDateTimeCellValue());
        }
        String plain = plainNumber(value);
        return zeroPadded(plain, cell.getCellStyle().getDataFormatString());
    }

    static String date(LocalDateTime dateTime) {
        return dateTime.toLocalTime().equals(LocalTime.MIDNIGHT) ? DATE.format(dateTime) : DATE_TIME.format(dateTime);
    }

    /** 2023001.0 becomes "2023001", 1E7 becomes "10000000", 85.5 stays "85.5". */
    static String plainNumber(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return "";
        }
        return new BigDecimal(value).round(EXCEL_PRECISION).stripTrailingZeros().toPlainString();
    }

    /**
     * Teachers keep leading zeros of a numeric 学号 with a custom format such as {@code 000000}; show the number the
     * way Excel does so "001234" does not become "1234".
     */
    static String zeroPadded(String plain, String format) {
        if (format == null || format.length() < 2 || !format.chars().allMatch(c -> c == '0')
                || !plain.chars().allMatch(Character::isDigit) || plain.length() >= format.length()) {
            return plain;
        }
        return "0".repeat(format.length() - plain.length()) + plain;
    }
}
