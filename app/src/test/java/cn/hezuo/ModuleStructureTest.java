package cn.hezuo;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The walls between feature modules (docs/architecture.md, "Module walls"). Every top-level package under
 * {@code cn.hezuo} of the app is a module; the grouping engine ({@code cn.hezuo.grouping}) is a library, not a module.
 * Production code only (tests may reach anywhere). Three rules:
 * <ol>
 *   <li>a module never uses another module's Spring Data repository: it asks the owner's public query service;</li>
 *   <li>the modules form no cycle;</li>
 *   <li>no module depends on {@code demo} (the demo seeds through the features, never the other way round);</li>
 *   <li>a feature's seed part ({@code *Seeds}: writes without checks or audit lines) is called by the demo only.</li>
 * </ol>
 * Violations that existed when the rules were written are listed in {@code module-walls-allowed.txt}; the list may
 * only shrink: a listed violation that no longer occurs fails the test too, so it is removed when it is fixed.
 */
class ModuleStructureTest {

    private static final String ROOT = "cn.hezuo.";
    private static final Set<String> LIBRARIES = Set.of("grouping");
    private static final String ALLOWED = "/module-walls-allowed.txt";

    private static JavaClasses classes;
    private static Set<String> allowed;

    @BeforeAll
    static void importProductionClasses() throws IOException {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                .importPackages("cn.hezuo");
        allowed = new TreeSet<>();
        try (InputStream in = ModuleStructureTest.class.getResourceAsStream(ALLOWED)) {
            if (in != null) {
                for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                    String entry = line.strip();
                    if (!entry.isEmpty() && !entry.startsWith("#")) {
                        allowed.add(entry);
                    }
                }
            }
        }
    }

    @Test
    void noModuleUsesAnotherModulesRepository() {
        Set<String> found = new TreeSet<>();
        for (Dependency d : crossModuleDependencies()) {
            if (isRepository(d.getTargetClass())) {
                found.add("repository " + shortName(d.getOriginClass()) + " -> " + shortName(d.getTargetClass()));
            }
        }
        assertWithinAllowList("repository ", found,
                "uses another module's repository; call the owner's query service instead");
    }

    @Test
    void modulesFormNoCycle() {
        Map<String, Set<String>> graph = moduleGraph();
        if (Boolean.getBoolean("walls.record")) {
            writeModuleMap(graph);
        }
        Set<String> found = new TreeSet<>();
        // An edge is part of a cycle when its target reaches its origin again.
        graph.forEach((from, targets) -> targets.forEach(to -> {
            if (reaches(graph, to, from)) {
                found.add("cycle " + from + " -> " + to);
            }
        }));
        assertWithinAllowList("cycle ", found, "lies on a cycle between modules; " + describe(graph, found));
    }

    @Test
    void noModuleDependsOnDemo() {
        Set<String> found = new TreeSet<>();
        for (Dependency d : crossModuleDependencies()) {
            if (module(d.getTargetClass()).equals("demo")) {
                found.add("demo " + shortName(d.getOriginClass()) + " -> " + shortName(d.getTargetClass()));
            }
        }
        assertWithinAllowList("demo ", found, "depends on the demo module");
    }

    @Test
    void onlyTheDemoSeeds() {
        Set<String> found = new TreeSet<>();
        for (Dependency d : crossModuleDependencies()) {
            if (d.getTargetClass().getSimpleName().endsWith("Seeds") && !module(d.getOriginClass()).equals("demo")) {
                found.add("seeds " + shortName(d.getOriginClass()) + " -> " + shortName(d.getTargetClass()));
            }
        }
        assertWithinAllowList("seeds ", found, "calls a seed part outside the demo");
    }

    // ---------------------------------------------------------------------------------------------------------------

    private static List<Dependency> crossModuleDependencies() {
        List<Dependency> result = new ArrayList<>();
        for (JavaClass c : classes) {
            String from = module(c);
            if (from.isEmpty() || LIBRARIES.contains(from)) {
                continue;
            }
            for (Dependency d : c.getDirectDependenciesFromSelf()) {
                String to = module(d.getTargetClass());
                if (!to.isEmpty() && !LIBRARIES.contains(to) && !to.equals(from)) {
                    result.add(d);
                }
            }
        }
        return result;
    }

    private static Map<String, Set<String>> moduleGraph() {
        Map<String, Set<String>> graph = new TreeMap<>();
        for (Dependency d : crossModuleDependencies()) {
            graph.computeIfAbsent(module(d.getOriginClass()), k -> new TreeSet<>()).add(module(d.getTargetClass()));
        }
        return graph;
    }

    /** docs/modules.puml is written by this (-Dwalls.record=true writes target/modules.puml). */
    private static void writeModuleMap(Map<String, Set<String>> graph) {
        List<String> lines = new ArrayList<>();
        lines.add("@startuml");
        lines.add("' Module map of the app: which feature module uses which (production code, arrows point to the used one).");
        lines.add("' Generated by ModuleStructureTest with -Dwalls.record=true (target/modules.puml); system, used by all, is left out.");
        lines.add("left to right direction");
        Set<String> modules = new TreeSet<>(graph.keySet());
        graph.values().forEach(modules::addAll);
        modules.remove("system");
        modules.forEach(m -> lines.add("component [" + m + "]"));
        graph.forEach((from, targets) -> targets.stream().filter(to -> !to.equals("system"))
                .forEach(to -> lines.add("[" + from + "] --> [" + to + "]")));
        lines.add("@enduml");
        try {
            java.nio.file.Files.write(java.nio.file.Path.of("target", "modules.puml"), lines);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static boolean reaches(Map<String, Set<String>> graph, String start, String goal) {
        Deque<String> todo = new ArrayDeque<>(List.of(start));
        Set<String> seen = new HashSet<>();
        while (!todo.isEmpty()) {
            String m = todo.pop();
            if (m.equals(goal)) {
                return true;
            }
            if (seen.add(m)) {
                todo.addAll(graph.getOrDefault(m, Set.of()));
            }
        }
        return false;
    }

    /**
     * For a failing cycle rule: the edges on a cycle that most likely point the wrong way, with the classes making them.
     * An edge from a module many others use (school) to one few use (demo) is the usual culprit; the full list of edges
     * on cycles follows in the assertion.
     */
    private static String describe(Map<String, Set<String>> graph, Set<String> cycleEdges) {
        Map<String, Integer> usedBy = new HashMap<>();
        graph.values().forEach(targets -> targets.forEach(t -> usedBy.merge(t, 1, Integer::sum)));
        Map<String, Set<String>> why = new TreeMap<>();
        for (Dependency d : crossModuleDependencies()) {
            String edge = "cycle " + module(d.getOriginClass()) + " -> " + module(d.getTargetClass());
            if (cycleEdges.contains(edge) && !allowed.contains(edge)) {
                why.computeIfAbsent(edge, k -> new TreeSet<>())
                        .add(shortName(d.getOriginClass()) + " -> " + shortName(d.getTargetClass()));
            }
        }
        java.util.function.ToIntFunction<String> upward = edge -> {
            String[] ends = edge.substring("cycle ".length()).split(" -> ");
            return usedBy.getOrDefault(ends[1], 0) - usedBy.getOrDefault(ends[0], 0);
        };
        return "most likely to cut: " + why.entrySet().stream()
                .sorted(java.util.Comparator.comparingInt((Map.Entry<String, Set<String>> e) -> upward.applyAsInt(e.getKey())))
                .limit(3).map(e -> e.getKey().substring("cycle ".length()) + " made by " + e.getValue())
                .collect(java.util.stream.Collectors.joining("; "));
    }

    private static void assertWithinAllowList(String kind, Set<String> found, String problem) {
        if (Boolean.getBoolean("walls.record")) {
            // -Dwalls.record=true writes what is found to target/, to start or shrink the allow-list by hand.
            try {
                java.nio.file.Files.write(java.nio.file.Path.of("target", "module-walls-found-" + kind.strip() + ".txt"),
                        found);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        Set<String> unexpected = new TreeSet<>(found);
        unexpected.removeAll(allowed);
        Set<String> fixed = new TreeSet<>();
        for (String a : allowed) {
            if (a.startsWith(kind) && !found.contains(a)) {
                fixed.add(a);
            }
        }
        assertThat(unexpected).as("each of these " + problem).isEmpty();
        assertThat(fixed).as("fixed: remove these lines from src/test/resources" + ALLOWED).isEmpty();
    }

    private static boolean isRepository(JavaClass c) {
        return c.isAssignableTo("org.springframework.data.repository.Repository");
    }

    static String module(JavaClass c) {
        String pkg = c.getPackageName();
        if (!pkg.startsWith(ROOT)) {
            return "";
        }
        String rest = pkg.substring(ROOT.length());
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    /** {@code evaluation.AwardService} for {@code cn.hezuo.evaluation.AwardService$1}. */
    private static String shortName(JavaClass c) {
        String name = c.getName().substring(ROOT.length());
        int nested = name.indexOf('$');
        return nested < 0 ? name : name.substring(0, nested);
    }
}
