package cn.hezuo.exam;

import cn.hezuo.system.Numbers;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.audit.AuditText;
import cn.hezuo.audit.AuditTrail;
import cn.hezuo.audit.Changes;
import cn.hezuo.exam.results.ExamResultStore;
import cn.hezuo.school.ClassDirectory;
import cn.hezuo.school.SchoolClass;
import cn.hezuo.school.SchoolCalendar;
import cn.hezuo.school.SubjectDirectory;
import cn.hezuo.system.NotFoundException;
import cn.hezuo.system.RuleViolationException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creating exams, changing their settings and items. Every change is checked against {@link ExamAccess} and audited. */
@Service
public class ExamService {

    public static final int MAX_ITEMS = 200;
    static final int MAX_POINTS_PER_ITEM = 10;
    private static final Pattern POINT_SEPARATORS = Pattern.compile("[,，、;；\\s]+");

    private final ExamRepository exams;
    private final ExamClassRepository examClasses;
    private final ExamItemRepository items;
    private final KnowledgePointRepository knowledgePoints;
    private final ClassDirectory classes;
    private final SubjectDirectory subjects;
    private final SchoolCalendar calendar;
    private final ExamResultStore results;
    private final ExamAccess access;
    private final AuditTrail audit;
    private final Clock clock;
    private final EntityManager entityManager;

    ExamService(ExamRepository exams, ExamClassRepository examClasses, ExamItemRepository items,
                KnowledgePointRepository knowledgePoints, ClassDirectory classes, SubjectDirectory subjects,
                SchoolCalendar calendar, ExamResultStore results, ExamAccess access, AuditTrail audit, Clock clock,
                EntityManager entityManager) {
        this.exams = exams;
        this.examClasses = examClasses;
        this.items = items;
        this.knowledgePoints = knowledgePoints;
        this.classes = classes;
        this.subjects = subjects;
        this.calendar = calendar;
        this.results = results;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
        this.entityManager = entityManager;
    }

    /** One item as entered, already checked. */
    public record ItemInput(String label, boolean objective, BigDecimal maxPoints, boolean halfPoints, String answerKey,
                            List<String> knowledgePoints) {
    }

    /**
     * Creates the exam with its classes and, unless total-only, the first items laid out from the form's counts.
     *
     * @throws RuleViolationException when the form breaks a rule (no class, no item, lines out of order)
     * @throws AccessDeniedException  when the user may not create an exam of this subject for these classes
     */
    @Transactional
    public Exam create(HezuoUser user, ExamForm form) {
        List<Long> classIds = form.classIdList();
        checkSettings(user, form, classIds);
        if (!access.canCreate(access.scope(user), form.subjectId(), classIds)) {
            throw new AccessDeniedException("create exam");
        }
        List<ItemInput> layout = form.isTotalOnly() ? List.of() : layout(form);
        if (!form.isTotalOnly() && layout.isEmpty()) {
            throw new RuleViolationException("exam.error.noItems");
        }
        if (form.isTotalOnly() && form.fullMarks() == null) {
            throw new RuleViolationException("exam.error.fullMarksRequired");
        }
        BigDecimal fullMarks = form.isTotalOnly() ? form.fullMarks() : sum(layout);
        Exam exam = new Exam(user.schoolId(), form.name().strip(), form.subjectId(), form.termId(), form.examDate(),
                form.isTotalOnly(), fullMarks, user.getUsername(), clock.instant());
        exam.setLines(form.passPercent(), form.excellentPercent(), form.lowPercent());
        exams.save(exam);
        classIds.forEach(classId -> examClasses.save(new ExamClass(user.schoolId(), exam.getId(), classId)));
        for (int i = 0; i < layout.size(); i++) {
            ExamItem item = new ExamItem(user.schoolId(), exam.getId(), i + 1);
            ItemInput input = layout.get(i);
            item.update(input.label(), input.objective(), input.maxPoints(), input.halfPoints(), null, List.of());
            items.save(item);
        }
        audit.record("CREATE", "Exam", exam.getId(), AuditText.of("audit.msg.exam.created", exam.getName(),
                subjectName(exam), exam.getExamDate(), classNames(classIds), exam.isTotalOnly()
                        ? AuditText.of("audit.msg.exam.totalOnly") : AuditText.of("audit.msg.exam.items", layout.size()),
                fullMarks));
        return exam;
    }

    /** Changes name, term, date, classes, lines and (total-only) full marks; the subject and kind stay. */
    @Transactional
    public void update(HezuoUser user, long examId, ExamForm form) {
        Exam exam = access.requireManage(user, examId);
        if (form.version() == null || form.version() != exam.getVersion()) {
            throw new ObjectOptimisticLockingFailureException(Exam.class, examId);
        }
        List<Long> classIds = form.classIdList();
        ExamForm checked = new ExamForm(form.name(), exam.getSubjectId(), form.termId(), form.examDate(), classIds,
                exam.isTotalOnly(), form.fullMarks(), null, null, null, null, form.passPercent(),
                form.excellentPercent(), form.lowPercent(), form.version());
        checkSettings(user, checked, classIds);
        if (!access.canCreate(access.scope(user), exam.getSubjectId(), classIds)) {
            throw new AccessDeniedException("exam " + examId);
        }
        List<Long> before = access.classIds(examId);
        Map<Long, Integer> counts = results.countsByClass(examId);
        for (Long removed : before) {
            if (!classIds.contains(removed) && counts.getOrDefault(removed, 0) > 0) {
                throw new RuleViolationException("exam.error.classHasResults", className(removed));
            }
        }
        Changes changes = Changes.of().field("name", exam.getName(), form.name().strip())
                .field("date", exam.getExamDate(), form.examDate())
                .field("term", exam.getTermId(), form.termId())
                .field("pass", Numbers.plain(exam.getPassPercent()), Numbers.plain(form.passPercent()))
                .field("excellent", Numbers.plain(exam.getExcellentPercent()), Numbers.plain(form.excellentPercent()))
                .field("low", Numbers.plain(exam.getLowPercent()), Numbers.plain(form.lowPercent()))
                .field("classes", classNames(before), classNames(classIds));
        exam.rename(form.name().strip(), form.termId(), form.examDate());
        exam.setLines(form.passPercent(), form.excellentPercent(), form.lowPercent());
        if (exam.isTotalOnly()) {
            if (form.fullMarks() == null) {
                throw new RuleViolationException("exam.error.fullMarksRequired");
            }
            changes.field("fullMarks", Numbers.plain(exam.getFullMarks()), Numbers.plain(form.fullMarks()));
            exam.setFullMarks(form.fullMarks());
        }
        for (ExamClass examClass : examClasses.findByExamIdOrderByIdAsc(examId)) {
            if (!classIds.contains(examClass.getClassId())) {
                examClasses.delete(examClass);
            }
        }
        Set<Long> kept = new HashSet<>(before);
        classIds.stream().filter(id -> !kept.contains(id))
                .forEach(id -> examClasses.save(new ExamClass(user.schoolId(), examId, id)));
        exams.saveAndFlush(exam);
        if (!changes.isEmpty()) {
            audit.record("UPDATE", "Exam", examId, changes.text(exam.getName()));
        }
    }

    /**
     * Checks the posted items table. Returns the problems (by table row, 1-based), or the checked items when there
     * are none: labels unique and at most 20 characters, maxima positive in steps of 0.5, keys A–D for objective
     * items, at most {@value #MAX_POINTS_PER_ITEM} knowledge points per item.
     */
    public List<MessageSourceResolvable> check(ItemsForm form, List<ItemInput> into) {
        List<MessageSourceResolvable> problems = new ArrayList<>();
        Set<String> labels = new HashSet<>();
        int rowNumber = 0;
        for (ItemsForm.Row row : form.getItems()) {
            rowNumber++;
            if (row == null || row.isBlank()) {
                continue;
            }
            String label = row.getLabel() == null ? "" : row.getLabel().strip();
            if (label.isEmpty() || label.length() > 20) {
                problems.add(problem("exam.items.error.label", rowNumber));
            } else if (!labels.add(label.toLowerCase(Locale.ROOT))) {
                problems.add(problem("exam.items.error.duplicateLabel", rowNumber, label));
            }
            BigDecimal max = row.getMaxPoints();
            if (max == null || max.signum() <= 0 || max.compareTo(BigDecimal.valueOf(200)) > 0
                    || max.multiply(BigDecimal.valueOf(2)).stripTrailingZeros().scale() > 0) {
                problems.add(problem("exam.items.error.maxPoints", rowNumber));
            }
            String key = row.getAnswerKey() == null ? "" : row.getAnswerKey().strip().toUpperCase(Locale.ROOT);
            if (!key.isEmpty() && (!row.isObjective() || !key.matches("[A-D]"))) {
                problems.add(problem("exam.items.error.answerKey", rowNumber, key));
            }
            List<String> points = splitPoints(row.getKnowledgePoints());
            if (points.size() > MAX_POINTS_PER_ITEM || points.stream().anyMatch(p -> p.length() > 40)) {
                problems.add(problem("exam.items.error.knowledgePoints", rowNumber));
            }
            into.add(new ItemInput(label, row.isObjective(), max, row.isHalfPoints(), key.isEmpty() ? null : key,
                    points));
        }
        if (into.isEmpty()) {
            problems.add(problem("exam.error.noItems"));
        } else if (into.size() > MAX_ITEMS) {
            problems.add(problem("exam.items.error.tooMany", MAX_ITEMS));
        }
        return problems;
    }

    /**
     * Replaces the exam's items. Once scores are imported, the items' number, maxima and kinds are fixed (the stored
     * points depend on them); labels, keys, half points and knowledge points can still change.
     */
    @Transactional
    public void saveItems(HezuoUser user, long examId, int version, List<ItemInput> inputs) {
        Exam exam = access.requireManage(user, examId);
        if (exam.isTotalOnly()) {
            throw new RuleViolationException("exam.error.totalOnlyHasNoItems");
        }
        if (version != exam.getVersion()) {
            throw new ObjectOptimisticLockingFailureException(Exam.class, examId);
        }
        List<ExamItem> current = items.findByExamIdOrderBySeqAsc(examId);
        if (!results.countsByClass(examId).isEmpty() && !sameShape(current, inputs)) {
            throw new RuleViolationException("exam.error.itemsLocked");
        }
        for (int i = 0; i < inputs.size(); i++) {
            ItemInput input = inputs.get(i);
            ExamItem item = i < current.size() ? current.get(i) : new ExamItem(user.schoolId(), examId, i + 1);
            item.update(input.label(), input.objective(), input.maxPoints(), input.halfPoints(), input.answerKey(),
                    input.knowledgePoints());
            items.save(item);
        }
        for (int i = inputs.size(); i < current.size(); i++) {
            items.delete(current.get(i));
        }
        rememberKnowledgePoints(exam, inputs);
        BigDecimal before = exam.getFullMarks();
        exam.setFullMarks(sum(inputs));
        // The exam's version moves even when its full marks do not: two teachers saving the items at once cannot
        // both win.
        entityManager.lock(exam, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        audit.record("UPDATE", "ExamItems", examId, AuditText.of("audit.msg.exam.itemsChanged", exam.getName(),
                current.size(), inputs.size(), Numbers.text(before), Numbers.text(exam.getFullMarks())));
    }

    /** The subject's knowledge points, for suggestions on the items page. */
    @Transactional(readOnly = true)
    public List<String> knowledgePoints(long schoolId, long subjectId) {
        return knowledgePoints.findBySchoolIdAndSubjectIdOrderByNameAsc(schoolId, subjectId).stream()
                .map(KnowledgePoint::getName).toList();
    }

    public static List<String> splitPoints(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return new ArrayList<>(new LinkedHashSet<>(POINT_SEPARATORS.splitAsStream(text.strip())
                .filter(s -> !s.isEmpty()).toList()));
    }

    private void rememberKnowledgePoints(Exam exam, List<ItemInput> inputs) {
        Set<String> known = new HashSet<>(knowledgePoints(exam.getSchoolId(), exam.getSubjectId()));
        inputs.stream().flatMap(i -> i.knowledgePoints().stream()).distinct().filter(known::add)
                .forEach(name -> knowledgePoints.save(new KnowledgePoint(exam.getSchoolId(), exam.getSubjectId(), name)));
    }

    private static boolean sameShape(List<ExamItem> current, List<ItemInput> inputs) {
        if (current.size() != inputs.size()) {
            return false;
        }
        for (int i = 0; i < inputs.size(); i++) {
            ExamItem item = current.get(i);
            ItemInput input = inputs.get(i);
            if (item.getMaxPoints().compareTo(input.maxPoints()) != 0 || item.isObjective() != input.objective()) {
                return false;
            }
        }
        return true;
    }

    private void checkSettings(HezuoUser user, ExamForm form, List<Long> classIds) {
        if (classIds.isEmpty()) {
            throw new RuleViolationException("exam.error.noClasses");
        }
        subjects.findInSchool(form.subjectId(), user.schoolId())
                .orElseThrow(() -> new NotFoundException("subject", form.subjectId()));
        if (form.termId() != null) {
            calendar.term(user.schoolId(), form.termId())
                    .orElseThrow(() -> new NotFoundException("term", form.termId()));
        }
        for (Long classId : classIds) {
            classes.findInSchool(classId, user.schoolId()).orElseThrow(() -> new NotFoundException("class", classId));
        }
        if (form.lowPercent().compareTo(form.passPercent()) > 0 || form.passPercent().compareTo(form.excellentPercent()) > 0) {
            throw new RuleViolationException("exam.error.linesOrder");
        }
    }

    /** The first items from the form's counts: objective items 1…n, then subjective items n+1…. */
    private static List<ItemInput> layout(ExamForm form) {
        List<ItemInput> layout = new ArrayList<>();
        int objective = form.objectiveCount() == null ? 0 : form.objectiveCount();
        int subjective = form.subjectiveCount() == null ? 0 : form.subjectiveCount();
        if (objective > 0 && form.objectivePoints() == null || subjective > 0 && form.subjectivePoints() == null) {
            throw new RuleViolationException("exam.error.noItems");
        }
        for (int i = 0; i < objective; i++) {
            layout.add(new ItemInput(String.valueOf(layout.size() + 1), true, form.objectivePoints(), false, null, List.of()));
        }
        for (int i = 0; i < subjective; i++) {
            layout.add(new ItemInput(String.valueOf(layout.size() + 1), false, form.subjectivePoints(), true, null, List.of()));
        }
        return layout;
    }

    private static BigDecimal sum(List<ItemInput> inputs) {
        return inputs.stream().map(ItemInput::maxPoints).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static MessageSourceResolvable problem(String key, Object... args) {
        return new DefaultMessageSourceResolvable(new String[] {key}, args);
    }

    private String subjectName(Exam exam) {
        return subjects.find(exam.getSubjectId()).map(s -> s.getName()).orElse("?");
    }

    private String className(Long classId) {
        return classes.find(classId).map(SchoolClass::getName).orElse(String.valueOf(classId));
    }

    private String classNames(List<Long> classIds) {
        return String.join("、", classIds.stream().map(this::className).toList());
    }
}
