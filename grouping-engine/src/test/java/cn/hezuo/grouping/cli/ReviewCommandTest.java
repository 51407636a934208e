package cn.hezuo.grouping.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code review} end to end, in-process: CSV in (UTF-8 and GBK), {@code reviewer,reviewee} out, exit codes. */
class ReviewCommandTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private static final String GROUPS = """
            组,学科,年级
            语文组,语文,初中
            数学组,数学,初中
            英语组,英语,初中
            物理组,物理,初中
            化学组,化学,初中
            七年级语文备课组,语文,七年级
            七年级数学备课组,数学,七年级
            八年级英语备课组,英语,八年级
            """;

    private int run(String... args) {
        return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private Path write(String text, Charset charset) throws IOException {
        Path p = dir.resolve("groups-" + charset.name() + ".csv");
        Files.write(p, text.getBytes(charset));
        return p;
    }

    private List<String[]> rows(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertEquals("reviewer,reviewee", lines.get(0));
        return lines.subList(1, lines.size()).stream().map(l -> l.split(",")).toList();
    }

    @Test
    void gbkFileWithAvoidSameGivesThreeReviewsEachNeverTheSameSubject() throws IOException {
        Path in = write(GROUPS, Charset.forName("GBK"));
        Path outFile = dir.resolve("reviews.csv");
        int code = run("review", "--groups", in.toString(), "--id", "组", "--reviews", "3", "--avoid-same", "学科",
                "--seed", "7", "--out", outFile.toString());
        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
        Map<String, String> subject = new HashMap<>();
        for (String line : GROUPS.strip().lines().skip(1).toList()) {
            String[] f = line.split(",");
            subject.put(f[0], f[1]);
        }
        Map<String, Integer> given = new HashMap<>();
        Map<String, Integer> received = new HashMap<>();
        Set<String> pairs = new HashSet<>();
        for (String[] r : rows(outFile)) {
            assertNotEquals(r[0], r[1]);
            assertNotEquals(subject.get(r[0]), subject.get(r[1]), r[0] + " → " + r[1]);
            assertTrue(pairs.add(r[0] + "→" + r[1]));
            given.merge(r[0], 1, Integer::sum);
            received.merge(r[1], 1, Integer::sum);
        }
        assertEquals(8, given.size());
        given.values().forEach(v -> assertEquals(3, v));
        received.values().forEach(v -> assertEquals(3, v));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("read as GBK"));
    }

    @Test
    void theSameSeedWritesTheSameFileAndAnotherSeedUsuallyAnother() throws IOException {
        Path in = write(GROUPS, StandardCharsets.UTF_8);
        Path a = dir.resolve("a.csv");
        Path b = dir.resolve("b.csv");
        Path c = dir.resolve("c.csv");
        assertEquals(0, run("review", "--groups", in.toString(), "--id", "组", "--reviews", "2", "--seed", "7", "--out", a.toString()));
        assertEquals(0, run("review", "--groups", in.toString(), "--id", "组", "--reviews", "2", "--seed", "7", "--out", b.toString()));
        assertEquals(0, run("review", "--groups", in.toString(), "--id", "组", "--reviews", "2", "--seed", "8", "--out", c.toString()));
        assertEquals(Files.readString(a), Files.readString(b));
        assertNotEquals(Files.readString(a), Files.readString(c));
    }

    @Test
    void asManyReviewsAsGroupsIsRefusedWithOneLineAndExitTwo() throws IOException {
        Path in = write(GROUPS, StandardCharsets.UTF_8);
        Path outFile = dir.resolve("none.csv");
        int code = run("review", "--groups", in.toString(), "--id", "组", "--reviews", "8", "--out", outFile.toString());
        assertEquals(2, code);
        String message = err.toString(StandardCharsets.UTF_8);
        assertEquals(1, message.strip().lines().count(), message);
        assertTrue(message.contains("only 7 other groups"), message);
        assertFalse(Files.exists(outFile));
    }

    @Test
    void avoidSameThatLeavesTooFewOthersIsRefusedNamingAGroup() throws IOException {
        Path in = write("组,学科\nA,语文\nB,语文\nC,语文\nD,数学\n", StandardCharsets.UTF_8);
        int code = run("review", "--groups", in.toString(), "--reviews", "1", "--avoid-same", "学科");
        assertEquals(2, code);
        String message = err.toString(StandardCharsets.UTF_8);
        assertEquals(1, message.strip().lines().count(), message);
        assertTrue(message.startsWith("error: cannot give every group 1 reviews"), message);
    }

    @Test
    void unknownColumnAndGroupingOptionsAreRefused() throws IOException {
        Path in = write(GROUPS, StandardCharsets.UTF_8);
        assertEquals(2, run("review", "--groups", in.toString(), "--reviews", "2", "--avoid-same", "科目"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("there is no column \"科目\""));
        assertEquals(2, run("review", "--groups", in.toString(), "--reviews", "2", "--size", "6"));
        assertEquals(2, run("--in", in.toString(), "--size", "3", "--reviews", "2"));
    }

    @Test
    void withoutOutTheRowsGoToStandardOutput() throws IOException {
        Path in = write(GROUPS, StandardCharsets.UTF_8);
        assertEquals(0, run("review", "--groups", in.toString(), "--reviews", "1", "--seed", "3"));
        List<String> lines = out.toString(StandardCharsets.UTF_8).strip().lines().toList();
        assertEquals("reviewer,reviewee", lines.get(0));
        assertEquals(9, lines.size());
    }
}
