package cn.hezuo.exam.stats;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.DoubleStream;
import org.apache.commons.statistics.descriptive.Mean;
import org.apache.commons.statistics.descriptive.Variance;

/**
 * The pre/post comparison of an experimental group (实验组) and a control group (对照组), each one or more whole
 * classes (spec §4). Complete cases only: a student counts when present on this (post) exam and holding a pre-test
 * total; everything below, the pre/post 人均分, 及格率 and 优秀率 included, is over complete cases.
 *
 * @param welch  Welch's t-test on the gains, experimental − control
 * @param cohenD (ḡ_E − ḡ_C) / pooled SD of the gains, no Hedges correction; NaN when the pooled SD is 0 or undefined
 * @param ancova post = b0 + b1·G + b2·pre over both groups
 */
public record ExperimentAnalysis(GroupSummary experimental, GroupSummary control, WelchTest welch, double cohenD,
        Ancova ancova) {

    /**
     * One group's complete cases.
     *
     * @param enrolled students of the group's classes, absent ones included; enrolled − n left the analysis
     * @param pre      the pre-test totals against the pre-test's lines
     * @param post     this exam's totals against its lines
     * @param gainSd   sample SD of post − pre
     */
    public record GroupSummary(int n, int enrolled, DescriptiveStats pre, DescriptiveStats post, double gainMean,
            double gainSd) {
    }

    public static ExperimentAnalysis analyse(ScoreTable post, ExamLines postLines, Map<String, Double> preTotals,
            ExamLines preLines, Set<String> experimentalClasses, Set<String> controlClasses) {
        Set<String> overlap = new HashSet<>(experimentalClasses);
        overlap.retainAll(controlClasses);
        if (!overlap.isEmpty()) {
            throw new IllegalArgumentException("a class cannot be in both groups: " + overlap);
        }
        Cases e = Cases.of(post, preTotals, experimentalClasses);
        Cases c = Cases.of(post, preTotals, controlClasses);
        GroupSummary summaryE = e.summary(post, experimentalClasses, postLines, preLines);
        GroupSummary summaryC = c.summary(post, controlClasses, postLines, preLines);
        double pooledSd = Math.sqrt(((e.size() - 1) * square(summaryE.gainSd())
                + (c.size() - 1) * square(summaryC.gainSd())) / (e.size() + c.size() - 2));
        double cohenD = pooledSd > 0 ? (summaryE.gainMean() - summaryC.gainMean()) / pooledSd : Double.NaN;
        return new ExperimentAnalysis(summaryE, summaryC, WelchTest.of(e.gains(), c.gains()), cohenD, ancova(e, c));
    }

    private static Ancova ancova(Cases e, Cases c) {
        int n = e.size() + c.size();
        double[] post = new double[n];
        double[] pre = new double[n];
        boolean[] experimental = new boolean[n];
        for (int i = 0; i < n; i++) {
            boolean inE = i < e.size();
            int r = inE ? i : i - e.size();
            Cases group = inE ? e : c;
            post[i] = group.post()[r];
            pre[i] = group.pre()[r];
            experimental[i] = inE;
        }
        return Ancova.fit(post, pre, experimental);
    }

    private static double square(double x) {
        return x * x;
    }

    /** The complete cases of one group, in score-table row order. */
    private record Cases(double[] pre, double[] post, double[] gains) {

        static Cases of(ScoreTable scores, Map<String, Double> preTotals, Set<String> classes) {
            DoubleStream.Builder pre = DoubleStream.builder();
            DoubleStream.Builder post = DoubleStream.builder();
            for (int row = 0; row < scores.size(); row++) {
                Double preTotal = preTotals.get(scores.studentId(row));
                if (preTotal != null && classes.contains(scores.classKey(row))) {
                    pre.add(preTotal);
                    post.add(scores.total(row));
                }
            }
            double[] preArray = pre.build().toArray();
            double[] postArray = post.build().toArray();
            double[] gains = new double[preArray.length];
            for (int i = 0; i < gains.length; i++) {
                gains[i] = postArray[i] - preArray[i];
            }
            return new Cases(preArray, postArray, gains);
        }

        int size() {
            return pre.length;
        }

        GroupSummary summary(ScoreTable scores, Set<String> classes, ExamLines postLines, ExamLines preLines) {
            int enrolled = 0;
            for (int c = 0; c < scores.classCount(); c++) {
                enrolled += classes.contains(scores.classKeys().get(c)) ? scores.enrolled(c) : 0;
            }
            double gainSd = size() < 2 ? Double.NaN : Math.sqrt(Variance.of(gains).getAsDouble());
            return new GroupSummary(size(), enrolled, DescriptiveStats.of(pre, preLines),
                    DescriptiveStats.of(post, postLines), Mean.of(gains).getAsDouble(), gainSd);
        }
    }

    /**
     * One sentence of the plain-language summary: a message key (exam bundle) and its arguments. An argument that is
     * itself a {@code Sentence} (an effect size word, "higher"/"lower") is resolved first. Numbers come already
     * formatted, the same in every language.
     */
    public record Sentence(String key, Object... args) {
    }

    /**
     * What the numbers do and do not show, sentence by sentence for the message bundle: the gains and the Welch test
     * with its confidence interval and effect size, what the p-value means (and does not), the ANCOVA adjustment, and
     * that the design is quasi-experimental.
     */
    public List<Sentence> summary() {
        String prefix = "examreport.experiment.summary.";
        if (Double.isNaN(welch.t())) {
            return List.of(new Sentence(prefix + "tooFew", experimental.n(), control.n()));
        }
        List<Sentence> sentences = new ArrayList<>();
        sentences.add(new Sentence(prefix + "gains", experimental.n(), points(experimental.gainMean()), control.n(),
                points(control.gainMean()), points(welch.difference()), points(welch.t()), points(welch.df()),
                pValue(welch.p()), points(welch.ciLower()), points(welch.ciUpper()), points(cohenD),
                new Sentence(effectSizeKey(cohenD))));
        sentences.add(new Sentence(prefix + (welch.p() < 0.05 ? "significant" : "notSignificant")));
        if (!Double.isNaN(ancova.p())) {
            sentences.add(new Sentence(prefix + "adjusted", new Sentence(prefix + (ancova.b1() >= 0 ? "higher" : "lower")),
                    points(Math.abs(ancova.b1())), pValue(ancova.p())));
        }
        sentences.add(new Sentence(prefix + "design"));
        return sentences;
    }

    private static String points(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    private static String pValue(double p) {
        return p < 0.001 ? "p < 0.001" : String.format(Locale.ROOT, "p = %.3f", p);
    }

    /** Cohen's rough thresholds 0.2 / 0.5 / 0.8 on |d|, as a message key. */
    static String effectSizeKey(double d) {
        double size = Math.abs(d);
        String prefix = "examreport.experiment.effect.";
        if (Double.isNaN(size)) {
            return prefix + "none";
        }
        return prefix + (size < 0.2 ? "verySmall" : size < 0.5 ? "small" : size < 0.8 ? "medium" : "large");
    }
}
