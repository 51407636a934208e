package cn.hezuo.survey.questionnaire;

import cn.hezuo.roster.RosterQuery;
import cn.hezuo.roster.RosterRow;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo school's 前测 and 后测 (named, so the pre/post page shows the paired test): given to the experiment classes
 * and the control class, the 前测 closed eight weeks ago with every student's answers, the 后测 open this week and
 * answered by everyone but seats 1 and 2 of each class (the demo students 070101/070102 still find it on /me).
 * Experiment classes move towards the first (positive) option more often than the control class.
 */
@Component
public class SurveyDemo {

    static final List<String> QUESTIONS = List.of("attitude.math", "cooperation.willing", "speaking.active",
            "evaluation.ability", "interest.group", "group.role");

    private final SurveyRepository surveys;
    private final SurveyQuestionRepository questions;
    private final RosterQuery roster;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    SurveyDemo(SurveyRepository surveys, SurveyQuestionRepository questions, RosterQuery roster, JdbcTemplate jdbc,
               Clock clock) {
        this.surveys = surveys;
        this.questions = questions;
        this.roster = roster;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    public void load(long schoolId, String createdBy, List<Long> experimentClassIds, long controlClassId, long seed) {
        LocalDate today = LocalDate.now(clock);
        List<Long> classIds = new ArrayList<>(experimentClassIds);
        classIds.add(controlClassId);
        Instant now = Instant.now(clock);
        Survey pre = surveys.save(new Survey(schoolId, "小组合作学习问卷（前测）", false, SurveyPhase.PRE, null,
                today.minusWeeks(8), today.minusWeeks(8).plusDays(6), new LinkedHashSet<>(classIds), createdBy,
                now.minus(57, ChronoUnit.DAYS)));
        Survey post = surveys.save(new Survey(schoolId, "小组合作学习问卷（后测）", false, SurveyPhase.POST, pre.getId(),
                today.minusDays(2), today.plusDays(5), new LinkedHashSet<>(classIds), createdBy, now.minus(3, ChronoUnit.DAYS)));
        List<SurveyQuestion> preQuestions = new ArrayList<>();
        List<SurveyQuestion> postQuestions = new ArrayList<>();
        int order = 0;
        for (String code : QUESTIONS) {
            QuestionBank.Entry e = QuestionBank.find(code).orElseThrow();
            preQuestions.add(questions.save(new SurveyQuestion(pre.getId(), order, e.section(), e.kind(), e.prompt(),
                    e.options(), code)));
            postQuestions.add(questions.save(new SurveyQuestion(post.getId(), order++, e.section(), e.kind(),
                    e.prompt(), e.options(), code)));
        }
        // the answers go in through JDBC: the surveys and questions must be in the database first
        questions.flush();
        Random random = new Random(seed);
        for (long classId : classIds) {
            double improve = experimentClassIds.contains(classId) ? 0.45 : 0.12;
            List<RosterRow> students = roster.roster(classId, false, RosterQuery.SortOrder.STUDENT_NO);
            for (int s = 0; s < students.size(); s++) {
                long studentId = students.get(s).student().getId();
                Map<Long, List<Integer>> before = new TreeMap<>();
                Map<Long, List<Integer>> after = new TreeMap<>();
                for (int q = 0; q < QUESTIONS.size(); q++) {
                    SurveyQuestion pq = preQuestions.get(q);
                    int options = pq.getOptions().size();
                    if (pq.getKind() == QuestionKind.MULTIPLE) {
                        before.put(pq.getId(), List.of(random.nextInt(options)));
                        after.put(postQuestions.get(q).getId(), List.of(random.nextInt(options),
                                (random.nextInt(options - 1) + 1) % options).stream().distinct().sorted().toList());
                        continue;
                    }
                    int first = Math.min(options - 1, (int) Math.floor(Math.abs(random.nextGaussian()) * 0.9 + 0.6));
                    int second = random.nextDouble() < improve ? Math.max(0, first - 1)
                            : random.nextDouble() < 0.1 ? Math.min(options - 1, first + 1) : first;
                    before.put(pq.getId(), List.of(first));
                    after.put(postQuestions.get(q).getId(), List.of(second));
                }
                insert(pre, classId, studentId, new Answers(before, Map.of()), now.minus(55, ChronoUnit.DAYS));
                if (s >= 2) {
                    insert(post, classId, studentId, new Answers(after, Map.of()), now.minus(1, ChronoUnit.DAYS));
                }
            }
        }
    }

    private void insert(Survey survey, long classId, long studentId, Answers answers, Instant at) {
        jdbc.update("insert into survey_participation (survey_id, student_id) values (?, ?)", survey.getId(), studentId);
        jdbc.update("insert into survey_response (id, survey_id, class_id, student_id, submitted_at, answers) "
                + "values (?, ?, ?, ?, ?, ?)", UUID.randomUUID().toString(), survey.getId(), classId, studentId,
                Timestamp.from(at), answers.toJson());
    }
}
