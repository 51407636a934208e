package cn.hezuo.research.lessonstudy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A draft's text as a safe, simple structure: one block per non-blank line, written Markdown-like — {@code # }/
 * {@code ## }/{@code ### } headings, {@code - } bullets, {@code 1. } numbered items, {@code | a | b |} table rows, any
 * other line a paragraph. No HTML is ever kept or rendered from it: pages draw the blocks with escaped text, so there
 * is nothing to sanitise. Blocks are what comments point at (by index) and what the diff compares first.
 */
public final class DraftText {

    /** The most a draft may hold (about 100 pages of Chinese). */
    static final int MAX_CHARS = 200_000;

    public enum Kind {
        H1, H2, H3, PARAGRAPH, BULLET, NUMBERED, TABLE_ROW
    }

    /** One line: its kind, its text without the marker, the cells of a table row, and the source line. */
    public record Block(int index, Kind kind, String text, List<String> cells, String line) {
        public boolean heading() {
            return kind == Kind.H1 || kind == Kind.H2 || kind == Kind.H3;
        }
    }

    /** What a page draws: a run of table rows as one table, anything else as a single block. */
    public record Section(Block block, List<Block> rows) {
        public boolean table() {
            return rows != null;
        }
    }

    private static final Pattern NUMBERED = Pattern.compile("^(\\d{1,3})[.、)）]\\s*(.*)$");

    private DraftText() {
    }

    /** Cleans a text as typed or extracted: no control characters, trimmed lines, no blank lines. */
    static String normalize(String raw) {
        if (raw == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (String line : raw.replace("\r\n", "\n").replace('\r', '\n').split("\n")) {
            String clean = line.codePoints().filter(c -> c == '\t' || !Character.isISOControl(c))
                    .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                    .toString().replace('\t', ' ').strip();
            if (!clean.isEmpty()) {
                out.append(clean).append('\n');
            }
        }
        return out.toString();
    }

    /** The lines of a normalized text (what the paragraph-level diff compares). */
    static List<String> lines(String text) {
        String clean = normalize(text);
        return clean.isEmpty() ? List.of() : Arrays.asList(clean.split("\n"));
    }

    public static List<Block> blocks(String text) {
        List<Block> blocks = new ArrayList<>();
        for (String line : lines(text)) {
            blocks.add(block(blocks.size(), line));
        }
        return blocks;
    }

    static Block block(int index, String line) {
        if (line.startsWith("### ")) {
            return new Block(index, Kind.H3, line.substring(4).strip(), null, line);
        }
        if (line.startsWith("## ")) {
            return new Block(index, Kind.H2, line.substring(3).strip(), null, line);
        }
        if (line.startsWith("# ")) {
            return new Block(index, Kind.H1, line.substring(2).strip(), null, line);
        }
        if (line.startsWith("- ") || line.startsWith("* ") || line.startsWith("• ")) {
            return new Block(index, Kind.BULLET, line.substring(2).strip(), null, line);
        }
        if (line.startsWith("|") && line.length() > 1) {
            String inner = line.endsWith("|") && line.length() > 1 ? line.substring(1, line.length() - 1)
                    : line.substring(1);
            List<String> cells = Arrays.stream(inner.split("\\|", -1)).map(String::strip).toList();
            return new Block(index, Kind.TABLE_ROW, String.join(" | ", cells), cells, line);
        }
        Matcher numbered = NUMBERED.matcher(line);
        if (numbered.matches() && !numbered.group(2).isEmpty()) {
            return new Block(index, Kind.NUMBERED, line, null, line);
        }
        return new Block(index, Kind.PARAGRAPH, line, null, line);
    }

    /** Blocks grouped for drawing: consecutive table rows become one table. */
    public static List<Section> sections(List<Block> blocks) {
        List<Section> sections = new ArrayList<>();
        List<Block> table = null;
        for (Block b : blocks) {
            if (b.kind() == Kind.TABLE_ROW) {
                if (table == null) {
                    table = new ArrayList<>();
                    sections.add(new Section(null, table));
                }
                table.add(b);
            } else {
                table = null;
                sections.add(new Section(b, null));
            }
        }
        return sections;
    }
}
