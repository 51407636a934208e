package cn.hezuo.survey.project;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.audit.AuditText;
import cn.hezuo.audit.AuditTrail;
import cn.hezuo.school.ClassDirectory;
import cn.hezuo.teacher.Teacher;
import cn.hezuo.teacher.TeacherDirectory;
import cn.hezuo.system.NotFoundException;
import cn.hezuo.system.RuleViolationException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 课题 records: who may see and edit one (the school's admin, its creator and its members — teachers of the school),
 * creating and editing, milestones, documents and the report's own text. Every write is audited.
 */
@Service
public class ProjectService {

    private final ResearchProjectRepository projects;
    private final ProjectMilestoneRepository milestones;
    private final ProjectDocumentStore documents;
    private final TeacherDirectory teachers;
    private final ClassDirectory classes;
    private final AuditTrail audit;
    private final Clock clock;

    ProjectService(ResearchProjectRepository projects, ProjectMilestoneRepository milestones,
                   ProjectDocumentStore documents, TeacherDirectory teachers, ClassDirectory classes,
                   AuditTrail audit, Clock clock) {
        this.projects = projects;
        this.milestones = milestones;
        this.documents = documents;
        this.teachers = teachers;
        this.classes = classes;
        this.audit = audit;
        this.clock = clock;
    }

    /** The projects the user may open, newest first. */
    @Transactional(readOnly = true)
    public List<ResearchProject> visibleTo(HezuoUser user) {
        requireTeacher(user);
        Long teacherId = teacherId(user).orElse(null);
        return projects.findBySchoolIdOrderByStartsOnDescIdDesc(user.schoolId()).stream()
                .filter(p -> mayOpen(user, teacherId, p)).toList();
    }

    /** A project the user may open and edit (404 in another school, 403 for a teacher who is not a member). */
    @Transactional(readOnly = true)
    public ResearchProject require(HezuoUser user, long projectId) {
        requireTeacher(user);
        ResearchProject project = projects.findByIdAndSchoolId(projectId, user.schoolId())
                .orElseThrow(() -> new NotFoundException("project", projectId));
        if (!mayOpen(user, teacherId(user).orElse(null), project)) {
            throw new AccessDeniedException("project " + projectId);
        }
        return project;
    }

    @Transactional
    public ResearchProject create(HezuoUser user, ProjectForm form) {
        requireTeacher(user);
        ResearchProject project = new ResearchProject(user.schoolId(), user.getUsername(), Instant.now(clock));
        apply(user, project, form);
        project = projects.save(project);
        audit.record("CREATE", "ResearchProject", project.getId(),
                AuditText.of("audit.msg.project.created", project.getTitle()));
        return project;
    }

    @Transactional
    public ResearchProject update(HezuoUser user, long projectId, ProjectForm form) {
        ResearchProject project = require(user, projectId);
        if (project.getVersion() != form.version()) {
            throw new ObjectOptimisticLockingFailureException(ResearchProject.class, projectId);
        }
        apply(user, project, form);
        audit.record("UPDATE", "ResearchProject", project.getId(),
                AuditText.of("audit.msg.project.updated", project.getTitle()));
        return project;
    }

    @Transactional
    public void saveReport(HezuoUser user, long projectId, ReportForm form) {
        ResearchProject project = require(user, projectId);
        if (project.getVersion() != form.version()) {
            throw new ObjectOptimisticLockingFailureException(ResearchProject.class, projectId);
        }
        project.updateReport(blankToNull(form.methodText()), blankToNull(form.reflection()));
        audit.record("UPDATE", "ResearchProject", project.getId(),
                AuditText.of("audit.msg.project.report", project.getTitle()));
    }

    @Transactional(readOnly = true)
    public List<ProjectMilestone> milestones(long projectId) {
        return milestones.findByProjectIdOrderByDueOnAscIdAsc(projectId);
    }

    @Transactional
    public void addMilestone(HezuoUser user, long projectId, ProjectStage stage, LocalDate dueOn, String title) {
        ResearchProject project = require(user, projectId);
        String text = title == null ? "" : title.strip();
        if (stage == null || dueOn == null || text.isEmpty() || text.length() > 120) {
            throw new RuleViolationException("project.error.milestone");
        }
        ProjectMilestone m = milestones.save(new ProjectMilestone(project.getId(), stage, dueOn, text, false));
        audit.record("CREATE", "ResearchProject", project.getId(),
                AuditText.of("audit.msg.project.milestone", project.getTitle(), m.getTitle(), m.getDueOn()));
    }

    @Transactional
    public void toggleMilestone(HezuoUser user, long projectId, long milestoneId) {
        ResearchProject project = require(user, projectId);
        ProjectMilestone m = milestones.findByIdAndProjectId(milestoneId, project.getId())
                .orElseThrow(() -> new NotFoundException("milestone", milestoneId));
        m.toggle();
        audit.record("UPDATE", "ResearchProject", project.getId(), AuditText.of("audit.msg.project.milestoneDone",
                project.getTitle(), m.getTitle(), AuditText.yesNo(m.isDone())));
    }

    @Transactional(readOnly = true)
    public List<ProjectDocumentStore.Meta> documents(long projectId) {
        return documents.list(projectId);
    }

    /** Stores a document after checking its content against its extension and the size limit. */
    @Transactional
    public void upload(HezuoUser user, long projectId, DocumentKind kind, String filename, byte[] content) {
        ResearchProject project = require(user, projectId);
        if (kind == null) {
            throw new RuleViolationException("project.error.documentKind");
        }
        String name = DocumentCheck.cleanName(filename);
        String type = DocumentCheck.contentTypeOf(name, content);
        long id = documents.save(project.getSchoolId(), project.getId(), kind, name, type, content,
                user.getUsername(), Instant.now(clock));
        audit.record("CREATE", "ResearchProject", project.getId(),
                AuditText.of("audit.msg.project.document", project.getTitle(), name, id));
    }

    @Transactional(readOnly = true)
    public ProjectDocumentStore.File document(HezuoUser user, long projectId, long documentId) {
        ResearchProject project = require(user, projectId);
        return documents.find(project.getId(), documentId)
                .orElseThrow(() -> new NotFoundException("document", documentId));
    }

    private void apply(HezuoUser user, ResearchProject project, ProjectForm form) {
        if (form.endsOn().isBefore(form.startsOn())) {
            throw new RuleViolationException("project.error.period");
        }
        Set<Long> experiment = new LinkedHashSet<>(form.experimentClassIds());
        Set<Long> control = new LinkedHashSet<>(form.controlClassIds() == null ? List.of() : form.controlClassIds());
        Set<Long> overlap = new HashSet<>(experiment);
        overlap.retainAll(control);
        if (!overlap.isEmpty()) {
            throw new RuleViolationException("project.error.classBoth");
        }
        Set<Long> all = new HashSet<>(experiment);
        all.addAll(control);
        for (Long classId : all) {
            classes.findInSchool(classId, user.schoolId()).orElseThrow(() -> new NotFoundException("class", classId));
        }
        Set<Long> members = new LinkedHashSet<>(form.memberIds());
        for (Long teacherId : members) {
            if (!teachers.isTeacherOf(user.schoolId(), teacherId)) {
                throw new NotFoundException("teacher", teacherId);
            }
        }
        // a teacher who edits stays a member, or they would lock themselves out
        teacherId(user).ifPresent(members::add);
        project.update(form.title().strip(), form.level(), form.startsOn(), form.endsOn(), members, experiment,
                control);
    }

    private boolean mayOpen(HezuoUser user, Long teacherId, ResearchProject project) {
        return user.isAdmin() || user.getUsername().equals(project.getCreatedBy())
                || (teacherId != null && project.getMemberIds().contains(teacherId));
    }

    private Optional<Long> teacherId(HezuoUser user) {
        return teachers.byAccount(user.accountId()).map(Teacher::getId);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    static void requireTeacher(HezuoUser user) {
        if (!user.isAdmin() && !user.isTeacher()) {
            throw new AccessDeniedException("research projects are for teachers");
        }
    }
}
