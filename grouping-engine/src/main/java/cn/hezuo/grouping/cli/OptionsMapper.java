package cn.hezuo.grouping.cli;

import cn.hezuo.grouping.GroupingOptions;
import cn.hezuo.grouping.Objective;
import cn.hezuo.grouping.SizeMode;
import cn.hezuo.grouping.TierTemplate;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The command-line options that become {@link GroupingOptions}: sizes, objective, rules about
 * particular students (resolved through {@link StudentNames}), the previous grouping and the search
 * settings. Values are checked here so a mistake is one clear line, not a stack trace.
 */
final class OptionsMapper {

    private final CliArgs args;
    private final StudentNames names;

    OptionsMapper(CliArgs args, StudentNames names) {
        this.args = args;
        this.names = names;
    }

    GroupingOptions options(Map<String, Double> weights, List<String> balance, TierTemplate template,
                                    boolean leaders) {
        GroupingOptions.Builder b = GroupingOptions.builder();
        Integer size = args.integer("--size");
        Integer groups = args.integer("--groups");
        if ((size == null) == (groups == null)) {
            throw new CliException("give exactly one of --size and --groups");
        }
        SizeMode mode = args.choice("--size-mode", "at-most", "at-most", "at-least").equals("at-most")
                ? SizeMode.AT_MOST : SizeMode.AT_LEAST;
        if (size != null) {
            b.groupSize(size, mode);
        } else {
            b.groupCount(groups);
        }
        b.objective(Objective.valueOf(args.choice("--objective", "variance", "variance", "diversity", "kplus")
                .toUpperCase(Locale.ROOT)));
        weights.forEach(b::feature);
        b.balance(balance.toArray(String[]::new));
        b.tiers(template);
        for (String set : args.list("--together")) {
            b.keepTogether(names.resolveAll(set, "--together"));
        }
        for (String set : args.list("--apart")) {
            b.keepApart(names.resolveAll(set, "--apart"));
        }
        for (String item : args.list("--fixed")) {
            for (String part : item.split(",")) {
                fixed(b, part.trim());
            }
        }
        b.leaderCoverage(leaders);
        b.topThirdPerFeature(args.flag("--top-third"));
        if (args.value("--previous") != null) {
            b.previousGrouping(previous(Path.of(args.value("--previous"))));
        }
        Double penalty = args.number("--repeat-penalty");
        if (penalty != null) {
            if (penalty < 0) {
                throw new CliException("--repeat-penalty must be at least 0");
            }
            b.repeatPenalty(penalty);
        }
        Long seed = args.longValue("--seed");
        b.seed(seed == null ? 0 : seed);
        Double seconds = args.number("--time-limit");
        if (seconds != null) {
            if (seconds <= 0) {
                throw new CliException("--time-limit must be positive");
            }
            b.timeLimit(Duration.ofMillis(Math.max(1, Math.round(seconds * 1000))));
        }
        Integer threads = args.integer("--threads");
        if (threads != null) {
            if (threads < 1) {
                throw new CliException("--threads must be at least 1");
            }
            b.threads(threads);
        }
        Double effort = args.number("--effort");
        if (effort != null) {
            if (effort <= 0) {
                throw new CliException("--effort must be positive");
            }
            b.effort(effort);
        }
        return b.build();
    }

    private void fixed(GroupingOptions.Builder b, String item) {
        if (item.isEmpty()) {
            return;
        }
        int eq = item.lastIndexOf('=');
        if (eq <= 0) {
            throw new CliException("--fixed items look like 20230101=3 (got \"" + item + "\")");
        }
        String who = names.resolve(item.substring(0, eq).trim(), "--fixed");
        try {
            b.fix(who, Integer.parseInt(item.substring(eq + 1).trim()) - 1);
        } catch (NumberFormatException e) {
            throw new CliException("--fixed: the group of " + who + " must be a group number (got \""
                    + item.substring(eq + 1) + "\")");
        }
    }

    /** Previous grouping file: columns id and group (else the first two columns). */
    private static Map<String, String> previous(Path file) {
        CsvTable t = CsvReader.read(file);
        int idc = t.column("id") >= 0 ? t.column("id") : 0;
        int gc = t.column("group") >= 0 ? t.column("group") : 1;
        if (t.header().size() < 2) {
            throw new CliException("--previous: " + file + " needs two columns, id and group");
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (List<String> row : t.rows()) {
            out.put(row.get(idc), row.get(gc));
        }
        return out;
    }
}
