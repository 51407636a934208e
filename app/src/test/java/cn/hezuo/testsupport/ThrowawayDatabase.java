package cn.hezuo.testsupport;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A database of its own for one test run on the PostgreSQL or MariaDB server of the machine (there is no
 * Docker here, so no Testcontainers): created with a unique name {@code hezuo_t_<UTC yyyyMMddHHmmss>_<random>}
 * over a plain JDBC admin connection, and dropped by {@link #close()}. Runs never see each other's data.
 *
 * <p>The timestamp in the name lets every new run drop what crashed runs left behind (older than
 * {@link #LEFTOVER_AGE}), so CI machines do not fill up. A JVM shutdown hook drops the database too if
 * nobody closed it, e.g. when a Spring context failed half-way through starting.
 *
 * <p>An unreachable server fails the test with a message naming the server and how to start it; the
 * tests never skip silently. Other machines point the tests elsewhere with {@code HEZUO_TEST_PG_URL},
 * {@code HEZUO_TEST_PG_USER}, {@code HEZUO_TEST_PG_PASSWORD} and {@code HEZUO_TEST_MARIADB_URL},
 * {@code HEZUO_TEST_MARIADB_USER}, {@code HEZUO_TEST_MARIADB_PASSWORD} (admin URLs: the {@code postgres}
 * database, or no database on MariaDB).
 */
public final class ThrowawayDatabase implements AutoCloseable {

    /** Crashed runs' databases older than this are dropped; no test run takes anywhere near as long. */
    static final Duration LEFTOVER_AGE = Duration.ofHours(3);

    private static final String PREFIX = "hezuo_t_";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");
    private static final Pattern NAME = Pattern.compile(PREFIX + "(\\d{14})_[0-9a-z]+");
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A database server the tests can use, with its defaults on this machine and how to start it. */
    public enum Server {
        POSTGRESQL("PostgreSQL", "HEZUO_TEST_PG", "jdbc:postgresql://127.0.0.1:5432/postgres", "postgres",
                "pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start",
                "connectTimeout", "5") {
            @Override
            String createSql(String name) {
                // template0 + UTF8: Chinese names must survive whatever someone put into template1.
                return "create database " + name + " with template template0 encoding 'UTF8'";
            }

            @Override
            String dropSql(String name) {
                // with (force) ends connections a crashed run or an unclosed pool still holds.
                return "drop database if exists " + name + " with (force)";
            }

            @Override
            String listSql() {
                return "select datname from pg_database";
            }
        },
        MARIADB("MariaDB", "HEZUO_TEST_MARIADB", "jdbc:mariadb://127.0.0.1:3306/", "root",
                "start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd",
                "connectTimeout", "5000") {
            @Override
            String createSql(String name) {
                return "create database " + name + " character set utf8mb4";
            }

            @Override
            String dropSql(String name) {
                return "drop database if exists " + name;
            }

            @Override
            String listSql() {
                return "show databases";
            }
        };

        private final String displayName;
        private final String envPrefix;
        private final String defaultUrl;
        private final String defaultUser;
        private final String startCommand;
        private final String timeoutProperty;
        private final String timeoutValue;

        Server(String displayName, String envPrefix, String defaultUrl, String defaultUser, String startCommand,
               String timeoutProperty, String timeoutValue) {
            this.displayName = displayName;
            this.envPrefix = envPrefix;
            this.defaultUrl = defaultUrl;
            this.defaultUser = defaultUser;
            this.startCommand = startCommand;
            this.timeoutProperty = timeoutProperty;
            this.timeoutValue = timeoutValue;
        }

        abstract String createSql(String name);

        abstract String dropSql(String name);

        abstract String listSql();

        String adminUrl() {
            return env(envPrefix + "_URL", defaultUrl);
        }

        String user() {
            return env(envPrefix + "_USER", defaultUser);
        }

        String password() {
            return env(envPrefix + "_PASSWORD", "");
        }

        /**
         * Fails with the instructions to start the server when it does not answer; call it from a
         * {@code @BeforeAll} so the test report shows the reason instead of "Failed to load ApplicationContext".
         */
        public void requireRunning() {
            try (Connection admin = connectAdmin()) {
                admin.isValid(5);
            } catch (SQLException e) {
                throw new IllegalStateException(this + " answered but failed: " + e.getMessage(), e);
            }
        }

        Connection connectAdmin() {
            Properties props = new Properties();
            props.setProperty("user", user());
            props.setProperty("password", password());
            props.setProperty(timeoutProperty, timeoutValue);
            try {
                return DriverManager.getConnection(adminUrl(), props);
            } catch (SQLException e) {
                throw new IllegalStateException(String.format(
                        "%s is not reachable at %s as user '%s' (%s). The database tests need it and do not skip. "
                                + "Start it with:  %s   — or point %s_URL / %s_USER / %s_PASSWORD at a running server.",
                        displayName, adminUrl(), user(), e.getMessage(), startCommand, envPrefix, envPrefix,
                        envPrefix), e);
            }
        }

        private static String env(String name, String fallback) {
            String value = System.getenv(name);
            return value == null || value.isBlank() ? fallback : value;
        }

        @Override
        public String toString() {
            return displayName;
        }
    }

    private final Server server;
    private final String name;
    private final String jdbcUrl;
    private final Thread dropAtExit;
    private boolean dropped;

    private ThrowawayDatabase(Server server, String name) {
        this.server = server;
        this.name = name;
        this.jdbcUrl = withDatabase(server.adminUrl(), name);
        this.dropAtExit = new Thread(this::drop, "drop " + name);
    }

    /** Drops crashed runs' leftovers on the server, then creates a fresh, empty database. */
    public static ThrowawayDatabase create(Server server) {
        ThrowawayDatabase database = new ThrowawayDatabase(server, newName(Instant.now()));
        try (Connection admin = server.connectAdmin(); Statement sql = admin.createStatement()) {
            dropLeftovers(server, sql, Instant.now());
            sql.execute(server.createSql(database.name));
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database " + database.name + " on " + server
                    + " at " + server.adminUrl() + ": " + e.getMessage(), e);
        }
        Runtime.getRuntime().addShutdownHook(database.dropAtExit);
        return database;
    }

    public Server server() {
        return server;
    }

    public String name() {
        return name;
    }

    public String jdbcUrl() {
        return jdbcUrl;
    }

    public String username() {
        return server.user();
    }

    public String password() {
        return server.password();
    }

    /** Drops the database; safe to call more than once. */
    @Override
    public void close() {
        drop();
        try {
            Runtime.getRuntime().removeShutdownHook(dropAtExit);
        } catch (IllegalStateException shuttingDown) {
            // already running the hooks; the hook's drop is a no-op now
        }
    }

    private synchronized void drop() {
        if (dropped) {
            return;
        }
        try (Connection admin = server.connectAdmin(); Statement sql = admin.createStatement()) {
            sql.execute(server.dropSql(name));
            dropped = true;
        } catch (SQLException | IllegalStateException e) {
            // Never hide the test's own result behind a cleanup error; the next run drops it as a leftover.
            System.err.println("Could not drop throwaway database " + name + " on " + server + ": " + e.getMessage());
        }
    }

    static String newName(Instant now) {
        StringBuilder random = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            random.append(Character.forDigit(RANDOM.nextInt(36), 36));
        }
        return PREFIX + STAMP.format(LocalDateTime.ofInstant(now, ZoneOffset.UTC)) + "_" + random;
    }

    /** True for a throwaway database created before {@code now - LEFTOVER_AGE}. */
    static boolean isLeftover(String databaseName, Instant now) {
        Matcher m = NAME.matcher(databaseName);
        if (!m.matches()) {
            return false;
        }
        try {
            Instant created = LocalDateTime.parse(m.group(1), STAMP).toInstant(ZoneOffset.UTC);
            return created.isBefore(now.minus(LEFTOVER_AGE));
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static void dropLeftovers(Server server, Statement sql, Instant now) {
        List<String> leftovers = new ArrayList<>();
        try (ResultSet rs = sql.executeQuery(server.listSql())) {
            while (rs.next()) {
                if (isLeftover(rs.getString(1), now)) {
                    leftovers.add(rs.getString(1));
                }
            }
        } catch (SQLException e) {
            System.err.println("Could not list leftover databases on " + server + ": " + e.getMessage());
            return;
        }
        for (String leftover : leftovers) {
            try {
                sql.execute(server.dropSql(leftover));
            } catch (SQLException e) {
                // Another run may be dropping it at the same moment; it goes next time at the latest.
                System.err.println("Could not drop leftover database " + leftover + ": " + e.getMessage());
            }
        }
    }

    /**
     * The admin URL with its database replaced: {@code jdbc:postgresql://h:5432/postgres?x=y} becomes
     * {@code jdbc:postgresql://h:5432/<name>?x=y}, {@code jdbc:mariadb://h:3306/} becomes
     * {@code jdbc:mariadb://h:3306/<name>}.
     */
    static String withDatabase(String adminUrl, String database) {
        int hostStart = adminUrl.indexOf("//");
        if (hostStart < 0) {
            throw new IllegalArgumentException("Expected a jdbc:<vendor>://host:port/... URL, got " + adminUrl);
        }
        int query = adminUrl.indexOf('?', hostStart);
        String base = query < 0 ? adminUrl : adminUrl.substring(0, query);
        String params = query < 0 ? "" : adminUrl.substring(query);
        int slash = base.indexOf('/', hostStart + 2);
        String hostPart = slash < 0 ? base : base.substring(0, slash);
        return hostPart + "/" + database + params;
    }
}
