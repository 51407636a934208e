package cn.hezuo.mutualhelp.board;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.audit.AuditText;
import cn.hezuo.audit.AuditTrail;
import cn.hezuo.school.ClassAccess;
import cn.hezuo.school.SchoolClass;
import java.time.Clock;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A class's board switches; a class without a row has both off. Any teacher of the class may change them. */
@Component
class BoardSettings {

    record Setting(boolean anonymousAllowed, boolean awardPoints) {
    }

    private final BoardSettingRepository settings;
    private final ClassAccess access;
    private final AuditTrail audit;
    private final Clock clock;

    BoardSettings(BoardSettingRepository settings, ClassAccess access, AuditTrail audit, Clock clock) {
        this.settings = settings;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    Setting of(long classId) {
        return settings.findByClassId(classId).map(s -> new Setting(s.isAnonymousAllowed(), s.isAwardPoints()))
                .orElse(new Setting(false, false));
    }

    @Transactional
    void update(HezuoUser user, long classId, boolean anonymousAllowed, boolean awardPoints) {
        SchoolClass schoolClass = access.requireView(user, classId);
        save(schoolClass.getSchoolId(), classId, anonymousAllowed, awardPoints, user.getUsername());
        audit.record("UPDATE", "MhBoardSetting", classId, AuditText.of("audit.msg.mh.boardSettings",
                schoolClass.getName(), anonymousAllowed ? 1 : 0, awardPoints ? 1 : 0));
    }

    void save(long schoolId, long classId, boolean anonymousAllowed, boolean awardPoints, String by) {
        BoardSetting s = settings.findByClassId(classId).orElseGet(() -> new BoardSetting(schoolId, classId));
        s.set(anonymousAllowed, awardPoints, by, clock.instant());
        settings.save(s);
    }
}
