package cn.hezuo.audit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What an audit line says, as a message key (in {@code i18n/audit*.properties}) and its arguments, translated
 * when the log is read. An argument is a plain value (kept as text: names, ids, numbers as
 * written, dates) or another
 * {@code AuditText} (translated too, e.g. a field's label or "是/否").
 */
public record AuditText(String key, List<Object> args) {

    public AuditText {
        args = List.copyOf(args.stream().map(AuditText::plain).toList());
    }

    public static AuditText of(String key, Object... args) {
        return new AuditText(key, Arrays.asList(args));
    }

    /** Several texts shown one after another, separated by "；". */
    public static AuditText list(List<AuditText> parts) {
        return new AuditText("audit.list", new ArrayList<>(parts));
    }

    /** A yes/no value, translated. */
    public static AuditText yesNo(boolean value) {
        return of(value ? "audit.value.yes" : "audit.value.no");
    }

    private static Object plain(Object arg) {
        if (arg == null) {
            return of("audit.value.none");
        }
        if (arg instanceof AuditText) {
            return arg;
        }
        if (arg instanceof java.math.BigDecimal d) {
            return d.stripTrailingZeros().toPlainString();
        }
        if (arg instanceof Boolean b) {
            return yesNo(b);
        }
        String text = String.valueOf(arg);
        return text.isEmpty() ? of("audit.value.none") : text;
    }
}
