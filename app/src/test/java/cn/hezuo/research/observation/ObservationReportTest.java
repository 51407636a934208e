package cn.hezuo.research.observation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The combined report of a scripted lesson with two observers, every number checked exactly, and the rules that
 * refuse bad taps (pure, no Spring).
 */
class ObservationReportTest {

    private static final long MIN = 60_000;
    private final List<ObservationEvent> events = new ArrayList<>();
    private int n;

    private String tap(long observer, Codes.Kind kind, String code, long at) {
        return tap(observer, kind, code, at, null, null, null, null, null);
    }

    private String tap(long observer, Codes.Kind kind, String code, long at, Long student, Integer correct,
                       Integer total, String ref, String note) {
        String id = String.format("t%03d", ++n);
        events.add(new ObservationEvent(id, observer, kind, code, at, null, student, correct, total, ref, note));
        return id;
    }

    /**
     * Observer 1: 讲授 0–5, 问答 5–8, 讨论 8–20, 讲授 20–30, 下课 at 30; students 10 (twice) and 11; three questions
     * (记忆 answered after 3 s, 开放 after 7 s, 应用 unanswered); an exercise check 18/20; a note at 2:30.
     * Observer 2: 讲授 1–7, 问答 7–9, 讨论 9–21, 讲授 21–31, no 下课 tap (their last tap, a note at 31:00, ends it);
     * students 10 and 12, the counter: 2 new and 1 again; one question; an exercise check 30/40.
     */
    private void scriptedLesson() {
        tap(1, Codes.Kind.START, null, 0);
        tap(1, Codes.Kind.ACTIVITY, "LECTURE", 0);
        tap(1, Codes.Kind.SPEAK, null, MIN, 10L, null, null, null, null);
        tap(1, Codes.Kind.NOTE, null, 2 * MIN + 30_000, null, null, null, null, "板书清楚");
        tap(1, Codes.Kind.ACTIVITY, "QA", 5 * MIN);
        String q1 = tap(1, Codes.Kind.QUESTION, "RECALL", 5 * MIN + 10_000);
        tap(1, Codes.Kind.ANSWER, null, 5 * MIN + 13_000, null, null, null, q1, null);
        String q2 = tap(1, Codes.Kind.QUESTION, "OPEN", 6 * MIN);
        tap(1, Codes.Kind.ANSWER, null, 6 * MIN + 7_000, null, null, null, q2, null);
        tap(1, Codes.Kind.SPEAK, null, 6 * MIN, 10L, null, null, null, null);
        tap(1, Codes.Kind.QUESTION, "APPLY", 7 * MIN);
        tap(1, Codes.Kind.SPEAK, null, 7 * MIN, 11L, null, null, null, null);
        tap(1, Codes.Kind.ACTIVITY, "GROUP", 8 * MIN);
        tap(1, Codes.Kind.ACTIVITY, "LECTURE", 20 * MIN);
        tap(1, Codes.Kind.EXERCISE, null, 25 * MIN, null, 18, 20, null, null);
        tap(1, Codes.Kind.END, null, 30 * MIN);

        tap(2, Codes.Kind.START, null, 0);
        tap(2, Codes.Kind.ACTIVITY, "LECTURE", MIN);
        tap(2, Codes.Kind.SPEAK, null, 2 * MIN, 10L, null, null, null, null);
        tap(2, Codes.Kind.SPEAK, null, 3 * MIN, 12L, null, null, null, null);
        tap(2, Codes.Kind.SPEAK, "NEW", 4 * MIN);
        tap(2, Codes.Kind.SPEAK, "NEW", 4 * MIN + 1000);
        tap(2, Codes.Kind.SPEAK, "AGAIN", 4 * MIN + 2000);
        tap(2, Codes.Kind.QUESTION, "RECALL", 5 * MIN);
        tap(2, Codes.Kind.ACTIVITY, "QA", 7 * MIN);
        tap(2, Codes.Kind.ACTIVITY, "GROUP", 9 * MIN);
        tap(2, Codes.Kind.ACTIVITY, "LECTURE", 21 * MIN);
        tap(2, Codes.Kind.EXERCISE, null, 26 * MIN, null, 30, 40, null, null);
        tap(2, Codes.Kind.NOTE, null, 31 * MIN, null, null, null, null, "结尾仓促");
    }

    @Test
    void minutesAreTheMeanOverObserversAndSharesAddUpToTheLesson() {
        scriptedLesson();
        ObservationReport report = ObservationReport.of(events);

        assertThat(report.timingObservers()).isEqualTo(2);
        assertThat(report.lessonMinutes()).isCloseTo(30.0, within(1e-9));
        assertThat(report.minutes(Codes.Activity.LECTURE)).isCloseTo(15.5, within(1e-9));
        assertThat(report.minutes(Codes.Activity.QA)).isCloseTo(2.5, within(1e-9));
        assertThat(report.minutes(Codes.Activity.GROUP)).isCloseTo(12.0, within(1e-9));
        assertThat(report.minutes(Codes.Activity.SHOW)).isZero();
        Map<Codes.Activity, Double> shares = new java.util.EnumMap<>(Codes.Activity.class);
        report.activities().forEach(a -> shares.put(a.code(), a.share()));
        assertThat(shares.get(Codes.Activity.LECTURE)).isCloseTo(15.5 / 30, within(1e-9));
        assertThat(shares.get(Codes.Activity.QA)).isCloseTo(2.5 / 30, within(1e-9));
        assertThat(shares.get(Codes.Activity.GROUP)).isCloseTo(0.4, within(1e-9));
        assertThat(shares.values().stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(1.0, within(1e-9));
        assertThat(report.segments()).hasSize(8);
        assertThat(report.segments().get(4)).isEqualTo(
                new ObservationReport.Segment(2, Codes.Activity.LECTURE, 0.0, 6.0));
    }

    @Test
    void speakersAreTheUnionOfStudentsPlusTheHighestNewCounterAndTurnsAreNeverAdded() {
        scriptedLesson();
        ObservationReport report = ObservationReport.of(events);

        assertThat(report.distinctSpeakers()).isEqualTo(5);
        assertThat(report.speakers()).containsExactly(new ObservationReport.SpeakerRow(10, 2),
                new ObservationReport.SpeakerRow(11, 1), new ObservationReport.SpeakerRow(12, 1));
        assertThat(report.anonymousTurns()).isEqualTo(3);
        assertThat(report.totalTurns()).isEqualTo(7);
    }

    @Test
    void questionsAndExercisesComeFromTheObserverWhoRecordedMostOfThem() {
        scriptedLesson();
        ObservationReport report = ObservationReport.of(events);

        assertThat(report.questions()).isEqualTo(3);
        assertThat(report.questionsByType()).containsEntry(Codes.Question.RECALL, 1)
                .containsEntry(Codes.Question.OPEN, 1).containsEntry(Codes.Question.APPLY, 1)
                .containsEntry(Codes.Question.UNDERSTAND, 0);
        assertThat(report.answered()).isEqualTo(2);
        assertThat(report.averageWaitSeconds()).isCloseTo(5.0, within(1e-9));
        assertThat(report.correct()).isEqualTo(30);
        assertThat(report.total()).isEqualTo(40);
        assertThat(report.accuracy()).isCloseTo(0.75, within(1e-9));
        assertThat(report.notes()).extracting(ObservationReport.Note::minute).containsExactly(2, 31);
    }

    @Test
    void aLessonWithoutTapsHasAnEmptyReport() {
        ObservationReport report = ObservationReport.of(List.of());
        assertThat(report.lessonMinutes()).isZero();
        assertThat(report.distinctSpeakers()).isZero();
        assertThat(report.accuracy()).isNull();
        assertThat(report.averageWaitSeconds()).isNull();
    }

    private static EventIn in(String id, String kind, String code, long at) {
        return new EventIn(id, kind, code, at, null, null, null, null, null, null);
    }

    @Test
    void unknownKindsAndCodesAreRefusedAndTheRestOfTheBatchIsKept() {
        EventCheck.Outcome outcome = EventCheck.check(7, List.of(in("a1", "ACTIVITY", "LECTURE", 0),
                in("a2", "ACTIVITY", "SINGING", 1000), in("a3", "DANCE", null, 2000),
                in("a4", "QUESTION", "TRICKY", 3000), in("a5", "ACTIVITY", "QA", -5)), List.of(), null);
        assertThat(outcome.accepted()).extracting(ObservationEvent::id).containsExactly("a1");
        assertThat(outcome.problems()).extracting(EventCheck.Problem::key).containsExactlyInAnyOrder(
                "research.obs.error.code", "research.obs.error.kind", "research.obs.error.code",
                "research.obs.error.time");
    }

    @Test
    void anAnswerBeforeItsQuestionIsOutOfOrder() {
        ObservationEvent asked = new ObservationEvent("q1", 7, Codes.Kind.QUESTION, "OPEN", 60_000, null, null, null,
                null, null, null);
        EventCheck.Outcome outcome = EventCheck.check(7, List.of(
                new EventIn("a1", "ANSWER", null, 50_000L, null, null, null, null, "q1", null),
                new EventIn("a2", "ANSWER", null, 70_000L, null, null, null, null, "nope", null)), List.of(asked), null);
        assertThat(outcome.accepted()).isEmpty();
        assertThat(outcome.problems()).extracting(EventCheck.Problem::key)
                .containsExactly("research.obs.error.order", "research.obs.error.answerRef");
        assertThat(outcome.problems().get(0).args()).containsExactly(50L, 60L);
    }

    @Test
    void moreCorrectThanTotalIsRefused() {
        EventCheck.Outcome outcome = EventCheck.check(7, List.of(
                new EventIn("x1", "EXERCISE", null, 1000L, null, null, 31, 30, null, null),
                new EventIn("x2", "EXERCISE", null, 2000L, null, null, 30, 30, null, null)), List.of(), null);
        assertThat(outcome.accepted()).extracting(ObservationEvent::id).containsExactly("x2");
        assertThat(outcome.problems()).singleElement().satisfies(p -> {
            assertThat(p.key()).isEqualTo("research.obs.error.accuracy");
            assertThat(p.args()).containsExactly("31", 30);
        });
    }

    @Test
    void tapsAfterTheEndAreRefusedButANoteMayFollow() {
        EventCheck.Outcome outcome = EventCheck.check(7, List.of(in("e1", "END", null, 40 * MIN),
                in("e2", "ACTIVITY", "QA", 41 * MIN), new EventIn("e3", "NOTE", null, 42 * MIN, null, null, null,
                        null, null, "课后补记")), List.of(), null);
        assertThat(outcome.accepted()).extracting(ObservationEvent::id).containsExactly("e1", "e3");
        assertThat(outcome.problems()).extracting(EventCheck.Problem::key).containsExactly("research.obs.error.afterEnd");
    }

    @Test
    void aStudentMustBeInTheClassAndAClassOutsideHezuoTakesOnlyTheCounter() {
        EventIn named = new EventIn("s1", "SPEAK", null, 1000L, null, 99L, null, null, null, null);
        assertThat(EventCheck.check(7, List.of(named), List.of(), Set.of(1L, 2L)).problems())
                .extracting(EventCheck.Problem::key).containsExactly("research.obs.error.student");
        assertThat(EventCheck.check(7, List.of(named), List.of(), null).problems())
                .extracting(EventCheck.Problem::key).containsExactly("research.obs.error.student");
        assertThat(EventCheck.check(7, List.of(in("s2", "SPEAK", "NEW", 1000)), List.of(), null).accepted())
                .hasSize(1);
    }
}
