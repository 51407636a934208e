package cn.hezuo.grouping;

import java.util.List;

/**
 * The tier quotas used instead of the template where it did not fit (a notice argument): each distinct quota
 * with the number of groups that got it. Kept structured so the application can word it in any language;
 * {@link #toString()} gives the English wording the engine's own messages use.
 *
 * @param parts each quota ({@code "2:2:1"}) and how many groups got it, in first-seen group order
 */
public record QuotaMix(List<Part> parts) {

    /** One quota and the number of groups that got it. */
    public record Part(String pattern, int groups) {
    }

    public QuotaMix {
        parts = List.copyOf(parts);
    }

    @Override
    public String toString() {
        return String.join(", ", parts.stream()
                .map(p -> p.pattern() + " in " + p.groups() + (p.groups() == 1 ? " group" : " groups")).toList());
    }
}
