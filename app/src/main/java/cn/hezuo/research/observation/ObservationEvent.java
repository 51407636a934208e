package cn.hezuo.research.observation;

/**
 * One tap as stored: its client-made id (unique within the lesson), who recorded it, what it is and when, in
 * milliseconds since the observer started the timer. Only the fields its kind needs are set: a code (activity,
 * question type, speak counter), a student, correct/total of an exercise check, the question an answer refers to,
 * a note's text.
 */
public record ObservationEvent(String id, long observerId, Codes.Kind kind, String code, long atMs, Long clientAt,
                               Long studentId, Integer correct, Integer total, String ref, String note) {
}
