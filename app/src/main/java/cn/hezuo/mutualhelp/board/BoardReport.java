package cn.hezuo.mutualhelp.board;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.mutualhelp.People;
import cn.hezuo.school.ClassAccess;
import cn.hezuo.school.SchoolClass;
import cn.hezuo.school.Subject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The board report for the class's head teacher and subject teachers over the last {@code days} days: questions per
 * group and per student (in group and 学号 order, never ranked), answer rate, median time to the first answer,
 * questions unanswered for more than a day, and the knowledge points asked most (questions + “我也有这个问题”).
 * Hidden questions are left out; a question counts as answered when it has an answer nobody hid.
 */
@Service
class BoardReport {

    static final List<Integer> PERIODS = List.of(7, 30, 120);

    record GroupRow(Integer groupNo, int questions, int answered) {
    }

    record StudentRow(String name, int asked, int answers, int accepted) {
    }

    record PointRow(String knowledgePoint, int questions, int meToo) {
    }

    record Unanswered(long id, String body, String subject, String author, Instant createdAt) {
    }

    record Report(SchoolClass schoolClass, List<Subject> subjects, Long subjectId, int days, int questions,
                  int answered, Integer answerRatePercent, Duration medianFirstAnswer, List<GroupRow> groups,
                  List<StudentRow> students, List<PointRow> points, List<Unanswered> unanswered) {
    }

    private final BoardQuestionRepository questions;
    private final BoardAnswerRepository answers;
    private final People people;
    private final ClassAccess classes;
    private final Clock clock;

    BoardReport(BoardQuestionRepository questions, BoardAnswerRepository answers, People people, ClassAccess classes,
                Clock clock) {
        this.questions = questions;
        this.answers = answers;
        this.people = people;
        this.classes = classes;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    Report report(HezuoUser user, long classId, Long subjectId, int days) {
        SchoolClass schoolClass = classes.requireView(user, classId);
        int period = PERIODS.contains(days) ? days : 30;
        Instant now = clock.instant();
        List<Subject> subjects = people.subjects(schoolClass.getSchoolId());
        Map<Long, String> subjectNames = new HashMap<>();
        subjects.forEach(s -> subjectNames.put(s.getId(), s.getName()));
        List<BoardQuestion> list = questions.findByClassIdAndCreatedAtGreaterThanEqualOrderByCreatedAtAscIdAsc(classId,
                        now.minus(Duration.ofDays(period))).stream()
                .filter(q -> !q.isHidden() && (subjectId == null || q.getSubjectId().equals(subjectId))).toList();
        Map<Long, List<BoardAnswer>> byQuestion = new HashMap<>();
        if (!list.isEmpty()) {
            answers.findByQuestionIdInOrderByCreatedAtAscIdAsc(list.stream().map(BoardQuestion::getId).toList())
                    .stream().filter(a -> !a.isHidden())
                    .forEach(a -> byQuestion.computeIfAbsent(a.getQuestionId(), k -> new ArrayList<>()).add(a));
        }
        Map<Long, String> names = people.classNames(classId);
        Map<Integer, int[]> groups = new TreeMap<>(Comparator.nullsLast(Comparator.naturalOrder()));
        Map<Long, int[]> perStudent = new LinkedHashMap<>();
        names.keySet().forEach(id -> perStudent.put(id, new int[3]));
        Map<String, int[]> points = new HashMap<>();
        List<Long> firstAnswerMillis = new ArrayList<>();
        List<Unanswered> unanswered = new ArrayList<>();
        int answered = 0;
        for (BoardQuestion q : list) {
            List<BoardAnswer> mine = byQuestion.getOrDefault(q.getId(), List.of());
            boolean isAnswered = !mine.isEmpty();
            answered += isAnswered ? 1 : 0;
            int[] g = groups.computeIfAbsent(q.getGroupNo(), k -> new int[2]);
            g[0]++;
            g[1] += isAnswered ? 1 : 0;
            int[] s = perStudent.get(q.getStudentId());
            if (s != null) {
                s[0]++;
            }
            for (BoardAnswer a : mine) {
                int[] by = a.getStudentId() == null ? null : perStudent.get(a.getStudentId());
                if (by != null) {
                    by[1]++;
                    by[2] += a.isAccepted() ? 1 : 0;
                }
            }
            if (q.getKnowledgePoint() != null) {
                int[] p = points.computeIfAbsent(q.getKnowledgePoint(), k -> new int[2]);
                p[0]++;
                p[1] += q.getMeToo();
            }
            if (isAnswered) {
                firstAnswerMillis.add(Duration.between(q.getCreatedAt(), mine.get(0).getCreatedAt()).toMillis());
            } else if (q.getCreatedAt().isBefore(now.minus(Duration.ofDays(1)))) {
                unanswered.add(new Unanswered(q.getId(), q.getBody(), subjectNames.getOrDefault(q.getSubjectId(), ""),
                        names.getOrDefault(q.getStudentId(), ""), q.getCreatedAt()));
            }
        }
        List<GroupRow> groupRows = groups.entrySet().stream()
                .map(e -> new GroupRow(e.getKey(), e.getValue()[0], e.getValue()[1])).toList();
        List<StudentRow> studentRows = perStudent.entrySet().stream()
                .map(e -> new StudentRow(names.get(e.getKey()), e.getValue()[0], e.getValue()[1], e.getValue()[2]))
                .toList();
        List<PointRow> pointRows = points.entrySet().stream()
                .map(e -> new PointRow(e.getKey(), e.getValue()[0], e.getValue()[1]))
                .sorted(Comparator.comparingInt((PointRow p) -> p.questions() + p.meToo()).reversed()
                        .thenComparing(PointRow::knowledgePoint))
                .limit(10).toList();
        Integer rate = list.isEmpty() ? null : Math.round(100f * answered / list.size());
        return new Report(schoolClass, subjects, subjectId, period, list.size(), answered, rate,
                median(firstAnswerMillis), groupRows, studentRows, pointRows, unanswered);
    }

    /** The median of the durations (the mean of the middle two for an even count); null for none. */
    static Duration median(List<Long> millis) {
        if (millis.isEmpty()) {
            return null;
        }
        List<Long> sorted = millis.stream().sorted().toList();
        int n = sorted.size();
        long m = n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
        return Duration.ofMillis(m);
    }
}
