package cn.hezuo.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Stores an {@link AuditText} as JSON ({@code {"k": key, "a": [args]}}, nested texts as objects) and renders it
 * in a language. A key the bundles do not know renders as its last part, so a line never fails to show.
 */
@Component
class AuditTexts {

    private final MessageSource messages;
    private final ObjectMapper json = new ObjectMapper();

    AuditTexts(MessageSource messages) {
        this.messages = messages;
    }

    String toJson(AuditText text) {
        try {
            return json.writeValueAsString(node(text));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    String render(AuditText text, Locale locale) {
        Object[] args = text.args().stream().map(a -> a instanceof AuditText t ? render(t, locale) : a).toArray();
        if ("audit.list".equals(text.key())) {
            String separator = messages.getMessage("audit.list.separator", null, "; ", locale);
            List<String> parts = new ArrayList<>();
            for (Object a : args) {
                parts.add(String.valueOf(a));
            }
            return String.join(separator, parts);
        }
        String fallback = text.key().substring(text.key().lastIndexOf('.') + 1);
        return messages.getMessage(text.key(), args, fallback, locale);
    }

    /** The stored text in {@code locale}, or null when the JSON cannot be read. */
    String render(String storedJson, Locale locale) {
        try {
            return render(text(json.readTree(storedJson)), locale);
        } catch (JsonProcessingException | RuntimeException e) {
            return null;
        }
    }

    private ObjectNode node(AuditText text) {
        ObjectNode node = json.createObjectNode();
        node.put("k", text.key());
        ArrayNode args = node.putArray("a");
        for (Object a : text.args()) {
            if (a instanceof AuditText t) {
                args.add(node(t));
            } else {
                args.add(String.valueOf(a));
            }
        }
        return node;
    }

    private static AuditText text(JsonNode node) {
        List<Object> args = new ArrayList<>();
        for (JsonNode a : node.path("a")) {
            if (a.isObject()) {
                args.add(text(a));
            } else {
                args.add(a.asText());
            }
        }
        return new AuditText(node.path("k").asText(), args);
    }
}
