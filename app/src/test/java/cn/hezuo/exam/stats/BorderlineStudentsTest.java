package cn.hezuo.exam.stats;

import static org.assertj.core.api.Assertions.assertThat;

import cn.hezuo.exam.stats.BorderlineStudents.Student;
import org.junit.jupiter.api.Test;

class BorderlineStudentsTest {

    // F = 120: pass 72, excellent 102, default buffer 5 % = 6 points.
    private final ScoreTable scores = ScoreTable.builder()
            .present("s1", "一班", 72).present("s2", "一班", 71.5).present("s3", "一班", 66)
            .present("s4", "二班", 65.5).present("s5", "二班", 101).present("s6", "二班", 96)
            .present("s7", "二班", 102).present("s8", "一班", 69).absent("s9", "一班")
            .build();
    private final BorderlineStudents borderline = BorderlineStudents.find(scores, ExamLines.of(120));

    @Test
    void nearPassMeansAtMostTheBufferBelowThePassLineClosestFirst() {
        // 71.5 and 69 and 66 (exactly 72 − 6) are in; 72 already passes; 65.5 is beyond the buffer.
        assertThat(borderline.buffer()).isEqualTo(6);
        assertThat(borderline.nearPass()).extracting(Student::studentId).containsExactly("s2", "s8", "s3");
        assertThat(borderline.nearPass().get(0).gap()).isEqualTo(0.5);
    }

    @Test
    void nearExcellentMeansAtMostTheBufferBelowTheExcellentLine() {
        assertThat(borderline.nearExcellent()).extracting(Student::studentId).containsExactly("s5", "s6");
    }

    @Test
    void bufferIsConfigurable() {
        BorderlineStudents narrow = BorderlineStudents.find(scores, ExamLines.of(120), 0.025);
        assertThat(narrow.nearPass()).extracting(Student::studentId).containsExactly("s2", "s8");
    }
}
