package cn.hezuo.survey.project;

import cn.hezuo.exam.report.ExperimentEvidence;
import cn.hezuo.survey.report.GroupComparisonReport;
import cn.hezuo.survey.report.PrePostReport;
import cn.hezuo.survey.stats.PrePostTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Builds the 课题研究工作总结 draft from the evidence in the documents' structure: 一、课题研究方式 (the teacher's text,
 * or a first draft describing the design), 二、课题实施效果 with every table filled in and each claim's number next to
 * it, 三、反思展望 (the teacher's text, else left to fill in).
 */
@Component
class ProjectReport {

    private final MessageSource messages;

    ProjectReport(MessageSource messages) {
        this.messages = messages;
    }

    ReportDraft draft(ProjectEvidence.Evidence evidence, Locale locale) {
        ResearchProject p = evidence.project();
        List<ReportDraft.Block> blocks = new ArrayList<>();
        String experiment = join(evidence.experimentNames(), locale);
        String control = evidence.controlNames().isEmpty() ? "—" : join(evidence.controlNames(), locale);
        blocks.add(new ReportDraft.Paragraph(t(locale, "project.report.meta", t(locale, "project.level." + p.getLevel()),
                p.getStartsOn(), p.getEndsOn(), join(evidence.memberNames(), locale), experiment, control), true));

        blocks.add(new ReportDraft.Heading(1, t(locale, "project.report.section.method")));
        if (p.getMethodText() == null) {
            blocks.add(new ReportDraft.Paragraph(t(locale, "project.report.methodDefault", experiment, control,
                    p.getStartsOn(), p.getEndsOn()), false));
        } else {
            lines(blocks, p.getMethodText());
        }

        blocks.add(new ReportDraft.Heading(1, t(locale, "project.report.section.effect")));
        surveys(blocks, evidence, locale);
        exams(blocks, evidence, locale);
        lessons(blocks, evidence, locale);
        groupLife(blocks, evidence, locale);

        blocks.add(new ReportDraft.Heading(1, t(locale, "project.report.section.reflection")));
        if (p.getReflection() == null) {
            blocks.add(new ReportDraft.Paragraph(t(locale, "project.report.reflectionEmpty"), false));
        } else {
            lines(blocks, p.getReflection());
        }
        blocks.add(new ReportDraft.Paragraph(t(locale, "project.report.footer", evidence.computedOn()), true));
        return new ReportDraft(t(locale, "project.report.docTitle", p.getTitle()), blocks);
    }

    private void surveys(List<ReportDraft.Block> blocks, ProjectEvidence.Evidence evidence, Locale locale) {
        blocks.add(new ReportDraft.Heading(2, t(locale, "project.report.sub.survey")));
        if (evidence.surveys().isEmpty()) {
            blocks.add(new ReportDraft.Paragraph(t(locale, "project.report.survey.none"), false));
            return;
        }
        for (ProjectEvidence.SurveyPart part : evidence.surveys()) {
            PrePostReport.Report r = part.experiment();
            blocks.add(new ReportDraft.Paragraph(t(locale, "project.report.survey.caption", part.post().getTitle(),
                    join(evidence.experimentNames(), locale), part.pre().getTitle(), r.preResponses(),
                    part.post().getTitle(), r.postResponses()), false));
            for (int i = 0; i < r.questions().size(); i++) {
                PrePostReport.QuestionComparison c = r.questions().get(i);
                String caption = t(locale, "project.report.survey.question", i + 1, c.question().getPrompt());
                if (c.table() != null) {
                    blocks.add(new ReportDraft.Table(caption, List.of(t(locale, "project.report.option"),
                            t(locale, "project.report.pre"), t(locale, "project.report.post"),
                            t(locale, "project.report.difference")), rows(c.table(), c.question().getOptions())));
                } else {
                    blocks.add(new ReportDraft.Paragraph(caption, false));
                }
                String sentence = t(locale, c.sentenceKey(), c.sentenceArgs().toArray());
                GroupComparisonReport.QuestionComparison g = groupsQuestion(part, i);
                if (g != null && g.test() != GroupComparisonReport.TestKind.NONE) {
                    sentence += t(locale, "project.report.survey.groups",
                            t(locale, g.sentenceKey(), g.sentenceArgs().toArray()));
                }
                blocks.add(new ReportDraft.Paragraph(sentence, false));
            }
            blocks.add(new ReportDraft.Paragraph(t(locale, "project.report.survey.source", part.pre().getTitle(),
                    part.pre().getOpensOn(), part.pre().getClosesOn(), part.post().getTitle(),
                    part.post().getOpensOn(), part.post().getClosesOn()), true));
        }
    }

    /** The 实验 vs 对照 comparison of the same question (same position among the questions with options). */
    private static GroupComparisonReport.QuestionComparison groupsQuestion(ProjectEvidence.SurveyPart part, int i) {
        if (part.groups() == null || i >= part.groups().questions().size()) {
            return null;
        }
        return part.groups().questions().get(i);
    }

    private void exams(List<ReportDraft.Block> blocks, ProjectEvidence.Evidence evidence, Locale locale) {
        blocks.add(new ReportDraft.Heading(2, t(locale, "project.report.sub.exam")));
        if (evidence.exams().isEmpty()) {
            blocks.add(new ReportDraft.Paragraph(t(locale, "project.report.exam.none"), false));
            return;
        }
        for (ExperimentEvidence.Comparison c : evidence.exams()) {
            List<String> header = List.of(t(locale, "project.report.exam.group"), t(locale, "project.report.exam.n"),
                    t(locale, "project.report.exam.preMean"), t(locale, "project.report.exam.postMean"),
                    t(locale, "project.report.exam.prePass"), t(locale, "project.report.exam.postPass"),
                    t(locale, "project.report.exam.preExcellent"), t(locale, "project.report.exam.postExcellent"),
                    t(locale, "project.report.exam.gain"));
            List<List<String>> rows = List.of(
                    examRow(t(locale, "project.report.exam.experimental", join(c.experimental().classNames(), locale)),
                            c.experimental()),
                    examRow(t(locale, "project.report.exam.control", join(c.control().classNames(), locale)),
                            c.control()));
            blocks.add(new ReportDraft.Table(t(locale, "project.report.exam.caption", c.examName(), c.examDate(),
                    c.preExamName(), c.preExamDate()), header, rows));
            blocks.add(new ReportDraft.Paragraph(t(locale, "project.report.exam.tests", Numbers.two(c.welchT()),
                    Numbers.two(c.welchDf()), Numbers.p(c.welchP()), Numbers.two(c.cohenD()),
                    Numbers.two(c.ancovaEffect()), Numbers.p(c.ancovaP())), false));
            blocks.add(new ReportDraft.Paragraph(c.summary(), false));
            blocks.add(new ReportDraft.Paragraph(t(locale, "project.report.exam.source", c.examName(), c.examDate(),
                    c.preExamName(), c.preExamDate()), true));
        }
    }

    private static List<String> examRow(String label, ExperimentEvidence.GroupFigures g) {
        return List.of(label, String.valueOf(g.n()), Numbers.two(g.preMean()), Numbers.two(g.postMean()),
                Numbers.share(g.prePassRate()), Numbers.share(g.postPassRate()), Numbers.share(g.preExcellentRate()),
                Numbers.share(g.postExcellentRate()), Numbers.signed2(g.gainMean()));
    }

    private void lessons(List<ReportDraft.Block> blocks, ProjectEvidence.Evidence evidence, Locale locale) {
        blocks.add(new ReportDraft.Heading(2, t(locale, "project.report.sub.lesson")));
        if (!evidence.lessonsWired()) {
            blocks.add(new ReportDraft.Paragraph(t(locale, "project.report.lesson.notWired"), false));
            return;
        }
        if (evidence.lessons().isEmpty()) {
            blocks.add(new ReportDraft.Paragraph(t(locale, "project.report.lesson.none"), false));
            return;
        }
        List<List<String>> rows = new ArrayList<>();
        List<String> sources = new ArrayList<>();
        for (LessonEvidenceSource.LessonRow l : evidence.lessons()) {
            rows.add(List.of(l.lessonTitle(), String.valueOf(l.date()), t(locale, "project.report.lesson.classRole", l.className(),
                    t(locale, "project.report.role." + (l.experimental() ? "E" : "C"))),
                    Numbers.one(l.lectureMinutes()), String.valueOf(l.speakers()), Numbers.one(l.discussionMinutes()),
                    Numbers.share(l.correctRate())));
            if (!sources.contains(l.source())) {
                sources.add(l.source());
            }
        }
        blocks.add(new ReportDraft.Table("", List.of(t(locale, "project.report.lesson.title"),
                t(locale, "project.report.lesson.date"), t(locale, "project.report.lesson.class"),
                t(locale, "project.report.lesson.lecture"), t(locale, "project.report.lesson.speakers"),
                t(locale, "project.report.lesson.discussion"), t(locale, "project.report.lesson.correct")), rows));
        blocks.add(new ReportDraft.Paragraph(t(locale, "project.report.lesson.source", join(sources, locale)), true));
    }

    private void groupLife(List<ReportDraft.Block> blocks, ProjectEvidence.Evidence evidence, Locale locale) {
        blocks.add(new ReportDraft.Heading(2, t(locale, "project.report.sub.groupLife")));
        List<List<String>> rows = new ArrayList<>();
        for (ProjectEvidence.ClassLife life : evidence.groupLife()) {
            GroupLifeFigures.ClassFigures f = life.figures();
            rows.add(List.of(life.className(), t(locale, "project.report.role." + (life.experimental() ? "E" : "C")),
                    String.valueOf(f.groups()), String.valueOf(f.points()), Numbers.one(f.pointsPerGroup()),
                    String.valueOf(f.starForms()), Numbers.two(f.stars())));
        }
        blocks.add(new ReportDraft.Table("", List.of(t(locale, "project.report.life.class"),
                t(locale, "project.report.life.role"), t(locale, "project.report.life.groups"),
                t(locale, "project.report.life.points"), t(locale, "project.report.life.perGroup"),
                t(locale, "project.report.life.forms"), t(locale, "project.report.life.stars")), rows));
        ResearchProject p = evidence.project();
        blocks.add(new ReportDraft.Paragraph(t(locale, "project.report.life.source", p.getStartsOn(), p.getEndsOn()),
                true));
    }

    private static List<List<String>> rows(PrePostTable table, List<String> options) {
        List<List<String>> rows = new ArrayList<>();
        for (PrePostTable.Row r : table.rows()) {
            rows.add(List.of(options.get(r.option()), Numbers.percent(r.prePercent()), Numbers.percent(r.postPercent()),
                    Numbers.signed1(r.difference())));
        }
        return rows;
    }

    private static void lines(List<ReportDraft.Block> blocks, String text) {
        for (String line : text.split("\\R")) {
            if (!line.isBlank()) {
                blocks.add(new ReportDraft.Paragraph(line.strip(), false));
            }
        }
    }

    private String join(List<String> names, Locale locale) {
        return String.join(Locale.CHINESE.getLanguage().equals(locale.getLanguage()) ? "、" : ", ", names);
    }

    private String t(Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    /** Display formats; the numbers are never rounded before this. */
    static final class Numbers {
        private Numbers() {
        }

        static String one(double v) {
            return Double.isNaN(v) ? "—" : String.format(Locale.ROOT, "%.1f", v);
        }

        static String two(double v) {
            return Double.isNaN(v) ? "—" : String.format(Locale.ROOT, "%.2f", v);
        }

        static String signed1(double v) {
            return Double.isNaN(v) ? "—" : String.format(Locale.ROOT, "%+.1f", v);
        }

        static String signed2(double v) {
            return Double.isNaN(v) ? "—" : String.format(Locale.ROOT, "%+.2f", v);
        }

        static String percent(double v) {
            return Double.isNaN(v) ? "—" : String.format(Locale.ROOT, "%.1f%%", v);
        }

        static String share(double v) {
            return Double.isNaN(v) ? "—" : String.format(Locale.ROOT, "%.1f%%", 100 * v);
        }

        static String p(double p) {
            if (Double.isNaN(p)) {
                return "—";
            }
            return p < 0.001 ? "< 0.001" : String.format(Locale.ROOT, "%.3f", p);
        }
    }
}
