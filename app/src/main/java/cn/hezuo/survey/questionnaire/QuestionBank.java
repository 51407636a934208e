package cn.hezuo.survey.questionnaire;

import java.util.List;
import java.util.Optional;

/**
 * Ready-made questions from the schools' 课题 documents (学习态度, 合作意愿, 发言积极性, 评价能力, 兴趣, 社会实践能力 …).
 * The wording is survey content, stored with each survey, so it stays Chinese whatever the interface language.
 */
public final class QuestionBank {

    /** A bank question: a stable code, the section it belongs to, its kind, prompt and options in scale order. */
    public record Entry(String code, String section, QuestionKind kind, String prompt, List<String> options) {
    }

    private static final List<String> LIKE = List.of("喜欢", "一般", "不喜欢");
    private static final List<String> WILLING = List.of("乐意", "一般", "不乐意");
    private static final List<String> ABILITY = List.of("强", "一般", "弱");
    private static final List<String> FIVE = List.of("非常同意", "同意", "说不清", "不同意", "非常不同意");

    private static final List<Entry> ENTRIES = List.of(
            new Entry("attitude.math", "学习态度", QuestionKind.LIKERT, "你喜欢学习数学吗？", LIKE),
            new Entry("attitude.class", "学习态度", QuestionKind.LIKERT, "你喜欢现在的课堂吗？", LIKE),
            new Entry("cooperation.willing", "合作意愿", QuestionKind.LIKERT, "你乐意与同学合作学习并互相评价吗？", WILLING),
            new Entry("cooperation.help", "合作意愿", QuestionKind.LIKERT, "小组里有同学不会时，我愿意帮助他。", FIVE),
            new Entry("speaking.active", "发言积极性", QuestionKind.LIKERT, "课堂上你回答问题的积极性怎样？",
                    List.of("积极", "一般", "不积极")),
            new Entry("evaluation.ability", "评价能力", QuestionKind.LIKERT, "你评价他人发言的能力怎样？", ABILITY),
            new Entry("interest.group", "兴趣", QuestionKind.LIKERT, "你对小组合作学习感兴趣吗？",
                    List.of("感兴趣", "一般", "不感兴趣")),
            new Entry("practice.ability", "社会实践能力", QuestionKind.LIKERT, "你参加社会实践活动的能力怎样？", ABILITY),
            new Entry("group.role", "合作意愿", QuestionKind.MULTIPLE, "在小组里你愿意承担哪些角色？（可多选）",
                    List.of("组织", "记录", "汇报", "总结", "评价")),
            new Entry("group.rating", "兴趣", QuestionKind.RATING, "给你们小组的合作打分（1–5 分）",
                    List.of("1", "2", "3", "4", "5")),
            new Entry("open.suggestion", "建议", QuestionKind.TEXT, "你对小组合作学习有什么建议？", List.of()));

    private QuestionBank() {
    }

    public static List<Entry> entries() {
        return ENTRIES;
    }

    public static Optional<Entry> find(String code) {
        return ENTRIES.stream().filter(e -> e.code().equals(code)).findFirst();
    }
}
