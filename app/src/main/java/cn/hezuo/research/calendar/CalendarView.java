package cn.hezuo.research.calendar;

import cn.hezuo.research.Download;
import cn.hezuo.research.group.ResearchGroup;
import cn.hezuo.school.CalendarPeriod;
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

    /** One printed row: an activity, or a holiday / exam week of the school calendar (then activity is null). */
    record Row(ResearchActivity activity, String host, CalendarPeriod period, int week) {

        java.time.LocalDate date() {
            return activity != null ? activity.getDate() : period.startDate();
        }
    }

    /** A month of the table with its label (九月份). */
    record Month(YearMonth month, String label, List<Row> rows) {
    }

    private final MessageSource messages;

    CalendarView(MessageSource messages) {
        this.messages = messages;
    }

    List<Month> months(List<ResearchActivity> activities, List<CalendarPeriod> periods, SchoolTerm term,
                       Map<Long, String> names, Locale locale) {
        List<Row> all = new ArrayList<>();
        for (ResearchActivity a : activities) {
            all.add(new Row(a, a.getHostId() == null ? null : names.get(a.getHostId()), null, a.getWeek()));
        }
        for (CalendarPeriod p : periods) {
            all.add(new Row(null, null, p, term.weekNumber(p.startDate())));
        }
        // A holiday sorts before the activities of its first day; activities keep their given order otherwise.
        all.sort(java.util.Comparator.comparing(Row::date).thenComparing(r -> r.activity() != null));
        Map<YearMonth, List<Row>> byMonth = new java.util.TreeMap<>();
        for (Row row : all) {
            byMonth.computeIfAbsent(YearMonth.from(row.date()), m -> new ArrayList<>()).add(row);
        }
        List<Month> months = new ArrayList<>();
        byMonth.forEach((m, rows) -> months.add(new Month(m,
                messages.getMessage("research.month." + m.getMonthValue(), null, locale), rows)));
        return months;
    }

    ResponseEntity<byte[]> xlsx(ResearchGroup group, SchoolTerm term, List<ResearchActivity> activities,
                                List<CalendarPeriod> periods, Map<Long, String> names, Locale locale) {
        DateTimeFormatter time = DateTimeFormatter.ofPattern("HH:mm");
        try (XlsxWriter xlsx = new XlsxWriter()) {
            XlsxSheetWriter sheet = xlsx.sheet(t("research.calendar.sheet", locale), List.of(
                    t("research.calendar.month", locale), t("research.activity.week", locale),
                    t("research.activity.date", locale), t("research.activity.time", locale),
                    t("research.activity.place", locale), t("research.activity.kind", locale),
                    t("research.activity.host", locale), t("research.activity.topic", locale)));
            for (Month month : months(activities, periods, term, names, locale)) {
                for (Row row : month.rows()) {
                    ResearchActivity a = row.activity();
                    if (a == null) {
                        CalendarPeriod p = row.period();
                        sheet.row(month.label(), row.week(), p.startDate() + (p.endDate().equals(p.startDate()) ? ""
                                : " — " + p.endDate()), null, null, t(p.kind().messageKey(), locale), null, p.name());
                        continue;
                    }
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
