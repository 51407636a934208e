/**
 * Page objects: one class per screen, exposing what a user does there ({@code loginAs}, {@code importFile},
 * {@code studentNamesInOrder}) so the tests read as the flow they check and selectors live in one place.
 */
package cn.hezuo.browser.pages;
