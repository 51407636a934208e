package cn.hezuo.research;

import static cn.hezuo.testsupport.authz.Who.ADMIN;
import static cn.hezuo.testsupport.authz.Who.TEACHERS;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.research.calendar.ActivityForm;
import cn.hezuo.research.calendar.ActivityKind;
import cn.hezuo.research.calendar.ActivityService;
import cn.hezuo.research.calendar.AttachmentKind;
import cn.hezuo.research.calendar.CalendarService;
import cn.hezuo.research.calendar.ResearchActivity;
import cn.hezuo.research.calendar.ResearchPlan;
import cn.hezuo.research.calendar.ResearchTerms;
import cn.hezuo.research.group.ResearchAccess;
import cn.hezuo.research.group.ResearchGroup;
import cn.hezuo.research.group.ResearchGroupService;
import cn.hezuo.research.listen.ListenForm;
import cn.hezuo.research.listen.ListenService;
import cn.hezuo.school.SchoolClass;
import cn.hezuo.school.SchoolClassRepository;
import cn.hezuo.system.RuleViolationException;
import cn.hezuo.testsupport.authz.AuthzFixture;
import cn.hezuo.testsupport.authz.Endpoint;
import cn.hezuo.testsupport.authz.EndpointRows;
import cn.hezuo.testsupport.authz.Persona;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.annotation.Order;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Teaching research (issue 14): the demo's 数学教研组 is led by math0701 (this class's 数学 teacher) and has math0702
 * (the other class's) as a member; the head teachers of 七年级1班/2班 teach 语文 and are not in it.
 */
@Order(1400)
public class ResearchEndpointRows implements EndpointRows {

    @Autowired ResearchGroupService researchGroupsService;
    @Autowired SchoolClassRepository classes;
    @Autowired DataSource dataSource;
    @Autowired TransactionTemplate tx;

    /** Who runs the 数学教研组: the admin and its leader. */
    public static final Set<Persona> RESEARCH_LEADERS = EnumSet.of(Persona.ADMIN, Persona.SUBJECT_TEACHER_THIS_CLASS);
    /** Who sees it: the leader, the member, the admin. */
    public static final Set<Persona> RESEARCH_MEMBERS = EnumSet.of(Persona.ADMIN, Persona.SUBJECT_TEACHER_THIS_CLASS,
            Persona.SUBJECT_TEACHER_OTHER_CLASS);
    /** Members who write their own reflection (the admin is in no group). */
    public static final Set<Persona> RESEARCH_TEACHER_MEMBERS = EnumSet.of(Persona.SUBJECT_TEACHER_THIS_CLASS,
            Persona.SUBJECT_TEACHER_OTHER_CLASS);
    public static final Set<Persona> STAFF = EnumSet.of(Persona.ADMIN, Persona.SUBJECT_TEACHER_OTHER_CLASS,
            Persona.HEAD_TEACHER_OTHER_CLASS, Persona.SUBJECT_TEACHER_THIS_CLASS, Persona.HEAD_TEACHER_THIS_CLASS);
    @Autowired ResearchAccess researchAccess;
    @Autowired CalendarService researchCalendar;
    @Autowired ActivityService researchActivities;
    @Autowired ResearchTerms researchTerms;
    @Autowired ListenService researchListen;

    @Override
    public void addRows(List<Endpoint> list, AuthzFixture fixture) {
        HezuoUser admin = fixture.user("admin");
        HezuoUser leader = fixture.user("math0701");
        ResearchGroup group = researchAccess.visibleGroups(admin).stream()
                .filter(g -> g.getName().equals("数学教研组")).findFirst().orElseThrow();
        long groupId = group.getId();
        cn.hezuo.school.SchoolTerm term = researchTerms.term(admin.schoolId(), null);
        java.time.LocalDate today = researchTerms.today();
        long mathId = fixture.subject("数学");
        long spare = fixture.teacher("eng0803").getId();
        String g = "/research/groups/" + groupId;
        Supplier<Long> freshActivity = () -> tx.execute(status -> researchCalendar.createActivity(admin, groupId, term,
                new ActivityForm(today, null, "授权测试", ActivityKind.SALON,
                        null, "授权测试活动" + fixture.next(), -1))).getId();
        long activityId = freshActivity.get();
        Supplier<ResearchActivity> activity = () -> researchCalendar.activities(groupId, term.id())
                .stream().filter(a -> a.getId() == activityId).findFirst().orElseThrow();
        byte[] pdf = "%PDF-1.4 authorization test".getBytes(StandardCharsets.US_ASCII);
        Supplier<Long> freshAttachment = () -> tx.execute(status -> researchActivities.attach(admin, activityId,
                AttachmentKind.OTHER, "授权测试.pdf", pdf));
        long attachmentId = freshAttachment.get();
        Supplier<String> planVersion = () -> String.valueOf(researchCalendar.plan(groupId, term.id()).orElseThrow().getVersion());

        list.add(new Endpoint("GET", "/research", () -> get("/research"), STAFF));
        list.add(new Endpoint("GET", "/research/upcoming", () -> get("/research/upcoming"), TEACHERS));
        list.add(new Endpoint("GET", "/admin/research", () -> get("/admin/research"), ADMIN));
        list.add(new Endpoint("POST", "/admin/research/groups", () -> post("/admin/research/groups")
                .param("kind", "RESEARCH").param("name", "授权测试教研组" + fixture.next())
                .param("subjectId", String.valueOf(mathId)), ADMIN));
        list.add(new Endpoint("POST", "/admin/research/minimum", () -> post("/admin/research/minimum")
                .param("listenMinimum", "12"), ADMIN));
        list.add(new Endpoint("GET", "/admin/research/listening.xlsx", () -> get("/admin/research/listening.xlsx"), ADMIN));
        list.add(new Endpoint("GET", "/research/groups/{groupId}", () -> get(g), RESEARCH_MEMBERS));
        list.add(new Endpoint("POST", "/research/groups/{groupId}", () -> {
            ResearchGroup current = researchAccess.requireView(admin, groupId);
            return post(g).param("kind", "RESEARCH").param("name", current.getName())
                    .param("subjectId", String.valueOf(current.getSubjectId()))
                    .param("leaderId", String.valueOf(current.getLeaderId()))
                    .param("version", String.valueOf(current.getVersion()));
        }, ADMIN));
        list.add(new Endpoint("POST", "/research/groups/{groupId}/members", () -> post(g + "/members")
                .param("teacherId", String.valueOf(spare)), RESEARCH_LEADERS));
        list.add(new Endpoint("POST", "/research/groups/{groupId}/members/{teacherId}/delete", () -> {
            tx.executeWithoutResult(status -> researchGroupsService.addMember(admin, groupId, spare));
            return post(g + "/members/" + spare + "/delete");
        }, RESEARCH_LEADERS));
        list.add(new Endpoint("GET", "/research/groups/{groupId}/plan", () -> get(g + "/plan"), RESEARCH_MEMBERS));
        list.add(new Endpoint("POST", "/research/groups/{groupId}/plan", () -> {
            ResearchPlan plan = researchCalendar.plan(groupId, term.id()).orElseThrow();
            return post(g + "/plan").param("termId", String.valueOf(term.id())).param("theme", plan.getTheme())
                    .param("guidingIdea", plan.getGuidingIdea()).param("goals", plan.getGoals())
                    .param("measures", plan.getMeasures()).param("version", planVersion.get());
        }, RESEARCH_LEADERS));
        list.add(new Endpoint("POST", "/research/groups/{groupId}/plan/publish", () -> post(g + "/plan/publish")
                .param("termId", String.valueOf(term.id())).param("version", planVersion.get()), RESEARCH_LEADERS));
        list.add(new Endpoint("POST", "/research/groups/{groupId}/activities", () -> post(g + "/activities")
                .param("termId", String.valueOf(term.id())).param("date", today.toString()).param("kind", "THEORY")
                .param("topic", "授权测试学习" + fixture.next()), RESEARCH_LEADERS));
        list.add(new Endpoint("GET", "/research/groups/{groupId}/calendar/print", () -> get(g + "/calendar/print"),
                RESEARCH_MEMBERS));
        list.add(new Endpoint("GET", "/research/groups/{groupId}/calendar.xlsx", () -> get(g + "/calendar.xlsx"),
                RESEARCH_MEMBERS));
        list.add(new Endpoint("GET", "/research/groups/{groupId}/listening", () -> get(g + "/listening"),
                RESEARCH_LEADERS));
        list.add(new Endpoint("GET", "/research/groups/{groupId}/listening.xlsx", () -> get(g + "/listening.xlsx"),
                RESEARCH_LEADERS));

        list.add(new Endpoint("GET", "/research/groups/{groupId}/summary", () -> get(g + "/summary"), RESEARCH_LEADERS));
        list.add(new Endpoint("POST", "/research/groups/{groupId}/summary", () -> post(g + "/summary")
                .param("termId", String.valueOf(term.id())).param("overview", "授权测试").param("version", "-1"),
                RESEARCH_LEADERS));
        list.add(new Endpoint("GET", "/research/groups/{groupId}/summary.docx", () -> get(g + "/summary.docx"),
                RESEARCH_LEADERS));
        list.add(new Endpoint("GET", "/research/groups/{groupId}/schedule", () -> get(g + "/schedule"), RESEARCH_LEADERS));
        // Generating over weeks that already have a 集体备课 / a blocked range adds nothing; the rights are what count.
        list.add(new Endpoint("POST", "/research/groups/{groupId}/schedule/rotation", () -> post(g + "/schedule/rotation")
                .param("termId", String.valueOf(term.id())).param("day", "WEDNESDAY").param("firstWeek", "1")
                .param("lastWeek", "1"), RESEARCH_LEADERS));
        list.add(new Endpoint("POST", "/research/groups/{groupId}/schedule/open-lessons", () -> post(g
                + "/schedule/open-lessons").param("termId", String.valueOf(term.id())).param("underAge", "35")
                .param("perSlot", "1").param("cadence", "2").param("firstWeek", "1").param("lastWeek", "1")
                .param("blocked", "1").param("day", "THURSDAY"), RESEARCH_LEADERS));
        // Growth: the demo pairs math0801 (mentor) with math0702 (apprentice); math0701 leads the apprentice's group.
        org.springframework.jdbc.core.JdbcTemplate jdbc = new org.springframework.jdbc.core.JdbcTemplate(dataSource);
        long apprentice = fixture.teacher("math0702").getId();
        long pairId = jdbc.queryForObject("select id from research_mentor_pair where apprentice_id = ? and term_id = ?",
                Long.class, apprentice, term.id());
        Supplier<String> pairVersion = () -> String.valueOf(jdbc.queryForObject(
                "select version from research_mentor_pair where id = ?", Integer.class, pairId));
        String p = "/research/mentoring/" + pairId;
        list.add(new Endpoint("GET", "/research/mentoring", () -> get("/research/mentoring"), STAFF));
        list.add(new Endpoint("POST", "/research/mentoring", () -> post("/research/mentoring")
                .param("termId", String.valueOf(term.id())).param("mentorId", String.valueOf(fixture.teacher("head0803").getId()))
                .param("apprenticeId", String.valueOf(spare)).param("goals", "授权测试"), ADMIN));
        list.add(new Endpoint("GET", "/research/mentoring/{pairId}", () -> get(p), RESEARCH_MEMBERS));
        list.add(new Endpoint("POST", "/research/mentoring/{pairId}/activities", () -> post(p + "/activities")
                .param("date", today.toString()).param("kind", "TALK").param("note", "授权测试"),
                EnumSet.of(Persona.ADMIN, Persona.SUBJECT_TEACHER_OTHER_CLASS)));
        list.add(new Endpoint("POST", "/research/mentoring/{pairId}/evaluation", () -> post(p + "/evaluation")
                .param("version", pairVersion.get()).param("text", "授权测试评价"),
                EnumSet.of(Persona.SUBJECT_TEACHER_OTHER_CLASS)));
        list.add(new Endpoint("GET", "/research/groups/{groupId}/checks", () -> get(g + "/checks"), RESEARCH_LEADERS));
        list.add(new Endpoint("POST", "/research/groups/{groupId}/checks", () -> post(g + "/checks")
                .param("month", java.time.YearMonth.from(today).toString())
                .param("r_" + apprentice + "_HOMEWORK", "GOOD").param("m_" + apprentice + "_HOMEWORK", "授权测试"),
                RESEARCH_LEADERS));
        // A portfolio: the teacher's own, their leader's view, the admin's.
        list.add(new Endpoint("GET", "/research/portfolio", () -> get("/research/portfolio")
                .param("teacherId", String.valueOf(apprentice)), RESEARCH_MEMBERS));
        list.add(new Endpoint("GET", "/research/portfolio.xlsx", () -> get("/research/portfolio.xlsx")
                .param("teacherId", String.valueOf(apprentice)), RESEARCH_MEMBERS));
        list.add(new Endpoint("POST", "/research/portfolio/entries", () -> post("/research/portfolio/entries")
                .param("kind", "TRAINING").param("date", today.toString()).param("title", "授权测试培训")
                .param("hours", "2"), TEACHERS));
        // Only the author finds their entry; other teachers are answered "not found", the admin and students 403.
        list.add(new Endpoint("POST", "/research/portfolio/entries/{entryId}/delete",
                () -> post("/research/portfolio/entries/999999999/delete"), TEACHERS));
        String a = "/research/activities/" + activityId;
        list.add(new Endpoint("GET", "/research/activities/{activityId}", () -> get(a), RESEARCH_MEMBERS));
        list.add(new Endpoint("POST", "/research/activities/{activityId}", () -> {
            ResearchActivity current = activity.get();
            return post(a).param("date", current.getDate().toString()).param("kind", current.getKind().name())
                    .param("topic", current.getTopic()).param("version", String.valueOf(current.getVersion()));
        }, RESEARCH_LEADERS));
        list.add(new Endpoint("POST", "/research/activities/{activityId}/delete", () -> {
            long fresh = freshActivity.get();
            return post("/research/activities/" + fresh + "/delete").param("version", "0");
        }, RESEARCH_LEADERS));
        list.add(new Endpoint("POST", "/research/activities/{activityId}/attendance", () -> post(a + "/attendance")
                .param("s_" + leader.teacherId(), "PRESENT"), RESEARCH_LEADERS));
        list.add(new Endpoint("POST", "/research/activities/{activityId}/minutes", () -> post(a + "/minutes")
                .param("version", String.valueOf(activity.get().getVersion())).param("minutes", "授权测试记录"),
                RESEARCH_LEADERS));
        list.add(new Endpoint("POST", "/research/activities/{activityId}/attachments", () -> multipart(a + "/attachments")
                .file(new MockMultipartFile("file", "教案.pdf", "application/pdf", pdf)).param("kind", "LESSON_PLAN"),
                RESEARCH_MEMBERS));
        list.add(new Endpoint("GET", "/research/activities/{activityId}/attachments/{attachmentId}",
                () -> get(a + "/attachments/" + attachmentId), RESEARCH_MEMBERS));
        list.add(new Endpoint("POST", "/research/activities/{activityId}/attachments/{attachmentId}/delete",
                () -> post(a + "/attachments/" + freshAttachment.get() + "/delete"), RESEARCH_LEADERS));
        list.add(new Endpoint("POST", "/research/activities/{activityId}/reflection", () -> post(a + "/reflection")
                .param("version", "-1").param("body", "授权测试反思"), RESEARCH_TEACHER_MEMBERS));

        list.add(new Endpoint("GET", "/research/listening", () -> get("/research/listening"), TEACHERS));
        list.add(new Endpoint("GET", "/research/listening/new", () -> get("/research/listening/new"), TEACHERS));
        list.add(new Endpoint("POST", "/research/listening", () -> post("/research/listening")
                .param("lessonDate", today.toString()).param("period", "9").param("classId",
                        String.valueOf(fixture.spareClass().getId())).param("subjectId", String.valueOf(mathId))
                .param("topic", "授权测试听课"), TEACHERS));
        long listenId = listenRecordOf(leader, today, classByName("八年级2班").getId(), mathId);
        // Only the observer finds their record; any other teacher is answered "not found", never shown it.
        list.add(new Endpoint("POST", "/research/listening/{recordId}/delete",
                () -> post("/research/listening/" + listenId + "/delete"), TEACHERS));
    }

    

    /** A listen-class record of the leader's on a free date and period (earlier runs in this context used some). */
    private long listenRecordOf(HezuoUser observer, java.time.LocalDate today, long classId, long subjectId) {
        for (int back = 0; back < 60; back++) {
            for (int period = 11; period <= 12; period++) {
                try {
                    return researchListen.record(observer, new ListenForm(today.minusDays(back),
                            period, classId, subjectId, null, "授权测试", null, null, null, null, null));
                } catch (RuleViolationException taken) {
                    // that slot is recorded already; try the next
                }
            }
        }
        throw new IllegalStateException("no free listen slot");
    }

    private SchoolClass classByName(String name) {
        return classes.findAll().stream().filter(c -> c.getName().equals(name)).findFirst().orElseThrow();
    }
}
