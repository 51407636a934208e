package cn.hezuo.peereval;

import java.util.List;

/** The four criteria, each 1-5: 任务完成, 合作交流, 倾听与表达, 帮助同伴. */
public record Scores(int task, int cooperation, int listening, int helping) {

    public static final List<String> CRITERIA = List.of("task", "cooperation", "listening", "helping");

    public Scores {
        for (int v : new int[] {task, cooperation, listening, helping}) {
            if (v < 1 || v > 5) {
                throw new IllegalArgumentException("score out of 1..5: " + v);
            }
        }
    }

    public List<Integer> values() {
        return List.of(task, cooperation, listening, helping);
    }

    public double mean() {
        return (task + cooperation + listening + helping) / 4.0;
    }

    public boolean allFive() {
        return task == 5 && cooperation == 5 && listening == 5 && helping == 5;
    }
}
