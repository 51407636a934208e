package cn.hezuo.research.observation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks a batch of taps of one observer against what they already recorded (pure). Taps are taken in time order; a
 * refused tap gets a message key with arguments and never stops the others. Rules: a known kind and code; a time
 * between 0 and 5 hours; a student of the lesson's class; an answer after its question; correct ≤ total; nothing
 * but notes after the observer's 下课 tap.
 */
final class EventCheck {

    static final long MAX_AT_MS = 5L * 60 * 60 * 1000;
    static final int MAX_NOTE = 500;
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1,40}");

    /** A refused tap: its id (as sent) and why. */
    record Problem(String id, String key, Object... args) {
    }

    record Outcome(List<ObservationEvent> accepted, List<Problem> problems) {
    }

    private EventCheck() {
    }

    /**
     * @param earlier  the observer's taps already stored
     * @param students the class's students, or null when the class is not in Hezuo (then only the counter is allowed)
     */
    static Outcome check(long observerId, List<EventIn> batch, List<ObservationEvent> earlier, Set<Long> students) {
        Map<String, Long> questions = new HashMap<>();
        Long end = null;
        for (ObservationEvent e : earlier) {
            if (e.kind() == Codes.Kind.QUESTION) {
                questions.put(e.id(), e.atMs());
            } else if (e.kind() == Codes.Kind.END) {
                end = end == null ? e.atMs() : Math.min(end, e.atMs());
            }
        }
        List<EventIn> ordered = new ArrayList<>(batch);
        ordered.sort(Comparator.comparing((EventIn e) -> e.at() == null ? Long.MIN_VALUE : e.at()));
        List<ObservationEvent> accepted = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (EventIn in : ordered) {
            String id = in.id() == null ? "" : in.id();
            if (!ID.matcher(id).matches()) {
                problems.add(new Problem(id, "research.obs.error.id"));
                continue;
            }
            if (!Codes.isCode(Codes.Kind.class, in.kind())) {
                problems.add(new Problem(id, "research.obs.error.kind", String.valueOf(in.kind())));
                continue;
            }
            Codes.Kind kind = Codes.Kind.valueOf(in.kind());
            if (in.at() == null || in.at() < 0 || in.at() > MAX_AT_MS) {
                problems.add(new Problem(id, "research.obs.error.time"));
                continue;
            }
            long at = in.at();
            if (end != null && at > end && kind != Codes.Kind.NOTE && kind != Codes.Kind.END) {
                problems.add(new Problem(id, "research.obs.error.afterEnd", minuteOf(at), minuteOf(end)));
                continue;
            }
            String code = null;
            Long student = null;
            Integer correct = null;
            Integer total = null;
            String ref = null;
            String note = null;
            switch (kind) {
                case ACTIVITY -> {
                    if (!Codes.isCode(Codes.Activity.class, in.code())) {
                        problems.add(new Problem(id, "research.obs.error.code", String.valueOf(in.code())));
                        continue;
                    }
                    code = in.code();
                }
                case QUESTION -> {
                    if (!Codes.isCode(Codes.Question.class, in.code())) {
                        problems.add(new Problem(id, "research.obs.error.code", String.valueOf(in.code())));
                        continue;
                    }
                    code = in.code();
                }
                case SPEAK -> {
                    if (in.studentId() != null) {
                        if (students == null || !students.contains(in.studentId())) {
                            problems.add(new Problem(id, "research.obs.error.student"));
                            continue;
                        }
                        student = in.studentId();
                    } else if (Codes.isCode(Codes.Speak.class, in.code())) {
                        code = in.code();
                    } else {
                        problems.add(new Problem(id, "research.obs.error.code", String.valueOf(in.code())));
                        continue;
                    }
                }
                case ANSWER -> {
                    Long asked = in.ref() == null ? null : questions.get(in.ref());
                    if (asked == null) {
                        problems.add(new Problem(id, "research.obs.error.answerRef"));
                        continue;
                    }
                    if (at < asked) {
                        problems.add(new Problem(id, "research.obs.error.order", secondsOf(at), secondsOf(asked)));
                        continue;
                    }
                    ref = in.ref();
                }
                case EXERCISE -> {
                    if (in.total() == null || in.total() < 1 || in.total() > 200) {
                        problems.add(new Problem(id, "research.obs.error.exerciseTotal"));
                        continue;
                    }
                    if (in.correct() == null || in.correct() < 0 || in.correct() > in.total()) {
                        problems.add(new Problem(id, "research.obs.error.accuracy",
                                String.valueOf(in.correct()), in.total()));
                        continue;
                    }
                    correct = in.correct();
                    total = in.total();
                }
                case NOTE -> {
                    if (in.note() == null || in.note().isBlank() || in.note().strip().length() > MAX_NOTE) {
                        problems.add(new Problem(id, "research.obs.error.note", MAX_NOTE));
                        continue;
                    }
                    note = in.note().strip();
                }
                case END -> end = end == null ? at : Math.min(end, at);
                case START -> {
                }
                default -> throw new IllegalStateException(kind.name());
            }
            if (kind == Codes.Kind.QUESTION) {
                questions.put(id, at);
            }
            accepted.add(new ObservationEvent(id, observerId, kind, code, at, in.clientAt(), student, correct, total,
                    ref, note));
        }
        return new Outcome(accepted, problems);
    }

    private static long minuteOf(long ms) {
        return ms / 60000;
    }

    private static long secondsOf(long ms) {
        return ms / 1000;
    }
}
