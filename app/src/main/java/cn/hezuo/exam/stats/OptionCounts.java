package cn.hezuo.exam.stats;

/**
 * How many students chose each option of one objective item, within some group (everyone, one class, U or L).
 * Blanks stay in the denominator of every proportion.
 */
public record OptionCounts(int blank, int a, int b, int c, int d) {

    static OptionCounts of(int[] counts, int offset) {
        return new OptionCounts(counts[offset], counts[offset + 1], counts[offset + 2], counts[offset + 3],
                counts[offset + 4]);
    }

    public int count(Choice choice) {
        return switch (choice) {
            case BLANK -> blank;
            case A -> a;
            case B -> b;
            case C -> c;
            case D -> d;
        };
    }

    /** Students in the group, blanks included. */
    public int total() {
        return blank + a + b + c + d;
    }

    /** count / total; NaN for an empty group. */
    public double proportion(Choice choice) {
        return (double) count(choice) / total();
    }
}
