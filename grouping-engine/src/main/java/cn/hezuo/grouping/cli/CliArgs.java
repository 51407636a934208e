package cn.hezuo.grouping.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Parsed command line. Options take their value as the next argument or after {@code =}
 * ({@code --size 6} or {@code --size=6}); {@code --together}, {@code --apart} and {@code --fixed}
 * may be repeated or take several items separated by {@code ;}.
 */
final class CliArgs {

    /** Every option with a value; flags are listed in {@link #FLAGS}. */
    private static final Set<String> VALUED = Set.of("--in", "--out", "--id", "--name", "--size", "--groups",
            "--size-mode", "--features", "--weights", "--objective", "--balance", "--tiers", "--together", "--apart",
            "--fixed", "--leaders", "--previous", "--repeat-penalty", "--seed", "--time-limit", "--threads", "--effort",
            "--method", "--reviews", "--avoid-same");
    private static final Set<String> FLAGS = Set.of("--help", "-h", "--top-third", "--bom", "--quiet");
    private static final Set<String> REPEATABLE = Set.of("--together", "--apart", "--fixed");

    private final Map<String, String> values = new LinkedHashMap<>();
    private final Map<String, List<String>> lists = new LinkedHashMap<>();
    private final List<String> flags = new ArrayList<>();

    static CliArgs parse(String[] args) {
        CliArgs a = new CliArgs();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String name = arg;
            String value = null;
            int eq = arg.indexOf('=');
            if (arg.startsWith("--") && eq > 0) {
                name = arg.substring(0, eq);
                value = arg.substring(eq + 1);
            }
            if (FLAGS.contains(name) && value == null) {
                a.flags.add(name);
                continue;
            }
            if (!VALUED.contains(name)) {
                throw new CliException("unknown option " + arg + " (see --help)");
            }
            if (value == null) {
                if (i + 1 >= args.length) {
                    throw new CliException(name + " needs a value (see --help)");
                }
                value = args[++i];
            }
            if (REPEATABLE.contains(name)) {
                for (String part : value.split(";")) {
                    if (!part.isBlank()) {
                        a.lists.computeIfAbsent(name, k -> new ArrayList<>()).add(part.trim());
                    }
                }
            } else if (a.values.put(name, value.trim()) != null) {
                throw new CliException(name + " given twice");
            }
        }
        return a;
    }

    boolean flag(String name) {
        return flags.contains(name);
    }

    boolean help() {
        return flag("--help") || flag("-h");
    }

    String value(String name) {
        return values.get(name);
    }

    String value(String name, String fallback) {
        return values.getOrDefault(name, fallback);
    }

    List<String> list(String name) {
        return lists.getOrDefault(name, List.of());
    }

    /** Comma-separated list, trimmed, empty entries dropped. */
    List<String> csv(String name) {
        String v = values.get(name);
        List<String> out = new ArrayList<>();
        if (v != null) {
            for (String part : v.split("[,，]")) {
                if (!part.isBlank()) {
                    out.add(part.trim());
                }
            }
        }
        return out;
    }

    Integer integer(String name) {
        String v = values.get(name);
        if (v == null) {
            return null;
        }
        try {
            return Integer.valueOf(v);
        } catch (NumberFormatException e) {
            throw new CliException(name + " must be a whole number (got \"" + v + "\")");
        }
    }

    Long longValue(String name) {
        String v = values.get(name);
        if (v == null) {
            return null;
        }
        try {
            return Long.valueOf(v);
        } catch (NumberFormatException e) {
            throw new CliException(name + " must be a whole number (got \"" + v + "\")");
        }
    }

    Double number(String name) {
        String v = values.get(name);
        if (v == null) {
            return null;
        }
        try {
            double d = Double.parseDouble(v);
            if (!Double.isFinite(d)) {
                throw new NumberFormatException();
            }
            return d;
        } catch (NumberFormatException e) {
            throw new CliException(name + " must be a number (got \"" + v + "\")");
        }
    }

    /** Lower-cased choice among {@code allowed}. */
    String choice(String name, String fallback, String... allowed) {
        String v = values.getOrDefault(name, fallback).toLowerCase(Locale.ROOT);
        for (String a : allowed) {
            if (a.equals(v)) {
                return v;
            }
        }
        throw new CliException(name + " must be one of " + String.join(", ", allowed) + " (got \"" + v + "\")");
    }
}
