package cn.hezuo.spreadsheet;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Workbook;

/** The few cell styles a written workbook uses, created once: Excel caps a file at 64,000 styles. */
final class XlsxStyles {

    final CellStyle header;
    final CellStyle text;
    final CellStyle muted;
    final CellStyle date;

    XlsxStyles(Workbook workbook) {
        short textFormat = workbook.createDataFormat().getFormat("@");

        Font bold = workbook.createFont();
        bold.setBold(true);
        header = workbook.createCellStyle();
        header.setFont(bold);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setDataFormat(textFormat);

        text = workbook.createCellStyle();
        text.setDataFormat(textFormat);

        Font grey = workbook.createFont();
        grey.setItalic(true);
        grey.setColor(IndexedColors.GREY_50_PERCENT.getIndex());
        muted = workbook.createCellStyle();
        muted.setFont(grey);
        muted.setDataFormat(textFormat);

        date = workbook.createCellStyle();
        date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
    }
}
