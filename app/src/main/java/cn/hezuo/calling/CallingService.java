package cn.hezuo.calling;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.audit.AuditText;
import cn.hezuo.audit.AuditTrail;
import cn.hezuo.school.ClassAccess;
import cn.hezuo.school.SchoolCalendar;
import cn.hezuo.school.SchoolClass;
import cn.hezuo.system.NotFoundException;
import cn.hezuo.system.RuleViolationException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Random calling for a class's teachers (head teacher, subject teachers, admin — whoever may view the class).
 * Draws happen here, on the server, with the rules of {@link FairPicker}; each is stored with its picks and
 * audited. A draw names a request id chosen by the browser: the same id again returns the stored draw.
 */
@Service
public class CallingService {

    private final ClassAccess access;
    private final ClassSeats seats;
    private final CallingLessonRepository lessons;
    private final CallingDrawRepository draws;
    private final CallingPickRepository picks;
    private final CallingAbsenceRepository absences;
    private final SchoolCalendar calendar;
    private final AuditTrail audit;
    private final Clock clock;
    private final Random random = new java.security.SecureRandom();

    CallingService(ClassAccess access, ClassSeats seats, CallingLessonRepository lessons, CallingDrawRepository draws,
                   CallingPickRepository picks, CallingAbsenceRepository absences, SchoolCalendar calendar,
                   AuditTrail audit, Clock clock) {
        this.access = access;
        this.seats = seats;
        this.lessons = lessons;
        this.draws = draws;
        this.picks = picks;
        this.absences = absences;
        this.calendar = calendar;
        this.audit = audit;
        this.clock = clock;
    }

    /** The class if the user may call in it: its teachers and the admin. */
    @Transactional(readOnly = true)
    public SchoolClass requireCaller(HezuoUser user, long classId) {
        return access.requireView(user, classId);
    }

    @Transactional(readOnly = true)
    public CallingBoard board(HezuoUser user, long classId) {
        SchoolClass schoolClass = requireCaller(user, classId);
        State state = state(schoolClass.getSchoolId(), classId);
        Map<Integer, List<CallingBoard.SeatRow>> byGroup = new TreeMap<>();
        List<CallingBoard.SeatRow> ungrouped = new ArrayList<>();
        int max = 0;
        for (Seat seat : state.seats) {
            int term = state.counts.termCallsOf(seat.studentId());
            CallingBoard.SeatRow row = new CallingBoard.SeatRow(seat, state.absent.contains(seat.studentId()), term,
                    state.counts.windowCallsOf(seat.studentId()), FairPicker.weightFor(term));
            if (seat.groupNo() == 0) {
                ungrouped.add(row);
            } else {
                byGroup.computeIfAbsent(seat.groupNo(), g -> new ArrayList<>()).add(row);
                max = Math.max(max, seat.memberNo());
            }
        }
        List<CallingBoard.GroupRow> groups = byGroup.entrySet().stream()
                .map(e -> new CallingBoard.GroupRow(e.getKey(), e.getValue())).toList();
        int absent = (int) state.seats.stream().filter(s -> state.absent.contains(s.studentId())).count();
        return new CallingBoard(schoolClass, state.lesson.orElse(null), state.window(), groups, ungrouped, max,
                state.seats.size() - absent, absent);
    }

    /** Starts a new calling session ("lesson") with the chosen window; the no-repeat round starts afresh. */
    @Transactional
    public CallingLesson startLesson(HezuoUser user, long classId, FairnessWindow window) {
        SchoolClass schoolClass = requireCaller(user, classId);
        CallingLesson lesson = lessons.save(new CallingLesson(schoolClass.getSchoolId(), classId, window,
                user.getUsername(), clock.instant()));
        audit.record("CREATE", "CallingLesson", lesson.getId(), AuditText.of("audit.msg.calling.lesson",
                schoolClass.getName(), AuditText.of(window.messageKey())));
        return lesson;
    }

    /** Draws (or, for a request id seen before, returns the earlier draw). */
    @Transactional
    public DrawResult draw(HezuoUser user, long classId, CallingMode mode, Integer groupNo, String requestId) {
        SchoolClass schoolClass = requireCaller(user, classId);
        if (requestId == null || requestId.isBlank() || requestId.length() > 64) {
            throw new RuleViolationException("calling.error.request");
        }
        Optional<CallingDraw> earlier = draws.findByClassIdAndRequestId(classId, requestId);
        if (earlier.isPresent()) {
            return result(earlier.get(), 0);
        }
        State state = state(schoolClass.getSchoolId(), classId);
        CallingLesson lesson = state.lesson.filter(l -> !l.getStartedAt().isBefore(startOf(today())))
                .orElseGet(() -> lessons.save(new CallingLesson(schoolClass.getSchoolId(), classId, state.window(),
                        user.getUsername(), clock.instant())));
        FairPicker picker = new FairPicker(random);
        List<Seat> chosen = new ArrayList<>();
        Integer memberNo = null;
        Integer drawnGroup = null;
        int eligible;
        switch (mode) {
            case NUMBER -> {
                FairPicker.Pick<Integer> pick = picker.pick(numberCandidates(state))
                        .orElseThrow(() -> new RuleViolationException("calling.error.nobody"));
                memberNo = pick.candidate().key();
                eligible = pick.eligibleCount();
                for (Seat seat : state.seats) {
                    if (seat.groupNo() > 0 && seat.memberNo() == memberNo && !state.absent.contains(seat.studentId())) {
                        chosen.add(seat);
                    }
                }
            }
            case GROUP -> {
                FairPicker.Pick<Integer> pick = picker.pick(groupCandidates(state))
                        .orElseThrow(() -> new RuleViolationException("calling.error.nobody"));
                drawnGroup = pick.candidate().key();
                eligible = pick.eligibleCount();
            }
            case STUDENT, MEMBER -> {
                if (mode == CallingMode.MEMBER && groupNo == null) {
                    throw new RuleViolationException("calling.error.chooseGroup");
                }
                List<FairPicker.Candidate<Seat>> candidates = state.seats.stream()
                        .filter(s -> mode == CallingMode.STUDENT || s.groupNo() == groupNo)
                        .map(s -> new FairPicker.Candidate<>(s, state.absent.contains(s.studentId()),
                                state.counts.windowCallsOf(s.studentId()), state.counts.termCallsOf(s.studentId())))
                        .toList();
                FairPicker.Pick<Seat> pick = picker.pick(candidates)
                        .orElseThrow(() -> new RuleViolationException("calling.error.nobody"));
                chosen.add(pick.candidate().key());
                drawnGroup = mode == CallingMode.MEMBER ? groupNo : null;
                eligible = pick.eligibleCount();
            }
            default -> throw new IllegalArgumentException(mode.name());
        }
        CallingDraw draw = draws.saveAndFlush(new CallingDraw(schoolClass.getSchoolId(), classId, lesson.getId(),
                requestId, mode, memberNo, drawnGroup, user.getUsername(), clock.instant()));
        for (Seat seat : chosen) {
            picks.save(new CallingPick(draw.getId(), classId, seat.studentId(), seat.groupNo(), seat.memberNo()));
        }
        audit.record("CALL", "CallingDraw", draw.getId(), AuditText.of("audit.msg.calling.call", schoolClass.getName(),
                AuditText.of(mode.messageKey()),
                memberNo != null ? AuditText.of("calling.result.number", memberNo) : "",
                drawnGroup != null ? AuditText.of("calling.groupNo", drawnGroup) : "",
                chosen.stream().map(Seat::name).collect(Collectors.joining("、"))));
        return result(draw, eligible);
    }

    /** How long a call may wait in the browser's queue and still count (a lesson day; older ones are refused). */
    static final java.time.Duration OFFLINE_LIMIT = java.time.Duration.ofHours(24);

    /**
     * A random call the browser drew while the network was down (same fairness rule, on the counts it last knew), sent
     * when the network came back: recorded as a 点学生 draw at the time it was made, in the session running then.
     * Idempotent by the browser's request id (the call's client id): a replay answers the first and counts nothing.
     */
    @Transactional
    public DrawResult recordOfflineCall(HezuoUser user, long classId, String requestId, long studentId, Instant madeAt) {
        SchoolClass schoolClass = requireCaller(user, classId);
        if (requestId == null || requestId.isBlank() || requestId.length() > 64) {
            throw new RuleViolationException("calling.error.request");
        }
        Optional<CallingDraw> earlier = draws.findByClassIdAndRequestId(classId, requestId);
        if (earlier.isPresent()) {
            return result(earlier.get(), 0);
        }
        Instant now = clock.instant();
        if (madeAt == null || madeAt.isAfter(now.plusSeconds(60)) || madeAt.isBefore(now.minus(OFFLINE_LIMIT))) {
            throw new RuleViolationException("calling.error.offlineTime");
        }
        Instant at = madeAt.isAfter(now) ? now : madeAt;
        State state = state(schoolClass.getSchoolId(), classId);
        Seat seat = state.seats.stream().filter(s -> s.studentId() == studentId).findFirst()
                .orElseThrow(() -> new RuleViolationException("calling.error.offlineStudent"));
        LocalDate day = at.atZone(clock.getZone()).toLocalDate();
        CallingLesson lesson = state.lesson
                .filter(l -> !l.getStartedAt().isAfter(at) && !l.getStartedAt().isBefore(startOf(day)))
                .orElseGet(() -> lessons.save(new CallingLesson(schoolClass.getSchoolId(), classId, state.window(),
                        user.getUsername(), at)));
        CallingDraw draw = new CallingDraw(schoolClass.getSchoolId(), classId, lesson.getId(), requestId,
                CallingMode.STUDENT, null, null, user.getUsername(), at);
        draw.receivedLater(now);
        draw = draws.saveAndFlush(draw);
        picks.save(new CallingPick(draw.getId(), classId, seat.studentId(), seat.groupNo(), seat.memberNo()));
        audit.record("CALL", "CallingDraw", draw.getId(), AuditText.of("audit.msg.calling.offline", schoolClass.getName(),
                seat.name(), at.atZone(clock.getZone()).toLocalTime().withNano(0).toString()));
        return result(draw, 0);
    }

    /** Marks a draw as passed (跳过): it stays in the log but no longer counts as a call. */
    @Transactional
    public DrawResult pass(HezuoUser user, long classId, long drawId) {
        requireCaller(user, classId);
        CallingDraw draw = draws.findByIdAndClassId(drawId, classId)
                .orElseThrow(() -> new NotFoundException("draw", drawId));
        if (!draw.isPassed()) {
            draw.pass();
            audit.record("PASS", "CallingDraw", drawId, AuditText.of("audit.msg.calling.passed"));
        }
        return result(draw, 0);
    }

    /** Marks a student absent (or present again) in this class for today. */
    @Transactional
    public void setAbsent(HezuoUser user, long classId, long studentId, boolean absent) {
        SchoolClass schoolClass = requireCaller(user, classId);
        Seat seat = seats.of(classId).stream().filter(s -> s.studentId() == studentId).findFirst()
                .orElseThrow(() -> new NotFoundException("student", studentId));
        LocalDate today = today();
        Optional<CallingAbsence> mark = absences.findByClassIdAndStudentIdAndAbsentOn(classId, studentId, today);
        if (absent && mark.isEmpty()) {
            CallingAbsence saved = absences.save(new CallingAbsence(schoolClass.getSchoolId(), classId, studentId, today));
            audit.record("CREATE", "CallingAbsence", saved.getId(), AuditText.of("audit.msg.calling.absent", seat.name(),
                    today));
        } else if (!absent && mark.isPresent()) {
            absences.delete(mark.get());
            audit.record("DELETE", "CallingAbsence", mark.get().getId(), AuditText.of("audit.msg.calling.present",
                    seat.name(), today));
        }
    }

    @Transactional(readOnly = true)
    public DrawResult find(HezuoUser user, long classId, long drawId) {
        requireCaller(user, classId);
        return result(draws.findByIdAndClassId(drawId, classId).orElseThrow(() -> new NotFoundException("draw", drawId)), 0);
    }

    @Transactional(readOnly = true)
    public Optional<DrawResult> findByRequest(HezuoUser user, long classId, String requestId) {
        requireCaller(user, classId);
        return draws.findByClassIdAndRequestId(classId, requestId).map(d -> result(d, 0));
    }

    /** 公平性记录: every student's calls and passes this term and when they were last called, plus recent draws. */
    @Transactional(readOnly = true)
    public FairnessLog log(HezuoUser user, long classId) {
        SchoolClass schoolClass = requireCaller(user, classId);
        State state = state(schoolClass.getSchoolId(), classId);
        List<FairnessLog.Row> rows = state.seats.stream().map(s -> new FairnessLog.Row(s,
                state.counts.termCallsOf(s.studentId()), state.counts.passes().getOrDefault(s.studentId(), 0),
                state.counts.lastCalled().get(s.studentId()), FairPicker.weightFor(state.counts.termCallsOf(s.studentId()))))
                .toList();
        List<DrawResult> recent = draws.findTop50ByClassIdOrderByCalledAtDescIdDesc(classId).stream()
                .map(d -> result(d, 0, state)).toList();
        return new FairnessLog(schoolClass, state.termStart, rows, recent);
    }

    private List<FairPicker.Candidate<Integer>> numberCandidates(State state) {
        Map<Integer, Boolean> allAbsent = new TreeMap<>();
        for (Seat seat : state.seats) {
            if (seat.groupNo() > 0) {
                allAbsent.merge(seat.memberNo(), state.absent.contains(seat.studentId()), Boolean::logicalAnd);
            }
        }
        return allAbsent.entrySet().stream().map(e -> new FairPicker.Candidate<>(e.getKey(), e.getValue(),
                state.counts.numberWindow().getOrDefault(e.getKey(), 0),
                state.counts.numberTerm().getOrDefault(e.getKey(), 0))).toList();
    }

    private List<FairPicker.Candidate<Integer>> groupCandidates(State state) {
        Map<Integer, Boolean> allAbsent = new TreeMap<>();
        for (Seat seat : state.seats) {
            if (seat.groupNo() > 0) {
                allAbsent.merge(seat.groupNo(), state.absent.contains(seat.studentId()), Boolean::logicalAnd);
            }
        }
        return allAbsent.entrySet().stream().map(e -> new FairPicker.Candidate<>(e.getKey(), e.getValue(),
                state.counts.groupWindow().getOrDefault(e.getKey(), 0),
                state.counts.groupTerm().getOrDefault(e.getKey(), 0))).toList();
    }

    private DrawResult result(CallingDraw draw, int eligible) {
        return result(draw, eligible, state(draw.getSchoolId(), draw.getClassId()));
    }

    /** A draw for display, with today's seats, absences and term counts (loaded once for a whole log page). */
    private DrawResult result(CallingDraw draw, int eligible, State state) {
        List<Seat> classSeats = state.seats;
        Set<Long> absent = state.absent;
        Map<Long, Integer> termCalls = state.counts.studentTerm();
        List<CallingPick> drawPicks = picks.findByDrawIdOrderByGroupNoAsc(draw.getId());
        Map<Long, String> names = new HashMap<>();
        classSeats.forEach(s -> names.put(s.studentId(), s.name()));
        List<DrawResult.Line> lines = new ArrayList<>();
        switch (draw.getMode()) {
            case NUMBER -> {
                Map<Integer, CallingPick> pickOfGroup = new HashMap<>();
                drawPicks.forEach(p -> pickOfGroup.put(p.getGroupNo(), p));
                Set<Integer> groupNumbers = new java.util.TreeSet<>();
                classSeats.stream().filter(s -> s.groupNo() > 0).forEach(s -> groupNumbers.add(s.groupNo()));
                drawPicks.forEach(p -> groupNumbers.add(p.getGroupNo()));
                for (int g : groupNumbers) {
                    CallingPick p = pickOfGroup.get(g);
                    if (p != null) {
                        lines.add(new DrawResult.Line(g, p.getMemberNo(), p.getStudentId(), names.get(p.getStudentId()),
                                DrawResult.Status.CALLED, termCalls.getOrDefault(p.getStudentId(), 0)));
                    } else {
                        Optional<Seat> holder = classSeats.stream()
                                .filter(s -> s.groupNo() == g && s.memberNo() == draw.getMemberNo()).findFirst();
                        lines.add(new DrawResult.Line(g, draw.getMemberNo(), holder.map(Seat::studentId).orElse(null),
                                holder.map(Seat::name).orElse(null), holder.isPresent() && absent.contains(
                                holder.get().studentId()) ? DrawResult.Status.ABSENT : DrawResult.Status.NO_SUCH_NUMBER, 0));
                    }
                }
            }
            case GROUP -> classSeats.stream().filter(s -> s.groupNo() == draw.getGroupNo()).forEach(s -> lines.add(
                    new DrawResult.Line(s.groupNo(), s.memberNo(), s.studentId(), s.name(),
                            absent.contains(s.studentId()) ? DrawResult.Status.ABSENT : DrawResult.Status.GROUP_MEMBER, 0)));
            default -> drawPicks.forEach(p -> lines.add(new DrawResult.Line(p.getGroupNo(), p.getMemberNo(),
                    p.getStudentId(), names.get(p.getStudentId()), DrawResult.Status.CALLED,
                    termCalls.getOrDefault(p.getStudentId(), 0))));
        }
        return new DrawResult(draw, lines, eligible);
    }

    /** Everything a draw needs: the seats, today's absences, the current session and the call counts. */
    private State state(long schoolId, long classId) {
        List<Seat> classSeats = seats.of(classId);
        Set<Long> absent = absentOn(classId, today());
        Optional<CallingLesson> lesson = lessons.findFirstByClassIdOrderByStartedAtDescIdDesc(classId);
        FairnessWindow window = lesson.map(CallingLesson::getWindow).orElse(FairnessWindow.LESSON);
        LocalDate today = today();
        Instant windowStart = switch (window) {
            case LESSON -> lesson.filter(l -> !l.getStartedAt().isBefore(startOf(today)))
                    .map(CallingLesson::getStartedAt).orElse(clock.instant());
            case DAY -> startOf(today);
            case WEEK -> startOf(SchoolCalendar.mondayOf(today));
        };
        LocalDate termStart = calendar.currentTermStartOrHalfYearAgo(schoolId);
        Instant from = startOf(termStart).isBefore(windowStart) ? startOf(termStart) : windowStart;
        List<CallingDraw> termDraws = draws.findByClassIdAndCalledAtGreaterThanEqualOrderByCalledAtAscIdAsc(classId, from);
        Map<Long, List<CallingPick>> picksByDraw = new HashMap<>();
        if (!termDraws.isEmpty()) {
            picks.findByDrawIdInOrderByDrawIdAscGroupNoAsc(termDraws.stream().map(CallingDraw::getId).toList())
                    .forEach(p -> picksByDraw.computeIfAbsent(p.getDrawId(), d -> new ArrayList<>()).add(p));
        }
        return new State(classSeats, absent, lesson, window, termStart, CallCounts.of(termDraws, picksByDraw, windowStart));
    }

    private Set<Long> absentOn(long classId, LocalDate date) {
        Set<Long> ids = new HashSet<>();
        absences.findByClassIdAndAbsentOnOrderByStudentIdAsc(classId, date).forEach(a -> ids.add(a.getStudentId()));
        return ids;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private Instant startOf(LocalDate date) {
        return date.atStartOfDay(clock.getZone()).toInstant();
    }

    private record State(List<Seat> seats, Set<Long> absent, Optional<CallingLesson> lesson, FairnessWindow window,
                         LocalDate termStart, CallCounts counts) {
    }
}
