package cn.hezuo.group.identity;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.audit.AuditText;
import cn.hezuo.audit.AuditTrail;
import cn.hezuo.group.GroupEmblem;
import cn.hezuo.group.StudyGroup;
import cn.hezuo.group.StudyGroupRepository;
import cn.hezuo.group.roles.GroupContext;
import cn.hezuo.group.roles.GroupLifeAccess;
import cn.hezuo.system.RuleViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A teacher chooses a group's emblem and colour (head teacher or admin: those who manage the class). Two groups of one
 * plan may not look alike: the pair is refused when another group has it, chosen or by its number. Audited.
 */
@Service
public class GroupEmblemService {

    private final GroupLifeAccess access;
    private final StudyGroupRepository groups;
    private final AuditTrail audit;

    GroupEmblemService(GroupLifeAccess access, StudyGroupRepository groups, AuditTrail audit) {
        this.access = access;
        this.groups = groups;
        this.audit = audit;
    }

    @Transactional
    public void choose(HezuoUser user, long groupId, int emblemNo, int colourNo) {
        GroupContext context = access.requireRead(user, groupId);
        if (!context.canManage()) {
            throw new AccessDeniedException("group " + groupId);
        }
        if (emblemNo < 1 || emblemNo > GroupEmblem.COUNT || colourNo < 1 || colourNo > GroupEmblem.COUNT) {
            throw new RuleViolationException("grouplife.emblem.error.unknown", GroupEmblem.COUNT);
        }
        StudyGroup group = groups.findById(groupId).orElseThrow();
        GroupEmblem.Look wanted = new GroupEmblem.Look(emblemNo, colourNo);
        for (StudyGroup other : groups.findByPlanIdOrderByNumberAsc(group.getPlanId())) {
            if (!other.getId().equals(groupId) && GroupEmblem.of(other).equals(wanted)) {
                throw new RuleViolationException("grouplife.emblem.error.taken", other.getNumber());
            }
        }
        GroupEmblem.Look before = GroupEmblem.of(group);
        group.chooseEmblem(emblemNo, colourNo);
        groups.saveAndFlush(group);
        audit.record("EMBLEM", "StudyGroup", groupId, AuditText.of("audit.msg.group.emblem", group.getNumber(),
                before.emblemNo(), before.colourNo(), emblemNo, colourNo));
    }
}
