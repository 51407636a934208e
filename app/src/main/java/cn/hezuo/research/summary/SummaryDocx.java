package cn.hezuo.research.summary;

import cn.hezuo.research.group.ResearchGroup;
import cn.hezuo.research.listen.ListenService;
import cn.hezuo.school.SchoolTerm;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.poi.xwpf.usermodel.XWPFRun.FontCharRange;
import org.springframework.stereotype.Component;

/**
 * The summary as a Word document (Apache POI XWPF) the way schools file it: a centred 黑体 title, 宋体 body at 小四
 * (12 pt) with first-line indent, numbered section headings (一、二、…), and the listen-class table. Fonts are set for
 * both the Latin and the East Asian range so WPS and Word show Chinese in 宋体/黑体 instead of a fallback.
 */
@Component
class SummaryDocx {

    static final String BODY_FONT = "宋体";
    static final String HEADING_FONT = "黑体";

    private final SummaryText text;

    SummaryDocx(SummaryText text) {
        this.text = text;
    }

    byte[] write(ResearchGroup group, SchoolTerm term, SummaryFigures figures, Summary summary, Locale locale) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.getProperties().getCoreProperties().setTitle(title(group, term, locale));
            doc.getProperties().getCoreProperties().setCreator("Hezuo");
            XWPFParagraph title = doc.createParagraph();
            title.setAlignment(ParagraphAlignment.CENTER);
            title.setSpacingAfter(240);
            run(title, title(group, term, locale), HEADING_FONT, 18, true);

            heading(doc, text.t("research.summary.section.overview", locale));
            for (String fact : text.facts(figures, locale)) {
                body(doc, fact);
            }
            paragraphs(doc, summary == null ? null : summary.getOverview());
            heading(doc, text.t("research.summary.section.achievements", locale));
            paragraphs(doc, summary == null ? null : summary.getAchievements());
            heading(doc, text.t("research.summary.section.problems", locale));
            paragraphs(doc, summary == null ? null : summary.getProblems());
            heading(doc, text.t("research.summary.section.nextSteps", locale));
            paragraphs(doc, summary == null ? null : summary.getNextSteps());

            heading(doc, text.t("research.summary.section.listenTable", locale));
            List<ListenService.Standing> standings = SummaryText.byName(figures.standings());
            XWPFTable table = doc.createTable(standings.size() + 1, 4);
            table.setWidth("100%");
            String[] headers = {text.t("teacher.name", locale), text.t("research.listen.count", locale),
                    text.t("research.listen.minimum", locale), text.t("research.listen.met", locale)};
            cells(table.getRow(0), true, headers);
            for (int i = 0; i < standings.size(); i++) {
                ListenService.Standing s = standings.get(i);
                cells(table.getRow(i + 1), false, s.name(), String.valueOf(s.count()), String.valueOf(s.minimum()),
                        text.t(s.met() ? "research.listen.metYes" : "research.listen.metNo", locale));
            }
            XWPFParagraph signature = doc.createParagraph();
            signature.setAlignment(ParagraphAlignment.RIGHT);
            signature.setSpacingBefore(480);
            run(signature, group.getName(), BODY_FONT, 12, false);
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String title(ResearchGroup group, SchoolTerm term, Locale locale) {
        return text.t("research.summary.docTitle", locale, term.name(), group.getName());
    }

    private static void heading(XWPFDocument doc, String value) {
        XWPFParagraph p = doc.createParagraph();
        p.setSpacingBefore(200);
        p.setSpacingAfter(100);
        run(p, value, HEADING_FONT, 14, true);
    }

    private static void body(XWPFDocument doc, String value) {
        XWPFParagraph p = doc.createParagraph();
        p.setIndentationFirstLine(480);
        p.setSpacingBetween(1.5);
        run(p, value, BODY_FONT, 12, false);
    }

    /** The leader's text: one paragraph per line they wrote. */
    private static void paragraphs(XWPFDocument doc, String value) {
        if (value == null || value.isBlank()) {
            body(doc, "");
            return;
        }
        for (String line : value.split("\\R")) {
            if (!line.isBlank()) {
                body(doc, line.strip());
            }
        }
    }

    private static void cells(XWPFTableRow row, boolean bold, String... values) {
        for (int i = 0; i < values.length; i++) {
            XWPFParagraph p = row.getCell(i).getParagraphs().get(0);
            p.setAlignment(ParagraphAlignment.CENTER);
            run(p, values[i], bold ? HEADING_FONT : BODY_FONT, 11, bold);
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
