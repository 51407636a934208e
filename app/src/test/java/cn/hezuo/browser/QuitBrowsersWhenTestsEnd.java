package cn.hezuo.browser;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Quits the shared Chromium of each browser lane when the test session closes (registered in
 * {@code META-INF/services}), so no browser outlives the build.
 */
public final class QuitBrowsersWhenTestsEnd implements LauncherSessionListener {

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        SharedChromium.quitAll();
    }
}
