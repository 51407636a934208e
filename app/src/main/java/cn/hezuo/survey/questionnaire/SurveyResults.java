package cn.hezuo.survey.questionnaire;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.roster.RosterQuery;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a teacher may read of a survey's answers: only counts. Per class and overall, per question, the count per
 * option and the number who answered; a class with fewer than {@link #MIN_GROUP} respondents is not broken down (its
 * counts are withheld, it still counts overall). Never a single response. Also the live response rate per class.
 */
@Component
public class SurveyResults {

    /** Groups smaller than this are not broken down (product policy: minors' data). */
    public static final int MIN_GROUP = 5;

    /** Counts of one question in one group; {@code counts} is null when the group is too small to show. */
    public record QuestionCounts(long questionId, long respondents, long[] counts) {
        public boolean withheld() {
            return counts == null;
        }
    }

    /** One class (or the overall, classId null): how many submitted and the counts per question. */
    public record GroupCounts(Long classId, long responses, boolean withheld, Map<Long, QuestionCounts> questions) {
    }

    /** A class's response rate: submissions over active students. */
    public record Rate(long classId, long responses, long students) {
        public double percent() {
            return students == 0 ? 0 : 100.0 * responses / students;
        }
    }

    private final SurveyService surveys;
    private final JdbcTemplate jdbc;
    private final RosterQuery roster;

    SurveyResults(SurveyService surveys, JdbcTemplate jdbc, RosterQuery roster) {
        this.surveys = surveys;
        this.jdbc = jdbc;
        this.roster = roster;
    }

    @Transactional(readOnly = true)
    public List<Rate> rates(HezuoUser user, long surveyId) {
        Survey survey = surveys.require(user, surveyId);
        Map<Long, Long> byClass = responsesByClass(surveyId);
        // one grouped count for all the classes (a school-wide survey has 60 or more), not one roster read per class
        Map<Long, Long> students = roster.activeCounts(survey.getClassIds());
        List<Rate> rates = new ArrayList<>();
        for (Long classId : survey.getClassIds().stream().sorted().toList()) {
            rates.add(new Rate(classId, byClass.getOrDefault(classId, 0L), students.getOrDefault(classId, 0L)));
        }
        return rates;
    }

    /** Per class (in class id order) then the overall (classId null). */
    @Transactional(readOnly = true)
    public List<GroupCounts> counts(HezuoUser user, long surveyId) {
        Survey survey = surveys.require(user, surveyId);
        List<SurveyQuestion> questions = surveys.questions(survey.getId());
        Map<Long, List<Answers>> byClass = new LinkedHashMap<>();
        for (Long classId : survey.getClassIds().stream().sorted().toList()) {
            byClass.put(classId, new ArrayList<>());
        }
        // answers in a fixed, content-based order: nothing about the storage order reaches the caller
        jdbc.query("select class_id, answers from survey_response where survey_id = ? order by class_id, answers",
                rs -> {
                    byClass.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>())
                            .add(Answers.fromJson(rs.getString(2)));
                }, surveyId);
        List<GroupCounts> result = new ArrayList<>();
        List<Answers> all = new ArrayList<>();
        byClass.forEach((classId, answers) -> {
            all.addAll(answers);
            result.add(tally(classId, answers, questions));
        });
        result.add(tally(null, all, questions));
        return result;
    }

    /**
     * The counts of the given classes of a survey taken together (e.g. its 实验班): one group, withheld when it has
     * fewer than {@link #MIN_GROUP} responses. Classes the survey was not given to count nothing.
     */
    @Transactional(readOnly = true)
    public GroupCounts countsOf(HezuoUser user, long surveyId, java.util.Collection<Long> classIds) {
        Survey survey = surveys.require(user, surveyId);
        List<SurveyQuestion> questions = surveys.questions(survey.getId());
        java.util.Set<Long> wanted = new java.util.HashSet<>(classIds);
        List<Answers> answers = new ArrayList<>();
        jdbc.query("select class_id, answers from survey_response where survey_id = ? order by class_id, answers",
                rs -> {
                    if (wanted.contains(rs.getLong(1))) {
                        answers.add(Answers.fromJson(rs.getString(2)));
                    }
                }, surveyId);
        return tally(null, answers, questions);
    }

    /** {@link #namedAnswers(HezuoUser, long)} of the students who answered in one of these classes. */
    @Transactional(readOnly = true)
    public Map<Long, Answers> namedAnswers(HezuoUser user, long surveyId, java.util.Collection<Long> classIds) {
        Survey survey = surveys.require(user, surveyId);
        if (survey.isAnonymous()) {
            throw new IllegalStateException("an anonymous survey has no named answers");
        }
        java.util.Set<Long> wanted = new java.util.HashSet<>(classIds);
        Map<Long, Answers> map = new LinkedHashMap<>();
        jdbc.query("select student_id, class_id, answers from survey_response where survey_id = ?"
                + " and student_id is not null order by student_id", rs -> {
                    if (wanted.contains(rs.getLong(2))) {
                        map.put(rs.getLong(1), Answers.fromJson(rs.getString(3)));
                    }
                }, surveyId);
        return map;
    }

    /**
     * A named survey's answers by student id, for pairing a 前测 with its 后测. Refused for an anonymous survey: its
     * answers have no student, and the caller must use the counts.
     */
    @Transactional(readOnly = true)
    public Map<Long, Answers> namedAnswers(HezuoUser user, long surveyId) {
        Survey survey = surveys.require(user, surveyId);
        if (survey.isAnonymous()) {
            throw new IllegalStateException("an anonymous survey has no named answers");
        }
        Map<Long, Answers> map = new LinkedHashMap<>();
        jdbc.query("select student_id, answers from survey_response where survey_id = ? and student_id is not null "
                + "order by student_id", rs -> {
                    map.put(rs.getLong(1), Answers.fromJson(rs.getString(2)));
                }, surveyId);
        return map;
    }

    static GroupCounts tally(Long classId, List<Answers> answers, List<SurveyQuestion> questions) {
        boolean withheld = answers.size() < MIN_GROUP;
        Map<Long, QuestionCounts> map = new LinkedHashMap<>();
        for (SurveyQuestion q : questions) {
            if (!q.getKind().hasOptions()) {
                continue;
            }
            long[] counts = new long[q.getOptions().size()];
            long respondents = 0;
            for (Answers a : answers) {
                List<Integer> chosen = a.choices().get(q.getId());
                if (chosen != null && !chosen.isEmpty()) {
                    respondents++;
                    for (int i : chosen) {
                        counts[i]++;
                    }
                }
            }
            map.put(q.getId(), new QuestionCounts(q.getId(), respondents, withheld ? null : counts));
        }
        return new GroupCounts(classId, answers.size(), withheld, map);
    }

    private Map<Long, Long> responsesByClass(long surveyId) {
        Map<Long, Long> map = new HashMap<>();
        jdbc.query("select class_id, count(*) from survey_response where survey_id = ? group by class_id order by class_id",
                rs -> {
                    map.put(rs.getLong(1), rs.getLong(2));
                }, surveyId);
        return map;
    }
}
