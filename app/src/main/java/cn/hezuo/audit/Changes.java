package cn.hezuo.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The "field: old → new" text of an edit for the audit log; unchanged fields are left out. A field is named by
 * its label key in the audit bundle ({@code audit.field.<name>}), so the log names it in the reader's language.
 */
public final class Changes {

    private final List<AuditText> parts = new ArrayList<>();

    public static Changes of() {
        return new Changes();
    }

    public Changes field(String name, Object oldValue, Object newValue) {
        if (!Objects.equals(oldValue, newValue)) {
            parts.add(AuditText.of("audit.change", AuditText.of("audit.field." + name), value(oldValue),
                    value(newValue)));
        }
        return this;
    }

    /** An enum value is shown by its label ({@code audit.enum.<Type>.<NAME>}); anything else as it is. */
    private static Object value(Object value) {
        return value instanceof Enum<?> e
                ? AuditText.of("audit.enum." + e.getDeclaringClass().getSimpleName() + "." + e.name()) : value;
    }

    public boolean isEmpty() {
        return parts.isEmpty();
    }

    /** The changes as one audit text ("无改动" when nothing changed). */
    public AuditText text() {
        return parts.isEmpty() ? AuditText.of("audit.noChange") : AuditText.list(parts);
    }

    /** The changes prefixed with what was edited (e.g. a class's name). */
    public AuditText text(Object subject) {
        return AuditText.of("audit.subjectChanges", subject, text());
    }
}
