package cn.hezuo.grouping;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The engine stays a dependency-free core with documented packages. */
class ArchitectureTest {

    private static final Path MAIN = Path.of("src/main/java/cn/hezuo/grouping");

    @Test
    void mainCodeImportsOnlyTheJdkAndItself() throws IOException {
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                for (String line : Files.readAllLines(f)) {
                    if (line.startsWith("import ")) {
                        String what = line.substring(7).replace("static ", "");
                        assertTrue(what.startsWith("java.") || what.startsWith("cn.hezuo.grouping."), f + ": " + line);
                    }
                }
            }
        }
    }

    @Test
    void everyPackageHasAPackageInfo() throws IOException {
        try (Stream<Path> dirs = Files.walk(MAIN)) {
            for (Path d : dirs.filter(Files::isDirectory).toList()) {
                assertTrue(Files.exists(d.resolve("package-info.java")), d.toString());
            }
        }
    }

    @Test
    void apiDoesNotExposeInternalPackages() throws IOException {
        try (Stream<Path> files = Files.list(MAIN)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                if (f.getFileName().toString().equals("GroupingEngine.java")) {
                    continue; // the facade wires the internals together
                }
                List<String> lines = Files.readAllLines(f);
                assertTrue(lines.stream().noneMatch(l -> l.startsWith("import cn.hezuo.grouping.")), f.toString());
            }
        }
    }
}
