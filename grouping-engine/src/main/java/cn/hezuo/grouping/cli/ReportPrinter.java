package cn.hezuo.grouping.cli;

import cn.hezuo.grouping.ConstraintCheck;
import cn.hezuo.grouping.FeatureBalance;
import cn.hezuo.grouping.GroupSummary;
import cn.hezuo.grouping.GroupingResult;
import cn.hezuo.grouping.Notice;
import cn.hezuo.grouping.ObjectiveValues;

import java.io.PrintStream;
import java.util.Locale;

/** The plain-text report printed after grouping. */
final class ReportPrinter {

    private ReportPrinter() {
    }

    static void print(GroupingResult r, String method, long solveNanos, PrintStream out) {
        int n = r.groupOf().length;
        int min = r.groups().stream().mapToInt(GroupSummary::size).min().orElse(0);
        int max = r.groups().stream().mapToInt(GroupSummary::size).max().orElse(0);
        out.printf(Locale.ROOT, "Grouped %d students into %d groups of %s (%s) in %.1f ms.%n", n, r.groups().size(),
                min == max ? String.valueOf(max) : min + "-" + max, method, solveNanos / 1e6);
        ObjectiveValues o = r.objectives();
        out.printf(Locale.ROOT, "Between-group SS %.5f (0 = all group means equal)  k-means %.4f  k-plus %.4f%n",
                o.betweenGroupSs(), o.kmeans(), o.kplus());
        out.printf(Locale.ROOT, "Diversity: squared %.4f, Euclidean %.4f%s%n", o.diversity(), o.diversityEuclid(),
                o.repeatedPairs() > 0 ? "  repeated pairs " + o.repeatedPairs() : "");
        out.println("Balance per feature (raw units unless marked SD):");
        out.printf(Locale.ROOT, "  %-12s %10s %9s %10s %12s %12s %11s%n", "feature", "mean", "SD", "max gap",
                "max gap SD", "SD of means", "max SD gap");
        for (FeatureBalance f : r.balance().features()) {
            out.printf(Locale.ROOT, "  %-12s %10.3f %9.3f %10.4f %12.5f %12.5f %11.4f%n", f.feature(), f.mean(), f.sd(),
                    f.maxMeanGap(), f.maxMeanGapSd(), f.sdOfGroupMeans(), f.maxSdGap());
        }
        out.printf(Locale.ROOT, "  worst mean gap %.5f SD, mean SD of group means %.5f SD, worst SD gap %.4f SD%n",
                r.balance().maxMeanGapSd(), r.balance().sdOfGroupMeans(), r.balance().maxSdGap());
        out.println("Rules:");
        for (ConstraintCheck c : r.checks()) {
            out.printf("  [%s] %s: %s%n", c.satisfied() ? "ok" : "FAILED", c.key(), c.detail());
        }
        for (Notice w : r.notices()) {
            out.println("Note: " + w.message());
        }
        if (r.stats().provenOptimal()) {
            out.println("This grouping is proven optimal for the objective under all rules.");
        }
    }
}
