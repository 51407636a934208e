package cn.hezuo.grouping.cli;

import cn.hezuo.grouping.GroupingOptions;
import cn.hezuo.grouping.GroupingProblem;
import cn.hezuo.grouping.Student;
import cn.hezuo.grouping.TierTemplate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns a class list and the command-line options into a {@link GroupingProblem}. Students named
 * in constraints may be given by id or, when unique, by name (the {@code --name} column, else a
 * column called 姓名 or name).
 */
final class RosterMapper {

    private static final Set<String> TOTAL_NAMES = Set.of("总分", "总成绩", "total", "sum");
    private static final Set<String> YES = Set.of("1", "true", "yes", "y", "是", "√", "✓", "组长");
    private static final Set<String> NO = Set.of("", "0", "false", "no", "n", "否");
    /** Known orders of tier labels, top first. */
    private static final List<List<String>> TIER_ORDERS = List.of(
            List.of("A", "B", "C", "D", "E"), List.of("上", "中", "下"), List.of("优", "良", "中", "差"),
            List.of("优", "中", "待提高"), List.of("高", "中", "低"), List.of("好", "中", "差"),
            List.of("1", "2", "3", "4", "5"));

    private final CsvTable table;
    private final CliArgs args;
    private final int idCol;
    private final List<String> ids = new ArrayList<>();
    private final StudentNames names;

    RosterMapper(CsvTable table, CliArgs args) {
        this.table = table;
        this.args = args;
        String idName = args.value("--id");
        idCol = idName == null ? 0 : table.requireColumn(idName, "--id");
        int nameCol = nameColumn();
        List<String> studentNames = new ArrayList<>();
        for (int r = 0; r < table.rows().size(); r++) {
            String id = table.rows().get(r).get(idCol);
            if (id.isEmpty()) {
                throw new CliException("row " + (r + 2) + " has no value in the id column \"" + table.header().get(idCol) + "\"");
            }
            ids.add(id);
            studentNames.add(nameCol >= 0 ? table.rows().get(r).get(nameCol) : null);
        }
        names = new StudentNames(ids, studentNames);
    }

    List<String> ids() {
        return ids;
    }

    private int nameColumn() {
        String explicit = args.value("--name");
        if (explicit != null) {
            return table.requireColumn(explicit, "--name");
        }
        for (String candidate : List.of("姓名", "name", "Name", "名字")) {
            int c = table.column(candidate);
            if (c >= 0 && c != idCol) {
                return c;
            }
        }
        return -1;
    }

    GroupingProblem problem() {
        List<String> balance = args.csv("--balance");
        for (String b : balance) {
            table.requireColumn(b, "--balance");
        }
        TierSpec tier = TierSpec.parse(args.value("--tiers"));
        List<String> features = args.csv("--features");
        if (features.isEmpty()) {
            features = defaultFeatures(balance, tier);
        }
        for (String f : features) {
            table.requireColumn(f, "--features");
        }
        Map<String, Double> weights = weights(features);
        List<String> featureNames = new ArrayList<>(features);
        TierTemplate template = tier == null ? null : template(tier, featureNames);
        int leaderCol = args.value("--leaders") == null ? -1 : table.requireColumn(args.value("--leaders"), "--leaders");
        List<String> categoryColumns = new ArrayList<>(balance);
        if (template != null && template.source() == TierTemplate.Source.CATEGORY && !categoryColumns.contains(template.column())) {
            categoryColumns.add(template.column());
        }
        List<Student> students = new ArrayList<>();
        for (int r = 0; r < table.rows().size(); r++) {
            List<String> row = table.rows().get(r);
            double[] values = new double[featureNames.size()];
            for (int f = 0; f < featureNames.size(); f++) {
                values[f] = number(row.get(table.column(featureNames.get(f))), r, featureNames.get(f));
            }
            Map<String, String> cats = new LinkedHashMap<>();
            for (String c : categoryColumns) {
                cats.put(c, row.get(table.column(c)));
            }
            boolean leader = leaderCol >= 0 && yes(row.get(leaderCol), r, table.header().get(leaderCol));
            students.add(new Student(ids.get(r), values, cats, leader));
        }
        GroupingOptions options = new OptionsMapper(args, names).options(weights, balance, template, leaderCol >= 0);
        return new GroupingProblem(featureNames, students, options);
    }

    /** Every column (except id, names, categories, leaders) whose non-blank values are all numbers. */
    private List<String> defaultFeatures(List<String> balance, TierSpec tier) {
        List<String> out = new ArrayList<>();
        for (int c = 0; c < table.header().size(); c++) {
            String col = table.header().get(c);
            if (c == idCol || balance.contains(col) || col.equals(args.value("--leaders"))
                    || (tier != null && col.equals(tier.column()))) {
                continue;
            }
            boolean any = false;
            boolean numeric = true;
            for (List<String> row : table.rows()) {
                String v = row.get(c);
                if (!v.isEmpty()) {
                    any = true;
                    if (parse(v) == null) {
                        numeric = false;
                        break;
                    }
                }
            }
            if (any && numeric) {
                out.add(col);
            }
        }
        if (out.isEmpty()) {
            throw new CliException("no numeric columns found to balance; name them with --features");
        }
        return out;
    }

    private Map<String, Double> weights(List<String> features) {
        Map<String, Double> w = new LinkedHashMap<>();
        for (String f : features) {
            w.put(f, 1.0);
        }
        for (String item : args.csv("--weights")) {
            int eq = item.indexOf('=');
            if (eq <= 0) {
                throw new CliException("--weights items look like 数学=2 (got \"" + item + "\")");
            }
            String f = item.substring(0, eq).trim();
            if (!w.containsKey(f)) {
                throw new CliException("--weights: " + f + " is not one of the --features");
            }
            try {
                double v = Double.parseDouble(item.substring(eq + 1).trim());
                if (!(v >= 0) || Double.isInfinite(v)) {
                    throw new NumberFormatException();
                }
                w.put(f, v);
            } catch (NumberFormatException e) {
                throw new CliException("--weights: the weight of " + f + " must be a number of at least 0");
            }
        }
        return w;
    }

    /**
     * Tier template from {@code COLUMN[=T1/T2/...]:a:b:c}: a numeric column ranks by that score, an
     * absent 总分/total column ranks by the sum of the features, any other column holds tier labels.
     */
    private TierTemplate template(TierSpec spec, List<String> featureNames) {
        int c = table.column(spec.column());
        int[] counts = spec.counts();
        if (c < 0) {
            if (TOTAL_NAMES.contains(spec.column().toLowerCase(Locale.ROOT))) {
                return TierTemplate.byTotalScore(counts);
            }
            throw new CliException("--tiers: there is no column \"" + spec.column() + "\" (columns: "
                    + String.join(", ", table.header()) + ")");
        }
        boolean numeric = spec.order().isEmpty();
        for (List<String> row : table.rows()) {
            if (!row.get(c).isEmpty() && parse(row.get(c)) == null) {
                numeric = false;
                break;
            }
        }
        if (numeric) {
            if (!featureNames.contains(spec.column())) {
                featureNames.add(spec.column());
            }
            return TierTemplate.byScore(spec.column(), counts);
        }
        List<String> order = spec.order().isEmpty() ? tierOrder(c) : spec.order();
        return TierTemplate.byCategory(spec.column(), order, counts);
    }

    /** Distinct labels of a tier column, top first: a known order (A/B/C, 上/中/下, …) or sorted. */
    private List<String> tierOrder(int c) {
        Set<String> values = new LinkedHashSet<>();
        for (List<String> row : table.rows()) {
            values.add(row.get(c));
        }
        for (List<String> known : TIER_ORDERS) {
            if (known.containsAll(values)) {
                return known.stream().filter(values::contains).toList();
            }
        }
        return values.stream().sorted().toList();
    }

    private double number(String v, int row, String column) {
        if (v.isEmpty()) {
            return Double.NaN;
        }
        Double d = parse(v);
        if (d == null) {
            throw new CliException("row " + (row + 2) + " (" + ids.get(row) + "): " + column + " = \"" + v
                    + "\" is not a number");
        }
        return d;
    }

    private static Double parse(String v) {
        try {
            double d = Double.parseDouble(v.replace("，", "."));
            return Double.isFinite(d) ? d : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private boolean yes(String v, int row, String column) {
        String s = v.trim().toLowerCase(Locale.ROOT);
        if (YES.contains(s)) {
            return true;
        }
        if (NO.contains(s)) {
            return false;
        }
        throw new CliException("row " + (row + 2) + " (" + ids.get(row) + "): " + column + " = \"" + v
                + "\" should be 1 or 0");
    }
}
