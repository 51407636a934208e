package cn.hezuo.evaluation;

import cn.hezuo.system.RuleViolationException;

/** The four criteria of the 周评表: 学案完成, 课堂回答问题, 质疑对抗, 课后反思 — 1 to 5 stars each. */
record StarScores(int studyPlan, int answering, int challenge, int reflection) {

    public static final int MIN = 1;
    public static final int MAX = 5;

    /** The criteria in form order with their message keys (the key's last part is also the form field name). */
    public static final java.util.List<String> CRITERIA = java.util.List.of("studyPlan", "answering", "challenge", "reflection");

    public StarScores {
        for (int v : new int[] {studyPlan, answering, challenge, reflection}) {
            if (v < MIN || v > MAX) {
                throw new RuleViolationException("evaluation.stars.error.range");
            }
        }
    }

    public int get(String criterion) {
        return switch (criterion) {
            case "studyPlan" -> studyPlan;
            case "answering" -> answering;
            case "challenge" -> challenge;
            case "reflection" -> reflection;
            default -> throw new IllegalArgumentException(criterion);
        };
    }

    public int sum() {
        return studyPlan + answering + challenge + reflection;
    }
}
