package cn.hezuo.evaluation;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.audit.AuditText;
import cn.hezuo.audit.AuditTrail;
import cn.hezuo.system.NotFoundException;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/** Starts and ends the board's discussion timer runs for teachers of the class, with an audit line each. */
@Service
class DiscussionTimer {

    private final EvaluationAccess access;
    private final EvalDiscussionRepository discussions;
    private final AuditTrail audit;
    private final Clock clock;
    private final TransactionTemplate tx;

    DiscussionTimer(EvaluationAccess access, EvalDiscussionRepository discussions, AuditTrail audit, Clock clock,
                    TransactionTemplate tx) {
        this.access = access;
        this.discussions = discussions;
        this.audit = audit;
        this.clock = clock;
        this.tx = tx;
    }

    record Start(String requestId, EvalDiscussion.Kind kind, Integer plannedSeconds) {
    }

    record Started(long id, boolean repeated) {
    }

    /** Starts a run; the same request id again answers the first run (a retry after a dropped connection). */
    Started start(HezuoUser user, long classId, Start request) {
        if (request == null || request.requestId() == null || request.requestId().isBlank()
                || request.requestId().length() > 36 || request.kind() == null) {
            throw new cn.hezuo.system.RuleViolationException("evaluation.error.badRequest");
        }
        try {
            return tx.execute(status -> {
                Recorder recorder = teacher(user, classId);
                var existing = discussions.findByRequestId(request.requestId());
                if (existing.isPresent()) {
                    requireSameClass(existing.get(), classId);
                    return new Started(existing.get().getId(), true);
                }
                Integer planned = request.kind() == EvalDiscussion.Kind.COUNTDOWN && request.plannedSeconds() != null
                        ? Math.max(1, Math.min(request.plannedSeconds(), 3 * 3600)) : null;
                EvalDiscussion run = discussions.saveAndFlush(new EvalDiscussion(user.schoolId(), classId,
                        request.requestId(), LocalDate.now(clock), request.kind(), planned, user.getUsername(),
                        clock.instant()));
                audit.record("DISCUSSION", "EvalDiscussion", run.getId(), AuditText.of("audit.msg.eval.discussionStarted",
                        recorder.schoolClass().getName(), request.kind().name()));
                return new Started(run.getId(), false);
            });
        } catch (DataIntegrityViolationException race) {
            EvalDiscussion first = discussions.findByRequestId(request.requestId()).orElseThrow(() -> race);
            requireSameClass(first, classId);
            return new Started(first.getId(), true);
        }
    }

    /** Ends a run with the seconds it ran (pauses left out, at most 3 hours); a second end changes nothing. */
    int end(HezuoUser user, long classId, long id, int seconds) {
        return tx.execute(status -> {
            Recorder recorder = teacher(user, classId);
            EvalDiscussion run = discussions.findByIdAndClassId(id, classId)
                    .orElseThrow(() -> new NotFoundException("discussion", id));
            if (run.end(Math.min(seconds, 3 * 3600), clock.instant())) {
                audit.record("DISCUSSION", "EvalDiscussion", id, AuditText.of("audit.msg.eval.discussionEnded",
                        recorder.schoolClass().getName(), run.getSeconds() / 60, run.getSeconds() % 60));
            }
            return run.getSeconds();
        });
    }

    private Recorder teacher(HezuoUser user, long classId) {
        Recorder recorder = access.requireRecorder(user, classId);
        if (!recorder.isTeacher()) {
            throw new AccessDeniedException("teachers time discussions");
        }
        return recorder;
    }

    private static void requireSameClass(EvalDiscussion run, long classId) {
        if (run.getClassId() != classId) {
            throw new AccessDeniedException("request id of another class");
        }
    }
}
