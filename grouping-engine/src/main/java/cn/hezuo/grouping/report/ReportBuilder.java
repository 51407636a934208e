package cn.hezuo.grouping.report;

import cn.hezuo.grouping.GroupSummary;
import cn.hezuo.grouping.GroupingResult;
import cn.hezuo.grouping.Notice;
import cn.hezuo.grouping.SearchStats;
import cn.hezuo.grouping.prepare.Features;
import cn.hezuo.grouping.prepare.Messages;
import cn.hezuo.grouping.prepare.Model;
import cn.hezuo.grouping.search.Outcome;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Assembles the {@link GroupingResult} from the search outcome. O(N·F + checks). */
public final class ReportBuilder {

    private ReportBuilder() {
    }

    public static GroupingResult build(Model m, Outcome outcome, long elapsedNanos, Duration limit) {
        int[] groupOf = outcome.groupOf();
        List<Notice> notices = new ArrayList<>(m.notices());
        if (outcome.timeLimitReached()) {
            notices.add(Messages.notice("grouping.warning.timeLimit", limit.toMillis() / 1000.0));
        }
        SearchStats stats = new SearchStats(elapsedNanos / 1_000_000, outcome.restarts(), outcome.bestRestart(),
                outcome.improvingMoves(), outcome.timeLimitReached(), outcome.provenOptimal());
        return new GroupingResult(groupOf, groups(m, groupOf), ObjectiveCalculator.compute(m, groupOf),
                BalanceCalculator.compute(m, groupOf), ConstraintVerifier.verify(m, groupOf), notices, stats);
    }

    private static List<GroupSummary> groups(Model m, int[] groupOf) {
        int[][] members = Members.of(groupOf, m.k());
        Features f = m.features();
        List<GroupSummary> out = new ArrayList<>();
        for (int g = 0; g < m.k(); g++) {
            List<String> ids = new ArrayList<>();
            int leaders = 0;
            for (int i : members[g]) {
                ids.add(m.id(i));
                if (m.leader()[i]) {
                    leaders++;
                }
            }
            Map<String, Double> means = new LinkedHashMap<>();
            for (int c = 0; c < f.f(); c++) {
                double s = 0;
                for (int i : members[g]) {
                    s += f.raw()[i * f.f() + c];
                }
                means.put(m.featureNames().get(c), s / members[g].length);
            }
            Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();
            String[] attributes = m.reportAttributes();
            for (int a = 0; a < attributes.length; a++) {
                Map<String, Integer> byCategory = new LinkedHashMap<>();
                for (int i : members[g]) {
                    byCategory.merge(m.reportValues()[a][i], 1, Integer::sum);
                }
                counts.put(attributes[a], byCategory);
            }
            out.add(new GroupSummary(g, ids, means, counts, leaders));
        }
        return out;
    }
}
