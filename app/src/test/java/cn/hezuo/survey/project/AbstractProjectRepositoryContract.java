package cn.hezuo.survey.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.school.ClassAccess;
import cn.hezuo.school.SchoolClass;
import cn.hezuo.teacher.TeacherDirectory;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The 课题 tables (V41) on each database: a project with its members and 实验班/对照班, the teacher's report text,
 * milestones and a document are saved and read back field by field — Chinese text (up to the 4,000 characters of the
 * report's parts), dates at the edges of a school year, the creation time, the optimistic version. Each call is its
 * own transaction, so every read comes from the database, not from a persistence context.
 */
abstract class AbstractProjectRepositoryContract {

    @Autowired ProjectService projects;
    @Autowired ResearchProjectRepository projectRows;
    @Autowired ProjectMilestoneRepository milestoneRows;
    @Autowired ClassAccess classAccess;
    @Autowired TeacherDirectory teachers;
    @Autowired UserDetailsService users;
    @Autowired Clock clock;

    private HezuoUser signedIn(String username) {
        return (HezuoUser) users.loadUserByUsername(username);
    }

    private long classId(HezuoUser user, String name) {
        return classAccess.viewable(user).stream().filter(c -> c.getName().equals(name)).map(SchoolClass::getId)
                .findFirst().orElseThrow();
    }

    @Test
    void aProjectWithMembersClassesAndChineseReportTextRoundTrips() {
        HezuoUser admin = signedIn("admin");
        long head0701 = teachers.byAccount(signedIn("head0701").accountId()).orElseThrow().getId();
        long head0703 = teachers.byAccount(signedIn("head0703").accountId()).orElseThrow().getId();
        long class1 = classId(admin, "七年级1班");
        long class2 = classId(admin, "七年级2班");
        long class3 = classId(admin, "七年级3班");
        String title = "小组合作学习对初中生数学学习兴趣影响的研究（契约）" + UUID.randomUUID().toString().substring(0, 6);
        LocalDate starts = LocalDate.of(2025, 9, 1);
        LocalDate ends = LocalDate.of(2028, 2, 29);
        Instant before = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        ResearchProject created = projects.create(admin, new ProjectForm(title, ProjectLevel.CITY, starts, ends,
                List.of(head0701, head0703), List.of(class1, class3), List.of(class2), -1));

        ResearchProject loaded = projectRows.findById(created.getId()).orElseThrow();
        assertThat(loaded.getTitle()).isEqualTo(title);
        assertThat(loaded.getLevel()).isEqualTo(ProjectLevel.CITY);
        assertThat(loaded.getStartsOn()).isEqualTo(starts);
        assertThat(loaded.getEndsOn()).isEqualTo(ends);
        assertThat(loaded.getMemberIds()).containsExactlyInAnyOrder(head0701, head0703);
        assertThat(loaded.getExperimentClassIds()).containsExactly(class1, class3);
        assertThat(loaded.getControlClassIds()).containsExactly(class2);
        assertThat(loaded.getCreatedBy()).isEqualTo("admin");
        assertThat(loaded.getCreatedAt()).isBetween(before, clock.instant().plusSeconds(1));
        assertThat(loaded.getSchoolId()).isEqualTo(admin.schoolId());
        assertThat(loaded.getMethodText()).isNull();
        assertThat(loaded.getReflection()).isNull();

        // 4,000 characters of Chinese (the column's limit) and a reflection with punctuation and a line break
        String method = "本课题采用行动研究法，以实验班和对照班对比。".repeat(200).substring(0, 4000);
        String reflection = "一、存在的问题：小组分工不够明确；\n二、今后的设想：“组长轮换制”与《评价量表》。";
        projects.saveReport(admin, created.getId(), new ReportForm(method, reflection, loaded.getVersion()));
        ResearchProject withReport = projectRows.findById(created.getId()).orElseThrow();
        assertThat(withReport.getMethodText()).hasSize(4000).isEqualTo(method);
        assertThat(withReport.getReflection()).isEqualTo(reflection);
        assertThat(withReport.getVersion()).isEqualTo(loaded.getVersion() + 1);

        // the record edited: classes swap roles, a member leaves, the period moves; a stale version is refused
        projects.update(admin, created.getId(), new ProjectForm(title + "（修订）", ProjectLevel.DISTRICT,
                starts.plusDays(1), LocalDate.of(2027, 12, 31), List.of(head0703), List.of(class2),
                List.of(class1), withReport.getVersion()));
        ResearchProject edited = projectRows.findById(created.getId()).orElseThrow();
        assertThat(edited.getTitle()).isEqualTo(title + "（修订）");
        assertThat(edited.getLevel()).isEqualTo(ProjectLevel.DISTRICT);
        assertThat(edited.getStartsOn()).isEqualTo(LocalDate.of(2025, 9, 2));
        assertThat(edited.getEndsOn()).isEqualTo(LocalDate.of(2027, 12, 31));
        assertThat(edited.getMemberIds()).containsExactly(head0703);
        assertThat(edited.getExperimentClassIds()).containsExactly(class2);
        assertThat(edited.getControlClassIds()).containsExactly(class1);
        assertThat(edited.getMethodText()).isEqualTo(method);
        assertThatThrownBy(() -> projects.update(admin, created.getId(), new ProjectForm(title, ProjectLevel.SCHOOL,
                starts, ends, List.of(head0701), List.of(class1), List.of(), withReport.getVersion())))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(projectRows.findById(created.getId()).orElseThrow().getLevel()).isEqualTo(ProjectLevel.DISTRICT);
        assertThat(projects.visibleTo(admin)).extracting(ResearchProject::getId).contains(created.getId());
    }

    @Test
    void milestonesAndADocumentWithAChineseNameRoundTrip() {
        HezuoUser head = signedIn("head0701");
        long teacherId = teachers.byAccount(head.accountId()).orElseThrow().getId();
        long class1 = classId(head, "七年级1班");
        ResearchProject project = projects.create(head, new ProjectForm(
                "课题里程碑契约" + UUID.randomUUID().toString().substring(0, 6), ProjectLevel.SCHOOL,
                LocalDate.of(2026, 9, 1), LocalDate.of(2027, 7, 10), List.of(teacherId), List.of(class1), List.of(),
                -1));
        projects.addMilestone(head, project.getId(), ProjectStage.IMPLEMENT, LocalDate.of(2027, 1, 15),
                "后测问卷（实验班、对照班）");
        projects.addMilestone(head, project.getId(), ProjectStage.PREPARE, LocalDate.of(2026, 9, 30),
                "开题论证会：撰写《课题实施方案》");
        List<ProjectMilestone> milestones = projects.milestones(project.getId());
        assertThat(milestones).extracting(ProjectMilestone::getTitle)
                .containsExactly("开题论证会：撰写《课题实施方案》", "后测问卷（实验班、对照班）");
        assertThat(milestones).extracting(ProjectMilestone::getDueOn)
                .containsExactly(LocalDate.of(2026, 9, 30), LocalDate.of(2027, 1, 15));
        assertThat(milestones).extracting(ProjectMilestone::getStage)
                .containsExactly(ProjectStage.PREPARE, ProjectStage.IMPLEMENT);
        assertThat(milestones).noneMatch(ProjectMilestone::isDone);
        projects.toggleMilestone(head, project.getId(), milestones.get(0).getId());
        assertThat(milestoneRows.findById(milestones.get(0).getId()).orElseThrow().isDone()).isTrue();
        assertThat(milestoneRows.findById(milestones.get(1).getId()).orElseThrow().isDone()).isFalse();

        byte[] pdf = ("%PDF-1.4\n% 课题实施方案\n" + "x".repeat(70_000)).getBytes(StandardCharsets.UTF_8);
        Instant before = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        projects.upload(head, project.getId(), DocumentKind.PLAN, "小组合作学习课题实施方案.pdf", pdf);
        List<ProjectDocumentStore.Meta> documents = projects.documents(project.getId());
        assertThat(documents).hasSize(1);
        ProjectDocumentStore.Meta meta = documents.get(0);
        assertThat(meta.filename()).isEqualTo("小组合作学习课题实施方案.pdf");
        assertThat(meta.kind()).isEqualTo(DocumentKind.PLAN);
        assertThat(meta.size()).isEqualTo(pdf.length);
        assertThat(meta.uploadedBy()).isEqualTo("head0701");
        assertThat(meta.uploadedAt()).isBetween(before, clock.instant().plusSeconds(1));
        ProjectDocumentStore.File file = projects.document(head, project.getId(), meta.id());
        assertThat(file.content()).isEqualTo(pdf);
        assertThat(file.contentType()).isEqualTo("application/pdf");
        assertThat(file.meta()).isEqualTo(meta);
    }
}
