package cn.hezuo.school;

import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * On an empty database: the demo school when demo mode is on (the default embedded profile), otherwise
 * an empty school with one admin login whose initial password is written to the log.
 *
 * <p>Runs before the web server opens its port (a lifecycle phase earlier than the server's), so nobody reaches
 * the login page, with the demo logins printed on it, before those logins exist: on a busy machine the demo took
 * 40–160 s, and the "wrong passwords" meanwhile locked the demo accounts.
 */
@Component
class FirstStart implements SmartLifecycle {

    /**
     * Before Spring Boot's {@code WebServerStartStopLifecycle} (phase {@code DEFAULT_PHASE - 2048}), which opens the
     * connector; {@code DemoLoadsBeforeTheServerAcceptsIT} proves the order.
     */
    static final int PHASE = SmartLifecycle.DEFAULT_PHASE - 4096;

    private static final Logger log = LoggerFactory.getLogger(FirstStart.class);

    private final SchoolRepository schools;
    private final Optional<SchoolSeed> demo;
    private final SchoolBootstrap bootstrap;
    private final boolean demoEnabled;

    FirstStart(SchoolRepository schools, Optional<SchoolSeed> demo, SchoolBootstrap bootstrap,
               @Value("${hezuo.demo.enabled:false}") boolean demoEnabled) {
        this.schools = schools;
        this.demo = demo;
        this.bootstrap = bootstrap;
        this.demoEnabled = demoEnabled;
    }

    private volatile boolean running;

    @Override
    public void start() {
        running = true;
        prepare();
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }

    void prepare() {
        if (schools.count() > 0) {
            return;
        }
        if (demoEnabled && demo.isPresent()) {
            long start = System.nanoTime();
            demo.get().load();
            log.info("Demo school loaded in {} ms", (System.nanoTime() - start) / 1_000_000);
        } else {
            try {
                bootstrap.createFirstSchool();
            } catch (org.springframework.dao.DataIntegrityViolationException raced) {
                // Another node of the cluster created the school at the same moment; nothing to do.
                log.info("First school was created by another node");
            }
        }
    }
}
