package cn.hezuo.grouping.cli;

import org.junit.jupiter.api.BeforeEach;
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
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The command-line tool end to end, in-process, with captured output and exit code. */
class MainTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private String roster;

    @BeforeEach
    void roster() {
        StringBuilder sb = new StringBuilder("学号,姓名,性别,语文,数学,英语,组长\n");
        String[] names = {"张三", "李四", "王五", "赵六", "钱七", "孙八", "周九", "吴十", "郑一", "冯二", "陈三", "褚四",
            "卫五", "蒋六", "沈七", "韩八", "杨九", "朱十", "秦一", "尤二", "许三", "何四", "吕五", "施六"};
        for (int i = 0; i < names.length; i++) {
            sb.append(String.format("2023%02d,%s,%s,%d,%d,%d,%d%n", i + 1, names[i], i % 2 == 0 ? "男" : "女",
                    60 + (i * 37) % 40, 55 + (i * 53) % 45, 50 + (i * 29) % 50, i % 5 == 0 ? 1 : 0));
        }
        roster = sb.toString();
    }

    private int run(String... args) {
        return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private Path write(String name, String text, Charset charset, boolean bom) throws IOException {
        Path p = dir.resolve(name);
        byte[] body = text.getBytes(charset);
        if (bom) {
            byte[] withBom = new byte[body.length + 3];
            withBom[0] = (byte) 0xEF;
            withBom[1] = (byte) 0xBB;
            withBom[2] = (byte) 0xBF;
            System.arraycopy(body, 0, withBom, 3, body.length);
            body = withBom;
        }
        Files.write(p, body);
        return p;
    }

    private Map<String, Integer> readGroups(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertEquals("id,group", lines.get(0));
        Map<String, Integer> m = new HashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] p = line.split(",");
            m.put(p[0], Integer.parseInt(p[1]));
        }
        return m;
    }

    @Test
    void utf8WithBomRosterIsGroupedAndWrittenAsIdGroup() throws IOException {
        Path in = write("roster.csv", roster, StandardCharsets.UTF_8, true);
        Path outFile = dir.resolve("groups.csv");
        int code = run("--in", in.toString(), "--id", "学号", "--size", "6", "--features", "语文,数学,英语",
                "--balance", "性别", "--tiers", "总分:2:2:2", "--apart", "张三+李四", "--seed", "7",
                "--out", outFile.toString());
        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
        Map<String, Integer> groups = readGroups(outFile);
        assertEquals(24, groups.size());
        assertTrue(groups.values().stream().allMatch(g -> g >= 1 && g <= 4));
        assertNotEquals(groups.get("202301"), groups.get("202302"), "张三 and 李四 are kept apart");
        String report = out.toString(StandardCharsets.UTF_8);
        assertTrue(report.contains("Between-group SS"), report);
        assertTrue(report.contains("[ok] keepApart"), report);
        assertTrue(report.contains("[ok] tiers"), report);
        assertEquals("", err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void gbkRosterIsDetectedAndRowsKeepTheirOrder() throws IOException {
        Path in = write("roster-gbk.csv", roster, Charset.forName("GBK"), false);
        Path outFile = dir.resolve("groups.csv");
        int code = run("--in", in.toString(), "--groups", "4", "--balance", "性别", "--leaders", "组长",
                "--together", "王五+赵六", "--fixed", "钱七=2", "--out", outFile.toString(), "--quiet");
        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
        List<String> lines = Files.readAllLines(outFile, StandardCharsets.UTF_8);
        assertEquals("202301,", lines.get(1).substring(0, 7), "roster order is kept");
        Map<String, Integer> groups = readGroups(outFile);
        assertEquals(groups.get("202303"), groups.get("202304"), "王五 and 赵六 together");
        assertEquals(2, groups.get("202305"), "钱七 fixed to group 2");
        assertEquals("", out.toString(StandardCharsets.UTF_8), "--quiet prints nothing");
    }

    @Test
    void helpDocumentsEveryOption() {
        assertEquals(0, run("--help"));
        String help = out.toString(StandardCharsets.UTF_8);
        for (String option : List.of("--in", "--out", "--id", "--name", "--size", "--groups", "--size-mode", "--features",
                "--weights", "--objective", "--balance", "--tiers", "--together", "--apart", "--fixed", "--leaders",
                "--top-third", "--previous", "--repeat-penalty", "--seed", "--time-limit", "--threads", "--effort",
                "--bom", "--quiet")) {
            assertTrue(help.contains(option), option);
        }
    }

    private void assertOneLineError(int code) {
        assertEquals(2, code);
        String e = err.toString(StandardCharsets.UTF_8);
        assertTrue(e.startsWith("error: "), e);
        assertEquals(1, e.strip().lines().count(), "one line, no stack trace: " + e);
        assertFalse(e.contains("Exception"), e);
    }

    @Test
    void unknownColumnIsOneLineAndExitCodeTwo() throws IOException {
        Path in = write("r.csv", roster, StandardCharsets.UTF_8, false);
        assertOneLineError(run("--in", in.toString(), "--size", "6", "--balance", "班级"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("班级"));
    }

    @Test
    void nonNumericScoreIsOneLineAndExitCodeTwo() throws IOException {
        Path in = write("r.csv", roster.replace(",2023", ",2023").replaceFirst("(202303,王五,男,)\\d+", "$1缺考"),
                StandardCharsets.UTF_8, false);
        assertOneLineError(run("--in", in.toString(), "--size", "6", "--features", "语文,数学,英语"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("缺考"));
    }

    @Test
    void duplicateIdIsOneLineAndExitCodeTwo() throws IOException {
        Path in = write("r.csv", roster + "202301,重复,男,70,70,70,0\n", StandardCharsets.UTF_8, false);
        assertOneLineError(run("--in", in.toString(), "--size", "6"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("202301"));
    }

    @Test
    void infeasibleRulesAreOneLineAndExitCodeTwo() throws IOException {
        Path in = write("r.csv", roster, StandardCharsets.UTF_8, false);
        assertOneLineError(run("--in", in.toString(), "--size", "12", "--apart", "张三+李四+王五"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("only 2 groups"));
    }

    @Test
    void missingFileIsOneLineAndExitCodeTwo() {
        assertOneLineError(run("--in", dir.resolve("nope.csv").toString(), "--size", "6"));
    }

    @Test
    void unknownOptionIsOneLineAndExitCodeTwo() {
        assertOneLineError(run("--in", "x.csv", "--sise", "6"));
    }

    @Test
    void previousGroupingIsAvoided() throws IOException {
        Path in = write("r.csv", roster, StandardCharsets.UTF_8, false);
        Path first = dir.resolve("first.csv");
        assertEquals(0, run("--in", in.toString(), "--size", "4", "--out", first.toString(), "--quiet"));
        Path second = dir.resolve("second.csv");
        assertEquals(0, run("--in", in.toString(), "--size", "4", "--previous", first.toString(), "--seed", "3",
                "--out", second.toString()));
        Map<String, Integer> a = readGroups(first);
        Map<String, Integer> b = readGroups(second);
        int repeated = 0;
        List<String> ids = List.copyOf(a.keySet());
        for (int i = 0; i < ids.size(); i++) {
            for (int j = i + 1; j < ids.size(); j++) {
                if (a.get(ids.get(i)).equals(a.get(ids.get(j))) && b.get(ids.get(i)).equals(b.get(ids.get(j)))) {
                    repeated++;
                }
            }
        }
        assertEquals(0, repeated, "no pair is together twice");
    }
}
