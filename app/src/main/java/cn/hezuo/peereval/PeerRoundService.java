package cn.hezuo.peereval;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.audit.AuditText;
import cn.hezuo.audit.AuditTrail;
import cn.hezuo.audit.Changes;
import cn.hezuo.group.GroupDirectory;
import cn.hezuo.group.GroupPlan;
import cn.hezuo.school.ClassAccess;
import cn.hezuo.school.SchoolClass;
import cn.hezuo.system.NotFoundException;
import cn.hezuo.system.RuleViolationException;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Rounds for the class's teachers (head teacher, subject teachers, admin): open, close, the comment switch and the
 * full report. At most one round of a class is open at a time.
 */
@Service
public class PeerRoundService {

    private final ClassAccess access;
    private final PeerRoundRepository rounds;
    private final PeerRatingRepository ratings;
    private final PeerGroupRatingRepository groupRatings;
    private final GroupDirectory plans;
    private final RoundMembers roundMembers;
    private final AuditTrail audit;
    private final Clock clock;

    PeerRoundService(ClassAccess access, PeerRoundRepository rounds, PeerRatingRepository ratings,
                     PeerGroupRatingRepository groupRatings, GroupDirectory plans, RoundMembers roundMembers,
                     AuditTrail audit, Clock clock) {
        this.access = access;
        this.rounds = rounds;
        this.ratings = ratings;
        this.groupRatings = groupRatings;
        this.plans = plans;
        this.roundMembers = roundMembers;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<PeerRound> rounds(HezuoUser user, long classId) {
        access.requireView(user, classId);
        return rounds.findByClassIdOrderByOpenedAtDescIdDesc(classId);
    }

    @Transactional
    public PeerRound open(HezuoUser user, long classId, RoundForm form) {
        SchoolClass schoolClass = access.requireView(user, classId);
        if (form.endsOn().isBefore(form.startsOn())) {
            throw new RuleViolationException("peereval.error.dates");
        }
        GroupPlan plan = plans.activePlanOf(classId)
                .orElseThrow(() -> new RuleViolationException("peereval.error.noPlan"));
        if (rounds.findByClassIdOrderByOpenedAtDescIdDesc(classId).stream().anyMatch(PeerRound::isOpen)) {
            throw new RuleViolationException("peereval.error.alreadyOpen");
        }
        PeerRound round = rounds.save(new PeerRound(schoolClass.getSchoolId(), classId, plan.getId(),
                form.name().strip(), form.startsOn(), form.endsOn(), user.getUsername(), clock.instant()));
        audit.record("CREATE", "PeerRound", round.getId(), AuditText.of("audit.msg.peer.opened", round.getName(),
                schoolClass.getName()));
        return round;
    }

    @Transactional
    public void close(HezuoUser user, long roundId, int version) {
        PeerRound round = require(user, roundId);
        checkVersion(round, version);
        if (!round.isOpen()) {
            throw new RuleViolationException("peereval.error.closed");
        }
        round.close(user.getUsername(), clock.instant());
        rounds.saveAndFlush(round);
        audit.record("CLOSE", "PeerRound", roundId, AuditText.of("audit.msg.peer.closed"));
    }

    @Transactional
    public void showComments(HezuoUser user, long roundId, boolean show, int version) {
        PeerRound round = require(user, roundId);
        checkVersion(round, version);
        boolean before = round.isShowComments();
        round.setShowComments(show);
        rounds.saveAndFlush(round);
        if (before != show) {
            audit.record("UPDATE", "PeerRound", roundId, Changes.of().field("showComments", before, show).text());
        }
    }

    /** The round if the user may see the class's results; another school's round is not found. */
    @Transactional(readOnly = true)
    public PeerRound require(HezuoUser user, long roundId) {
        PeerRound round = rounds.findByIdAndSchoolId(roundId, user.schoolId())
                .orElseThrow(() -> new NotFoundException("peer round", roundId));
        access.requireView(user, round.getClassId());
        return round;
    }

    @Transactional(readOnly = true)
    public RoundReport report(HezuoUser user, long roundId) {
        PeerRound round = require(user, roundId);
        SchoolClass schoolClass = access.requireView(user, round.getClassId());
        RoundMembers.Groups groups = roundMembers.of(round);
        List<PeerRating> all = ratings.findByRoundIdOrderByRaterIdAscRateeIdAsc(roundId);
        Map<Long, String> names = new HashMap<>();
        groups.byStudent().forEach((id, m) -> names.put(id, m.name()));
        List<RoundReport.GroupMatrix> matrices = groups.byGroup().entrySet().stream().map(e -> {
            List<Long> ids = e.getValue().stream().map(RoundMembers.Member::studentId).toList();
            Map<String, PeerRating> cells = new HashMap<>();
            all.stream().filter(r -> ids.contains(r.getRaterId()) && ids.contains(r.getRateeId()))
                    .forEach(r -> cells.put(r.getRaterId() + "-" + r.getRateeId(), r));
            Map<Long, PeerStats.Received> received = new HashMap<>();
            ids.forEach(id -> received.put(id, PeerStats.received(id, List.copyOf(cells.values()))));
            return new RoundReport.GroupMatrix(e.getKey(), e.getValue(), cells, received);
        }).toList();
        List<RoundReport.FlagLine> flags = PeerStats.flags(groups.ids(), all).stream()
                .map(f -> new RoundReport.FlagLine(f.type(), f.groupNo(), f.studentId() == null ? null
                        : names.get(f.studentId()), RoundReport.format(f.value()), RoundReport.format(f.groupMean())))
                .toList();
        Map<String, PeerGroupRating> groupCells = new HashMap<>();
        groupRatings.findByRoundIdOrderByRaterGroupNoAscRateeGroupNoAsc(roundId)
                .forEach(g -> groupCells.put(g.getRaterGroupNo() + "-" + g.getRateeGroupNo(), g));
        return new RoundReport(round, schoolClass, matrices, flags, List.copyOf(groups.byGroup().keySet()), groupCells,
                names);
    }

    private static void checkVersion(PeerRound round, int version) {
        if (round.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(PeerRound.class, round.getId());
        }
    }
}
