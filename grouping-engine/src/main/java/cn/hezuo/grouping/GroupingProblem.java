package cn.hezuo.grouping;

import java.util.List;
import java.util.Objects;

/**
 * The input of {@link GroupingEngine#solve}.
 *
 * @param featureNames names of the numeric columns, in the order of {@link Student#features()}
 * @param students     the class, in roster order (the order is kept in the result and breaks ties)
 * @param options      what to optimise and which rules must hold
 */
public record GroupingProblem(List<String> featureNames, List<Student> students, GroupingOptions options) {

    public GroupingProblem {
        featureNames = List.copyOf(Objects.requireNonNull(featureNames, "featureNames"));
        students = List.copyOf(Objects.requireNonNull(students, "students"));
        Objects.requireNonNull(options, "options");
    }
}
