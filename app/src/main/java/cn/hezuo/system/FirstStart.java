package cn.hezuo.system;

import cn.hezuo.demo.DemoSchoolLoader;
import cn.hezuo.school.SchoolBootstrap;
import cn.hezuo.school.SchoolRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * On an empty database: the demo school when demo mode is on (the default embedded profile), otherwise
 * an empty school with one admin login whose initial password is written to the log.
 */
@Component
class FirstStart implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstStart.class);

    private final SchoolRepository schools;
    private final DemoSchoolLoader demo;
    private final SchoolBootstrap bootstrap;
    private final boolean demoEnabled;

    FirstStart(SchoolRepository schools, DemoSchoolLoader demo, SchoolBootstrap bootstrap,
               @Value("${hezuo.demo.enabled:false}") boolean demoEnabled) {
        this.schools = schools;
        this.demo = demo;
        this.bootstrap = bootstrap;
        this.demoEnabled = demoEnabled;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (schools.count() > 0) {
            return;
        }
        if (demoEnabled) {
            long start = System.nanoTime();
            demo.load();
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
