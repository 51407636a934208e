package cn.hezuo.survey.questionnaire;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One person's answers: chosen option indices per question id (one for single/Likert/rating, any for multiple) and
 * text per question id. Stored as JSON keyed by question id (sorted), so a stored response carries nothing but the
 * answers.
 */
public record Answers(Map<Long, List<Integer>> choices, Map<Long, String> texts) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public Answers {
        choices = new TreeMap<>(choices);
        texts = new TreeMap<>(texts);
    }

    public static Answers empty() {
        return new Answers(Map.of(), Map.of());
    }

    public boolean answered(long questionId) {
        return choices.containsKey(questionId) || texts.containsKey(questionId);
    }

    public Answers with(long questionId, List<Integer> chosen, String text) {
        Map<Long, List<Integer>> c = new TreeMap<>(choices);
        Map<Long, String> t = new TreeMap<>(texts);
        c.remove(questionId);
        t.remove(questionId);
        if (chosen != null && !chosen.isEmpty()) {
            c.put(questionId, List.copyOf(chosen));
        }
        if (text != null && !text.isBlank()) {
            t.put(questionId, text.strip());
        }
        return new Answers(c, t);
    }

    String toJson() {
        try {
            return JSON.writeValueAsString(new Stored(choices, texts));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static Answers fromJson(String json) {
        try {
            Stored stored = JSON.readValue(json, new TypeReference<Stored>() { });
            return new Answers(stored.c() == null ? Map.of() : stored.c(), stored.t() == null ? Map.of() : stored.t());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    record Stored(Map<Long, List<Integer>> c, Map<Long, String> t) {
    }
}
