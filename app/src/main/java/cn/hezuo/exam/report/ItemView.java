package cn.hezuo.exam.report;

import cn.hezuo.exam.ExamItem;
import cn.hezuo.exam.stats.Choice;
import cn.hezuo.exam.stats.ItemAnalysis;
import cn.hezuo.exam.stats.ItemAnalysis.ItemStats;
import cn.hezuo.exam.stats.OptionCounts;
import java.util.ArrayList;
import java.util.List;

/** The item report's rows, ready for the page: the core's numbers plus the answer key and option shares. */
final class ItemView {

    private static final List<Choice> SHOWN = List.of(Choice.A, Choice.B, Choice.C, Choice.D, Choice.BLANK);

    private ItemView() {
    }

    /** One option's share in a group; {@code key} marks the correct answer. */
    record OptionCell(String option, int count, double share, boolean key) {
    }

    /**
     * One item.
     *
     * @param negative the item–rest correlation is below zero: strong students did worse on it (check the key)
     * @param options  overall option shares, empty for a subjective item
     */
    record Row(ItemStats stats, String key, boolean negative, List<OptionCell> options) {
    }

    /** Option shares of one group (everyone, a class, the upper or the lower 27 %). */
    record GroupOptions(String group, int n, List<OptionCell> cells) {
    }

    /** The option table of one objective item. */
    record Detail(String label, String key, List<GroupOptions> groups) {
    }

    static List<Row> rows(ItemAnalysis analysis, List<ExamItem> items, List<String> classNames) {
        List<Row> rows = new ArrayList<>();
        for (int j = 0; j < analysis.items().size(); j++) {
            ItemStats s = analysis.items().get(j);
            String key = items.get(j).getAnswerKey();
            List<OptionCell> options = s.options().map(o -> cells(o.overall(), key)).orElse(List.of());
            rows.add(new Row(s, key, s.rItemRest() < 0, options));
        }
        return rows;
    }

    static List<Detail> details(ItemAnalysis analysis, List<ExamItem> items, List<String> classNames, String all,
                                String upper, String lower) {
        List<Detail> details = new ArrayList<>();
        for (int j = 0; j < analysis.items().size(); j++) {
            ItemStats s = analysis.items().get(j);
            if (s.options().isEmpty()) {
                continue;
            }
            ItemAnalysis.OptionDistribution o = s.options().get();
            String key = items.get(j).getAnswerKey();
            List<GroupOptions> groups = new ArrayList<>();
            groups.add(group(all, o.overall(), key));
            for (int c = 0; c < classNames.size() && c < o.byClass().size(); c++) {
                groups.add(group(classNames.get(c), o.byClass().get(c), key));
            }
            groups.add(group(upper, o.upper(), key));
            groups.add(group(lower, o.lower(), key));
            details.add(new Detail(s.item().label(), key, groups));
        }
        return details;
    }

    private static GroupOptions group(String name, OptionCounts counts, String key) {
        return new GroupOptions(name, counts.total(), cells(counts, key));
    }

    private static List<OptionCell> cells(OptionCounts counts, String key) {
        return SHOWN.stream().map(c -> new OptionCell(c.name(), counts.count(c), counts.proportion(c),
                key != null && key.equals(c.name()))).toList();
    }
}
