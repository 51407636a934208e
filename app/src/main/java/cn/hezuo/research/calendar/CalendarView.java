package cn.hezuo.research.calendar;

import cn.hezuo.research.Download;
import cn.hezuo.research.group.ResearchGroup;
import cn.hezuo.school.SchoolTerm;
import cn.hezuo.spreadsheet.XlsxSheetWriter;
import cn.hezuo.spreadsheet.XlsxWriter;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/** The calendar as the documents print it: month by month (九月份 …), and the same rows as an .xlsx sheet. */
@Component
class CalendarView {

    /** One printed row. */
    record Row(ResearchActivity activity, String host) {
    }

    /** A month of the table with its label (九月份). */
    record Month(YearMonth month, String label, List<Row> rows) {
    }

    private final MessageSource messages;

    CalendarView(MessageSource messages) {
        this.messages = messages;
    }

    List<Month> months(List<ResearchActivity> activities, Map<Long, String> names, Locale locale) {
        Map<YearMonth, List<Row>> byMonth = new LinkedHashMap<>();
        for (ResearchActivity a : activities) {
            byMonth.computeIfAbsent(YearMonth.from(a.getDate()), m -> new ArrayList<>())
                    .add(new Row(a, a.getHostId() == null ? null : names.get(a.getHostId())));
        }
        List<Month> months = new ArrayList<>();
        byMonth.forEach((m, rows) -> months.add(new Month(m,
                messages.getMessage("research.month." + m.getMonthValue(), null, locale), rows)));
        return months;
    }

    ResponseEntity<byte[]> xlsx(ResearchGroup group, SchoolTerm term, List<ResearchActivity> activities,
                                Map<Long, String> names, Locale locale) {
        DateTimeFormatter time = DateTimeFormatter.ofPattern("HH:mm");
        try (XlsxWriter xlsx = new XlsxWriter()) {
            XlsxSheetWriter sheet = xlsx.sheet(t("research.calendar.sheet", locale), List.of(
                    t("research.calendar.month", locale), t("research.activity.week", locale),
                    t("research.activity.date", locale), t("research.activity.time", locale),
                    t("research.activity.place", locale), t("research.activity.kind", locale),
                    t("research.activity.host", locale), t("research.activity.topic", locale)));
            for (Month month : months(activities, names, locale)) {
                for (Row row : month.rows()) {
                    ResearchActivity a = row.activity();
                    sheet.row(month.label(), a.getWeek(), a.getDate(),
                            a.getStartTime() == null ? null : a.getStartTime().format(time), a.getPlace(),
                            t("research.kind." + a.getKind(), locale), row.host(), a.getTopic());
                }
            }
            return Download.of(group.getName() + "-" + term.name() + "-" + t("research.calendar.file", locale) + ".xlsx",
                    Download.XLSX, xlsx.toBytes());
        }
    }

    private String t(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
