package cn.hezuo.survey.report;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.survey.questionnaire.Answers;
import cn.hezuo.survey.questionnaire.QuestionKind;
import cn.hezuo.survey.questionnaire.Survey;
import cn.hezuo.survey.questionnaire.SurveyPhase;
import cn.hezuo.survey.questionnaire.SurveyQuestion;
import cn.hezuo.survey.questionnaire.SurveyResults;
import cn.hezuo.survey.questionnaire.SurveyService;
import cn.hezuo.survey.stats.HomogeneityTest;
import cn.hezuo.survey.stats.PairedOrdinalTest;
import cn.hezuo.survey.stats.PrePostTable;
import cn.hezuo.system.RuleViolationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The 前测/后测 comparison of a 后测 with its 前测, question by question (questions are matched by position: a 后测
 * copies its 前测's questions). Per option: the documents' pre %, post %, 比差; then the test that fits
 * (docs/surveys.md §3–4): both named and the question ordinal → Wilcoxon signed-rank on the students who answered
 * both times (with Stuart–Maxwell); otherwise a single-answer question → chi-square of homogeneity (exact p when
 * expected counts are small); multiple choice → the table only. Fewer than 5 respondents on either side: withheld.
 */
@Component
public class PrePostReport {

    /** Which test a question got. */
    public enum TestKind { PAIRED, HOMOGENEITY, NONE, WITHHELD }

    /** One question's comparison; the sentence is a message key with its arguments. */
    public record QuestionComparison(SurveyQuestion question, PrePostTable table, TestKind test,
            HomogeneityTest homogeneity, PairedOrdinalTest paired, String sentenceKey, List<Object> sentenceArgs) {
    }

    public record Report(Survey pre, Survey post, long preResponses, long postResponses,
            List<QuestionComparison> questions) {
    }

    /** Below this many pairs the paired test says nothing useful; the chi-square is used instead. */
    static final int MIN_PAIRS = SurveyResults.MIN_GROUP;

    private final SurveyService surveys;
    private final SurveyResults results;

    PrePostReport(SurveyService surveys, SurveyResults results) {
        this.surveys = surveys;
        this.results = results;
    }

    @Transactional(readOnly = true)
    public Report of(HezuoUser user, long postSurveyId) {
        return of(user, postSurveyId, null);
    }

    /**
     * The comparison restricted to some classes of the two surveys (a 课题's 实验班), or all of them when
     * {@code classIds} is null; the same rules, with the chosen classes taken together as one group.
     */
    @Transactional(readOnly = true)
    public Report of(HezuoUser user, long postSurveyId, java.util.Set<Long> classIds) {
        Survey post = surveys.require(user, postSurveyId);
        if (post.getPhase() != SurveyPhase.POST || post.getPreId() == null) {
            throw new RuleViolationException("survey.error.notPost");
        }
        Survey pre = surveys.require(user, post.getPreId());
        List<SurveyQuestion> preQuestions = surveys.questions(pre.getId());
        List<SurveyQuestion> postQuestions = surveys.questions(post.getId());
        SurveyResults.GroupCounts preAll = classIds == null ? overall(results.counts(user, pre.getId()))
                : results.countsOf(user, pre.getId(), classIds);
        SurveyResults.GroupCounts postAll = classIds == null ? overall(results.counts(user, post.getId()))
                : results.countsOf(user, post.getId(), classIds);
        boolean paired = !pre.isAnonymous() && !post.isAnonymous();
        Map<Long, Answers> preNamed = !paired ? Map.of() : classIds == null ? results.namedAnswers(user, pre.getId())
                : results.namedAnswers(user, pre.getId(), classIds);
        Map<Long, Answers> postNamed = !paired ? Map.of() : classIds == null
                ? results.namedAnswers(user, post.getId()) : results.namedAnswers(user, post.getId(), classIds);
        List<QuestionComparison> list = new ArrayList<>();
        for (int i = 0; i < Math.min(preQuestions.size(), postQuestions.size()); i++) {
            SurveyQuestion pq = preQuestions.get(i);
            SurveyQuestion q = postQuestions.get(i);
            if (!q.getKind().hasOptions()) {
                continue;
            }
            SurveyResults.QuestionCounts before = preAll.questions().get(pq.getId());
            SurveyResults.QuestionCounts after = postAll.questions().get(q.getId());
            if (before.withheld() || after.withheld() || before.respondents() < SurveyResults.MIN_GROUP
                    || after.respondents() < SurveyResults.MIN_GROUP) {
                list.add(new QuestionComparison(q, null, TestKind.WITHHELD, null, null, "survey.sentence.withheld",
                        List.of(SurveyResults.MIN_GROUP)));
                continue;
            }
            PrePostTable table = PrePostTable.of(before.counts(), after.counts(), before.respondents(),
                    after.respondents());
            list.add(compare(q, pq, table, before.counts(), after.counts(), paired, preNamed, postNamed));
        }
        return new Report(pre, post, preAll.responses(), postAll.responses(), list);
    }

    private static QuestionComparison compare(SurveyQuestion q, SurveyQuestion pq, PrePostTable table, long[] before,
            long[] after, boolean paired, Map<Long, Answers> preNamed, Map<Long, Answers> postNamed) {
        if (q.getKind() == QuestionKind.MULTIPLE) {
            return new QuestionComparison(q, table, TestKind.NONE, null, null, "survey.sentence.multiple", List.of());
        }
        String largest = largestChange(q, table);
        double largestDifference = table.rows().stream().mapToDouble(PrePostTable.Row::difference)
                .reduce((a, b) -> Math.abs(a) >= Math.abs(b) ? a : b).orElse(0);
        if (paired && q.getKind().isOrdinal()) {
            List<Integer> x = new ArrayList<>();
            List<Integer> y = new ArrayList<>();
            preNamed.forEach((student, answers) -> {
                List<Integer> a = answers.choices().get(pq.getId());
                Answers later = postNamed.get(student);
                List<Integer> b = later == null ? null : later.choices().get(q.getId());
                if (a != null && a.size() == 1 && b != null && b.size() == 1) {
                    x.add(a.get(0));
                    y.add(b.get(0));
                }
            });
            if (x.size() >= MIN_PAIRS) {
                PairedOrdinalTest test = PairedOrdinalTest.of(x.stream().mapToInt(Integer::intValue).toArray(),
                        y.stream().mapToInt(Integer::intValue).toArray(), q.getOptions().size());
                String key;
                if (Double.isNaN(test.pWilcoxon())) {
                    key = "survey.sentence.pairedNoChange";
                } else if (test.pWilcoxon() < 0.05) {
                    key = test.rankBiserial() < 0 ? "survey.sentence.pairedTowardsFirst"
                            : "survey.sentence.pairedTowardsLast";
                } else {
                    key = "survey.sentence.pairedNotSignificant";
                }
                List<String> options = q.getOptions();
                return new QuestionComparison(q, table, TestKind.PAIRED, null, test, key, List.of(test.pairs(),
                        options.get(0), options.get(options.size() - 1), p(test.pWilcoxon()),
                        fixed(test.rankBiserial())));
            }
        }
        HomogeneityTest test = HomogeneityTest.of(before, after);
        String key = switch (test.method()) {
            case UNDEFINED -> "survey.sentence.undefined";
            case SMALL_EXPECTED_MERGE_OPTIONS -> "survey.sentence.merge";
            default -> test.p() < 0.05 ? "survey.sentence.changed" : "survey.sentence.unchanged";
        };
        return new QuestionComparison(q, table, TestKind.HOMOGENEITY, test, null, key, List.of(largest,
                points(largestDifference), p(test.p()), fixed(test.cramersV())));
    }

    private static String largestChange(SurveyQuestion q, PrePostTable table) {
        PrePostTable.Row best = null;
        for (PrePostTable.Row row : table.rows()) {
            if (best == null || Math.abs(row.difference()) > Math.abs(best.difference())) {
                best = row;
            }
        }
        return best == null ? "" : q.getOptions().get(best.option());
    }

    /** p for a sentence: three decimals, or "&lt; 0.001". */
    static String p(double p) {
        if (Double.isNaN(p)) {
            return "—";
        }
        return p < 0.001 ? "< 0.001" : String.format(Locale.ROOT, "%.3f", p);
    }

    /** An effect size for a sentence: two decimals. */
    static String fixed(double value) {
        return Double.isNaN(value) ? "—" : String.format(Locale.ROOT, "%.2f", value);
    }

    /** 比差 for a sentence: signed, one decimal, in percentage points. */
    static String points(double value) {
        return String.format(Locale.ROOT, "%+.1f", value);
    }

    private static SurveyResults.GroupCounts overall(List<SurveyResults.GroupCounts> groups) {
        return groups.get(groups.size() - 1);
    }
}
