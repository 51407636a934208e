package cn.hezuo.research;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.research.group.GroupKind;
import cn.hezuo.research.group.ResearchGroup;
import cn.hezuo.research.group.ResearchGroupService;
import cn.hezuo.school.SchoolSetupService;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Test data for research tests: fresh groups led by the demo's English teachers (who are in no demo research group),
 * so tests never depend on the demo's groups or on each other.
 */
public final class ResearchFixture {

    private static final AtomicInteger UNIQUE = new AtomicInteger();

    private final UserDetailsService users;
    private final ResearchGroupService groups;
    private final SchoolSetupService school;

    public ResearchFixture(UserDetailsService users, ResearchGroupService groups, SchoolSetupService school) {
        this.users = users;
        this.groups = groups;
        this.school = school;
    }

    public HezuoUser user(String username) {
        return (HezuoUser) users.loadUserByUsername(username);
    }

    /** A new 英语 research group with the leader and members given (usernames), and its own minimum. */
    public ResearchGroup group(String leader, Integer minimum, String... members) {
        HezuoUser admin = user("admin");
        long english = school.subjects(admin.schoolId()).stream().filter(s -> s.getName().equals("英语")).findFirst()
                .orElseThrow().getId();
        ResearchGroup group = groups.create(admin, GroupKind.RESEARCH,
                "测试英语组" + System.nanoTime() % 100000 + "-" + UNIQUE.incrementAndGet(), english, null,
                user(leader).teacherId(), minimum);
        for (String member : members) {
            groups.addMember(admin, group.getId(), user(member).teacherId());
        }
        return group;
    }
}
