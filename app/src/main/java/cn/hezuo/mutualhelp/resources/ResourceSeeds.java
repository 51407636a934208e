package cn.hezuo.mutualhelp.resources;

import cn.hezuo.audit.AuditText;
import cn.hezuo.audit.AuditTrail;
import cn.hezuo.group.roles.MemberRoles;
import cn.hezuo.group.roles.WeekRoles;
import cn.hezuo.mutualhelp.People;
import cn.hezuo.roster.Student;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes shared resources without a signed-in person: the demo school's and the rows tests start from (files checked
 * like uploads). Not used by any page.
 */
@Component
public class ResourceSeeds {

    private final SharedResourceRepository resources;
    private final ResourceFiles files;
    private final People people;
    private final AuditTrail audit;
    private final Clock clock;

    ResourceSeeds(SharedResourceRepository resources, ResourceFiles files, People people, AuditTrail audit, Clock clock) {
        this.resources = resources;
        this.files = files;
        this.people = people;
        this.audit = audit;
        this.clock = clock;
    }

    /** A student's resource in their group of this week: group only ({@code classWide} false) or for the class. */
    @Transactional
    public long studentResource(long studentId, String title, String note, boolean classWide, String fileName,
                                byte[] file) {
        long id = save(studentId, title, note, classWide, fileName, file);
        Student s = people.student(studentId).orElseThrow();
        audit.record(s.getSchoolId(), "system", "CREATE", "MhResource", id, AuditText.of("audit.msg.mh.resourceShared",
                title));
        return id;
    }

    /** Every demo class: a group-only note and a class-wide 错题集 in each of the first two groups. */
    @Transactional
    public void demo(long schoolId, long classId) {
        WeekRoles roles = people.rolesThisWeek(schoolId, classId).orElse(null);
        if (roles == null || roles.byGroup().size() < 2) {
            return;
        }
        List<List<MemberRoles>> groups = new ArrayList<>(roles.byGroup().values());
        long first = 0;
        for (int g = 0; g < 2; g++) {
            List<MemberRoles> members = groups.get(g);
            long id = save(members.get(0).studentId(), "整式加减笔记",
                    "1. 同类项：字母相同，相同字母的指数也相同。\n2. 去括号：括号前是“-”，括号里各项都变号。", false, null, null);
            first = first == 0 ? id : first;
            save(members.get(members.size() > 1 ? 1 : 0).studentId(), "一元一次方程错题集", null, true, "错题集.txt",
                    ("错题 1：3(x-2)=2x+1，去括号漏乘，正确答案 x=7。\n错题 2：x/2-(x-1)/3=1，去分母时 1 没乘 6。\n")
                            .getBytes(StandardCharsets.UTF_8));
        }
        audit.record(schoolId, "system", "DEMO_LOAD", "MhResource", first, AuditText.of("audit.msg.mh.resourceDemo",
                classId));
    }

    private long save(long studentId, String title, String note, boolean classWide, String fileName, byte[] file) {
        Student s = people.student(studentId).orElseThrow();
        var placement = people.placement(s);
        SharedResource.FileInfo info = null;
        if (file != null) {
            String name = ResourceFiles.cleanName(fileName);
            info = new SharedResource.FileInfo(name, ResourceFiles.contentTypeOf(name, file), file.length);
        }
        SharedResource r = resources.save(new SharedResource(new SharedResource.Owner(s.getSchoolId(), s.getClassId(),
                placement.map(People.Placement::groupId).orElse(null), placement.map(People.Placement::groupNo).orElse(null),
                studentId, s.getStudentNo()), classWide ? SharedResource.Visibility.CLASS : SharedResource.Visibility.GROUP,
                file == null ? SharedResource.Kind.NOTE : SharedResource.Kind.MISTAKES, title, note, info,
                clock.instant().minus(Duration.ofHours(2))));
        if (file != null) {
            resources.flush();
            files.save(r.getId(), s.getSchoolId(), file);
        }
        return r.getId();
    }
}
