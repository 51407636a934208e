package cn.hezuo.grouping;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One student as the engine sees it.
 *
 * @param id               unique id (student number); used in constraints and in the result
 * @param features         numeric values aligned with {@link GroupingProblem#featureNames()}
 *                         (e.g. subject scores); {@code Double.NaN} marks a missing value, which
 *                         is replaced by the class mean of that feature before use
 * @param categories       categorical attributes such as {@code 性别 → 女} or {@code 层次 → A};
 *                         a missing attribute counts as the blank category {@code ""}
 * @param leaderCandidate  whether the student can lead a group (组长候选)
 */
public record Student(String id, double[] features, Map<String, String> categories, boolean leaderCandidate) {

    /** Copies the arrays and maps so later changes by the caller cannot leak in. */
    public Student {
        Objects.requireNonNull(id, "id");
        features = features == null ? new double[0] : features.clone();
        categories = categories == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(categories));
    }

    /** A student with scores only. */
    public static Student of(String id, double... features) {
        return new Student(id, features, Map.of(), false);
    }

    /** The features array is copied on access as well: records otherwise expose the array itself. */
    @Override
    public double[] features() {
        return features.clone();
    }

    /** Value of feature {@code index}, {@code NaN} when missing or beyond the array. */
    public double feature(int index) {
        return index < features.length ? features[index] : Double.NaN;
    }

    /** Category value of {@code attribute}, {@code ""} when absent. */
    public String category(String attribute) {
        String v = categories.get(attribute);
        return v == null ? "" : v;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Student s && id.equals(s.id) && Arrays.equals(features, s.features)
                && categories.equals(s.categories) && leaderCandidate == s.leaderCandidate;
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, Arrays.hashCode(features), categories, leaderCandidate);
    }

    @Override
    public String toString() {
        return "Student[" + id + ", " + Arrays.toString(features) + ", " + categories
                + (leaderCandidate ? ", leader" : "") + "]";
    }
}
