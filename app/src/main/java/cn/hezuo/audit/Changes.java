package cn.hezuo.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Builds the "field: old → new" text of an edit for the audit log; unchanged fields are left out. */
public final class Changes {

    private final List<String> parts = new ArrayList<>();

    public static Changes of() {
        return new Changes();
    }

    public Changes field(String name, Object oldValue, Object newValue) {
        if (!Objects.equals(oldValue, newValue)) {
            parts.add(name + ": " + text(oldValue) + " → " + text(newValue));
        }
        return this;
    }

    public boolean isEmpty() {
        return parts.isEmpty();
    }

    @Override
    public String toString() {
        return parts.isEmpty() ? "(no change)" : String.join("; ", parts);
    }

    private static String text(Object value) {
        return value == null || "".equals(value) ? "∅" : String.valueOf(value);
    }
}
