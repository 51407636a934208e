package cn.hezuo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The module walls for SQL, which ArchUnit cannot see: a module's SQL and JPQL name only its own tables and entities.
 * Another module's data is read through that module's query service (docs/architecture.md, "Module walls"). A table
 * belongs to the module whose entity maps it ({@code @Table}); tables written only through JDBC carry their module's
 * prefix or are listed here.
 */
class SqlStaysInItsModuleTest {

    private static final Path SOURCES = Path.of("src/main/java/cn/hezuo");
    private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration/common");

    /** Tables with no entity, by owning module. */
    private static final Map<String, String> JDBC_TABLES = Map.of("shedlock", "system", "upload", "upload");
    /** A module's JDBC-only tables share its prefix (survey_draft, research_attachment, mh_photo …). */
    private static final Map<String, String> JDBC_TABLE_PREFIXES = Map.of("eval_", "evaluation", "exam_", "exam",
            "login_", "account", "spring_session", "account", "research_", "research", "mh_", "mutualhelp",
            "survey_", "survey", "family_", "family");

    private static final Pattern STRING = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");
    private static final Pattern TABLE_ANNOTATION = Pattern.compile("@Table\\(name = \"([a-z0-9_]+)\"");
    private static final Pattern ENTITY_CLASS = Pattern.compile("@Entity\\b[\\s\\S]*?\\bclass (\\w+)");
    /** Plain SQL is written in lower case here; JPQL names entities. */
    private static final Pattern SQL_NAME = Pattern.compile("\\b(?:from|join|into|update)\\s+([a-z_][a-z0-9_]*)\\b");
    private static final Pattern JPQL_NAME = Pattern.compile("\\b(?:from|join)\\s+([A-Z][A-Za-z0-9]*)\\b");

    @Test
    void everyTableHasAnOwningModule() throws IOException {
        Map<String, String> owners = tableOwners();
        List<String> orphans = new ArrayList<>();
        try (Stream<Path> scripts = Files.list(MIGRATIONS)) {
            for (Path script : scripts.toList()) {
                Matcher m = Pattern.compile("(?i)create table (?:if not exists )?([a-z0-9_]+)").matcher(Files.readString(script));
                while (m.find()) {
                    String table = m.group(1).toLowerCase();
                    if (!owners.containsKey(table) && prefixOwner(table) == null) {
                        orphans.add(m.group(1) + " (" + script.getFileName() + ")");
                    }
                }
            }
        }
        assertThat(orphans).as("tables no entity maps and JDBC_TABLES does not list: name their module").isEmpty();
    }

    @Test
    void sqlAndJpqlNameOnlyTheirOwnModulesTablesAndEntities() throws IOException {
        Map<String, String> tables = tableOwners();
        Map<String, String> entities = entityOwners();
        TreeSet<String> violations = new TreeSet<>();
        for (Path file : javaFiles()) {
            String module = moduleOf(file);
            StringBuilder literals = new StringBuilder();
            Matcher s = STRING.matcher(Files.readString(file, StandardCharsets.UTF_8));
            while (s.find()) {
                literals.append(s.group(1)).append(' ');
            }
            Matcher sql = SQL_NAME.matcher(literals);
            while (sql.find()) {
                String owner = tables.getOrDefault(sql.group(1), prefixOwner(sql.group(1)));
                if (owner != null && !owner.equals(module)) {
                    violations.add(SOURCES.relativize(file) + " uses table " + sql.group(1) + " of " + owner);
                }
            }
            Matcher jpql = JPQL_NAME.matcher(literals);
            while (jpql.find()) {
                String owner = entities.get(jpql.group(1));
                if (owner != null && !owner.equals(module)) {
                    violations.add(SOURCES.relativize(file) + " uses entity " + jpql.group(1) + " of " + owner);
                }
            }
        }
        assertThat(violations).as("SQL on another module's tables: call that module's query service instead").isEmpty();
    }

    @Test
    void aPlantedForeignTableIsFound() {
        Matcher sql = SQL_NAME.matcher("select s.id from exam_result r join student s on s.id = r.student_id ");
        List<String> names = new ArrayList<>();
        while (sql.find()) {
            names.add(sql.group(1));
        }
        assertThat(names).containsExactly("exam_result", "student");
    }

    private static String prefixOwner(String table) {
        return JDBC_TABLE_PREFIXES.entrySet().stream().filter(e -> table.startsWith(e.getKey())).map(Map.Entry::getValue)
                .findFirst().orElse(null);
    }

    private static Map<String, String> tableOwners() throws IOException {
        Map<String, String> owners = new TreeMap<>(JDBC_TABLES);
        for (Path file : javaFiles()) {
            Matcher m = TABLE_ANNOTATION.matcher(Files.readString(file, StandardCharsets.UTF_8));
            while (m.find()) {
                owners.put(m.group(1), moduleOf(file));
            }
        }
        return owners;
    }

    private static Map<String, String> entityOwners() throws IOException {
        Map<String, String> owners = new TreeMap<>();
        for (Path file : javaFiles()) {
            Matcher m = ENTITY_CLASS.matcher(Files.readString(file, StandardCharsets.UTF_8));
            if (m.find()) {
                owners.put(m.group(1), moduleOf(file));
            }
        }
        return owners;
    }

    private static List<Path> javaFiles() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(f -> f.toString().endsWith(".java")).toList();
        }
    }

    private static String moduleOf(Path file) {
        Path relative = SOURCES.relativize(file);
        return relative.getNameCount() > 1 ? relative.getName(0).toString() : "";
    }
}
