package cn.hezuo.commendation;

import cn.hezuo.spreadsheet.ExcelDownload;
import cn.hezuo.spreadsheet.XlsxSheetWriter;
import cn.hezuo.spreadsheet.XlsxWriter;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/** The school's monthly commendation roll-up as .xlsx: one row per class, unconfirmed classes last. */
@Component
class RollUpExport {

    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final MessageSource messages;
    private final Clock clock;

    RollUpExport(MessageSource messages, Clock clock) {
        this.messages = messages;
        this.clock = clock;
    }

    ResponseEntity<byte[]> of(RollUp rollUp, Locale locale) {
        Function<String, String> t = key -> messages.getMessage(key, null, locale);
        try (XlsxWriter xlsx = new XlsxWriter()) {
            XlsxSheetWriter sheet = xlsx.sheet(t.apply("commendation.rollup.title"), List.of(t.apply("commendation.class"),
                    t.apply("commendation.kind.GROUP"), t.apply("commendation.kind.STUDENT"),
                    t.apply("commendation.confirmedBy"), t.apply("commendation.confirmedAt")));
            for (RollUp.Row row : rollUp.rows()) {
                sheet.row(row.className(), labels(row.groups(), locale), labels(row.students(), locale),
                        row.confirmedBy(), AT.format(row.confirmedAt().atZone(clock.getZone())));
            }
            for (String className : rollUp.unconfirmed()) {
                sheet.row(className, t.apply("commendation.rollup.notConfirmed"), "", "", "");
            }
            return ExcelDownload.of(t.apply("commendation.rollup.title") + "-" + rollUp.month() + ".xlsx", xlsx.toBytes());
        }
    }

    private String labels(List<CommendationAward> awards, Locale locale) {
        return awards.stream().map(a -> {
            String name = a.getName() != null ? a.getName()
                    : messages.getMessage("commendation.groupNo", new Object[] {a.getGroupNumber()}, locale);
            return a.getTitle() == null ? name
                    : messages.getMessage("commendation.withTitle", new Object[] {name, a.getTitle()}, locale);
        }).collect(Collectors.joining(messages.getMessage("commendation.separator", null, locale)));
    }
}
