package cn.hezuo.grouping.cli;

import cn.hezuo.grouping.GroupingEngine;
import cn.hezuo.grouping.GroupingException;
import cn.hezuo.grouping.GroupingProblem;
import cn.hezuo.grouping.GroupingResult;
import cn.hezuo.grouping.prepare.Model;
import cn.hezuo.grouping.prepare.ProblemCompiler;
import cn.hezuo.grouping.report.ReportBuilder;
import cn.hezuo.grouping.review.ReviewInfeasibleException;
import cn.hezuo.grouping.search.Outcome;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * {@code java -jar grouping-engine.jar --in roster.csv --size 6 --features 语文,数学,英语 --out groups.csv}.
 * {@code java -jar grouping-engine.jar review --groups groups.csv --reviews 3 …} draws inter-group reviews
 * ({@link ReviewCommand}). Exit codes: 0 done, 2 bad input or rules that cannot be met (one line on stderr), 1 internal error.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        int code = run(args, System.out, System.err);
        if (code != 0) {
            System.exit(code);
        }
    }

    /** Runs the tool and returns the exit code (tests call this instead of {@link #main}). */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        try {
            if (args.length > 0 && args[0].equals("review")) {
                return ReviewCommand.run(java.util.Arrays.copyOfRange(args, 1, args.length), out);
            }
            CliArgs cli = CliArgs.parse(args);
            ReviewCommand.refuseReviewOptions(cli);
            if (cli.help() || args.length == 0) {
                out.print(Help.TEXT);
                return 0;
            }
            String in = cli.value("--in");
            if (in == null) {
                throw new CliException("--in is required (see --help)");
            }
            CsvTable table = CsvReader.read(Path.of(in));
            RosterMapper mapper = new RosterMapper(table, cli);
            GroupingProblem problem = mapper.problem();
            String method = cli.choice("--method", "engine", "engine", "random", "snake");
            long t0 = System.nanoTime();
            GroupingResult result = solve(problem, method);
            long solveNanos = System.nanoTime() - t0;
            String outFile = cli.value("--out");
            if (outFile != null) {
                write(Path.of(outFile), mapper.ids(), result.groupOf(), cli.flag("--bom"));
            }
            if (!cli.flag("--quiet")) {
                ReportPrinter.print(result, method.equals("engine") ? problem.options().objective().name().toLowerCase()
                        + ", seed " + problem.options().seed() : method, solveNanos, out);
            }
            return 0;
        } catch (CliException | GroupingException | ReviewInfeasibleException e) {
            err.println("error: " + e.getMessage());
            return 2;
        } catch (RuntimeException | OutOfMemoryError e) {
            err.println("internal error: " + e);
            return 1;
        }
    }

    private static GroupingResult solve(GroupingProblem problem, String method) {
        if (method.equals("engine")) {
            return GroupingEngine.solve(problem);
        }
        long t0 = System.nanoTime();
        int[] groupOf = method.equals("random") ? Baselines.random(problem, problem.options().seed())
                : Baselines.snake(problem);
        Model model = ProblemCompiler.compile(problem);
        return ReportBuilder.build(model, new Outcome(groupOf, 1, 0, 0, false, false), System.nanoTime() - t0,
                Duration.ZERO);
    }

    /** {@code id,group} in roster order, groups numbered from 1, UTF-8 (with a BOM for Excel if asked). */
    private static void write(Path file, List<String> ids, int[] groupOf, boolean bom) {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            if (bom) {
                w.write('\uFEFF');
            }
            w.write("id,group\n");
            for (int i = 0; i < ids.size(); i++) {
                w.write(quote(ids.get(i)) + "," + (groupOf[i] + 1) + "\n");
            }
        } catch (IOException e) {
            throw new CliException("cannot write " + file + ": " + e.getMessage());
        }
    }

    private static String quote(String v) {
        if (v.contains(",") || v.contains("\"") || v.contains("\n")) {
            return "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }
}
