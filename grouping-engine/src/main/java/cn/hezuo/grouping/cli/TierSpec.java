package cn.hezuo.grouping.cli;

import java.util.List;

/**
 * The {@code --tiers} option, {@code COLUMN[=T1/T2/...]:a:b:c}: the column, the tier labels top
 * first (optional) and how many students of each tier one group gets.
 */
record TierSpec(String column, List<String> order, int[] counts) {

    static TierSpec parse(String spec) {
        if (spec == null) {
            return null;
        }
        String[] parts = spec.split("[:：]");
        if (parts.length < 3) {
            throw new CliException("--tiers looks like 总分:2:2:2 (column, then how many of each tier per group)");
        }
        String head = parts[0].trim();
        List<String> order = List.of();
        int eq = head.indexOf('=');
        if (eq > 0) {
            order = List.of(head.substring(eq + 1).split("/"));
            head = head.substring(0, eq).trim();
        }
        int[] counts = new int[parts.length - 1];
        for (int i = 1; i < parts.length; i++) {
            try {
                counts[i - 1] = Integer.parseInt(parts[i].trim());
            } catch (NumberFormatException e) {
                throw new CliException("--tiers: \"" + parts[i] + "\" is not a whole number");
            }
        }
        return new TierSpec(head, order, counts);
    }
}
