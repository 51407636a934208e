package cn.hezuo.roster.importing;

import cn.hezuo.spreadsheet.XlsxSheetWriter;
import cn.hezuo.spreadsheet.XlsxWriter;
import java.util.ArrayList;
import java.util.List;

/** The layout shared by the template and the export, so that both can be imported as they are. */
final class RosterSheet {

    static final int STUDENT_NO_COLUMN = 0;
    static final int GENDER_COLUMN = 2;
    static final int PERSONALITY_COLUMN = 3;

    private RosterSheet() {
    }

    static List<String> headers(List<String> subjectNames) {
        List<String> headers = new ArrayList<>();
        for (RosterColumn column : RosterColumn.values()) {
            if (column != RosterColumn.CLASS) {
                headers.add(column.header());
            }
        }
        headers.addAll(subjectNames);
        return headers;
    }

    /** Header row, 学号 as text so leading zeros stay, drop-downs for 性别 and 性格 on the rows a class can fill. */
    static XlsxSheetWriter create(XlsxWriter xlsx, String sheetName, List<String> subjectNames, int rowsToOffer) {
        return xlsx.sheet(sheetName, headers(subjectNames))
                .textColumn(STUDENT_NO_COLUMN)
                .dropdown(GENDER_COLUMN, List.of("男", "女"), rowsToOffer + 1)
                .dropdown(PERSONALITY_COLUMN, List.of("外向", "内向"), rowsToOffer + 1);
    }
}
