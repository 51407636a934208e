package cn.hezuo.peereval;

import cn.hezuo.spreadsheet.XlsxSheetWriter;
import cn.hezuo.spreadsheet.XlsxWriter;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The teacher's .xlsx of a round: every rating with rater and ratee, the group ratings, a summary with flags. */
@Component
class PeerExport {

    private final MessageSource messages;

    PeerExport(MessageSource messages) {
        this.messages = messages;
    }

    byte[] create(RoundReport report, Locale locale) {
        try (XlsxWriter xlsx = new XlsxWriter()) {
            List<String> criteria = Scores.CRITERIA.stream().map(c -> text("peereval.criterion." + c, locale)).toList();
            XlsxSheetWriter ratings = xlsx.sheet(text("peereval.export.ratings", locale), concat(List.of(
                    text("peereval.group", locale), text("peereval.rater", locale), text("peereval.ratee", locale)),
                    criteria, List.of(text("peereval.comment", locale))));
            XlsxSheetWriter summary = xlsx.sheet(text("peereval.export.summary", locale), concat(List.of(
                    text("peereval.group", locale), text("peereval.memberNo", locale), text("peereval.ratee", locale)),
                    criteria, List.of(text("peereval.raters", locale), text("peereval.self", locale))));
            for (RoundReport.GroupMatrix group : report.groups()) {
                for (RoundMembers.Member rater : group.members()) {
                    for (RoundMembers.Member ratee : group.members()) {
                        PeerRating r = group.cell(rater.studentId(), ratee.studentId());
                        if (r != null) {
                            ratings.row(concat(List.of(group.groupNo(), rater.name(), ratee.name()),
                                    List.copyOf(r.scores().values()), java.util.Arrays.asList((Object) r.getComment())));
                        }
                    }
                }
                for (RoundMembers.Member m : group.members()) {
                    PeerStats.Received got = group.receivedBy(m.studentId());
                    PeerRating self = group.cell(m.studentId(), m.studentId());
                    summary.row(concat(List.of(group.groupNo(), m.memberNo(), m.name()),
                            got.means().stream().map(v -> v.isNaN() ? null : (Object) (Math.round(v * 10) / 10.0)).toList(),
                            java.util.Arrays.asList(got.raters(), self == null ? null : self.scores().mean())));
                }
            }
            XlsxSheetWriter groups = xlsx.sheet(text("peereval.export.groups", locale), List.of(
                    text("peereval.raterGroup", locale), text("peereval.rateeGroup", locale),
                    text("peereval.score", locale), text("peereval.comment", locale), text("peereval.submittedBy", locale)));
            for (int rater : report.groupNumbers()) {
                for (int ratee : report.groupNumbers()) {
                    PeerGroupRating g = report.groupCell(rater, ratee);
                    if (g != null) {
                        groups.row(rater, ratee, g.getScore(), g.getComment(), report.nameOf(g.getSubmittedBy()));
                    }
                }
            }
            XlsxSheetWriter flags = xlsx.sheet(text("peereval.flags", locale), List.of(text("peereval.group", locale),
                    text("peereval.flag", locale)));
            for (RoundReport.FlagLine f : report.flags()) {
                flags.row(f.groupNo(), messages.getMessage("peereval.flag." + f.type(),
                        new Object[] {f.name(), f.value(), f.groupMean()}, locale));
            }
            return xlsx.toBytes();
        }
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }

    @SafeVarargs
    private static <T> List<T> concat(List<? extends T>... parts) {
        List<T> all = new java.util.ArrayList<>();
        for (List<? extends T> part : parts) {
            all.addAll(part);
        }
        return all;
    }
}
