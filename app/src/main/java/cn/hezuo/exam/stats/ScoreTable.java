package cn.hezuo.exam.stats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The totals of one exam: every present student's total with their class, plus the absent students (缺考), who are
 * in no statistic but count in {@code n_enrolled}. Rows 0..{@link #size()}−1 are the present students in the order
 * added; classes are numbered 0..{@link #classCount()}−1 in the order first seen. Immutable; held in primitive arrays.
 */
public final class ScoreTable {

    private final String[] studentIds;
    private final int[] classIndex;
    private final double[] totals;
    private final List<String> classKeys;
    private final int[] present;
    private final int[] enrolled;
    private final List<String> absentStudentIds;

    private ScoreTable(Builder builder) {
        int n = builder.ids.size();
        this.studentIds = builder.ids.toArray(new String[0]);
        this.classIndex = Arrays.copyOf(builder.classIndex, n);
        this.totals = Arrays.copyOf(builder.totals, n);
        this.classKeys = List.copyOf(builder.classes.keySet());
        this.present = new int[classKeys.size()];
        for (int c : classIndex) {
            present[c]++;
        }
        this.enrolled = present.clone();
        for (int c : builder.absentClassIndex) {
            enrolled[c]++;
        }
        this.absentStudentIds = List.copyOf(builder.absentIds);
    }

    public static Builder builder() {
        return new Builder(16);
    }

    /** A builder sized for about {@code expectedStudents} (a district: 200,000), so it does not grow row by row. */
    public static Builder builder(int expectedStudents) {
        return new Builder(Math.max(16, expectedStudents));
    }

    /** Number of present students. */
    public int size() {
        return totals.length;
    }

    public String studentId(int row) {
        return studentIds[row];
    }

    public int classIndex(int row) {
        return classIndex[row];
    }

    public String classKey(int row) {
        return classKeys.get(classIndex[row]);
    }

    public double total(int row) {
        return totals[row];
    }

    public int classCount() {
        return classKeys.size();
    }

    public List<String> classKeys() {
        return classKeys;
    }

    /** Present students of a class. */
    public int present(int classIndex) {
        return present[classIndex];
    }

    /** Present plus absent students of a class. */
    public int enrolled(int classIndex) {
        return enrolled[classIndex];
    }

    /** Present plus absent students of every class. */
    public int enrolled() {
        return totals.length + absentStudentIds.size();
    }

    public List<String> absentStudentIds() {
        return absentStudentIds;
    }

    /** A copy of every present student's total, in row order. */
    public double[] totals() {
        return totals.clone();
    }

    /** The present students' totals of every class (index = class), each in row order: one O(N) pass. */
    public double[][] totalsByClass() {
        int[][] members = Ranking.membersByGroup(classIndex, classKeys.size());
        double[][] byClass = new double[members.length][];
        for (int c = 0; c < members.length; c++) {
            byClass[c] = new double[members[c].length];
            for (int r = 0; r < members[c].length; r++) {
                byClass[c][r] = totals[members[c][r]];
            }
        }
        return byClass;
    }

    // Direct, uncopied access for the computations of this package.
    double[] totalsArray() {
        return totals;
    }

    int[] classIndexArray() {
        return classIndex;
    }

    String[] studentIdArray() {
        return studentIds;
    }

    /** Collects students one by one; student ids must be unique across present and absent students. */
    public static final class Builder {

        private final List<String> ids;
        private int[] classIndex;
        private double[] totals;
        private final Map<String, Integer> classes = new LinkedHashMap<>();
        private final List<String> absentIds = new ArrayList<>();
        private final List<Integer> absentClassIndex = new ArrayList<>();
        private final Set<String> seen;

        private Builder(int capacity) {
            ids = new ArrayList<>(capacity);
            classIndex = new int[capacity];
            totals = new double[capacity];
            seen = new HashSet<>(capacity * 4 / 3 + 1);
        }

        /** Registers a class so that it is reported even when nobody in it sat the exam. */
        public Builder withClass(String classKey) {
            classOf(classKey);
            return this;
        }

        public Builder present(String studentId, String classKey, double total) {
            if (!(total >= 0) || Double.isInfinite(total)) {
                throw new IllegalArgumentException("total of " + studentId + " must be a finite number ≥ 0: " + total);
            }
            register(studentId);
            int row = ids.size();
            if (row == totals.length) {
                totals = Arrays.copyOf(totals, row * 2);
                classIndex = Arrays.copyOf(classIndex, row * 2);
            }
            ids.add(studentId);
            classIndex[row] = classOf(classKey);
            totals[row] = total;
            return this;
        }

        /** An absent student (缺考): counted in n_enrolled, excluded from every statistic. */
        public Builder absent(String studentId, String classKey) {
            register(studentId);
            absentIds.add(studentId);
            absentClassIndex.add(classOf(classKey));
            return this;
        }

        public ScoreTable build() {
            return new ScoreTable(this);
        }

        private void register(String studentId) {
            if (studentId == null || studentId.isBlank()) {
                throw new IllegalArgumentException("student id is required");
            }
            if (!seen.add(studentId)) {
                throw new IllegalArgumentException("duplicate student id: " + studentId);
            }
        }

        private int classOf(String classKey) {
            if (classKey == null || classKey.isBlank()) {
                throw new IllegalArgumentException("class is required");
            }
            return classes.computeIfAbsent(classKey, key -> classes.size());
        }
    }
}
