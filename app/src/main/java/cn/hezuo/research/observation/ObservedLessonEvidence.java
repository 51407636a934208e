package cn.hezuo.research.observation;

import cn.hezuo.school.ClassDirectory;
import cn.hezuo.survey.project.LessonEvidenceSource;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gives a 课题's evidence page the observed lessons of its classes: every lesson of the school in one of the project's
 * 实验班 or 对照班 within its period, with the combined report's figures. A lesson counts as experimental when its class
 * is one of the project's 实验班 (the project decides, not the lesson's own 实验课/对照课 label).
 */
@Component
class ObservedLessonEvidence implements LessonEvidenceSource {

    private final ObservedLessonRepository lessons;
    private final ObservationFigures figures;
    private final ClassDirectory classes;
    private final MessageSource messages;

    ObservedLessonEvidence(ObservedLessonRepository lessons, ObservationFigures figures, ClassDirectory classes,
                           MessageSource messages) {
        this.lessons = lessons;
        this.figures = figures;
        this.classes = classes;
        this.messages = messages;
    }

    @Override
    @Transactional(readOnly = true)
    public List<LessonRow> lessons(long schoolId, Set<Long> experimentClassIds, Set<Long> controlClassIds,
                                   LocalDate from, LocalDate to) {
        Map<Long, ObservedLesson> inScope = lessons.findBySchoolIdAndClassIdInAndLessonDateBetweenOrderByLessonDateAscIdAsc(
                        schoolId, union(experimentClassIds, controlClassIds), from, to).stream()
                .collect(Collectors.toMap(ObservedLesson::getId, Function.identity(), (a, b) -> a,
                        java.util.LinkedHashMap::new));
        if (inScope.isEmpty()) {
            return List.of();
        }
        Map<Long, String> classNames = classes.ofSchool(schoolId).stream()
                .collect(Collectors.toMap(c -> c.getId(), c -> c.getName()));
        String source = messages.getMessage("research.obs.evidenceSource", null, LocaleContextHolder.getLocale());
        return figures.of(schoolId, inScope.keySet()).stream().map(f -> {
            ObservedLesson lesson = inScope.get(f.lessonId());
            return new LessonRow(f.topic(), f.date(), lesson.getClassId(), classNames.get(lesson.getClassId()),
                    experimentClassIds.contains(lesson.getClassId()), f.lectureMinutes(), f.distinctSpeakers(),
                    f.discussionMinutes(), f.accuracy() == null ? Double.NaN : f.accuracy(), source);
        }).toList();
    }

    private static Set<Long> union(Set<Long> a, Set<Long> b) {
        Set<Long> all = new java.util.HashSet<>(a);
        all.addAll(b);
        return all;
    }
}
