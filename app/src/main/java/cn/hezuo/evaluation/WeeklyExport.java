package cn.hezuo.evaluation;

import cn.hezuo.school.SchoolClass;
import cn.hezuo.school.SchoolTerm;
import cn.hezuo.spreadsheet.ExcelDownload;
import cn.hezuo.spreadsheet.XlsxSheetWriter;
import cn.hezuo.spreadsheet.XlsxWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/** 周评 as .xlsx: points by day, points by item and the 周评表 stars, one sheet each. */
@Component
class WeeklyExport {

    private final MessageSource messages;
    private final GroupLabels labels;

    WeeklyExport(MessageSource messages, GroupLabels labels) {
        this.messages = messages;
        this.labels = labels;
    }

    /**
     * @param stars the week's 周评表 by group id
     * @param names display names of those who filled them in, by login
     */
    ResponseEntity<byte[]> of(SchoolClass schoolClass, SchoolTerm term, int week, WeeklyView weekly,
                              Map<Long, WeeklyStars> stars, Map<String, String> names, Locale locale) {
        Function<String, String> t = key -> messages.getMessage(key, null, locale);
        try (XlsxWriter xlsx = new XlsxWriter()) {
            List<String> dayHeader = new ArrayList<>(List.of(t.apply("evaluation.report.group")));
            weekly.days().forEach(d -> dayHeader.add(d.toString()));
            dayHeader.addAll(List.of(t.apply("evaluation.weekly.total"), t.apply("evaluation.weekly.lastWeek"),
                    t.apply("evaluation.weekly.trend")));
            XlsxSheetWriter days = xlsx.sheet(t.apply("evaluation.weekly.byDay"), dayHeader);
            for (WeeklyView.GroupWeek g : weekly.groups()) {
                List<Object> row = new ArrayList<>(List.of(labels.of(weekly, g, locale)));
                row.addAll(g.perDay());
                row.addAll(List.of(g.total(), g.lastWeek(), g.trend()));
                days.row(row.toArray());
            }
            List<String> itemHeader = new ArrayList<>(List.of(t.apply("evaluation.report.group")));
            itemHeader.addAll(weekly.items());
            XlsxSheetWriter items = xlsx.sheet(t.apply("evaluation.weekly.byItem"), itemHeader);
            for (WeeklyView.GroupWeek g : weekly.groups()) {
                List<Object> row = new ArrayList<>(List.of(labels.of(weekly, g, locale)));
                row.addAll(g.perItem());
                items.row(row.toArray());
            }
            List<String> starHeader = new ArrayList<>(List.of(t.apply("evaluation.report.group")));
            StarScores.CRITERIA.forEach(c -> starHeader.add(t.apply("evaluation.stars." + c)));
            starHeader.addAll(List.of(t.apply("evaluation.stars.total"), t.apply("evaluation.stars.comment"),
                    t.apply("evaluation.stars.filledByHeader")));
            XlsxSheetWriter starSheet = xlsx.sheet(t.apply("evaluation.stars.title"), starHeader);
            for (WeeklyView.GroupWeek g : weekly.groups()) {
                WeeklyStars s = stars.get(g.groupId());
                List<Object> row = new ArrayList<>(List.of(labels.of(weekly, g, locale)));
                if (s != null) {
                    StarScores.CRITERIA.forEach(c -> row.add(s.scores().get(c)));
                    row.add(s.scores().sum());
                    row.add(s.getComment() == null ? "" : s.getComment());
                    row.add(names.get(s.getFilledBy()));
                }
                starSheet.row(row.toArray());
            }
            return ExcelDownload.of(schoolClass.getName() + "-" + t.apply("evaluation.weekly.title") + "-"
                    + term.name() + "-" + week + ".xlsx", xlsx.toBytes());
        }
    }
}
