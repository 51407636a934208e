package cn.hezuo.grouping.prepare;

import cn.hezuo.grouping.GroupingException;
import cn.hezuo.grouping.Notice;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * English texts for every message key the engine emits, in one place so the application's
 * translation table can be checked against it. Patterns use {@link MessageFormat} placeholders.
 */
public final class Messages {

    private static final Map<String, String> PATTERNS = Map.ofEntries(
            Map.entry("grouping.input.noStudents", "The class list is empty."),
            Map.entry("grouping.input.duplicateId", "Student ID {0} appears more than once."),
            Map.entry("grouping.input.blankId", "Student number {0} in the list has no ID."),
            Map.entry("grouping.input.unknownStudent", "{0} is named in {1} but is not in the class list."),
            Map.entry("grouping.input.groupSpec", "Give either a number of groups or a group size of at least 1 (got {0})."),
            Map.entry("grouping.input.tooManyGroups", "There are {0} students, so there cannot be {1} groups."),
            Map.entry("grouping.input.unknownFeature", "There is no score column called {0}."),
            Map.entry("grouping.input.noFeatures", "No score columns to balance were given."),
            Map.entry("grouping.input.featureCount", "Student {0} has {1} scores but {2} score columns were named."),
            Map.entry("grouping.input.badWeight", "The weight of {0} must be a number of at least 0 (got {1})."),
            Map.entry("grouping.input.assignment", "The grouping to evaluate has {0} entries (0 or more each) but there are {1} students."),
            Map.entry("grouping.input.badNumber", "Score {1} of student {0} is not a finite number."),
            Map.entry("grouping.infeasible.fixedGroup", "{0} is placed in group {1}, but there are only {2} groups."),
            Map.entry("grouping.infeasible.fixedCapacity", "{0} students are placed in group {1}, which only holds {2}."),
            Map.entry("grouping.infeasible.togetherTooLarge", "Students {0} must stay together, but a group holds at most {1} students."),
            Map.entry("grouping.infeasible.togetherApart", "{0} and {1} must be kept together and apart at the same time."),
            Map.entry("grouping.infeasible.togetherFixed", "Students {0} must stay together but are placed in different groups."),
            Map.entry("grouping.infeasible.togetherPacking", "The keep-together sets ({0}) do not fit into the groups."),
            Map.entry("grouping.infeasible.apartClique", "Students {0} must all be kept apart but there are only {1} groups."),
            Map.entry("grouping.infeasible.apartFixed", "{0} and {1} must be kept apart but are both placed in group {2}."),
            Map.entry("grouping.infeasible.tierTemplate", "The tier template {0} does not fit: {1}."),
            Map.entry("grouping.infeasible.tierUnknown", "Student {0} has tier \"{1}\", which is not one of the template''s tiers {2}."),
            Map.entry("grouping.infeasible.constraints", "The rules cannot all be met at once: {0}."),
            Map.entry("grouping.warning.tierTemplateAdjusted", "The tier template {0} does not fit every group exactly; used instead: {1}."),
            Map.entry("grouping.warning.fewLeaders", "Only {0} leader candidates for {1} groups: {2} groups have none."),
            Map.entry("grouping.warning.topThirdShort", "Only {1} students are in the top third of {0}, fewer than the {2} groups."),
            Map.entry("grouping.warning.imputed", "{0} missing values were replaced by the class mean ({1})."),
            Map.entry("grouping.warning.timeLimit", "The time limit ({0} s) stopped the search; the grouping is valid but could be improved with more time."),
            Map.entry("grouping.warning.unknownPrevious", "{0} students of the previous grouping are not in this class and were ignored."));

    private Messages() {
    }

    /** English text for {@code key} with {@code args} filled in. */
    public static String format(String key, Object... args) {
        String p = PATTERNS.get(key);
        if (p == null) {
            throw new IllegalArgumentException("no message for " + key);
        }
        return new MessageFormat(p, Locale.ROOT).format(args);
    }

    /** All known keys (for tests and translation tables). */
    public static java.util.Set<String> keys() {
        return PATTERNS.keySet();
    }

    public static GroupingException error(String key, Object... args) {
        return new GroupingException(key, List.of(args), format(key, args));
    }

    public static Notice notice(String key, Object... args) {
        return new Notice(key, List.of(args), format(key, args));
    }
}
