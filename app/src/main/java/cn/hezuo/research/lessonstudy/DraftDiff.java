package cn.hezuo.research.lessonstudy;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.DeltaType;
import java.util.ArrayList;
import java.util.List;

/**
 * A side-by-side diff of two drafts, in two passes with java-diff-utils (Myers): first the paragraphs (lines), then,
 * inside each paragraph that changed, the words — Chinese by character (a Chinese sentence has no spaces, so a word
 * diff would mark the whole sentence), Latin letters and digits by word, spaces and punctuation by themselves.
 */
public final class DraftDiff {

    public enum Type {
        SAME, CHANGED, DELETED, INSERTED
    }

    /** A run of text, marked when it was deleted (left side) or inserted (right side). */
    public record Segment(String text, boolean marked) {
    }

    /** One line of the side-by-side table; a side is null where the paragraph is missing (1-based numbers). */
    public record Row(Type type, Integer leftNo, List<Segment> left, Integer rightNo, List<Segment> right) {
        /** The row's CSS class, {@code diff-same}, {@code diff-changed} … */
        public String css() {
            return CSS[type.ordinal()];
        }
    }

    private static final String[] CSS = {"diff-same", "diff-changed", "diff-deleted", "diff-inserted"};

    /** The rows and the counts the page shows above them. */
    public record Result(List<Row> rows, int changed, int deleted, int inserted) {
        public boolean identical() {
            return changed == 0 && deleted == 0 && inserted == 0;
        }
    }

    private DraftDiff() {
    }

    public static Result of(String oldText, String newText) {
        return of(DraftText.lines(oldText), DraftText.lines(newText));
    }

    static Result of(List<String> a, List<String> b) {
        List<Row> rows = new ArrayList<>();
        int changed = 0;
        int deleted = 0;
        int inserted = 0;
        int i = 0;
        int j = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(a, b).getDeltas()) {
            int sourceAt = delta.getSource().getPosition();
            while (i < sourceAt) {
                rows.add(same(a.get(i), i, j));
                i++;
                j++;
            }
            List<String> from = delta.getSource().getLines();
            List<String> to = delta.getTarget().getLines();
            int paired = delta.getType() == DeltaType.CHANGE ? Math.min(from.size(), to.size()) : 0;
            for (int k = 0; k < paired; k++) {
                List<List<Segment>> inline = inline(from.get(k), to.get(k));
                rows.add(new Row(Type.CHANGED, i + k + 1, inline.get(0), j + k + 1, inline.get(1)));
                changed++;
            }
            for (int k = paired; k < from.size(); k++) {
                rows.add(new Row(Type.DELETED, i + k + 1, List.of(new Segment(from.get(k), true)), null, null));
                deleted++;
            }
            for (int k = paired; k < to.size(); k++) {
                rows.add(new Row(Type.INSERTED, null, null, j + k + 1, List.of(new Segment(to.get(k), true))));
                inserted++;
            }
            i += from.size();
            j += to.size();
        }
        while (i < a.size()) {
            rows.add(same(a.get(i), i, j));
            i++;
            j++;
        }
        return new Result(rows, changed, deleted, inserted);
    }

    private static Row same(String line, int i, int j) {
        List<Segment> text = List.of(new Segment(line, false));
        return new Row(Type.SAME, i + 1, text, j + 1, text);
    }

    /** The left (with deletions marked) and right (with insertions marked) of one changed paragraph. */
    static List<List<Segment>> inline(String oldLine, String newLine) {
        List<String> a = tokens(oldLine);
        List<String> b = tokens(newLine);
        Runs left = new Runs();
        Runs right = new Runs();
        int i = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(a, b).getDeltas()) {
            int at = delta.getSource().getPosition();
            while (i < at) {
                left.add(a.get(i), false);
                right.add(a.get(i), false);
                i++;
            }
            delta.getSource().getLines().forEach(t -> left.add(t, true));
            delta.getTarget().getLines().forEach(t -> right.add(t, true));
            i += delta.getSource().size();
        }
        while (i < a.size()) {
            left.add(a.get(i), false);
            right.add(a.get(i), false);
            i++;
        }
        return List.of(left.done(), right.done());
    }

    /** Chinese (and other CJK) one character each; Latin letters and digits as words; anything else alone. */
    static List<String> tokens(String line) {
        List<String> tokens = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        line.codePoints().forEach(c -> {
            boolean wordChar = Character.isLetterOrDigit(c) && !cjk(c);
            if (wordChar) {
                word.appendCodePoint(c);
                return;
            }
            if (!word.isEmpty()) {
                tokens.add(word.toString());
                word.setLength(0);
            }
            tokens.add(new String(Character.toChars(c)));
        });
        if (!word.isEmpty()) {
            tokens.add(word.toString());
        }
        return tokens;
    }

    private static boolean cjk(int c) {
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL;
    }

    /** Joins neighbouring tokens with the same mark, so the page draws few spans. */
    private static final class Runs {
        private final List<Segment> segments = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();
        private boolean marked;

        void add(String token, boolean mark) {
            if (!text.isEmpty() && mark != marked) {
                flush();
            }
            marked = mark;
            text.append(token);
        }

        private void flush() {
            segments.add(new Segment(text.toString(), marked));
            text.setLength(0);
        }

        List<Segment> done() {
            if (!text.isEmpty()) {
                flush();
            }
            return segments;
        }
    }
}
