package cn.hezuo.exam.stats;

import static cn.hezuo.exam.stats.Choice.A;
import static cn.hezuo.exam.stats.Choice.B;
import static cn.hezuo.exam.stats.Choice.BLANK;
import static cn.hezuo.exam.stats.Choice.C;
import static cn.hezuo.exam.stats.Choice.D;

import java.util.List;

/**
 * The hand-computed exam most tests share: 8 present students and 1 absent, 4 items, F = 20.
 *
 * <pre>
 * id   class Q1(3,key B) Q2(3,key D) Q3(4) Q4(10)  T
 * s01  c1    B 3         D 3         4     9      19
 * s02  c1    B 3         D 3         3     8      17
 * s03  c1    B 3         A 0         4     10     17
 * s04  c2    C 0         D 3         2     6      11
 * s05  c2    B 3         blank 0     1     5       9
 * s06  c2    A 0         D 3         2     4       9
 * s07  c2    blank 0     C 0         0     3       3
 * s08  c1    B 3         D 3         1     2       9
 * s09  c2    absent
 * </pre>
 *
 * N = 8, k = floor(0.27·8 + 0.5) = 2. The 2nd highest total is 17, shared by s02 and s03, so U = {s01, s02, s03}
 * (3 &gt; k); the 2nd lowest is 9, shared by s05, s06, s08, so L = {s05, s06, s07, s08} (4 &gt; k). Strict groups: U =
 * {s01, s02} (s02 &lt; s03), L = {s08, s07} (the last two after sorting by total desc, id asc).
 * Knowledge points: Q1 函数; Q2 函数 and 几何 (double-tagged); Q3 几何; Q4 概率.
 */
final class SmallExam {

    static final List<Item> ITEMS = List.of(
            new Item("Q1", 3, true, List.of("函数")),
            new Item("Q2", 3, true, List.of("函数", "几何")),
            new Item("Q3", 4, false, List.of("几何")),
            new Item("Q4", 10, false, List.of("概率")));

    private SmallExam() {
    }

    static ExamMatrix matrix() {
        return ExamMatrix.builder(ITEMS)
                .present("s01", "c1", new double[] {3, 3, 4, 9}, options(B, D))
                .present("s02", "c1", new double[] {3, 3, 3, 8}, options(B, D))
                .present("s03", "c1", new double[] {3, 0, 4, 10}, options(B, A))
                .present("s04", "c2", new double[] {0, 3, 2, 6}, options(C, D))
                .present("s05", "c2", new double[] {3, 0, 1, 5}, options(B, BLANK))
                .present("s06", "c2", new double[] {0, 3, 2, 4}, options(A, D))
                .present("s07", "c2", new double[] {0, 0, 0, 3}, options(BLANK, C))
                .present("s08", "c1", new double[] {3, 3, 1, 2}, options(B, D))
                .absent("s09", "c2")
                .build();
    }

    private static Choice[] options(Choice q1, Choice q2) {
        return new Choice[] {q1, q2, null, null};
    }
}
