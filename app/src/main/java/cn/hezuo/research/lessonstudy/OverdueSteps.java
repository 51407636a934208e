package cn.hezuo.research.lessonstudy;

import cn.hezuo.account.HezuoUser;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A teacher's open lesson-study steps whose due date has passed, for their home page. */
@Service
public class OverdueSteps {

    /** One overdue step: the case, its topic, the step (a template kind's name key, or its own title), the date. */
    public record Overdue(long caseId, String topic, long stepId, StepKind kind, String title, LocalDate dueDate,
                          long daysLate) {
    }

    private final LessonStudyStepRepository steps;
    private final LessonStudyCaseRepository cases;
    private final CaseService caseService;

    OverdueSteps(LessonStudyStepRepository steps, LessonStudyCaseRepository cases, CaseService caseService) {
        this.steps = steps;
        this.cases = cases;
        this.caseService = caseService;
    }

    @Transactional(readOnly = true)
    public List<Overdue> of(HezuoUser user) {
        if (!user.isTeacher() || user.teacherId() == null) {
            return List.of();
        }
        LocalDate today = caseService.today();
        List<LessonStudyStep> late = steps.findByOwnerIdAndStatusAndDueDateBeforeOrderByDueDateAscIdAsc(
                user.teacherId(), StepStatus.OPEN, today);
        if (late.isEmpty()) {
            return List.of();
        }
        Map<Long, LessonStudyCase> byId = cases.findAllById(late.stream().map(LessonStudyStep::getCaseId).toList())
                .stream().filter(c -> c.getSchoolId() == user.schoolId())
                .collect(Collectors.toMap(LessonStudyCase::getId, Function.identity()));
        return late.stream().filter(s -> byId.containsKey(s.getCaseId()))
                .map(s -> new Overdue(s.getCaseId(), byId.get(s.getCaseId()).getTopic(), s.getId(), s.getKind(),
                        s.getTitle(), s.getDueDate(), java.time.temporal.ChronoUnit.DAYS.between(s.getDueDate(), today)))
                .toList();
    }
}
