package cn.hezuo.testsupport;

import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Resolves the test file store's directory once per context. application-test.yml names it with
 * {@code ${random.uuid}}, which gives a new value at every lookup, so the store and {@link TestFileDirCleanup} would
 * each see a different directory; pinning the first value makes them agree. Registered in the test sources'
 * {@code META-INF/spring.factories}; only a directory under {@code hezuo-test-files} is pinned.
 */
public class TestFileDirPinning implements EnvironmentPostProcessor, Ordered {

    static final String KEY = "hezuo.lesson-study.file-dir";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String dir = environment.getProperty(KEY);
        if (dir != null && dir.contains("hezuo-test-files")) {
            environment.getPropertySources().addFirst(new MapPropertySource("hezuoTestFileDir", Map.of(KEY, dir)));
        }
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
