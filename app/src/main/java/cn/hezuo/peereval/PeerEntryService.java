package cn.hezuo.peereval;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.audit.AuditText;
import cn.hezuo.audit.AuditTrail;
import cn.hezuo.roster.Student;
import cn.hezuo.roster.StudentDirectory;
import cn.hezuo.system.NotFoundException;
import cn.hezuo.system.RuleViolationException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The student side: rating themself and their group-mates, their group rating the groups, and reading what they
 * received. A student rates only members of their own group in the round's plan, and only while the round is open.
 */
@Service
public class PeerEntryService {

    /** A comment has at most this many characters (the column holds 300); a longer one is refused, not cut. */
    static final int COMMENT_MAX = 300;

    private final StudentDirectory students;
    private final PeerRoundRepository rounds;
    private final PeerRatingRepository ratings;
    private final PeerGroupRatingRepository groupRatings;
    private final RoundMembers roundMembers;
    private final AuditTrail audit;
    private final Clock clock;

    PeerEntryService(StudentDirectory students, PeerRoundRepository rounds, PeerRatingRepository ratings,
                     PeerGroupRatingRepository groupRatings, RoundMembers roundMembers, AuditTrail audit, Clock clock) {
        this.students = students;
        this.rounds = rounds;
        this.ratings = ratings;
        this.groupRatings = groupRatings;
        this.roundMembers = roundMembers;
        this.audit = audit;
        this.clock = clock;
    }

    /** The signed-in student; anyone else is refused. */
    @Transactional(readOnly = true)
    public Student requireStudent(HezuoUser user) {
        if (!user.isStudent() || user.studentId() == null) {
            throw new AccessDeniedException("student page");
        }
        return students.find(user.studentId()).orElseThrow(() -> new NotFoundException("student", user.studentId()));
    }

    /**
     * The message key of the card on the student's home page: an open round to answer, results of closed rounds to
     * read, or null (no card) when the student is in no round.
     */
    @Transactional(readOnly = true)
    public String homeCard(HezuoUser user) {
        Student me = requireStudent(user);
        String card = null;
        for (PeerRound round : rounds.findByClassIdOrderByOpenedAtDescIdDesc(me.getClassId())) {
            if (roundMembers.of(round).member(me.getId()).isPresent()) {
                if (round.isOpen()) {
                    return "peereval.me.card";
                }
                card = "peereval.me.cardResults";
            }
        }
        return card;
    }

    @Transactional(readOnly = true)
    public MyPeerEvaluation view(HezuoUser user) {
        Student me = requireStudent(user);
        MyPeerEvaluation.OpenRound open = null;
        List<MyPeerEvaluation.ReceivedRound> results = new ArrayList<>();
        for (PeerRound round : rounds.findByClassIdOrderByOpenedAtDescIdDesc(me.getClassId())) {
            RoundMembers.Groups groups = roundMembers.of(round);
            Optional<RoundMembers.Member> mine = groups.member(me.getId());
            if (mine.isEmpty()) {
                continue;
            }
            if (round.isOpen() && open == null) {
                open = openRound(round, groups, mine.get());
            }
            results.add(received(round, mine.get()));
        }
        return new MyPeerEvaluation(open, results);
    }

    /** Saves the student's ratings of themself and group-mates; a ratee outside their group is refused. */
    @Transactional
    public void rate(HezuoUser user, long roundId, Map<Long, Scores> scores, Map<Long, String> comments) {
        Student me = requireStudent(user);
        PeerRound round = openRoundOf(me, roundId);
        List<Long> mates = roundMembers.of(round).groupOf(me.getId()).stream().map(RoundMembers.Member::studentId).toList();
        if (!mates.containsAll(scores.keySet())) {
            throw new AccessDeniedException("only group-mates can be rated");
        }
        for (Map.Entry<Long, Scores> e : scores.entrySet()) {
            PeerRating rating = ratings.findByRoundIdAndRaterIdAndRateeId(roundId, me.getId(), e.getKey())
                    .orElseGet(() -> new PeerRating(me.getSchoolId(), roundId, me.getId(), e.getKey()));
            rating.rate(e.getValue(), clean(comments.get(e.getKey())), clock.instant());
            ratings.save(rating);
        }
        // No scores in the audit line: it is readable by the admin, and the ratings stay where they are.
        audit.record("UPDATE", "PeerRating", roundId, AuditText.of("audit.msg.peer.ratings", me.getStudentNo(),
                scores.size(), roundId));
    }

    /** Saves the student's group's ratings of the groups' presentations; the last submission wins. */
    @Transactional
    public void rateGroups(HezuoUser user, long roundId, Map<Integer, Integer> scores, Map<Integer, String> comments) {
        Student me = requireStudent(user);
        PeerRound round = openRoundOf(me, roundId);
        RoundMembers.Groups groups = roundMembers.of(round);
        int myGroup = groups.member(me.getId()).orElseThrow().groupNo();
        if (!groups.byGroup().keySet().containsAll(scores.keySet())) {
            throw new NotFoundException("group", scores.keySet());
        }
        for (Map.Entry<Integer, Integer> e : scores.entrySet()) {
            PeerGroupRating rating = groupRatings.findByRoundIdAndRaterGroupNoAndRateeGroupNo(roundId, myGroup, e.getKey())
                    .orElseGet(() -> new PeerGroupRating(me.getSchoolId(), roundId, myGroup, e.getKey()));
            rating.rate(e.getValue(), clean(comments.get(e.getKey())), me.getId(), clock.instant());
            groupRatings.save(rating);
        }
        audit.record("UPDATE", "PeerGroupRating", roundId, AuditText.of("audit.msg.peer.groupRatings", me.getStudentNo(),
                myGroup, scores.size(), roundId));
    }

    private PeerRound openRoundOf(Student me, long roundId) {
        PeerRound round = rounds.findById(roundId).filter(r -> r.getClassId().equals(me.getClassId()))
                .orElseThrow(() -> new NotFoundException("peer round", roundId));
        if (roundMembers.of(round).member(me.getId()).isEmpty()) {
            throw new AccessDeniedException("not in this round");
        }
        if (!round.isOpen()) {
            throw new RuleViolationException("peereval.error.closed");
        }
        return round;
    }

    private MyPeerEvaluation.OpenRound openRound(PeerRound round, RoundMembers.Groups groups, RoundMembers.Member me) {
        Map<Long, PeerRating> given = new HashMap<>();
        ratings.findByRoundIdAndRaterIdOrderByRateeIdAsc(round.getId(), me.studentId())
                .forEach(r -> given.put(r.getRateeId(), r));
        List<MyPeerEvaluation.Mate> mates = groups.groupOf(me.studentId()).stream().map(m -> {
            PeerRating r = given.get(m.studentId());
            return new MyPeerEvaluation.Mate(m.studentId(), m.memberNo(), m.name(), m.studentId() == me.studentId(),
                    r == null ? null : r.scores(), r == null ? null : r.getComment());
        }).sorted(Comparator.comparing((MyPeerEvaluation.Mate m) -> !m.me()).thenComparingInt(MyPeerEvaluation.Mate::memberNo))
                .toList();
        Map<Integer, MyPeerEvaluation.GroupAnswer> answers = new HashMap<>();
        String lastSubmitter = null;
        java.time.Instant last = null;
        Map<Long, String> names = new HashMap<>();
        groups.groupOf(me.studentId()).forEach(m -> names.put(m.studentId(), m.name()));
        for (PeerGroupRating g : groupRatings.findByRoundIdOrderByRaterGroupNoAscRateeGroupNoAsc(round.getId())) {
            if (g.getRaterGroupNo() == me.groupNo()) {
                answers.put(g.getRateeGroupNo(), new MyPeerEvaluation.GroupAnswer(g.getScore(), g.getComment()));
                if (last == null || g.getUpdatedAt().isAfter(last)) {
                    last = g.getUpdatedAt();
                    lastSubmitter = names.get(g.getSubmittedBy());
                }
            }
        }
        return new MyPeerEvaluation.OpenRound(round, me.groupNo(), mates, List.copyOf(groups.byGroup().keySet()),
                answers, lastSubmitter);
    }

    /**
     * What the student may see of what others gave them in a round: nothing while it is open (averages that move with
     * each rating would let them subtract one rater's values), nothing with fewer than three peer raters, and then
     * only averages rounded to half stars, with no count. A closed round cannot change, so neither can this.
     */
    private MyPeerEvaluation.ReceivedRound received(PeerRound round, RoundMembers.Member me) {
        if (round.isOpen()) {
            return MyPeerEvaluation.ReceivedRound.hidden(round, MyPeerEvaluation.Visibility.OPEN);
        }
        // Every rating of me by someone else (only group-mates could give one), whether or not they are still active:
        // a classmate leaving after the round must not change what I see.
        List<PeerRating> fromOthers = ratings.findByRoundIdAndRateeIdOrderByIdAsc(round.getId(), me.studentId())
                .stream().filter(r -> !r.isSelf()).toList();
        PeerStats.Received received = PeerStats.received(me.studentId(), fromOthers);
        if (received.raters() < MyPeerEvaluation.MIN_RATERS) {
            return MyPeerEvaluation.ReceivedRound.hidden(round, MyPeerEvaluation.Visibility.TOO_FEW_RATERS);
        }
        List<String> means = received.means().stream().map(m -> RoundReport.format(PeerStats.halfStars(m))).toList();
        // Other groups' scores for my group's presentation, as one average, under the same rule.
        List<PeerGroupRating> toMyGroup = groupRatings.findByRoundIdOrderByRaterGroupNoAscRateeGroupNoAsc(round.getId())
                .stream().filter(g -> g.getRateeGroupNo() == me.groupNo() && g.getRaterGroupNo() != me.groupNo()).toList();
        String groupMean = toMyGroup.size() < MyPeerEvaluation.MIN_RATERS ? null : RoundReport.format(
                PeerStats.halfStars(toMyGroup.stream().mapToInt(PeerGroupRating::getScore).average().orElseThrow()));
        // Comments only when the teacher allows it; without names and sorted by text so their order reveals nobody.
        List<String> comments = round.isShowComments() ? fromOthers.stream().map(PeerRating::getComment)
                .filter(c -> c != null && !c.isBlank()).sorted().toList() : List.of();
        return new MyPeerEvaluation.ReceivedRound(round, MyPeerEvaluation.Visibility.SHOWN, means, groupMean, comments);
    }

    private static String clean(String comment) {
        if (comment == null) {
            return null;
        }
        String text = comment.strip();
        if (text.length() > COMMENT_MAX) {
            throw new RuleViolationException("peereval.error.commentLength", COMMENT_MAX);
        }
        return text.isEmpty() ? null : text;
    }
}
