package cn.hezuo.family;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The family feature's part of the demo school: parents linked to children and class notices, written in the
 * seeder's transaction without checks or audit lines. Only the demo calls it.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
public class FamilySeeds {

    private final FamilyParentRepository parents;
    private final FamilyChildRepository children;
    private final FamilyNoticeRepository notices;
    private final Clock clock;

    FamilySeeds(FamilyParentRepository parents, FamilyChildRepository children, FamilyNoticeRepository notices,
                Clock clock) {
        this.parents = parents;
        this.children = children;
        this.notices = notices;
        this.clock = clock;
    }

    public void parent(long schoolId, long accountId, String displayName, List<Long> studentIds) {
        FamilyParent parent = parents.save(new FamilyParent(schoolId, accountId, displayName, clock.instant()));
        studentIds.forEach(id -> children.save(new FamilyChild(parent.getId(), id, clock.instant())));
    }

    public void notice(long schoolId, long classId, String title, String body, String postedBy, Instant postedAt) {
        notices.save(new FamilyNotice(schoolId, classId, title, body, postedBy, postedAt));
    }
}
