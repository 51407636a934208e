package cn.hezuo.survey.project;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFRun.FontCharRange;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.springframework.stereotype.Component;

/**
 * The 课题研究工作总结 as a Word document (Apache POI XWPF) the way schools file it: a centred 黑体 title, 宋体 body at
 * 小四 (12 pt) with a first-line indent, 黑体 headings (一、（一）), real Word tables with a bold header row, and small
 * print for sources and dates. Fonts are set for the ASCII, hAnsi and East Asian ranges (rFonts eastAsia) so WPS and
 * Word show Chinese in 宋体/黑体 instead of a fallback.
 */
@Component
class ProjectDocx {

    static final String BODY_FONT = "宋体";
    static final String HEADING_FONT = "黑体";

    byte[] write(ReportDraft draft) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.getProperties().getCoreProperties().setTitle(draft.title());
            doc.getProperties().getCoreProperties().setCreator("Hezuo");
            XWPFParagraph title = doc.createParagraph();
            title.setAlignment(ParagraphAlignment.CENTER);
            title.setSpacingAfter(240);
            run(title, draft.title(), HEADING_FONT, 18, true);
            for (ReportDraft.Block block : draft.blocks()) {
                if (block instanceof ReportDraft.Heading h) {
                    heading(doc, h);
                } else if (block instanceof ReportDraft.Paragraph p) {
                    paragraph(doc, p);
                } else if (block instanceof ReportDraft.Table t) {
                    table(doc, t);
                }
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void heading(XWPFDocument doc, ReportDraft.Heading h) {
        XWPFParagraph p = doc.createParagraph();
        p.setSpacingBefore(h.level() == 1 ? 240 : 160);
        p.setSpacingAfter(100);
        run(p, h.text(), HEADING_FONT, h.level() == 1 ? 14 : 12, true);
    }

    private static void paragraph(XWPFDocument doc, ReportDraft.Paragraph value) {
        XWPFParagraph p = doc.createParagraph();
        if (value.note()) {
            run(p, value.text(), BODY_FONT, 9, false);
            return;
        }
        p.setIndentationFirstLine(480);
        p.setSpacingBetween(1.5);
        run(p, value.text(), BODY_FONT, 12, false);
    }

    private static void table(XWPFDocument doc, ReportDraft.Table t) {
        if (!t.caption().isEmpty()) {
            XWPFParagraph caption = doc.createParagraph();
            caption.setSpacingBefore(120);
            run(caption, t.caption(), HEADING_FONT, 11, false);
        }
        XWPFTable table = doc.createTable(t.rows().size() + 1, t.header().size());
        table.setWidth("100%");
        table.setTableAlignment(TableRowAlign.CENTER);
        cells(table.getRow(0), true, t.header());
        table.getRow(0).setRepeatHeader(true);
        for (int i = 0; i < t.rows().size(); i++) {
            cells(table.getRow(i + 1), false, t.rows().get(i));
        }
        doc.createParagraph().setSpacingAfter(0);
    }

    private static void cells(XWPFTableRow row, boolean header, java.util.List<String> values) {
        for (int i = 0; i < values.size(); i++) {
            XWPFParagraph p = row.getCell(i).getParagraphs().get(0);
            p.setAlignment(i == 0 ? ParagraphAlignment.LEFT : ParagraphAlignment.CENTER);
            run(p, values.get(i), header ? HEADING_FONT : BODY_FONT, 10, header);
        }
    }

    private static void run(XWPFParagraph p, String value, String font, int size, boolean bold) {
        XWPFRun run = p.createRun();
        run.setText(value);
        run.setFontFamily(font, FontCharRange.ascii);
        run.setFontFamily(font, FontCharRange.hAnsi);
        run.setFontFamily(font, FontCharRange.eastAsia);
        run.setFontSize(size);
        run.setBold(bold);
    }
}
