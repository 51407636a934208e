package cn.hezuo.survey.report;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.survey.questionnaire.QuestionKind;
import cn.hezuo.survey.questionnaire.Survey;
import cn.hezuo.survey.questionnaire.SurveyQuestion;
import cn.hezuo.survey.questionnaire.SurveyResults;
import cn.hezuo.survey.questionnaire.SurveyService;
import cn.hezuo.survey.stats.HomogeneityTest;
import cn.hezuo.survey.stats.IndependentOrdinalTest;
import cn.hezuo.survey.stats.PrePostTable;
import cn.hezuo.system.RuleViolationException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * 实验班 vs 对照班 on one survey (docs/surveys.md §5): the two groups of classes are independent, so per question the
 * table (对照 %, 实验 %, 比差 = 实验 − 对照) and — a Likert or rating question — the Mann–Whitney U test with the
 * rank-biserial r, a single-choice question the chi-square test of homogeneity with Cramér's V (exact p when expected
 * counts are small), a multiple-choice question the table only. Either group with fewer than 5 respondents: withheld.
 */
@Component
public class GroupComparisonReport {

    /** Which test a question got. */
    public enum TestKind { RANK, HOMOGENEITY, NONE, WITHHELD }

    /** One question; the table's "pre" side is the control group, its "post" side the experiment group. */
    public record QuestionComparison(SurveyQuestion question, PrePostTable table, TestKind test,
            HomogeneityTest homogeneity, IndependentOrdinalTest rank, String sentenceKey, List<Object> sentenceArgs) {
    }

    public record Report(Survey survey, Set<Long> experimentClassIds, Set<Long> controlClassIds,
            long experimentResponses, long controlResponses, List<QuestionComparison> questions) {
    }

    private final SurveyService surveys;
    private final SurveyResults results;

    GroupComparisonReport(SurveyService surveys, SurveyResults results) {
        this.surveys = surveys;
        this.results = results;
    }

    @Transactional(readOnly = true)
    public Report of(HezuoUser user, long surveyId, Set<Long> experiment, Set<Long> control) {
        Survey survey = surveys.require(user, surveyId);
        Set<Long> overlap = new HashSet<>(experiment);
        overlap.retainAll(control);
        if (experiment.isEmpty() || control.isEmpty() || !overlap.isEmpty()
                || !survey.getClassIds().containsAll(experiment) || !survey.getClassIds().containsAll(control)) {
            throw new RuleViolationException("survey.error.groups");
        }
        SurveyResults.GroupCounts e = results.countsOf(user, surveyId, experiment);
        SurveyResults.GroupCounts c = results.countsOf(user, surveyId, control);
        List<QuestionComparison> list = new ArrayList<>();
        for (SurveyQuestion q : surveys.questions(surveyId)) {
            if (!q.getKind().hasOptions()) {
                continue;
            }
            SurveyResults.QuestionCounts ce = e.questions().get(q.getId());
            SurveyResults.QuestionCounts cc = c.questions().get(q.getId());
            if (ce.withheld() || cc.withheld() || ce.respondents() < SurveyResults.MIN_GROUP
                    || cc.respondents() < SurveyResults.MIN_GROUP) {
                list.add(new QuestionComparison(q, null, TestKind.WITHHELD, null, null, "survey.groups.withheld",
                        List.of(SurveyResults.MIN_GROUP)));
                continue;
            }
            PrePostTable table = PrePostTable.of(cc.counts(), ce.counts(), cc.respondents(), ce.respondents());
            list.add(compare(q, table, ce.counts(), cc.counts()));
        }
        return new Report(survey, Set.copyOf(experiment), Set.copyOf(control), e.responses(), c.responses(), list);
    }

    private static QuestionComparison compare(SurveyQuestion q, PrePostTable table, long[] experiment,
                                              long[] control) {
        if (q.getKind() == QuestionKind.MULTIPLE) {
            return new QuestionComparison(q, table, TestKind.NONE, null, null, "survey.sentence.multiple", List.of());
        }
        PrePostTable.Row largest = null;
        for (PrePostTable.Row row : table.rows()) {
            if (largest == null || Math.abs(row.difference()) > Math.abs(largest.difference())) {
                largest = row;
            }
        }
        String option = largest == null ? "" : q.getOptions().get(largest.option());
        String points = PrePostReport.points(largest == null ? 0 : largest.difference());
        if (q.getKind().isOrdinal()) {
            IndependentOrdinalTest test = IndependentOrdinalTest.ofCounts(experiment, control);
            List<String> options = q.getOptions();
            String key = Double.isNaN(test.p()) ? "survey.sentence.undefined"
                    : test.p() >= 0.05 ? "survey.groups.rankNotSignificant"
                    : test.rankBiserial() < 0 ? "survey.groups.towardsFirst" : "survey.groups.towardsLast";
            return new QuestionComparison(q, table, TestKind.RANK, null, test, key, List.of(options.get(0),
                    options.get(options.size() - 1), PrePostReport.p(test.p()), PrePostReport.fixed(test.rankBiserial()),
                    option, points));
        }
        HomogeneityTest test = HomogeneityTest.of(control, experiment);
        String key = switch (test.method()) {
            case UNDEFINED -> "survey.sentence.undefined";
            case SMALL_EXPECTED_MERGE_OPTIONS -> "survey.groups.merge";
            default -> test.p() < 0.05 ? "survey.groups.differ" : "survey.groups.same";
        };
        return new QuestionComparison(q, table, TestKind.HOMOGENEITY, test, null, key, List.of(option, points,
                PrePostReport.p(test.p()), PrePostReport.fixed(test.cramersV())));
    }
}
