package cn.hezuo.browser;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Set;
import org.junit.jupiter.api.parallel.ResourceLocksProvider;

/**
 * Which of the two browser lanes a browser test class runs in. Classes of one lane run one after another in one
 * Chromium; the two lanes run side by side (beside the flow tests), against the one server and database they share.
 *
 * <p>The lanes split the demo school by what tests change, so that no test sees a change the other lane makes while
 * it runs: {@link Lane#CLASSROOM} holds every test that draws calls, awards points, regroups or rates in a demo class
 * (七年级1班, 七年级2班, 八年级1班, 八年级3班); {@link Lane#SCHOOL} holds the rest — teaching research, mutual help
 * (八年级2班, 七年级3班), surveys, exams, families, the roster — and is where a class goes when it names no lane.
 * A new test that changes a demo class another lane's tests read belongs in that lane; a test that changes nothing
 * may go in either, to even out the lanes' time.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
public @interface BrowserLane {

    Lane value();

    enum Lane { CLASSROOM, SCHOOL }

    /** One lock per lane, so a lane's classes never run side by side. */
    final class Locks implements ResourceLocksProvider {

        /** The lane of a test class: its annotation, else {@link Lane#SCHOOL}. */
        static Lane laneOf(Class<?> testClass) {
            BrowserLane lane = testClass.getAnnotation(BrowserLane.class);
            return lane == null ? Lane.SCHOOL : lane.value();
        }

        @Override
        public Set<Lock> provideForClass(Class<?> testClass) {
            return Set.of(new Lock("cn.hezuo.browser.lane." + laneOf(testClass)));
        }
    }
}
