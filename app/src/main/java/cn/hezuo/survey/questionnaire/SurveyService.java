package cn.hezuo.survey.questionnaire;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.audit.AuditText;
import cn.hezuo.audit.AuditTrail;
import cn.hezuo.school.ClassAccess;
import cn.hezuo.system.NotFoundException;
import cn.hezuo.system.RuleViolationException;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creating questionnaires and reading them back for the people allowed to. */
@Service
public class SurveyService {

    private final SurveyRepository surveys;
    private final SurveyQuestionRepository questions;
    private final ClassAccess classAccess;
    private final AuditTrail audit;
    private final Clock clock;

    SurveyService(SurveyRepository surveys, SurveyQuestionRepository questions, ClassAccess classAccess,
                  AuditTrail audit, Clock clock) {
        this.surveys = surveys;
        this.questions = questions;
        this.classAccess = classAccess;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Creates a survey for classes the teacher teaches (or heads). A 后测 takes the 前测's questions, anonymity
     * stays as the teacher chose; any other survey takes the chosen bank questions in bank order.
     */
    @Transactional
    public Survey create(HezuoUser user, SurveyForm form) {
        requireTeacher(user);
        for (Long classId : form.classIds()) {
            classAccess.requireView(user, classId);
        }
        if (form.closesOn().isBefore(form.opensOn())) {
            throw new RuleViolationException("survey.error.window");
        }
        Survey pre = null;
        if (form.phase() == SurveyPhase.POST) {
            if (form.preId() == null) {
                throw new RuleViolationException("survey.error.preMissing");
            }
            pre = require(user, form.preId());
        }
        Survey survey = surveys.save(new Survey(user.schoolId(), form.title().strip(), form.anonymous(), form.phase(),
                pre == null ? null : pre.getId(), form.opensOn(), form.closesOn(),
                new LinkedHashSet<>(form.classIds()), user.getUsername(), Instant.now(clock)));
        int order = 0;
        if (pre != null) {
            for (SurveyQuestion q : questions.findBySurveyIdOrderBySortOrderAscIdAsc(pre.getId())) {
                questions.save(new SurveyQuestion(survey.getId(), order++, q.getSection(), q.getKind(), q.getPrompt(),
                        q.getOptions(), q.getBankCode()));
            }
        } else {
            List<String> codes = form.bankCodes() == null ? List.of() : form.bankCodes();
            for (QuestionBank.Entry entry : QuestionBank.entries()) {
                if (codes.contains(entry.code())) {
                    questions.save(new SurveyQuestion(survey.getId(), order++, entry.section(), entry.kind(),
                            entry.prompt(), entry.options(), entry.code()));
                }
            }
        }
        if (order == 0) {
            throw new RuleViolationException("survey.error.noQuestions");
        }
        audit.record("CREATE", "Survey", survey.getId(), AuditText.of("audit.msg.survey.created", survey.getTitle(),
                order, AuditText.yesNo(survey.isAnonymous())));
        return survey;
    }

    static final int TITLE_MAX = 80;

    /**
     * 复制为新问卷: a new survey with the source's sections and questions (kinds, prompts, options, in order) and
     * nothing of its answers, drafts, paper sheets or reminders — so its questions are editable again
     * ({@link SurveyBuilder}); the way to change a survey that already has answers. Any teacher who may see the
     * source copies it; the copy is theirs, given to those of the source's classes they may view, anonymous or named
     * as the source, for the window they choose. A 后测 becomes a survey given once (a 后测 keeps its 前测's
     * questions, so it could not be edited); a 前测 stays a 前测. Audited.
     */
    @Transactional
    public Survey copy(HezuoUser user, long sourceId, String title, java.time.LocalDate opensOn,
                       java.time.LocalDate closesOn) {
        Survey source = require(user, sourceId);
        String name = title == null ? "" : title.strip();
        if (name.isEmpty()) {
            throw new RuleViolationException("survey.error.copyTitle");
        }
        if (name.length() > TITLE_MAX) {
            throw new RuleViolationException("survey.error.copyTitleLength", TITLE_MAX, name.length());
        }
        if (opensOn == null || closesOn == null) {
            throw new RuleViolationException("survey.error.copyWindow");
        }
        if (closesOn.isBefore(opensOn)) {
            throw new RuleViolationException("survey.error.window");
        }
        java.util.Set<Long> viewable = viewableClassIds(user);
        LinkedHashSet<Long> classIds = new LinkedHashSet<>();
        source.getClassIds().stream().sorted().filter(viewable::contains).forEach(classIds::add);
        if (classIds.isEmpty()) {
            throw new RuleViolationException("survey.error.copyNoClass");
        }
        SurveyPhase phase = source.getPhase() == SurveyPhase.POST ? SurveyPhase.ONCE : source.getPhase();
        Survey copy = surveys.save(new Survey(user.schoolId(), name, source.isAnonymous(), phase, null, opensOn,
                closesOn, classIds, user.getUsername(), Instant.now(clock)));
        int order = 0;
        for (SurveyQuestion q : questions.findBySurveyIdOrderBySortOrderAscIdAsc(source.getId())) {
            questions.save(new SurveyQuestion(copy.getId(), order++, q.getSection(), q.getKind(), q.getPrompt(),
                    q.getOptions(), q.getBankCode()));
        }
        audit.record("CREATE", "Survey", copy.getId(), AuditText.of("audit.msg.survey.copied", source.getTitle(),
                copy.getTitle(), order));
        return copy;
    }

    /** A survey of the user's school that the user may see: a teacher of one of its classes, or the admin. */
    @Transactional(readOnly = true)
    public Survey require(HezuoUser user, long surveyId) {
        requireTeacher(user);
        Survey survey = surveys.findByIdAndSchoolId(surveyId, user.schoolId())
                .orElseThrow(() -> new NotFoundException("survey", surveyId));
        java.util.Set<Long> viewable = viewableClassIds(user);
        boolean visible = user.isAdmin() || user.getUsername().equals(survey.getCreatedBy())
                || survey.getClassIds().stream().anyMatch(viewable::contains);
        if (!visible) {
            throw new AccessDeniedException("survey " + surveyId);
        }
        return survey;
    }

    @Transactional(readOnly = true)
    public List<Survey> visibleTo(HezuoUser user) {
        requireTeacher(user);
        java.util.Set<Long> viewable = viewableClassIds(user);
        return surveys.findBySchoolIdOrderByOpensOnDescIdDesc(user.schoolId()).stream()
                .filter(s -> user.isAdmin() || user.getUsername().equals(s.getCreatedBy())
                        || s.getClassIds().stream().anyMatch(viewable::contains))
                .toList();
    }

    @Transactional(readOnly = true)
    public List<SurveyQuestion> questions(long surveyId) {
        return questions.findBySurveyIdOrderBySortOrderAscIdAsc(surveyId);
    }

    /** Asked once, without exceptions: a refused requireView would mark the reading transaction rollback-only. */
    private java.util.Set<Long> viewableClassIds(HezuoUser user) {
        java.util.Set<Long> ids = new java.util.HashSet<>();
        classAccess.viewable(user).forEach(c -> ids.add(c.getId()));
        return ids;
    }

    static void requireTeacher(HezuoUser user) {
        if (!user.isAdmin() && !user.isTeacher()) {
            throw new AccessDeniedException("surveys are for teachers");
        }
    }
}
