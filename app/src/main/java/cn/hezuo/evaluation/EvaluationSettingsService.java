package cn.hezuo.evaluation;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.audit.AuditText;
import cn.hezuo.audit.AuditTrail;
import cn.hezuo.audit.Changes;
import cn.hezuo.school.ClassAccess;
import cn.hezuo.school.SchoolClass;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The class's evaluation switches; a class without a row has the defaults (bundled on, the rest off). */
@Service
public class EvaluationSettingsService {

    private final EvalSettingsRepository settings;
    private final ClassAccess access;
    private final AuditTrail audit;

    EvaluationSettingsService(EvalSettingsRepository settings, ClassAccess access, AuditTrail audit) {
        this.settings = settings;
        this.access = access;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public EvalSettings of(long schoolId, long classId) {
        return settings.findByClassId(classId).orElseGet(() -> new EvalSettings(schoolId, classId));
    }

    /** Head teacher or admin; {@code version} is the one the form showed (-1 for a class without a row yet). */
    @Transactional
    public EvalSettings update(HezuoUser user, long classId, boolean bundled, boolean studentRecording,
                               boolean showRankBand, int version) {
        SchoolClass schoolClass = access.requireManage(user, classId);
        EvalSettings current = settings.findByClassId(classId)
                .orElseGet(() -> settings.saveAndFlush(new EvalSettings(schoolClass.getSchoolId(), classId)));
        if (version >= 0 && current.getVersion() != version) {
            throw new org.springframework.orm.ObjectOptimisticLockingFailureException(EvalSettings.class, current.getId());
        }
        Changes changes = Changes.of()
                .field("bundled", current.isBundled(), bundled)
                .field("studentRecording", current.isStudentRecording(), studentRecording)
                .field("showRankBand", current.isShowRankBand(), showRankBand);
        current.setBundled(bundled);
        current.setStudentRecording(studentRecording);
        current.setShowRankBand(showRankBand);
        audit.record("UPDATE", "EvalSettings", classId, changes.text(schoolClass.getName()));
        return current;
    }
}
