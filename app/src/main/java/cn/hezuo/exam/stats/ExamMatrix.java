package cn.hezuo.exam.stats;

import java.util.Arrays;
import java.util.List;

/**
 * Item-level scores of one exam: the present students' points x_ij (row-major N×K doubles) and, for objective items,
 * their chosen option (one byte each), together with the {@link ScoreTable} of totals T_i = Σ_j x_ij. A district
 * exam of 200,000 students × 40 items takes 64 MB of points and 8 MB of options.
 */
public final class ExamMatrix {

    /** The option code stored for a subjective item. */
    static final byte NOT_OBJECTIVE = -1;

    private final List<Item> items;
    private final double[] points;
    private final byte[] choices;
    private final ScoreTable scores;

    private ExamMatrix(Builder builder) {
        int n = builder.rows;
        int k = builder.items.size();
        this.items = builder.items;
        this.points = Arrays.copyOf(builder.points, n * k);
        this.choices = Arrays.copyOf(builder.choices, n * k);
        this.scores = builder.scores.build();
    }

    public static Builder builder(List<Item> items) {
        return new Builder(items, 16);
    }

    /** A builder sized for about {@code expectedStudents}, so it does not grow row by row. */
    public static Builder builder(List<Item> items, int expectedStudents) {
        return new Builder(items, Math.max(16, expectedStudents));
    }

    public List<Item> items() {
        return items;
    }

    public int itemCount() {
        return items.size();
    }

    /** Number of present students, N. */
    public int studentCount() {
        return scores.size();
    }

    /** The totals, classes and absent students. */
    public ScoreTable scores() {
        return scores;
    }

    /** F, the sum of the item maxima. */
    public double fullMarks() {
        double sum = 0;
        for (Item item : items) {
            sum += item.maxPoints();
        }
        return sum;
    }

    public double points(int row, int item) {
        return points[row * items.size() + item];
    }

    /** The chosen option, or null for a subjective item. */
    public Choice choice(int row, int item) {
        byte code = choices[row * items.size() + item];
        return code == NOT_OBJECTIVE ? null : Choice.ofCode(code);
    }

    // Direct, uncopied access for the computations of this package.
    double[] pointsArray() {
        return points;
    }

    byte[] choicesArray() {
        return choices;
    }

    /** Σ_{i in class c} x_ij for every class c and item j, as a row-major classCount×K array: one O(N·K) pass. */
    double[] classItemSums() {
        int k = items.size();
        int[] classIndex = scores.classIndexArray();
        double[] sums = new double[scores.classCount() * k];
        for (int i = 0; i < classIndex.length; i++) {
            int base = classIndex[i] * k;
            int row = i * k;
            for (int j = 0; j < k; j++) {
                sums[base + j] += points[row + j];
            }
        }
        return sums;
    }

    /** Collects students one by one. Points must lie in [0, m_j]; a blank answer is 0 points. */
    public static final class Builder {

        private final List<Item> items;
        private final ScoreTable.Builder scores;
        private double[] points;
        private byte[] choices;
        private int rows;

        private Builder(List<Item> items, int capacity) {
            this.items = List.copyOf(items);
            if (this.items.isEmpty()) {
                throw new IllegalArgumentException("an exam needs at least one item");
            }
            this.scores = ScoreTable.builder(capacity);
            this.points = new double[capacity * this.items.size()];
            this.choices = new byte[capacity * this.items.size()];
        }

        public Builder withClass(String classKey) {
            scores.withClass(classKey);
            return this;
        }

        /**
         * A present student.
         *
         * @param itemPoints x_ij for every item, in item order (a blank subjective answer is 0)
         * @param options    the chosen option for every objective item ({@link Choice#BLANK} for none; entries at
         *                   subjective items are ignored); may be null when the exam has no objective items
         */
        public Builder present(String studentId, String classKey, double[] itemPoints, Choice[] options) {
            int k = items.size();
            if (itemPoints.length != k || (options != null && options.length != k)) {
                throw new IllegalArgumentException(studentId + ": expected " + k + " items");
            }
            if ((rows + 1) * k > points.length) {
                points = Arrays.copyOf(points, points.length * 2);
                choices = Arrays.copyOf(choices, choices.length * 2);
            }
            double total = 0;
            int base = rows * k;
            for (int j = 0; j < k; j++) {
                Item item = items.get(j);
                double x = itemPoints[j];
                if (!(x >= 0 && x <= item.maxPoints())) {
                    throw new IllegalArgumentException(
                            studentId + " " + item.label() + ": points must lie in [0, " + item.maxPoints() + "]: " + x);
                }
                Choice option = options == null ? null : options[j];
                if (item.objective() && option == null) {
                    throw new IllegalArgumentException(
                            studentId + " " + item.label() + ": an objective item needs an option (BLANK for none)");
                }
                points[base + j] = x;
                choices[base + j] = item.objective() ? option.code() : NOT_OBJECTIVE;
                total += x;
            }
            scores.present(studentId, classKey, total);
            rows++;
            return this;
        }

        /** An absent student (缺考): no points, counted in n_enrolled only. */
        public Builder absent(String studentId, String classKey) {
            scores.absent(studentId, classKey);
            return this;
        }

        public ExamMatrix build() {
            return new ExamMatrix(this);
        }
    }
}
