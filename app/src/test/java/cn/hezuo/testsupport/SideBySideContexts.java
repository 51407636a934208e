package cn.hezuo.testsupport;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestInstanceFactoryContext;
import org.junit.jupiter.api.extension.TestInstancePreConstructCallback;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.BootstrapUtils;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.test.context.cache.ContextCache;
import org.springframework.test.context.cache.DefaultCacheAwareContextLoaderDelegate;

/**
 * Builds a test class's Spring context before Spring's extension asks for it, side by side with the contexts other
 * streams are building, and puts it in Spring's context cache.
 *
 * <p>Spring's own loader builds a context while holding the lock of the whole context cache, and every test method
 * of every class asks the cache for its context. So while one stream built a context (a demo school each, 20–35 s on
 * two busy cores) the other streams stopped at their next test: both cores were a third idle in the first three
 * minutes of {@code ./mvnw verify}. This extension builds under a lock of the context's own configuration and then
 * puts the context in the same cache, where Spring's extension finds it. Registered ahead of {@code @SpringBootTest}
 * on the test annotations ({@link HezuoTest}, {@link OnH2}, {@link OnPostgreSql}, {@link OnMariaDb},
 * {@code BrowserTest}, {@code UploadLimitIT}); a context that fails to build here is left to Spring, which builds it
 * again and reports the failure its usual way.
 */
public final class SideBySideContexts implements TestInstancePreConstructCallback {

    private static final Map<Class<?>, MergedContextConfiguration> CONFIGS = new ConcurrentHashMap<>();
    private static final Map<MergedContextConfiguration, Object> BUILDING = new ConcurrentHashMap<>();
    private static final Builder BUILDER = new Builder();

    @Override
    public void preConstructTestInstance(TestInstanceFactoryContext factoryContext, ExtensionContext context) {
        MergedContextConfiguration config = CONFIGS.computeIfAbsent(factoryContext.getTestClass(),
                type -> BootstrapUtils.resolveTestContextBootstrapper(type).buildMergedContextConfiguration());
        if (BUILDER.isContextLoaded(config)) {
            return;
        }
        synchronized (BUILDING.computeIfAbsent(config, key -> new Object())) {
            if (!BUILDER.isContextLoaded(config)) {
                BUILDER.buildIntoCache(config);
            }
        }
    }

    /** Spring's loader on Spring's shared cache, used here for building only. */
    private static final class Builder extends DefaultCacheAwareContextLoaderDelegate {

        void buildIntoCache(MergedContextConfiguration config) {
            ApplicationContext built;
            try {
                built = loadContextInternal(config);
            } catch (Exception failed) {
                return;
            }
            ContextCache cache = getContextCache();
            synchronized (cache) {
                cache.put(config, built);
            }
        }
    }
}
