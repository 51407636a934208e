/**
 * Browser tests: the app on a random port, driven through headless Debian Chromium by Selenium. Each test class
 * gets one browser ({@link cn.hezuo.browser.BrowserTest}) and talks to the pages only through the page objects in
 * {@link cn.hezuo.browser.pages}.
 */
package cn.hezuo.browser;
