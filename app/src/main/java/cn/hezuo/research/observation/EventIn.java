package cn.hezuo.research.observation;

/** One tap as the browser sends it (JSON); checked by {@link EventCheck} before it is stored. */
public record EventIn(String id, String kind, String code, Long at, Long clientAt, Long studentId, Integer correct,
                      Integer total, String ref, String note) {
}
