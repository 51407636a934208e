package cn.hezuo.survey.project;

import cn.hezuo.audit.AuditText;
import cn.hezuo.audit.AuditTrail;
import cn.hezuo.school.ClassDirectory;
import cn.hezuo.school.SchoolClass;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo school's 课题 (only the demo calls this): 「小组合作学习提高初中数学课堂实效的研究」, 区级, 实验班 七年级1班 and
 * 3班, 对照班 2班, members their head teachers, running from twelve weeks ago to ten weeks ahead — so the demo's 前测
 * (eight weeks ago), 后测 (this week), 期初测试 and 期中考试 all fall in it — with milestones in the three stages and
 * its 方案 as a small .docx. Writes without access checks; one audit line.
 */
@Component
public class ProjectSeeds {

    static final String TITLE = "小组合作学习提高初中数学课堂实效的研究";

    private final ResearchProjectRepository projects;
    private final ProjectMilestoneRepository milestones;
    private final ProjectDocumentStore documents;
    private final ClassDirectory classes;
    private final AuditTrail audit;
    private final Clock clock;

    ProjectSeeds(ResearchProjectRepository projects, ProjectMilestoneRepository milestones,
                 ProjectDocumentStore documents, ClassDirectory classes, AuditTrail audit, Clock clock) {
        this.projects = projects;
        this.milestones = milestones;
        this.documents = documents;
        this.classes = classes;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public long load(long schoolId, String createdBy, List<Long> experimentClassIds, long controlClassId) {
        LocalDate today = LocalDate.now(clock);
        Instant now = Instant.now(clock);
        Set<Long> members = new LinkedHashSet<>();
        for (SchoolClass c : classes.byIds(experimentClassIds)) {
            if (c.getHeadTeacherId() != null) {
                members.add(c.getHeadTeacherId());
            }
        }
        ResearchProject project = new ResearchProject(schoolId, createdBy, now.minusSeconds(86400L * 90));
        project.update(TITLE, ProjectLevel.DISTRICT, today.minusWeeks(12), today.plusWeeks(10), members,
                new LinkedHashSet<>(experimentClassIds), Set.of(controlClassId));
        project = projects.save(project);
        LocalDate start = project.getStartsOn();
        milestones.save(new ProjectMilestone(project.getId(), ProjectStage.PREPARE, start, "课题申报与开题论证", true));
        milestones.save(new ProjectMilestone(project.getId(), ProjectStage.PREPARE, start.plusWeeks(3),
                "前测问卷与期初测试", true));
        milestones.save(new ProjectMilestone(project.getId(), ProjectStage.IMPLEMENT, start.plusWeeks(8),
                "实验班组建学习小组、开展同课异构", true));
        milestones.save(new ProjectMilestone(project.getId(), ProjectStage.IMPLEMENT, today.plusWeeks(1),
                "后测问卷与中期报告", false));
        milestones.save(new ProjectMilestone(project.getId(), ProjectStage.CONCLUDE, project.getEndsOn(),
                "撰写课题研究工作总结、结题", false));
        milestones.flush();
        documents.save(schoolId, project.getId(), DocumentKind.PLAN, "课题实施方案.docx",
                DocumentCheckTypes.DOCX, plan(), createdBy, now.minusSeconds(86400L * 80));
        audit.record(schoolId, "system", "DEMO_LOAD", "ResearchProject", project.getId(),
                AuditText.of("audit.msg.demo.project", TITLE));
        return project.getId();
    }

    private static byte[] plan() {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText(TITLE + "实施方案");
            doc.createParagraph().createRun().setText("一、研究目标：通过小组合作学习提高学生的学习兴趣和课堂参与度。");
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The content type the document check gives a .docx. */
    private static final class DocumentCheckTypes {
        static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    }
}
