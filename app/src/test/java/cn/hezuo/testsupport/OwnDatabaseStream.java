package cn.hezuo.testsupport;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * Runs a test class in the stream of tests that bring their own database — the H2, PostgreSQL and MariaDB repository
 * contexts ({@link OnH2}, {@link OnPostgreSql}, {@link OnMariaDb}) and the ITs that start their own server — one class
 * after another, beside the flow tests of the shared {@link HezuoTest} context and the two browser lanes. They share
 * no rows with those (each context has its own database), so the only thing they share is the machine's two cores.
 */
@Target({ElementType.TYPE, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock(OwnDatabaseStream.LOCK)
public @interface OwnDatabaseStream {

    String LOCK = "cn.hezuo.own-database-stream";
}
