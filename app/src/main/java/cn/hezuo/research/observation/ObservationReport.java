package cn.hezuo.research.observation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The numbers of one observed lesson, combined over its observers (pure; docs/teaching-research.md, "Observation").
 *
 * <ul>
 *   <li><b>Timeline.</b> Each observer's segments run from one activity tap to the next, the last to their 下课 tap
 *   (or their last tap of any kind). Coded time runs from their first activity tap to that end. Minutes of a code =
 *   the <em>mean</em> over observers who coded activities; the lesson's coded minutes = the mean of theirs; share =
 *   minutes ÷ lesson minutes (so the shares add up to 1).</li>
 *   <li><b>Speakers.</b> Observers in one room see the same students speak, so taps are never added: a student's
 *   turns = the most any observer recorded for them; distinct speakers = the union of students tapped on the seating
 *   chart plus the highest 新发言 counter of any observer (classes not in Hezuo).</li>
 *   <li><b>Questions and exercises.</b> One observer's record stands for each: the one with the most questions (the
 *   most pupils checked for exercises), ties to the lower teacher id. Wait time = answer tap − question tap.</li>
 *   <li><b>Notes</b> of every observer, by minute.</li>
 * </ul>
 */
public record ObservationReport(int timingObservers, double lessonMinutes, List<ActivityRow> activities,
                                List<Segment> segments, int distinctSpeakers, List<SpeakerRow> speakers,
                                int anonymousTurns, int totalTurns, Map<Codes.Question, Integer> questionsByType,
                                int questions, int answered, Double averageWaitSeconds, int correct, int total,
                                Double accuracy, List<Note> notes) {

    /** Minutes of one activity code and its share of the lesson. */
    public record ActivityRow(Codes.Activity code, double minutes, double share) {
    }

    /** One coloured bar of an observer's timeline, in minutes from their first activity tap. */
    public record Segment(long observerId, Codes.Activity code, double startMinute, double endMinute) {
    }

    public record SpeakerRow(long studentId, int turns) {
    }

    public record Note(long observerId, int minute, String text) {
    }

    public static ObservationReport of(List<ObservationEvent> events) {
        Map<Long, List<ObservationEvent>> byObserver = new TreeMap<>();
        for (ObservationEvent e : events) {
            byObserver.computeIfAbsent(e.observerId(), k -> new ArrayList<>()).add(e);
        }
        byObserver.values().forEach(l -> l.sort(Comparator.comparingLong(ObservationEvent::atMs)
                .thenComparing(ObservationEvent::id)));

        // Timeline: mean over observers who coded activities.
        List<Segment> segments = new ArrayList<>();
        Map<Codes.Activity, Double> minuteSums = new EnumMap<>(Codes.Activity.class);
        double lengthSum = 0;
        int timing = 0;
        for (Map.Entry<Long, List<ObservationEvent>> entry : byObserver.entrySet()) {
            List<ObservationEvent> acts = entry.getValue().stream().filter(e -> e.kind() == Codes.Kind.ACTIVITY).toList();
            if (acts.isEmpty()) {
                continue;
            }
            long end = entry.getValue().stream().filter(e -> e.kind() == Codes.Kind.END)
                    .mapToLong(ObservationEvent::atMs).max()
                    .orElse(entry.getValue().get(entry.getValue().size() - 1).atMs());
            long start = acts.get(0).atMs();
            if (end <= start) {
                continue;
            }
            timing++;
            lengthSum += (end - start) / 60000.0;
            for (int i = 0; i < acts.size(); i++) {
                long from = acts.get(i).atMs();
                long to = Math.min(end, i + 1 < acts.size() ? acts.get(i + 1).atMs() : end);
                if (to <= from) {
                    continue;
                }
                Codes.Activity code = Codes.Activity.valueOf(acts.get(i).code());
                minuteSums.merge(code, (to - from) / 60000.0, Double::sum);
                segments.add(new Segment(entry.getKey(), code, (from - start) / 60000.0, (to - start) / 60000.0));
            }
        }
        double lessonMinutes = timing == 0 ? 0 : lengthSum / timing;
        List<ActivityRow> activities = new ArrayList<>();
        for (Codes.Activity code : Codes.Activity.values()) {
            double minutes = timing == 0 ? 0 : minuteSums.getOrDefault(code, 0.0) / timing;
            activities.add(new ActivityRow(code, minutes, lessonMinutes == 0 ? 0 : minutes / lessonMinutes));
        }

        // Speakers: the most any observer saw, never added up.
        Map<Long, Integer> turns = new HashMap<>();
        int newMax = 0;
        int anonymousMax = 0;
        for (List<ObservationEvent> list : byObserver.values()) {
            Map<Long, Integer> mine = new HashMap<>();
            int fresh = 0;
            int anonymous = 0;
            for (ObservationEvent e : list) {
                if (e.kind() != Codes.Kind.SPEAK) {
                    continue;
                }
                if (e.studentId() != null) {
                    mine.merge(e.studentId(), 1, Integer::sum);
                } else {
                    anonymous++;
                    if (Codes.Speak.NEW.name().equals(e.code())) {
                        fresh++;
                    }
                }
            }
            mine.forEach((student, n) -> turns.merge(student, n, Math::max));
            newMax = Math.max(newMax, fresh);
            anonymousMax = Math.max(anonymousMax, anonymous);
        }
        List<SpeakerRow> speakers = turns.entrySet().stream()
                .map(e -> new SpeakerRow(e.getKey(), e.getValue()))
                .sorted(Comparator.comparingInt(SpeakerRow::turns).reversed().thenComparingLong(SpeakerRow::studentId))
                .toList();
        int totalTurns = speakers.stream().mapToInt(SpeakerRow::turns).sum() + anonymousMax;

        // Questions: the observer with the most questions stands.
        List<ObservationEvent> questionSource = busiest(byObserver, Codes.Kind.QUESTION, e -> 1);
        Map<Codes.Question, Integer> byType = new EnumMap<>(Codes.Question.class);
        for (Codes.Question q : Codes.Question.values()) {
            byType.put(q, 0);
        }
        Map<String, Long> asked = new LinkedHashMap<>();
        Map<String, Long> answeredAt = new HashMap<>();
        for (ObservationEvent e : questionSource) {
            if (e.kind() == Codes.Kind.QUESTION) {
                byType.merge(Codes.Question.valueOf(e.code()), 1, Integer::sum);
                asked.put(e.id(), e.atMs());
            } else if (e.kind() == Codes.Kind.ANSWER && e.ref() != null) {
                answeredAt.putIfAbsent(e.ref(), e.atMs());
            }
        }
        int answered = 0;
        double waitSum = 0;
        for (Map.Entry<String, Long> q : asked.entrySet()) {
            Long at = answeredAt.get(q.getKey());
            if (at != null && at >= q.getValue()) {
                answered++;
                waitSum += (at - q.getValue()) / 1000.0;
            }
        }

        // Exercises: the observer who checked the most pupils stands.
        int correct = 0;
        int total = 0;
        for (ObservationEvent e : busiest(byObserver, Codes.Kind.EXERCISE, e -> e.total() == null ? 0 : e.total())) {
            if (e.kind() == Codes.Kind.EXERCISE && e.total() != null && e.correct() != null) {
                correct += e.correct();
                total += e.total();
            }
        }

        List<Note> notes = new ArrayList<>();
        for (List<ObservationEvent> list : byObserver.values()) {
            for (ObservationEvent e : list) {
                if (e.kind() == Codes.Kind.NOTE) {
                    notes.add(new Note(e.observerId(), (int) (e.atMs() / 60000), e.note()));
                }
            }
        }
        notes.sort(Comparator.comparingInt(Note::minute).thenComparingLong(Note::observerId));

        return new ObservationReport(timing, lessonMinutes, activities, segments, turns.size() + newMax, speakers,
                anonymousMax, totalTurns, byType, asked.size(), answered, answered == 0 ? null : waitSum / answered,
                correct, total, total == 0 ? null : (double) correct / total, notes);
    }

    /** Minutes of one code (0 when nobody coded it). */
    public double minutes(Codes.Activity code) {
        return activities.stream().filter(a -> a.code() == code).mapToDouble(ActivityRow::minutes).findFirst()
                .orElse(0);
    }

    /** The observers whose timelines are drawn, in id order. */
    public List<Long> timelineObservers() {
        Set<Long> ids = new TreeSet<>();
        segments.forEach(s -> ids.add(s.observerId()));
        return List.copyOf(ids);
    }

    /** The events of the observer with the highest weight sum of the kind (ties to the lower id); empty if none. */
    private static List<ObservationEvent> busiest(Map<Long, List<ObservationEvent>> byObserver, Codes.Kind kind,
                                                  java.util.function.ToIntFunction<ObservationEvent> weight) {
        List<ObservationEvent> best = List.of();
        int bestWeight = 0;
        for (List<ObservationEvent> list : byObserver.values()) {
            int w = list.stream().filter(e -> e.kind() == kind).mapToInt(weight).sum();
            if (w > bestWeight) {
                best = list;
                bestWeight = w;
            }
        }
        return best;
    }

    static Set<Long> studentsIn(List<ObservationEvent> events) {
        Set<Long> ids = new HashSet<>();
        events.stream().filter(e -> e.studentId() != null).forEach(e -> ids.add(e.studentId()));
        return ids;
    }
}
