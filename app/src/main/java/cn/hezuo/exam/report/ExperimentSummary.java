package cn.hezuo.exam.report;

import cn.hezuo.exam.stats.ExperimentAnalysis.Sentence;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;

/** The experiment's plain-language summary in the user's language, from the sentences the statistics core returns. */
final class ExperimentSummary {

    private ExperimentSummary() {
    }

    /** Chinese sentences run on without spaces; other languages separate them with one. */
    public static String text(List<Sentence> sentences, MessageSource messages, Locale locale) {
        String separator = Locale.CHINESE.getLanguage().equals(locale.getLanguage()) ? "" : " ";
        StringBuilder text = new StringBuilder();
        for (Sentence sentence : sentences) {
            if (!text.isEmpty()) {
                text.append(separator);
            }
            text.append(resolve(sentence, messages, locale));
        }
        return text.toString();
    }

    private static String resolve(Sentence sentence, MessageSource messages, Locale locale) {
        Object[] args = sentence.args().clone();
        for (int i = 0; i < args.length; i++) {
            if (args[i] instanceof Sentence nested) {
                args[i] = resolve(nested, messages, locale);
            }
        }
        return messages.getMessage(sentence.key(), args, locale);
    }
}
