package cn.hezuo.account;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Hourly: forget stale failed-login counters. One node of the cluster does it (ShedLock). */
@Component
class LoginThrottleCleanup {

    private final LoginThrottle throttle;

    LoginThrottleCleanup(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    @Scheduled(cron = "0 17 * * * *")
    @SchedulerLock(name = "loginThrottleCleanup", lockAtLeastFor = "PT1M")
    void purge() {
        throttle.purgeStale();
    }
}
