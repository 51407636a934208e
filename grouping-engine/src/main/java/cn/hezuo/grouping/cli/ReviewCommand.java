package cn.hezuo.grouping.cli;

import cn.hezuo.grouping.review.ReviewAssigner;
import cn.hezuo.grouping.review.ReviewPair;
import cn.hezuo.grouping.review.ReviewPlan;
import cn.hezuo.grouping.review.ReviewRequest;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code review --groups groups.csv [--id 组] --reviews 3 [--avoid-same 学科] [--seed 7] [--out reviews.csv]}:
 * random inter-group review (组间互评) with {@link ReviewAssigner}. Reads the groups as the grouping command reads a
 * roster (UTF-8 with or without BOM, or GBK) and writes {@code reviewer,reviewee} rows.
 */
final class ReviewCommand {

    private static final Set<String> OWN = Set.of("--groups", "--id", "--reviews", "--avoid-same", "--seed", "--out",
            "--bom", "--quiet", "--help", "-h");

    static final String HELP = """
            Random inter-group review (组间互评): every group reviews exactly K others and is reviewed K times.

            java -jar grouping-engine.jar review --groups FILE --reviews K [options]

              --groups FILE        groups, CSV with a header row, UTF-8 (with or without BOM) or GBK
              --id COLUMN          column with the group id (default: the first column)
              --reviews K          how many other groups each group reviews (1 ≤ K < number of groups)
              --avoid-same COLUMN  never pair groups with the same non-blank value in COLUMN (e.g. 学科)
              --seed N             random seed (default 0); the same file and seed give the same draw
              --out FILE           write "reviewer,reviewee" rows, UTF-8 (default: to standard output)
              --bom                start --out with a UTF-8 byte-order mark (Excel then shows Chinese)
              --quiet              do not print the summary line

            No group reviews itself or another twice; two groups review each other only when K > (N-1)/2
            leaves no other way (or, with --avoid-same, when no swap removes it).
            Exit code 0 on success, 2 on bad input or a request that cannot be met, 1 on internal error.
            """;

    private ReviewCommand() {
    }

    static int run(String[] args, PrintStream out) {
        CliArgs cli = CliArgs.parse(args);
        if (cli.help() || args.length == 0) {
            out.print(HELP);
            return 0;
        }
        for (String a : args) {
            String name = a.contains("=") && a.startsWith("--") ? a.substring(0, a.indexOf('=')) : a;
            if (name.startsWith("-") && !OWN.contains(name)) {
                throw new CliException("review: option " + name + " does not apply (see review --help)");
            }
        }
        String in = cli.value("--groups");
        if (in == null) {
            throw new CliException("review: --groups is required (see review --help)");
        }
        Integer k = cli.integer("--reviews");
        if (k == null) {
            throw new CliException("review: --reviews is required (see review --help)");
        }
        CsvTable table = CsvReader.read(Path.of(in));
        int idColumn = cli.value("--id") == null ? 0 : table.requireColumn(cli.value("--id"), "--id");
        int avoidColumn = cli.value("--avoid-same") == null ? -1
                : table.requireColumn(cli.value("--avoid-same"), "--avoid-same");
        List<String> ids = new ArrayList<>();
        List<String> values = avoidColumn < 0 ? null : new ArrayList<>();
        for (int r = 0; r < table.rows().size(); r++) {
            List<String> row = table.rows().get(r);
            String id = row.get(idColumn);
            if (id.isEmpty()) {
                throw new CliException(in + " line " + (r + 2) + ": the id column \"" + table.header().get(idColumn)
                        + "\" is empty");
            }
            ids.add(id);
            if (values != null) {
                values.add(row.get(avoidColumn));
            }
        }
        long seed = cli.longValue("--seed") == null ? 0 : cli.longValue("--seed");
        ReviewPlan plan;
        try {
            plan = ReviewAssigner.assign(new ReviewRequest(ids, values, k, seed));
        } catch (IllegalArgumentException e) {
            throw new CliException("review: " + e.getMessage());
        }
        String outFile = cli.value("--out");
        if (outFile == null) {
            out.print(csv(plan, false));
        } else {
            try (Writer w = Files.newBufferedWriter(Path.of(outFile), StandardCharsets.UTF_8)) {
                w.write(csv(plan, cli.flag("--bom")));
            } catch (IOException e) {
                throw new CliException("cannot write " + outFile + ": " + e.getMessage());
            }
            if (!cli.flag("--quiet")) {
                out.println(ids.size() + " groups, " + k + " reviews each, " + plan.pairs().size() + " pairs, "
                        + plan.mutualPairs() + " mutual, seed " + seed + " (read as " + table.encoding() + ")");
            }
        }
        return 0;
    }

    /** The grouping command refuses the review command's own options. */
    static void refuseReviewOptions(CliArgs cli) {
        for (String name : List.of("--reviews", "--avoid-same")) {
            if (cli.value(name) != null) {
                throw new CliException(name + " belongs to the review command: java -jar grouping-engine.jar review …");
            }
        }
    }

    private static String csv(ReviewPlan plan, boolean bom) {
        StringBuilder sb = new StringBuilder(plan.pairs().size() * 16);
        if (bom) {
            sb.append('\uFEFF');
        }
        sb.append("reviewer,reviewee\n");
        for (ReviewPair p : plan.pairs()) {
            sb.append(quote(p.reviewer())).append(',').append(quote(p.reviewee())).append('\n');
        }
        return sb.toString();
    }

    private static String quote(String v) {
        if (v.contains(",") || v.contains("\"") || v.contains("\n")) {
            return "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }
}
