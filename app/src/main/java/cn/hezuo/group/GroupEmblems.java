package cn.hezuo.group;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** For other features (the classroom board, calling): the emblem and colour each group shows ({@link GroupEmblem}). */
@Component
public class GroupEmblems {

    private final StudyGroupRepository groups;

    GroupEmblems(StudyGroupRepository groups) {
        this.groups = groups;
    }

    /** Group id → its look (chosen, or the default of its number); unknown ids are left out. */
    @Transactional(readOnly = true)
    public Map<Long, GroupEmblem.Look> of(Collection<Long> groupIds) {
        Map<Long, GroupEmblem.Look> looks = new HashMap<>();
        if (!groupIds.isEmpty()) {
            groups.findAllById(groupIds).forEach(g -> looks.put(g.getId(), GroupEmblem.of(g)));
        }
        return looks;
    }
}
