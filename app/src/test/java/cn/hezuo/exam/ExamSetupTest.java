package cn.hezuo.exam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.exam.results.ExamResultStore;
import cn.hezuo.exam.results.StoredResult;
import cn.hezuo.roster.Student;
import cn.hezuo.system.RuleViolationException;
import cn.hezuo.testsupport.HezuoTest;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

/** Creating exams and editing their items, through the service, with the access rules and the locks on items. */
@HezuoTest
class ExamSetupTest {

    @Autowired ExamTestData data;
    @Autowired ExamService service;
    @Autowired ExamItemRepository items;
    @Autowired ExamRepository exams;
    @Autowired ExamResultStore results;
    @Autowired TransactionTemplate tx;
    @Autowired KnowledgePointService points;

    private ExamForm form(List<Long> classIds, int objective, int subjective) {
        return new ExamForm("期末考试", data.subject("数学"), null, LocalDate.of(2031, 1, 10), classIds, false, null,
                objective, BigDecimal.valueOf(3), subjective, BigDecimal.valueOf(8), BigDecimal.valueOf(60),
                BigDecimal.valueOf(85), BigDecimal.valueOf(40), null);
    }

    private static ItemsForm.Row row(String label, boolean objective, String max, String key, String points) {
        ItemsForm.Row row = new ItemsForm.Row();
        row.setLabel(label);
        row.setObjective(objective);
        row.setMaxPoints(max == null ? null : new BigDecimal(max));
        row.setAnswerKey(key);
        row.setKnowledgePoints(points);
        return row;
    }

    private List<ExamService.ItemInput> checked(ItemsForm.Row... rows) {
        ItemsForm form = new ItemsForm();
        form.setItems(new ArrayList<>(List.of(rows)));
        List<ExamService.ItemInput> inputs = new ArrayList<>();
        assertThat(service.check(form, inputs)).isEmpty();
        return inputs;
    }

    @Test
    void creatingAnExamLaysOutItsItemsAndAddsUpTheFullMarks() {
        long classId = data.demoClass("七年级1班").getId();
        Exam exam = service.create(data.user("admin"), form(List.of(classId), 12, 3));
        List<ExamItem> list = items.findByExamIdOrderBySeqAsc(exam.getId());
        assertThat(list).hasSize(15);
        assertThat(list.get(0).isObjective()).isTrue();
        assertThat(list.get(14).getLabel()).isEqualTo("15");
        assertThat(list.get(14).isObjective()).isFalse();
        assertThat(exam.getFullMarks()).isEqualByComparingTo("60");
        assertThat(exam.lines().passLine()).isEqualTo(36.0);
    }

    @Test
    void aTeacherMayCreateAnExamOnlyForClassesWhereTheyTeachItsSubject() {
        long one = data.demoClass("七年级1班").getId();
        long two = data.demoClass("七年级2班").getId();
        HezuoUser math0701 = data.user("math0701");
        assertThat(service.create(math0701, form(List.of(one), 1, 1)).getId()).isNotNull();
        assertThatThrownBy(() -> service.create(math0701, form(List.of(one, two), 1, 1)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.create(data.user("head0701"), form(List.of(one), 1, 1)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void linesOutOfOrderAndExamsWithoutClassesAreRefused() {
        long one = data.demoClass("七年级1班").getId();
        ExamForm upsideDown = new ExamForm("期末", data.subject("数学"), null, LocalDate.of(2031, 1, 10), List.of(one),
                false, null, 1, BigDecimal.ONE, 0, null, BigDecimal.valueOf(90), BigDecimal.valueOf(85),
                BigDecimal.valueOf(40), null);
        assertThatThrownBy(() -> service.create(data.user("admin"), upsideDown))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("exam.error.linesOrder"));
        assertThatThrownBy(() -> service.create(data.user("admin"), form(List.of(), 1, 1)))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("exam.error.noClasses"));
    }

    @Test
    void theItemsTableNamesTheRowOfEachProblem() {
        ItemsForm form = new ItemsForm();
        form.setItems(new ArrayList<>(List.of(row("1", true, "3", "B", ""), row("1", true, "3", "E", ""),
                new ItemsForm.Row(), row("3", false, "2.25", null, ""))));
        List<MessageSourceResolvable> problems = service.check(form, new ArrayList<>());
        assertThat(problems).extracting(p -> p.getCodes()[0]).containsExactly("exam.items.error.duplicateLabel",
                "exam.items.error.answerKey", "exam.items.error.maxPoints");
        assertThat(problems).extracting(p -> p.getArguments()[0]).containsExactly(2, 2, 4);
    }

    @Test
    void savingItemsKeepsTheSubjectsKnowledgePointsAndNewFullMarks() {
        HezuoUser admin = data.user("admin");
        Exam exam = service.create(admin, form(List.of(data.demoClass("七年级1班").getId()), 1, 1));
        service.saveItems(admin, exam.getId(), exams.findById(exam.getId()).orElseThrow().getVersion(), checked(
                row("Q1", true, "4", "c", "有理数、测试知识点甲"), row("Q2", false, "10", null, "测试知识点甲，整式")));
        List<ExamItem> list = items.findByExamIdOrderBySeqAsc(exam.getId());
        assertThat(list).extracting(ExamItem::getLabel).containsExactly("Q1", "Q2");
        assertThat(list.get(0).getAnswerKey()).isEqualTo("C");
        assertThat(list.get(1).knowledgePointList()).containsExactly("测试知识点甲", "整式");
        assertThat(exams.findById(exam.getId()).orElseThrow().getFullMarks()).isEqualByComparingTo("14");
        assertThat(service.knowledgePoints(admin.schoolId(), data.subject("数学"))).contains("测试知识点甲", "整式");
    }

    @Test
    void theSubjectsTeachersKeepItsKnowledgePointListAndOthersCannot() {
        long math = data.subject("数学");
        HezuoUser mathTeacher = data.user("math0702");
        assertThat(points.add(mathTeacher, math, "测试知识点乙、测试知识点丙，测试知识点乙")).isEqualTo(2);
        assertThat(points.add(mathTeacher, math, "测试知识点乙")).isZero();
        KnowledgePoint added = points.list(mathTeacher, math).stream()
                .filter(p -> p.getName().equals("测试知识点丙")).findFirst().orElseThrow();
        assertThatThrownBy(() -> points.add(data.user("head0701"), math, "语文老师加的"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> points.remove(data.user("eng0701"), added.getId()))
                .isInstanceOf(AccessDeniedException.class);
        points.remove(data.user("math0701"), added.getId());
        assertThat(points.list(mathTeacher, math)).extracting(KnowledgePoint::getName)
                .contains("测试知识点乙").doesNotContain("测试知识点丙");
    }

    @Test
    void onceScoresAreImportedTheItemsShapeIsFixedButTheirTagsMayChange() {
        HezuoUser admin = data.user("admin");
        List<Student> roster = data.freshClass(2);
        long classId = roster.get(0).getClassId();
        Exam exam = service.create(admin, form(List.of(classId), 1, 1));
        tx.executeWithoutResult(s -> results.replace(admin.schoolId(), exam.getId(), List.of(classId),
                List.of(new StoredResult(exam.getId(), roster.get(0).getId(), classId, false, 5.0, "3,2", "A.")),
                "admin", Instant.now()));
        int version = exams.findById(exam.getId()).orElseThrow().getVersion();
        assertThatThrownBy(() -> service.saveItems(admin, exam.getId(), version,
                checked(row("1", true, "3", "A", ""), row("2", false, "10", null, ""))))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("exam.error.itemsLocked"));
        service.saveItems(admin, exam.getId(), version,
                checked(row("一", true, "3", "A", "有理数"), row("二", false, "8", null, "整式")));
        assertThat(items.findByExamIdOrderBySeqAsc(exam.getId())).extracting(ExamItem::getLabel).containsExactly("一", "二");
        ExamForm dropClass = new ExamForm("期末", null, null, LocalDate.of(2031, 1, 10),
                List.of(data.demoClass("七年级1班").getId()), false, null, null, null, null, null,
                BigDecimal.valueOf(60), BigDecimal.valueOf(85), BigDecimal.valueOf(40),
                exams.findById(exam.getId()).orElseThrow().getVersion());
        assertThatThrownBy(() -> service.update(admin, exam.getId(), dropClass))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("exam.error.classHasResults"));
    }
}
