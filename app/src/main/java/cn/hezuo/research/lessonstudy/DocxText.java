package cn.hezuo.research.lessonstudy;

import cn.hezuo.system.RuleViolationException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * The text of an uploaded .docx as {@link DraftText} lines, read with POI's XWPF in body order: paragraphs (a heading
 * style becomes {@code #}/{@code ##}/{@code ###}, a numbered or bulleted paragraph {@code - }) and tables (one
 * {@code | a | b |} line per row). Pictures, text boxes and formatting are left out; the file itself is kept.
 */
final class DocxText {

    private DocxText() {
    }

    static String extract(String filename, byte[] content) {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(content))) {
            StringBuilder out = new StringBuilder();
            for (IBodyElement element : doc.getBodyElements()) {
                if (element instanceof XWPFParagraph p) {
                    paragraph(out, p);
                } else if (element instanceof XWPFTable t) {
                    for (XWPFTableRow row : t.getRows()) {
                        out.append(row.getTableCells().stream()
                                .map(c -> c.getText().replace('\n', ' ').replace("|", "｜").strip())
                                .collect(Collectors.joining(" | ", "| ", " |"))).append('\n');
                    }
                }
                if (out.length() > DraftText.MAX_CHARS) {
                    throw new RuleViolationException("lessonstudy.error.draftTooLong", DraftText.MAX_CHARS);
                }
            }
            return DraftText.normalize(out.toString());
        } catch (IOException | RuntimeException e) {
            if (e instanceof RuleViolationException r) {
                throw r;
            }
            throw new RuleViolationException("lessonstudy.error.docxUnreadable", filename);
        }
    }

    private static void paragraph(StringBuilder out, XWPFParagraph p) {
        String text = p.getText().replace('\n', ' ').strip();
        if (text.isEmpty()) {
            return;
        }
        String style = p.getStyle() == null ? "" : p.getStyle().toLowerCase(Locale.ROOT).replace(" ", "");
        if (style.startsWith("heading1") || style.equals("1") || style.equals("title")) {
            out.append("# ");
        } else if (style.startsWith("heading2") || style.equals("2")) {
            out.append("## ");
        } else if (style.startsWith("heading") || style.equals("3")) {
            out.append("### ");
        } else if (p.getNumID() != null) {
            out.append("- ");
        }
        out.append(text).append('\n');
    }
}
