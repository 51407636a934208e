package cn.hezuo.survey.questionnaire;

import cn.hezuo.spreadsheet.XlsxSheetWriter;
import cn.hezuo.spreadsheet.XlsxWriter;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A survey's counts as the charts and the .xlsx show them: per question, the percentage per option for each class
 * that is broken down and overall. A class withheld for having fewer than 5 respondents stays out of the chart and
 * shows as withheld in the sheet (docs/surveys.md §0.4); percentages are count / respondents × 100 (§1).
 */
@Component
class SurveyTables {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final MessageSource messages;

    SurveyTables(MessageSource messages) {
        this.messages = messages;
    }

    /** Question id → the chart's JSON for {@code static/js/survey-charts.js}: options, one series per group. */
    Map<Long, String> charts(List<SurveyQuestion> questions, List<SurveyResults.GroupCounts> groups,
                             Map<Long, String> classNames, Locale locale) {
        Map<Long, String> charts = new LinkedHashMap<>();
        for (SurveyQuestion q : questions) {
            if (!q.getKind().hasOptions()) {
                continue;
            }
            List<Map<String, Object>> series = new ArrayList<>();
            for (SurveyResults.GroupCounts g : groups) {
                SurveyResults.QuestionCounts c = g.questions().get(q.getId());
                if (c == null || c.withheld() || c.respondents() == 0) {
                    continue;
                }
                List<Double> data = new ArrayList<>();
                for (long count : c.counts()) {
                    data.add(Math.round(1000.0 * count / c.respondents()) / 10.0);
                }
                Map<String, Object> s = new LinkedHashMap<>();
                s.put("name", name(g, classNames, locale));
                s.put("data", data);
                series.add(s);
            }
            Map<String, Object> spec = new LinkedHashMap<>();
            spec.put("categories", q.getOptions());
            spec.put("series", series);
            try {
                charts.put(q.getId(), JSON.writeValueAsString(spec));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
        return charts;
    }

    /** The response rates and the per-question counts as an .xlsx (cells neutralised by the sheet writer). */
    byte[] xlsx(Survey survey, List<SurveyQuestion> questions, List<SurveyResults.Rate> rates,
                List<SurveyResults.GroupCounts> groups, Map<Long, String> classNames, Locale locale) {
        try (XlsxWriter xlsx = new XlsxWriter()) {
            XlsxSheetWriter rateSheet = xlsx.sheet(t(locale, "survey.export.rates"), List.of(
                    t(locale, "survey.rate.class"), t(locale, "survey.export.responses"),
                    t(locale, "survey.export.students"), t(locale, "survey.export.rate")));
            for (SurveyResults.Rate r : rates) {
                rateSheet.row(classNames.getOrDefault(r.classId(), String.valueOf(r.classId())), r.responses(),
                        r.students(), Math.round(r.percent() * 10) / 10.0);
            }
            List<String> headers = new ArrayList<>(List.of(t(locale, "survey.export.number"),
                    t(locale, "survey.export.question"), t(locale, "survey.prepost.option")));
            for (SurveyResults.GroupCounts g : groups) {
                String name = name(g, classNames, locale);
                headers.add(t(locale, "survey.export.count", name));
                headers.add(t(locale, "survey.export.percent", name));
            }
            XlsxSheetWriter sheet = xlsx.sheet(t(locale, "survey.export.counts"), headers);
            int number = 0;
            for (SurveyQuestion q : questions) {
                number++;
                if (!q.getKind().hasOptions()) {
                    continue;
                }
                for (int o = 0; o < q.getOptions().size(); o++) {
                    List<Object> row = new ArrayList<>(List.of(number, q.getPrompt(), q.getOptions().get(o)));
                    for (SurveyResults.GroupCounts g : groups) {
                        SurveyResults.QuestionCounts c = g.questions().get(q.getId());
                        if (c == null || c.withheld()) {
                            row.add(t(locale, "survey.export.withheld"));
                            row.add("");
                        } else {
                            row.add(c.counts()[o]);
                            row.add(c.respondents() == 0 ? "—"
                                    : (Object) (Math.round(1000.0 * c.counts()[o] / c.respondents()) / 10.0));
                        }
                    }
                    sheet.row(row);
                }
            }
            return xlsx.toBytes();
        }
    }

    private String name(SurveyResults.GroupCounts g, Map<Long, String> classNames, Locale locale) {
        return g.classId() == null ? t(locale, "survey.overall")
                : classNames.getOrDefault(g.classId(), String.valueOf(g.classId()));
    }

    private String t(Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
