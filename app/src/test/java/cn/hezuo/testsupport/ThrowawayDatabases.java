package cn.hezuo.testsupport;

import cn.hezuo.testsupport.ThrowawayDatabase.Server;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistrar;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Points a {@code @SpringBootTest} context at a throwaway database: {@code @Import(ThrowawayDatabases.PostgreSql.class)}.
 * The database is a bean of the context, so it is created while the context starts and dropped when the
 * context closes (test context cache eviction or JVM exit) — or when the context fails to start. Spring
 * creates it before the {@code DataSource} and therefore destroys it after the connection pool is closed.
 */
public final class ThrowawayDatabases {

    private ThrowawayDatabases() {
    }

    @TestConfiguration(proxyBeanMethods = false)
    public static class PostgreSql {

        @Bean(destroyMethod = "close")
        ThrowawayDatabase throwawayDatabase() {
            return ThrowawayDatabase.create(Server.POSTGRESQL);
        }

        @Bean
        DynamicPropertyRegistrar throwawayDataSource(ThrowawayDatabase database) {
            return registry -> register(database, registry);
        }
    }

    @TestConfiguration(proxyBeanMethods = false)
    public static class MariaDb {

        @Bean(destroyMethod = "close")
        ThrowawayDatabase throwawayDatabase() {
            return ThrowawayDatabase.create(Server.MARIADB);
        }

        @Bean
        DynamicPropertyRegistrar throwawayDataSource(ThrowawayDatabase database) {
            return registry -> register(database, registry);
        }
    }

    private static void register(ThrowawayDatabase database, DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", database::jdbcUrl);
        registry.add("spring.datasource.username", database::username);
        registry.add("spring.datasource.password", database::password);
    }
}
