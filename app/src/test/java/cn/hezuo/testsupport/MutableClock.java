package cn.hezuo.testsupport;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * A clock tests move by hand, to reach "fifteen minutes later" without waiting. Starts at the real time
 * (whole seconds, which every database stores exactly) and only moves when told.
 */
public final class MutableClock extends Clock {

    private final ZoneId zone;
    private volatile Instant now;

    public MutableClock(Instant start, ZoneId zone) {
        this.now = start;
        this.zone = zone;
    }

    public void advance(Duration duration) {
        now = now.plus(duration);
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new MutableClock(now, zone);
    }

    /** Replaces the application's {@code Clock} bean: {@code @Import(MutableClock.Config.class)}. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Config {

        // Same zone as the application's clock (WebConfig), so "today" means the same in tests.
        @Bean
        @Primary
        MutableClock mutableClock(@Value("${hezuo.time-zone:Asia/Shanghai}") String zone) {
            return new MutableClock(Instant.now().truncatedTo(ChronoUnit.SECONDS), ZoneId.of(zone));
        }
    }
}
