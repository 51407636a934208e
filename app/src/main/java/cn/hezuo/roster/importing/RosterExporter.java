package cn.hezuo.roster.importing;

import cn.hezuo.spreadsheet.XlsxSheetWriter;
import cn.hezuo.spreadsheet.XlsxWriter;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Exports a class roster as .xlsx in the import layout: the first row is the header, so a teacher can edit the export
 * and import it again; unchanged rows then come back as updates without changes.
 */
@Component
public class RosterExporter {

    /** @param className becomes the sheet name, made safe for Excel (e.g. "/" and "?" are replaced) */
    public byte[] export(String className, List<RosterExportRow> rows, List<String> subjectNames) {
        try (XlsxWriter xlsx = new XlsxWriter()) {
            XlsxSheetWriter sheet = RosterSheet.create(xlsx, className, subjectNames, Math.max(rows.size(), 100));
            for (RosterExportRow row : rows) {
                List<Object> values = new ArrayList<>(List.of(
                        nullToEmpty(row.studentNo()), nullToEmpty(row.name()), nullToEmpty(row.genderLabel()),
                        nullToEmpty(row.personality()), nullToEmpty(row.notes())));
                // Scores stay numeric cells: sortable in Excel, and never mistaken for text to neutralise.
                subjectNames.forEach(subject -> values.add(row.scores() == null ? null : row.scores().get(subject)));
                sheet.row(values);
            }
            return xlsx.toBytes();
        }
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
