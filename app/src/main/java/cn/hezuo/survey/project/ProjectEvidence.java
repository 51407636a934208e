package cn.hezuo.survey.project;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.exam.report.ExperimentEvidence;
import cn.hezuo.school.ClassDirectory;
import cn.hezuo.school.SchoolClass;
import cn.hezuo.survey.questionnaire.Survey;
import cn.hezuo.survey.questionnaire.SurveyPhase;
import cn.hezuo.survey.questionnaire.SurveyService;
import cn.hezuo.survey.report.GroupComparisonReport;
import cn.hezuo.survey.report.PrePostReport;
import cn.hezuo.teacher.TeacherDirectory;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A 课题's evidence for its classes and period, each part from its own feature and dated: the 前测/后测 survey tables
 * of the 实验班 (and of the 对照班, and 实验 vs 对照 on the 后测), exam analytics' experiment statistics, observed
 * lessons ({@link LessonEvidenceSource}) and group life (evaluation's points and weekly stars). Read with the user's
 * own rights: a part the user may not see is simply absent.
 */
@Component
public class ProjectEvidence {

    /** One 前测/后测 pair of surveys given to the project's classes in its period. */
    public record SurveyPart(Survey pre, Survey post, PrePostReport.Report experiment, PrePostReport.Report control,
                      GroupComparisonReport.Report groups) {
    }

    /** One class's group life over the period. */
    public record ClassLife(String className, boolean experimental, GroupLifeFigures.ClassFigures figures) {
    }

    public record Evidence(ResearchProject project, List<String> experimentNames, List<String> controlNames,
                    List<String> memberNames, List<SurveyPart> surveys, List<ExperimentEvidence.Comparison> exams,
                    List<LessonEvidenceSource.LessonRow> lessons, boolean lessonsWired, List<ClassLife> groupLife,
                    LocalDate computedOn) {
    }

    private final SurveyService surveys;
    private final PrePostReport prePost;
    private final GroupComparisonReport groups;
    private final ExperimentEvidence exams;
    private final ObjectProvider<LessonEvidenceSource> lessons;
    private final GroupLifeFigures groupLife;
    private final ClassDirectory classes;
    private final TeacherDirectory teachers;
    private final Clock clock;

    ProjectEvidence(SurveyService surveys, PrePostReport prePost, GroupComparisonReport groups,
                    ExperimentEvidence exams, ObjectProvider<LessonEvidenceSource> lessons, GroupLifeFigures groupLife,
                    ClassDirectory classes, TeacherDirectory teachers, Clock clock) {
        this.surveys = surveys;
        this.prePost = prePost;
        this.groups = groups;
        this.exams = exams;
        this.lessons = lessons;
        this.groupLife = groupLife;
        this.classes = classes;
        this.teachers = teachers;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    Evidence of(HezuoUser user, ResearchProject project, Locale locale) {
        Set<Long> experiment = project.getExperimentClassIds();
        Set<Long> control = project.getControlClassIds();
        Map<Long, String> names = classes.byIds(project.getClassIds()).stream()
                .collect(Collectors.toMap(SchoolClass::getId, SchoolClass::getName));
        List<String> memberNames = teachers.ofSchool(project.getSchoolId()).stream()
                .filter(t -> project.getMemberIds().contains(t.getId())).map(t -> t.getName()).toList();
        LessonEvidenceSource source = lessons.getIfAvailable(() -> LessonEvidenceSource.NONE);
        List<ClassLife> life = new ArrayList<>();
        for (Long id : project.getClassIds()) {
            life.add(new ClassLife(names.get(id), experiment.contains(id),
                    groupLife.of(project.getSchoolId(), id, project.getStartsOn(), project.getEndsOn())));
        }
        return new Evidence(project, sortedNames(names, experiment), sortedNames(names, control), memberNames,
                surveyParts(user, project), exams.compare(user, experiment, control, project.getStartsOn(),
                project.getEndsOn(), locale),
                source.lessons(project.getSchoolId(), experiment, control, project.getStartsOn(), project.getEndsOn()),
                source != LessonEvidenceSource.NONE, life, LocalDate.now(clock));
    }

    /** 后测 surveys that opened in the period and were given to a 实验班, whose 前测 the user may also see. */
    private List<SurveyPart> surveyParts(HezuoUser user, ResearchProject project) {
        List<Survey> visible = surveys.visibleTo(user);
        Set<Long> visibleIds = new HashSet<>();
        visible.forEach(s -> visibleIds.add(s.getId()));
        List<SurveyPart> parts = new ArrayList<>();
        List<Survey> oldestFirst = new ArrayList<>(visible);
        java.util.Collections.reverse(oldestFirst);
        for (Survey post : oldestFirst) {
            if (post.getPhase() != SurveyPhase.POST || post.getPreId() == null || !visibleIds.contains(post.getPreId())
                    || post.getOpensOn().isBefore(project.getStartsOn())
                    || post.getOpensOn().isAfter(project.getEndsOn())) {
                continue;
            }
            Set<Long> e = new TreeSet<>(project.getExperimentClassIds());
            e.retainAll(post.getClassIds());
            if (e.isEmpty()) {
                continue;
            }
            Set<Long> c = new TreeSet<>(project.getControlClassIds());
            c.retainAll(post.getClassIds());
            PrePostReport.Report ofExperiment = prePost.of(user, post.getId(), e);
            PrePostReport.Report ofControl = c.isEmpty() ? null : prePost.of(user, post.getId(), c);
            GroupComparisonReport.Report byGroup = c.isEmpty() ? null : groups.of(user, post.getId(), e, c);
            parts.add(new SurveyPart(ofExperiment.pre(), post, ofExperiment, ofControl, byGroup));
        }
        return parts;
    }

    private static List<String> sortedNames(Map<Long, String> names, Set<Long> ids) {
        return ids.stream().sorted().map(names::get).toList();
    }
}
