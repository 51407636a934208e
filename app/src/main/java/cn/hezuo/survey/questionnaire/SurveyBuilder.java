package cn.hezuo.survey.questionnaire;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.audit.AuditText;
import cn.hezuo.audit.AuditTrail;
import cn.hezuo.system.NotFoundException;
import cn.hezuo.system.RuleViolationException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The free-question builder: the survey's creator (or the admin) adds their own questions — single or multiple
 * choice, Likert with 3, 5 or 7 labelled points, a 1–N rating, short text — with sections, reorders and deletes them.
 * Once anyone has answered (a response, a draft or a paper sheet) the questions are frozen: the answers refer to them
 * by position and option, so a change would silently change what people answered. A 前测 that a 后测 repeats is frozen
 * too (the 后测 is matched to it by position), and a 后测 keeps its 前测's questions.
 */
@Service
public class SurveyBuilder {

    static final Set<Integer> LIKERT_POINTS = Set.of(3, 5, 7);
    static final int MAX_OPTIONS = 10;
    static final int MAX_OPTION_LENGTH = 40;

    private final SurveyService surveys;
    private final SurveyRepository surveyRows;
    private final SurveyQuestionRepository questions;
    private final JdbcTemplate jdbc;
    private final AuditTrail audit;

    SurveyBuilder(SurveyService surveys, SurveyRepository surveyRows, SurveyQuestionRepository questions,
                  JdbcTemplate jdbc, AuditTrail audit) {
        this.surveys = surveys;
        this.surveyRows = surveyRows;
        this.questions = questions;
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** The survey if the user may edit its questions (creator or admin); 403 otherwise. */
    @Transactional(readOnly = true)
    public Survey requireEditor(HezuoUser user, long surveyId) {
        Survey survey = surveys.require(user, surveyId);
        if (!user.isAdmin() && !user.getUsername().equals(survey.getCreatedBy())) {
            throw new AccessDeniedException("only the creator edits survey " + surveyId);
        }
        return survey;
    }

    /** Why the questions cannot change now, as a message key, or null when they can. */
    @Transactional(readOnly = true)
    public String frozenReason(Survey survey) {
        if (answers(survey.getId()) > 0) {
            return "survey.builder.frozen.answers";
        }
        if (survey.getPhase() == SurveyPhase.POST) {
            return "survey.builder.frozen.post";
        }
        boolean repeated = surveyRows.findBySchoolIdOrderByOpensOnDescIdDesc(survey.getSchoolId()).stream()
                .anyMatch(s -> survey.getId().equals(s.getPreId()));
        return repeated ? "survey.builder.frozen.pre" : null;
    }

    @Transactional
    public SurveyQuestion add(HezuoUser user, long surveyId, QuestionForm form) {
        Survey survey = requireEditable(user, surveyId);
        List<String> options = options(form);
        List<SurveyQuestion> existing = questions.findBySurveyIdOrderBySortOrderAscIdAsc(surveyId);
        int order = existing.isEmpty() ? 0 : existing.get(existing.size() - 1).getSortOrder() + 1;
        String section = form.section() == null || form.section().isBlank() ? null : form.section().strip();
        SurveyQuestion q = questions.save(new SurveyQuestion(surveyId, order, section, form.kind(),
                form.prompt().strip(), options, null));
        audit.record("UPDATE", "Survey", surveyId, AuditText.of("audit.msg.survey.questionAdded", survey.getTitle(),
                q.getPrompt()));
        return q;
    }

    /** Moves a question one place up (delta −1) or down (+1); the first stays first when moved up. */
    @Transactional
    public void move(HezuoUser user, long surveyId, long questionId, int delta) {
        Survey survey = requireEditable(user, surveyId);
        List<SurveyQuestion> list = new ArrayList<>(questions.findBySurveyIdOrderBySortOrderAscIdAsc(surveyId));
        int index = indexOf(list, questionId);
        int target = Math.max(0, Math.min(list.size() - 1, index + Integer.signum(delta)));
        if (target != index) {
            list.add(target, list.remove(index));
        }
        for (int i = 0; i < list.size(); i++) {
            list.get(i).moveTo(i);
        }
        audit.record("UPDATE", "Survey", surveyId, AuditText.of("audit.msg.survey.questionMoved", survey.getTitle(),
                list.get(target).getPrompt(), target + 1));
    }

    @Transactional
    public void delete(HezuoUser user, long surveyId, long questionId) {
        Survey survey = requireEditable(user, surveyId);
        List<SurveyQuestion> list = questions.findBySurveyIdOrderBySortOrderAscIdAsc(surveyId);
        SurveyQuestion q = list.get(indexOf(list, questionId));
        if (list.size() == 1) {
            throw new RuleViolationException("survey.builder.lastQuestion");
        }
        questions.delete(q);
        audit.record("UPDATE", "Survey", surveyId, AuditText.of("audit.msg.survey.questionDeleted", survey.getTitle(),
                q.getPrompt()));
    }

    private Survey requireEditable(HezuoUser user, long surveyId) {
        Survey survey = requireEditor(user, surveyId);
        String reason = frozenReason(survey);
        if (reason != null) {
            throw new RuleViolationException(reason, answers(surveyId));
        }
        return survey;
    }

    private static int indexOf(List<SurveyQuestion> list, long questionId) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).getId() == questionId) {
                return i;
            }
        }
        throw new NotFoundException("question", questionId);
    }

    /** Answer sheets, drafts and participations: anything that refers to the questions as they are. */
    @Transactional(readOnly = true)
    public long answers(long surveyId) {
        Long n = jdbc.queryForObject("select (select count(*) from survey_response where survey_id = ?)"
                + " + (select count(*) from survey_draft where survey_id = ?)"
                + " + (select count(*) from survey_participation where survey_id = ?)", Long.class,
                surveyId, surveyId, surveyId);
        return n == null ? 0 : n;
    }

    /** The options in scale order, checked against the kind; a rule violation in Chinese otherwise. */
    static List<String> options(QuestionForm form) {
        List<String> lines = new ArrayList<>();
        if (form.options() != null) {
            for (String line : form.options().split("\\R")) {
                if (!line.isBlank()) {
                    lines.add(line.strip());
                }
            }
        }
        switch (form.kind()) {
            case TEXT:
                return List.of();
            case RATING: {
                int points = form.points() == null ? 5 : form.points();
                if (points < 3 || points > MAX_OPTIONS) {
                    throw new RuleViolationException("survey.builder.ratingPoints", MAX_OPTIONS);
                }
                List<String> scale = new ArrayList<>();
                for (int i = 1; i <= points; i++) {
                    scale.add(String.valueOf(i));
                }
                return scale;
            }
            case LIKERT:
                if (form.points() == null || !LIKERT_POINTS.contains(form.points())) {
                    throw new RuleViolationException("survey.builder.likertPoints");
                }
                if (lines.size() != form.points()) {
                    throw new RuleViolationException("survey.builder.likertLabels", form.points(), lines.size());
                }
                break;
            default:
                if (lines.size() < 2 || lines.size() > MAX_OPTIONS) {
                    throw new RuleViolationException("survey.builder.optionCount", MAX_OPTIONS);
                }
        }
        Set<String> distinct = new LinkedHashSet<>();
        for (String line : lines) {
            if (line.length() > MAX_OPTION_LENGTH) {
                throw new RuleViolationException("survey.builder.optionLength", line, MAX_OPTION_LENGTH);
            }
            if (!distinct.add(line)) {
                throw new RuleViolationException("survey.builder.optionTwice", line);
            }
        }
        return lines;
    }
}
