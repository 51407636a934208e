package cn.hezuo.research.observation;

import cn.hezuo.spreadsheet.XlsxSheetWriter;
import cn.hezuo.spreadsheet.XlsxWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The observation report as .xlsx: overview and time, speakers, questions, notes, the observers' reports. */
@Component
class ObservationExport {

    private final MessageSource messages;

    ObservationExport(MessageSource messages) {
        this.messages = messages;
    }

    byte[] write(LessonViews.LessonView view, List<ObservationAssignment> observers, Map<Long, String> teachers,
                 Map<Long, String> students, Locale locale) {
        ObservationReport r = view.report();
        try (XlsxWriter xlsx = new XlsxWriter()) {
            XlsxSheetWriter time = xlsx.sheet(t("research.obs.sheet.time", locale), List.of(
                    t("research.obs.activity", locale), t("research.obs.minutes", locale),
                    t("research.obs.share", locale)));
            for (ObservationReport.ActivityRow a : r.activities()) {
                time.row(t("research.obs.activity." + a.code().name(), locale), round(a.minutes()),
                        round(a.share() * 100) + "%");
            }
            time.row(t("research.obs.lessonMinutes", locale), round(r.lessonMinutes()), "100%");
            time.row(t("research.obs.distinctSpeakers", locale), r.distinctSpeakers(), "");
            time.row(t("research.obs.totalTurns", locale), r.totalTurns(), "");
            time.row(t("research.obs.accuracy", locale), r.total() == 0 ? "—" : r.correct() + "/" + r.total(),
                    r.accuracy() == null ? "" : round(r.accuracy() * 100) + "%");
            time.row(t("research.obs.avgWait", locale), r.averageWaitSeconds() == null ? "—"
                    : round(r.averageWaitSeconds()), "");

            XlsxSheetWriter speakers = xlsx.sheet(t("research.obs.sheet.speakers", locale), List.of(
                    t("research.obs.student", locale), t("research.obs.turns", locale)));
            for (ObservationReport.SpeakerRow s : r.speakers()) {
                speakers.row(students.getOrDefault(s.studentId(), "#" + s.studentId()), s.turns());
            }
            if (r.anonymousTurns() > 0) {
                speakers.row(t("research.obs.counterTurns", locale), r.anonymousTurns());
            }

            XlsxSheetWriter questions = xlsx.sheet(t("research.obs.sheet.questions", locale), List.of(
                    t("research.obs.questionType", locale), t("research.obs.count", locale)));
            r.questionsByType().forEach((type, n) ->
                    questions.row(t("research.obs.question." + type.name(), locale), n));

            XlsxSheetWriter notes = xlsx.sheet(t("research.obs.sheet.notes", locale), List.of(
                    t("research.obs.minute", locale), t("research.obs.observer", locale),
                    t("research.obs.note", locale)));
            for (ObservationReport.Note n : r.notes()) {
                notes.row(n.minute(), teachers.getOrDefault(n.observerId(), ""), n.text());
            }

            XlsxSheetWriter reports = xlsx.sheet(t("research.obs.sheet.reports", locale), List.of(
                    t("research.obs.observer", locale), t("research.obs.reportText", locale)));
            for (ObservationAssignment a : observers) {
                reports.row(teachers.getOrDefault(a.getTeacherId(), ""), a.getReportText() == null ? ""
                        : a.getReportText());
            }
            return xlsx.toBytes();
        }
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }

    private String t(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
