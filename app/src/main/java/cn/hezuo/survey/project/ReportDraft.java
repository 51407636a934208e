package cn.hezuo.survey.project;

import java.util.List;

/**
 * The 课题研究工作总结 as blocks, built once from the evidence and rendered twice: on the report page and into the
 * .docx, so both say the same thing.
 */
public record ReportDraft(String title, List<Block> blocks) {

    public sealed interface Block permits Heading, Paragraph, Table {
    }

    /** A section heading; level 1 = 一、二、三, level 2 = （一）（二）. */
    public record Heading(int level, String text) implements Block {
    }

    /** A paragraph; {@code note} for the small print (sources, dates). */
    public record Paragraph(String text, boolean note) implements Block {
    }

    /** A real table with a header row. */
    public record Table(String caption, List<String> header, List<List<String>> rows) implements Block {
    }
}
