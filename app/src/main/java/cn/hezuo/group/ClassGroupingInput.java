package cn.hezuo.group;

import cn.hezuo.grouping.GroupingOptions;
import cn.hezuo.grouping.GroupingProblem;
import cn.hezuo.grouping.Student;
import cn.hezuo.grouping.TierTemplate;
import cn.hezuo.roster.StudentScore;
import cn.hezuo.school.Subject;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A class as the grouping engine sees it: students keyed by their database id, prior scores of the
 * chosen subjects as features (missing → NaN, which the engine replaces by the class mean), gender and
 * personality as categories. Also the problem for a given set of choices.
 */
final class ClassGroupingInput {

    static final String GENDER = "性别";
    static final String PERSONALITY = "性格";
    /**
     * A safety stop only. The engine ends on its own budgets of rounds and nodes (a 50-student class in well under
     * a second, docs/group-life.md), which makes the preview the same for the same seed however busy the server
     * is; a wall-clock limit the search actually reached would make it depend on the load instead.
     */
    static final Duration SAFETY_STOP = Duration.ofSeconds(10);

    private final List<cn.hezuo.roster.Student> students;
    private final List<Subject> subjects;
    private final Map<Long, Map<Long, BigDecimal>> scores;

    ClassGroupingInput(List<cn.hezuo.roster.Student> students, List<Subject> subjects, List<StudentScore> scoreRows) {
        this.students = List.copyOf(students);
        this.subjects = List.copyOf(subjects);
        this.scores = new HashMap<>();
        scoreRows.forEach(s -> scores.computeIfAbsent(s.getStudentId(), id -> new HashMap<>())
                .put(s.getSubjectId(), s.getScore()));
    }

    public List<cn.hezuo.roster.Student> students() {
        return students;
    }

    public List<Subject> subjects() {
        return subjects;
    }

    /** Score of a student in a subject, or NaN. */
    public double score(long studentId, long subjectId) {
        BigDecimal value = scores.getOrDefault(studentId, Map.of()).get(subjectId);
        return value == null ? Double.NaN : value.doubleValue();
    }

    /** Subjects the form asks for, or every subject that has at least one score. */
    public List<Subject> chosenSubjects(GroupingForm form) {
        List<Subject> withScores = subjects.stream()
                .filter(s -> students.stream().anyMatch(st -> !Double.isNaN(score(st.getId(), s.getId())))).toList();
        if (form.subjectIds().isEmpty()) {
            return withScores;
        }
        Set<Long> wanted = Set.copyOf(form.subjectIds());
        return withScores.stream().filter(s -> wanted.contains(s.getId())).toList();
    }

    /** Sum of the chosen subjects' scores (missing counts as the subject's class mean) — for member numbers. */
    public Map<Long, Double> totals(List<Subject> chosen) {
        Map<Long, Double> means = new HashMap<>();
        for (Subject subject : chosen) {
            means.put(subject.getId(), students.stream().mapToDouble(s -> score(s.getId(), subject.getId()))
                    .filter(v -> !Double.isNaN(v)).average().orElse(0));
        }
        Map<Long, Double> totals = new LinkedHashMap<>();
        for (cn.hezuo.roster.Student student : students) {
            double total = 0;
            for (Subject subject : chosen) {
                double v = score(student.getId(), subject.getId());
                total += Double.isNaN(v) ? means.get(subject.getId()) : v;
            }
            totals.put(student.getId(), total);
        }
        return totals;
    }

    /**
     * The engine problem for these choices. {@code fixed} pins students (by id) to 0-based groups, used
     * when the teacher locks students and re-runs; {@code previous} maps student id to a group label.
     */
    public GroupingProblem problem(GroupingForm form, Map<Long, Integer> fixed, Map<Long, String> previous) {
        return problem(form, fixed, previous, interactiveTimeLimit());
    }

    /** The engine's time limit when a teacher waits for the preview. */
    Duration interactiveTimeLimit() {
        return SAFETY_STOP;
    }

    /** The same with another time limit (the preview measurement compares limits). */
    public GroupingProblem problem(GroupingForm form, Map<Long, Integer> fixed, Map<Long, String> previous,
                                   Duration timeLimit) {
        List<Subject> chosen = chosenSubjects(form);
        List<String> featureNames = chosen.stream().map(Subject::getName).toList();
        List<Student> engineStudents = new ArrayList<>();
        Set<Long> leaders = Set.copyOf(form.leaderIds());
        for (cn.hezuo.roster.Student s : students) {
            double[] features = new double[chosen.size()];
            for (int i = 0; i < chosen.size(); i++) {
                features[i] = score(s.getId(), chosen.get(i).getId());
            }
            Map<String, String> categories = new LinkedHashMap<>();
            categories.put(GENDER, s.getGender().name());
            categories.put(PERSONALITY, s.getPersonality() == null ? "" : s.getPersonality());
            engineStudents.add(new Student(String.valueOf(s.getId()), features, categories, leaders.contains(s.getId())));
        }
        GroupingOptions.Builder options = GroupingOptions.builder()
                .groupSize(form.groupSize(), form.sizeMode())
                .seed(form.seed() == null ? 0L : form.seed())
                .timeLimit(timeLimit)
                .leaderCoverage(!leaders.isEmpty());
        if (form.balanceGender()) {
            options.balance(GENDER);
        }
        if (form.balancePersonality()) {
            options.balance(PERSONALITY);
        }
        int[] tiers = form.tierCounts();
        if (tiers.length > 0 && !chosen.isEmpty()) {
            options.tiers(TierTemplate.byTotalScore(tiers));
        }
        Set<Long> present = new java.util.HashSet<>();
        students.forEach(s -> present.add(s.getId()));
        for (long[] pair : GroupingForm.parsePairs(form.apartPairs())) {
            if (present.contains(pair[0]) && present.contains(pair[1])) {
                options.keepApart(String.valueOf(pair[0]), String.valueOf(pair[1]));
            }
        }
        for (long[] pair : GroupingForm.parsePairs(form.togetherPairs())) {
            if (present.contains(pair[0]) && present.contains(pair[1])) {
                options.keepTogether(String.valueOf(pair[0]), String.valueOf(pair[1]));
            }
        }
        fixed.forEach((id, group) -> options.fix(String.valueOf(id), group));
        if (form.mixWithLastPlan() && !previous.isEmpty()) {
            Map<String, String> labels = new LinkedHashMap<>();
            previous.forEach((id, label) -> labels.put(String.valueOf(id), label));
            options.previousGrouping(labels);
        }
        return new GroupingProblem(featureNames, engineStudents, options.build());
    }
}
